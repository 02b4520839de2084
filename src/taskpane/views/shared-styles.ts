import { makeStyles, tokens } from "@fluentui/react-components";

/** Looks several views share. */
export const useSharedStyles = makeStyles({
  /** A section's heading inside a view (h2). */
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  /** A list without bullets, its items spaced apart. */
  plainList: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  /** A link to a cell. Fluent's link shows focus as an underline only: a ring that cannot be missed, as on buttons. */
  cellLink: {
    textAlign: "left",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  /** Read by screen readers, not shown. */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
