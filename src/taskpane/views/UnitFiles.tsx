import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { cellAddress } from "../../core/cells";
import { WorkbookState } from "../../core/edits";
import { collectedSheets, collectReportLines, previewCollect, shownProgress, unitFilesOf } from "../../core/unit-files";
import { unitFilesMessagesFor } from "../../i18n/unit-files";
import type { WorkbookHost } from "../../office";
import { usePaneText } from "../language";
import { Session } from "../session/useWorkbookSession";
import { useSharedStyles } from "./shared-styles";

/** The builder and reader of unit files (ExcelJS): a chunk of its own, loaded when this view first needs it. */
const xlsx = () => import(/* webpackChunkName: "unit-files-xlsx" */ "../../xlsx/unit-files-browser");

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "busy"; readonly label: string }
  | { readonly kind: "said"; readonly text: string };
const IDLE: Status = { kind: "idle" };

/** Offers bytes as a file the browser saves (Excel on the web, the playground). */
function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Tệp đơn vị: make each unit its own file (one .zip to download, or each opened as a new workbook where Excel can),
 * and take back what units typed into the files they return: a preview first, then the write, which Restore takes
 * back. The files are built and read by the same code as `par-index split` and `collect`.
 */
export default function UnitFiles({ host, session }: { host: WorkbookHost; session: Session }) {
  const { language } = usePaneText();
  const t = unitFilesMessagesFor(language).pane;
  const styles = useStyles();
  const sheet = session.detection?.cells.name ?? null;
  const state = session.snapshot?.state;
  if (!sheet || !state) return null;
  if (!state.generated.some((g) => g.kind === "assignment")) return <p>{t.needsAssignments}</p>;
  return (
    <div className={styles.root}>
      <p className={styles.muted}>{t.intro}</p>
      <SendFiles host={host} sheet={sheet} />
      <ReceiveFiles host={host} sheet={sheet} state={state} />
    </div>
  );
}

function StatusLine({ status }: { status: Status }) {
  return (
    <div aria-live="polite">
      {status.kind === "busy" && <Spinner size="tiny" label={status.label} />}
      {status.kind === "said" && <p>{status.text}</p>}
    </div>
  );
}

function SendFiles({ host, sheet }: { host: WorkbookHost; sheet: string }) {
  const { language } = usePaneText();
  const t = unitFilesMessagesFor(language).pane;
  const shared = useSharedStyles();
  const styles = useStyles();
  const [status, setStatus] = useState<Status>(IDLE);
  const canOpen = host.capabilities.createWorkbook;
  const make = async (how: "download" | "open") => {
    setStatus({ kind: "busy", label: t.send.making });
    try {
      const source = await host.readUnitFilesSource(sheet);
      const contents = (name: string) => source.contents.get(name) ?? null;
      const files = unitFilesOf({ ...source, contents, language, planName: sheet });
      const builder = await xlsx();
      if (how === "download") {
        const name = t.send.zipName(sheet);
        download(await builder.unitFilesZip(files), name);
        setStatus({ kind: "said", text: t.send.downloaded(name, files.length) });
      } else {
        for (const file of files) await host.openAsWorkbook(await builder.unitWorkbookBase64(file));
        setStatus({ kind: "said", text: t.send.opened(files.length) });
      }
    } catch {
      setStatus({ kind: "said", text: t.failed });
    }
  };
  const busy = status.kind === "busy";
  return (
    <section className={styles.section} aria-labelledby="unit-files-send">
      <h2 id="unit-files-send" className={shared.heading}>
        {t.send.title}
      </h2>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void make("download")}>
          {t.send.make}
        </Button>
        {canOpen && (
          <Button disabled={busy} onClick={() => void make("open")}>
            {t.send.open}
          </Button>
        )}
      </div>
      <p className={styles.muted}>{t.send.why}</p>
      {!canOpen && <p className={styles.muted}>{t.send.noOpen}</p>}
      <StatusLine status={status} />
    </section>
  );
}

type Preview = ReturnType<typeof previewCollect>;

function ReceiveFiles({ host, sheet, state }: { host: WorkbookHost; sheet: string; state: WorkbookState }) {
  const { language, m } = usePaneText();
  const t = unitFilesMessagesFor(language);
  const shared = useSharedStyles();
  const styles = useStyles();
  const [status, setStatus] = useState<Status>(IDLE);
  const [preview, setPreview] = useState<Preview | null>(null);
  // The state the last collect or restore left; until then, the pane's.
  const [latest, setLatest] = useState<WorkbookState>(state);
  const busy = status.kind === "busy";
  const picker = useRef<HTMLInputElement>(null);

  const choose = async (picked: readonly File[]) => {
    if (picked.length === 0) return;
    setPreview(null);
    setStatus({ kind: "busy", label: t.pane.receive.reading });
    try {
      const reader = await xlsx();
      const files = await Promise.all(picked.map(async (f) => reader.readReturnedFile(f.name, await f.arrayBuffer())));
      setPreview(previewCollect(await host.readUnitFilesSource(sheet), files));
      setStatus(IDLE);
    } catch {
      setStatus({ kind: "said", text: t.pane.failed });
    }
  };
  const write = async (task: () => Promise<WorkbookState>, said: string) => {
    setStatus({ kind: "busy", label: m.actions.applying });
    try {
      setLatest(await task());
      setPreview(null);
      setStatus({ kind: "said", text: said });
    } catch {
      setStatus({ kind: "said", text: t.pane.failed });
    }
  };
  const writes = preview?.writes ?? [];
  const notTaken = preview ? collectReportLines(preview.collected, language) : [];
  return (
    <section className={styles.section} aria-labelledby="unit-files-receive">
      <h2 id="unit-files-receive" className={shared.heading}>
        {t.pane.receive.title}
      </h2>
      {/* The browser words its file input's button in its own language; ours opens the input, hidden. */}
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => picker.current?.click()}>
          {t.pane.receive.choose}
        </Button>
      </div>
      <input
        ref={picker}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.pane.receive.choose}
        tabIndex={-1}
        className={shared.visuallyHidden}
        disabled={busy}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Emptied, so that picking the same files again is seen as a change.
          event.target.value = "";
          void choose(files);
        }}
      />
      {preview && (
        <>
          {preview.collected.taken.map((taken) => (
            <div key={taken.unit}>
              <p>{t.pane.receive.taken(taken.file, taken.unit, taken.merge.takes.length)}</p>
              <ul className={styles.list}>
                {taken.merge.takes.map((take) => (
                  <li key={`${take.row}:${take.column}`}>
                    {t.pane.receive.cell(
                      taken.masterSheet,
                      cellAddress(take.row, take.column),
                      shownProgress(take.content, take.field, t.report, preview.collected.dateSystem),
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {writes.length === 0 && <p>{t.pane.receive.none}</p>}
          {notTaken.length > 0 && (
            <>
              <p>{t.pane.receive.notTakenTitle(notTaken.length)}</p>
              <ul className={styles.list}>
                {notTaken.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={busy || writes.length === 0}
              onClick={() =>
                void write(async () => host.collect({ sheet, writes }), t.pane.receive.applied(writes.length))
              }
            >
              {t.pane.receive.apply(writes.length)}
            </Button>
          </div>
        </>
      )}
      <div className={styles.buttons}>
        <Button
          aria-describedby="unit-files-restore-hint"
          disabled={busy || collectedSheets(latest).length === 0}
          onClick={() => void write(async () => (await host.restoreCollected(sheet)).state, t.pane.receive.restored)}
        >
          {t.pane.receive.restore}
        </Button>
      </div>
      <p id="unit-files-restore-hint" className={styles.muted}>
        {t.pane.receive.restoreHint}
      </p>
      <StatusLine status={status} />
    </section>
  );
}
