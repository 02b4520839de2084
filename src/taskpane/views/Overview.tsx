import { makeStyles, mergeClasses, ProgressBar, tokens } from "@fluentui/react-components";
import { shownTotal, totalPointsLost } from "../../core/plan-totals";
import { Criterion, Plan } from "../../core/model";
import { usePaneText } from "../language";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  total: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase400 },
  lost: { display: "block", color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase300 },
  title: { marginBottom: tokens.spacingVerticalS },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  detail: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  // A badge as a styled span: Fluent's Badge costs more than the pane can spare in its bundle.
  badge: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  wrong: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  rounded: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
});

/** The total against the maximum, and each domain's score as a bar. */
export function Overview({ plan }: { plan: Plan }) {
  const { m, num } = usePaneText();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { score, max } = shownTotal(plan);
  return (
    <div>
      <p className={styles.total}>
        <strong>{m.overview.total(num(score), num(max))}</strong>
        <span className={styles.lost}>{m.overview.lost(num(totalPointsLost(plan)))}</span>
      </p>
      <h2 className={mergeClasses(shared.heading, styles.title)}>{m.overview.domains}</h2>
      <ul className={shared.plainList}>
        {plan.criteria
          .filter((c) => c.level === 1)
          .map((domain) => (
            <Domain key={domain.row} domain={domain} plan={plan} />
          ))}
      </ul>
    </div>
  );
}

function Domain({ domain, plan }: { domain: Criterion; plan: Plan }) {
  const { m, num } = usePaneText();
  const styles = useStyles();
  const score = domain.stated.score ?? domain.computed?.score ?? null;
  const max = domain.stated.max ?? domain.computed?.max ?? null;
  const issues = plan.issues.filter((i) => i.row === domain.row);
  const wrong = issues.some((i) => i.kind === "subtotal-mismatch");
  const rounded = !wrong && issues.some((i) => i.kind === "subtotal-rounding");
  const title = `${domain.code}. ${domain.name}`;
  return (
    <li>
      <div className={styles.line}>
        <span className={styles.name}>{title}</span>
        <span>{m.overview.scoreOf(num(score), num(max))}</span>
      </div>
      <ProgressBar
        value={score !== null && max ? Math.min(score / max, 1) : 0}
        color={wrong ? "error" : "brand"}
        thickness="large"
        aria-label={m.overview.meter(title, num(score), num(max))}
      />
      <div className={styles.detail}>
        {domain.computed && <span>{m.overview.computed(num(domain.computed.score))}</span>}
        {wrong && <span className={mergeClasses(styles.badge, styles.wrong)}>{m.overview.wrong}</span>}
        {rounded && <span className={mergeClasses(styles.badge, styles.rounded)}>{m.overview.rounded}</span>}
      </div>
    </li>
  );
}
