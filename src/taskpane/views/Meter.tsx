import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  track: {
    height: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    overflow: "hidden",
  },
  fill: {
    height: "100%",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorCompoundBrandBackground,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

/** A score against its maximum as a bar (0 to 1), named for screen readers; kept lighter than Fluent's ProgressBar. */
export function Meter(props: { value: number; label: string; error?: boolean }) {
  const styles = useStyles();
  const value = Math.max(0, Math.min(props.value, 1));
  return (
    <div
      className={styles.track}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={1}
      aria-valuenow={value}
      aria-label={props.label}
    >
      <div className={mergeClasses(styles.fill, props.error && styles.error)} style={{ width: `${value * 100}%` }} />
    </div>
  );
}
