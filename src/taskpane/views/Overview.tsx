import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { totalPointsLost } from "../../core/plan-totals";
import { Criterion, Plan } from "../../core/model";
import { sharedDecimals } from "../figures";
import { usePaneText } from "../language";
import { Meter } from "./Meter";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  // Labels on the left, figures in a column of their own on the right: a figure never wraps under its label.
  totals: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `0 0 ${tokens.spacingVerticalM}`,
  },
  label: { margin: 0 },
  figure: { margin: 0, whiteSpace: "nowrap", textAlign: "end", fontVariantNumeric: "tabular-nums" },
  main: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  lost: { color: tokens.colorPaletteRedForeground1 },
  title: { marginBottom: tokens.spacingVerticalS },
  line: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: "anywhere" },
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

/** The total against the maximum (as stated, and as recomputed where that differs), and each domain as a bar. */
export function Overview({ plan }: { plan: Plan }) {
  const { m } = usePaneText();
  const styles = useStyles();
  const shared = useSharedStyles();
  const domains = plan.criteria.filter((c) => c.level === 1);
  // One quantity, one number of decimals: every domain's score and subtotal are written alike.
  const decimals = sharedDecimals(domains.flatMap((d) => [d.stated.score, d.computed?.score]));
  return (
    <div>
      <Totals plan={plan} />
      <h2 className={mergeClasses(shared.heading, styles.title)}>{m.overview.domains}</h2>
      <ul className={shared.plainList}>
        {domains.map((domain) => (
          <Domain key={domain.row} domain={domain} plan={plan} decimals={decimals} />
        ))}
      </ul>
    </div>
  );
}

function Totals({ plan }: { plan: Plan }) {
  const { m, num } = usePaneText();
  const styles = useStyles();
  const { stated, computed } = plan.total;
  const lost = totalPointsLost(plan);
  const decimals = sharedDecimals([stated?.score, computed.score, lost]);
  const max = stated?.max ?? computed.max;
  const differs = stated?.score != null && stated.score !== computed.score;
  return (
    <dl className={styles.totals}>
      <dt className={mergeClasses(styles.label, styles.main)}>
        {stated?.score != null ? m.overview.stated : m.overview.computed}
      </dt>
      <dd className={mergeClasses(styles.figure, styles.main)}>
        {m.overview.outOf(num(stated?.score ?? computed.score, decimals), num(max))}
      </dd>
      {differs && (
        <>
          <dt className={styles.label}>{m.overview.computed}</dt>
          <dd className={styles.figure}>{m.overview.outOf(num(computed.score, decimals), num(computed.max))}</dd>
        </>
      )}
      <dt className={mergeClasses(styles.label, styles.lost)}>{m.overview.lost}</dt>
      <dd className={mergeClasses(styles.figure, styles.lost)}>{num(lost, decimals)}</dd>
    </dl>
  );
}

function Domain({ domain, plan, decimals }: { domain: Criterion; plan: Plan; decimals: number }) {
  const { m, num } = usePaneText();
  const styles = useStyles();
  const score = domain.stated.score ?? domain.computed?.score ?? null;
  const max = domain.stated.max ?? domain.computed?.max ?? null;
  const issues = plan.issues.filter((i) => i.row === domain.row);
  const wrong = issues.some((i) => i.kind === "subtotal-mismatch");
  const rounded = !wrong && issues.some((i) => i.kind === "subtotal-rounding");
  // What the criteria add up to is said only where it is not what the table states.
  const recomputed =
    domain.computed && domain.computed.score !== null && domain.computed.score !== score ? domain.computed.score : null;
  const title = `${domain.code}. ${domain.name}`;
  const figure = m.overview.outOf(num(score, decimals), num(max));
  return (
    <li>
      <div className={styles.line}>
        <span className={styles.name}>{title}</span>
        <span className={styles.figure}>{figure}</span>
      </div>
      <Meter
        value={score !== null && max ? Math.min(score / max, 1) : 0}
        error={wrong}
        label={m.overview.meter(title, num(score, decimals), num(max))}
      />
      {(recomputed !== null || wrong || rounded) && (
        <div className={styles.detail}>
          {recomputed !== null && <span>{m.overview.domainComputed(num(recomputed, decimals))}</span>}
          {wrong && <span className={mergeClasses(styles.badge, styles.wrong)}>{m.overview.wrong}</span>}
          {rounded && <span className={mergeClasses(styles.badge, styles.rounded)}>{m.overview.rounded}</span>}
        </div>
      )}
    </li>
  );
}
