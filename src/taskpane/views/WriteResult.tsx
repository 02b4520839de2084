import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { areaAddress, cellAddress } from "../../core/cells";
import { noticeMessage } from "../../core/notice-text";
import type { PaneMessages } from "../../i18n/messages";
import { usePaneText } from "../language";
import { LastWrite, RunResult } from "../session/useWorkbookSession";

const useStyles = makeStyles({
  box: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusSuccessBorderActive}`,
    backgroundColor: tokens.colorStatusSuccessBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  created: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

/** One sentence per thing the run did, leaving out what it did not do. */
export function resultLines(result: RunResult, m: PaneMessages["actions"]): string[] {
  const { counts, created } = result;
  const assignments = created.filter((s) => s.kind === "assignment").length;
  const summary = created.find((s) => s.kind === "summary");
  const lines = [
    counts.formulas > 0 && m.doneFormulas(counts.formulas),
    counts.converted > 0 && m.doneConverted(counts.converted),
    counts.highlighted > 0 && m.doneHighlights(counts.highlighted),
    assignments > 0 && m.doneAssignments(assignments),
    summary && m.doneSummary(summary.name),
  ].filter((line): line is string => typeof line === "string");
  return lines.length ? lines : [m.doneNothing];
}

/**
 * What the last write did, at the top of the view: it comes into view and takes the focus, so that the user (and a
 * screen reader) meets it where they are; created sheets open in Excel from here.
 */
export function WriteResult({ last, onOpen }: { last: LastWrite | null; onOpen: (sheet: string) => void }) {
  const { language, m } = usePaneText();
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!last || !box.current) return;
    // jsdom has no scrollIntoView.
    box.current.scrollIntoView?.({ block: "nearest" });
    box.current.focus();
  }, [last]);
  return (
    <div role="status">
      {last && (
        <div ref={box} tabIndex={-1} className={styles.box}>
          {last.kind !== "applied" && (
            <>
              <p className={styles.title}>{last.kind === "restored" ? m.actions.restored : m.actions.cleared}</p>
              {last.skipped.length > 0 && (
                <ul className={styles.lines}>
                  {last.skipped.map((cell) => (
                    <li key={`${cell.row}:${cell.column}`}>
                      {cell.kind === "merged"
                        ? m.actions.notPutBack(cellAddress(cell.row, cell.column), areaAddress(cell.area))
                        : m.actions.notPutBackChanged(cellAddress(cell.row, cell.column))}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          {last.kind === "applied" && (
            <>
              <p className={styles.title}>{m.actions.done}</p>
              <ul className={styles.lines}>
                {resultLines(last.result, m.actions).map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {last.result.notice && <li>{m.actions.stateNotice(last.result.notice)}</li>}
                {last.result.notices.map((notice) => (
                  <li key={`${notice.sheet ?? ""}!${notice.row}:${notice.column}`}>
                    {noticeMessage(notice, last.result.plan, language)}
                  </li>
                ))}
              </ul>
              {last.result.created.length > 0 && (
                <>
                  <p className={styles.created}>{m.actions.created}</p>
                  <ul className={styles.lines}>
                    {last.result.created.map((sheet) => (
                      <li key={sheet.name}>
                        <Link as="button" onClick={() => onOpen(sheet.name)}>
                          {sheet.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
