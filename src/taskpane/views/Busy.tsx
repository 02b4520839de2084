import { makeStyles, tokens, useId } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  ring: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "0.9s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
});

/**
 * A turning ring and what the pane is waiting for, read out as a progress indicator. Fluent's Spinner does the
 * same at a cost the pane's first load cannot carry.
 */
export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  const id = useId("busy");
  return (
    <div className={styles.root} role="progressbar" aria-labelledby={id}>
      <span className={styles.ring} />
      <span id={id}>{label}</span>
    </div>
  );
}
