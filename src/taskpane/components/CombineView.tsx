/**
 * Kokoa työkirjoista: the action beside Yhteenveto and the view it opens (a view of the pane, not a modal
 * dialog: the pane is narrow, and the drop zone stays beside the workbook). The coordinator
 * chooses the divisions' .xlsx files (the file chooser, or a drop on the drop zone), may include the open
 * workbook, and combines:
 * each file's progress and outcome is listed (an unreadable file with its reason, the others go on), Peruuta
 * stops the run before anything is written, and the result names the sheet written. The work is the
 * session's combiner (src/app/combine.ts); this file only draws it.
 */
import {
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { DragEvent } from "react";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import type { CombineEntry, CombineState, Combiner } from "../../app/combine";
import { CITY_SUMMARY_SHEET_NAMES } from "../../excel/summarySheet";
import { useSession, useSessionState, useT } from "../context";
import type { Translator } from "../strings";
import { addFiles, fileSource } from "../combine/fileSources";
import { ChartIcon } from "../icons";
import { VISUALLY_HIDDEN } from "../theme";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  button: { alignSelf: "flex-start" },
  done: { color: tokens.colorNeutralForeground2 },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: VISUALLY_HIDDEN,
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  state: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  failed: { display: "block", color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
});

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function useCombineState(combiner: Combiner): CombineState {
  return useSyncExternalStore(
    (onChange) => combiner.subscribe(onChange),
    () => combiner.getState(),
  );
}

function entryText(entry: CombineEntry, t: Translator): string {
  switch (entry.state) {
    case "read":
      return t("combineRead", {
        tables: t.count("tables", entry.tables),
        counts: [t.count("errors", entry.errors), t.count("warnings", entry.warnings)].join(", "),
      });
    case "unreadable":
      return t("combineState_unreadable", { reason: entry.reason });
    case "duplicate":
      return t("combineState_duplicate", { reason: entry.reason });
    default:
      return t(`combineState_${entry.state}`);
  }
}

/** The outcome of the last run, in words. */
function Outcome({ state, t }: { state: CombineState; t: Translator }) {
  if (state.phase === "done" && state.sheet)
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{t("combineDone", { sheet: state.sheet })}</MessageBarBody>
      </MessageBar>
    );
  if (state.phase === "done")
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("combineNothingRead")}</MessageBarBody>
      </MessageBar>
    );
  if (state.phase === "cancelled")
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t("combineCancelled")}</MessageBarBody>
      </MessageBar>
    );
  if (state.phase === "failed")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{state.error}</MessageBarBody>
      </MessageBar>
    );
  return null;
}

/** The panel: the drop zone and chooser, the list, the option, the progress, the outcome and the actions. */
export function CombineView({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { lang } = useSessionState();
  const combiner = session.combiner;
  const state = useCombineState(combiner);
  const [files, setFiles] = useState<File[]>([]);
  const [includeOpen, setIncludeOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [needFiles, setNeedFiles] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const running = state.phase === "reading" || state.phase === "writing";
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the view moves focus to its heading, so keyboard and screen reader users land in it.
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  const add = (added: FileList | null) => {
    if (!added || added.length === 0 || running) return;
    // Copied now: the chooser's FileList empties when its value is reset, before React runs the update.
    const chosen = Array.from(added);
    combiner.reset();
    setNeedFiles(false);
    setFiles((list) => addFiles(list, chosen));
  };
  const remove = (index: number) => {
    combiner.reset();
    setFiles((list) => list.filter((_, i) => i !== index));
  };
  const start = () => {
    if (files.length === 0 && !includeOpen) {
      setNeedFiles(true);
      return;
    }
    void combiner.run(files.map(fileSource), { includeOpen });
  };
  // Dropped files are this panel's: the page around the pane (e.g. the playground) must not open them too.
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    add(event.dataTransfer.files);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = running ? "none" : "copy";
    setDragging(true);
  };

  // While a run is on (and after it) the combiner's list, with each file's state; before it the chosen files.
  const entries: CombineEntry[] =
    state.phase === "idle" ? files.map((f) => ({ name: f.name, state: "waiting" as const })) : state.entries;
  const progressText =
    state.phase === "reading" && state.current
      ? t("combineReading", {
          done: Math.min(state.done + 1, state.total),
          total: state.total,
          file: state.current,
        })
      : state.phase === "writing"
        ? t("combineWriting")
        : "";

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        <Subtitle2>{t("combine")}</Subtitle2>
      </h3>
      <Caption1>{t("combineIntro", { sheet: CITY_SUMMARY_SHEET_NAMES[lang] })}</Caption1>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="combine-drop"
      >
        <span aria-hidden="true">{t("combineDrop")}</span>
        <input
          ref={input}
          type="file"
          multiple
          accept={XLSX_TYPES}
          className={styles.hidden}
          tabIndex={-1}
          aria-label={t("combinePick")}
          onChange={(event) => {
            add(event.target.files);
            event.target.value = ""; // the same file can be chosen again after it was removed
          }}
        />
        <Button disabledFocusable={running} onClick={() => input.current?.click()}>
          {t("combinePick")}
        </Button>
      </div>
      {entries.length > 0 && (
        <ul className={styles.list} aria-label={t("combineFiles")}>
          {entries.map((entry, index) => (
            <li key={`${index}-${entry.name}`} className={styles.item}>
              <span>
                <span className={styles.name}>{entry.name}</span>
                <span
                  className={
                    entry.state === "unreadable" || entry.state === "duplicate" ? styles.failed : styles.state
                  }
                >
                  {entryText(entry, t)}
                </span>
              </span>
              {state.phase === "idle" && (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={t("combineRemove", { file: entry.name })}
                  onClick={() => remove(index)}
                >
                  ×
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Checkbox
        checked={includeOpen}
        disabled={running}
        label={t("combineIncludeOpen")}
        onChange={(_, data) => {
          combiner.reset();
          setNeedFiles(false);
          setIncludeOpen(data.checked === true);
        }}
      />
      {running && (
        <ProgressBar
          value={state.total === 0 ? 0 : state.done / state.total}
          max={1}
          aria-label={t("combineProgressLabel")}
          aria-valuetext={progressText}
        />
      )}
      <div role="status" aria-live="polite">
        {progressText && <Caption1>{progressText}</Caption1>}
        {needFiles && <Caption1>{t("combineNeedFiles")}</Caption1>}
      </div>
      <Outcome state={state} t={t} />
      <div className={styles.actions}>
        {running ? (
          <Button disabledFocusable={state.phase === "writing"} onClick={() => combiner.cancel()}>
            {t("combineCancel")}
          </Button>
        ) : (
          <>
            <Button appearance="primary" onClick={start}>
              {t("combineStart")}
            </Button>
            <Button onClick={onClose}>{t("combineClose")}</Button>
          </>
        )}
      </div>
    </section>
  );
}

/**
 * Kokoa työkirjoista beside Yhteenveto: opens the combine view. While the view is closed, the last run's
 * sheet is named under the button.
 */
export function CombineButton() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const state = useCombineState(session.combiner);
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        icon={<ChartIcon />}
        title={t("combineHint")}
        onClick={() => session.setView("combine")}
      >
        {t("combine")}
      </Button>
      <Caption1 aria-live="polite" className={styles.done}>
        {state.phase === "done" && state.sheet ? t("combineDone", { sheet: state.sheet }) : ""}
      </Caption1>
    </div>
  );
}
