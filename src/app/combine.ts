/**
 * Kokoa työkirjoista / Sammanställ arbetsböcker / Combine workbooks: a coordinator picks the divisions'
 * workbook files (and, if they like, the open workbook); each is read, validated and summarised in the pane,
 * the summaries are combined (`combineSummaries`) and written into the open workbook as Sitova's own sheet
 * *Kaupungin yhteenveto* (src/excel/summarySheet.ts), refreshed in place on the next run.
 *
 * - The files never leave the computer: their bytes come from the file chooser or the drop (FileReader), and
 *   the reader runs here. It is loaded with a dynamic `import()` on the first run only (`combineFiles.ts`: a
 *   chunk of its own), so the pane's first load stays small.
 * - One file at a time, the progress told per file; a file that cannot be read is listed with its reason and
 *   the others go on; the same workbook picked twice is counted once, as the command line does.
 * - Peruuta stops between files and between a file's steps and writes nothing: the workbook is as it was.
 *   The write is the last step, one Excel run through the session's queue; once it has started it is not
 *   cancelled half-way (it holds a few syncs, see summarySheet.ts).
 */
import type { CompiledSchema, Lang, RuleSetting, WorkbookSnapshot, WorkbookSummary } from "../domain";
import { analyzeWorkbook, combineSummaries, formatMessage, summarize, validate } from "../domain";
import type { UnreadableSource } from "../domain";
import { words } from "../cli/messages";
import type { ExcelHost } from "../excel/host";
import { insertCitySummarySheet } from "../excel/summarySheet";
import type { FileReason, SummarizeBytesOptions, WorkbookFileOutcome } from "./combineFiles";
import { errorMessage } from "./messages";

/** A file to combine: its name (no folders: a browser gives none) and a way to get its bytes. */
export interface CombineSource {
  name: string;
  bytes(): Promise<Uint8Array>;
}

/** What became of one source: still waiting, being read, read (with its counts), unreadable or a duplicate. */
export type CombineEntry =
  | { name: string; state: "waiting" | "reading" }
  | { name: string; state: "read"; tables: number; errors: number; warnings: number }
  | { name: string; state: "unreadable" | "duplicate"; reason: string };

export type CombinePhase = "idle" | "reading" | "writing" | "done" | "cancelled" | "failed";

export interface CombineState {
  phase: CombinePhase;
  /** Sources finished (read, unreadable or duplicate), of `total`. */
  done: number;
  total: number;
  /** The source being read now. */
  current: string | null;
  entries: CombineEntry[];
  /** The sheet written, when the run is done and something could be read. */
  sheet: string | null;
  /** Why the run failed (an Excel error, in the user's language). */
  error: string | null;
}

export const IDLE_COMBINE: CombineState = {
  phase: "idle",
  done: 0,
  total: 0,
  current: null,
  entries: [],
  sheet: null,
  error: null,
};

/** The module with the reader (a chunk of its own in the pane's build). */
export interface CombinePipeline {
  summarizeWorkbookBytes(
    bytes: Uint8Array,
    name: string,
    options: SummarizeBytesOptions,
  ): WorkbookFileOutcome;
  /** Why a picked file's bytes could not be had (moved, deleted or locked since it was picked). */
  unreadableFileReason(lang: Lang): string;
}

type SourceOutcome = WorkbookFileOutcome | { duplicate: FileReason };

export const loadCombinePipeline = (): Promise<CombinePipeline> =>
  import(/* webpackChunkName: "combine-reader" */ "./combineFiles");

/** What the combiner takes from the session. */
export interface CombineContext {
  host: ExcelHost;
  lang(): Lang;
  schema(): CompiledSchema;
  /** The reviewer's rule settings saved in the open workbook (read once, as a check does). */
  ruleSettings(): Promise<Record<string, RuleSetting>>;
  /** Runs Excel work in the session's queue, behind every job queued before it. */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
  readOpenWorkbook(host: ExcelHost): Promise<WorkbookSnapshot>;
  now(): Date;
  loadPipeline?: () => Promise<CombinePipeline>;
}

/** The open workbook's line in the list and its name in the summary's sources. */
export const OPEN_WORKBOOK_NAME: Record<Lang, string> = {
  fi: "Avoin työkirja",
  sv: "Öppen arbetsbok",
  en: "Open workbook",
};

type Listener = (state: CombineState) => void;

class Cancelled extends Error {}

/**
 * Lets the pane draw the progress and take a click on Peruuta before the next step: reading a workbook is
 * synchronous work.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** FNV-1a over the bytes, with the length: tells a workbook picked twice (under two names) from others. */
function contentKey(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return `${bytes.length}:${(hash >>> 0).toString(16)}`;
}

/** One run at a time; its state is what the pane's Combine view draws. */
export class Combiner {
  private state: CombineState = IDLE_COMBINE;
  private readonly listeners = new Set<Listener>();
  private cancelRequested = false;
  private pipeline: Promise<CombinePipeline> | null = null;
  /** The last run's reasons by entry, and its error: the list is told again when the language changes. */
  private reasons = new Map<number, FileReason>();
  private failure: unknown = null;

  constructor(private readonly context: CombineContext) {}

  getState(): CombineState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(change: Partial<CombineState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }

  private setEntry(index: number, entry: CombineEntry, finished: boolean): void {
    const entries = this.state.entries.map((e, i) => (i === index ? entry : e));
    // A finished file is no longer the current one: "2/3" never names the file before.
    const current = finished ? null : this.state.current;
    this.update({ entries, done: this.state.done + (finished ? 1 : 0), current });
  }

  get running(): boolean {
    return this.state.phase === "reading" || this.state.phase === "writing";
  }

  /** Asks the run to stop before its next step; nothing is written. Too late once the write has started. */
  cancel(): void {
    if (this.state.phase === "reading") this.cancelRequested = true;
  }

  /** Forgets the last run's outcome (the pane's list is cleared). */
  reset(): void {
    if (!this.running) this.update(IDLE_COMBINE);
  }

  /** Tells the last run's reasons and error in another language (the sheet written stays as it is). */
  setLang(lang: Lang): void {
    const entries = this.state.entries.map((entry, i): CombineEntry => {
      const reason = this.reasons.get(i);
      return reason && (entry.state === "unreadable" || entry.state === "duplicate")
        ? { ...entry, reason: reason(lang) }
        : entry;
    });
    const error = this.state.error === null ? null : errorMessage(this.failure, lang);
    this.update({ entries, error });
  }

  private checkCancelled(): void {
    if (this.cancelRequested) throw new Cancelled();
  }

  /**
   * Reads, checks and summarises the sources (the open workbook first when `includeOpen`), then writes the
   * combined summary. Resolves with the sheet written, or null (cancelled, failed or nothing readable).
   */
  async run(sources: readonly CombineSource[], options: { includeOpen: boolean }): Promise<string | null> {
    if (this.running) return null;
    const lang = this.context.lang();
    const names = [...(options.includeOpen ? [OPEN_WORKBOOK_NAME[lang]] : []), ...sources.map((s) => s.name)];
    this.cancelRequested = false;
    this.reasons = new Map();
    this.failure = null;
    this.update({
      ...IDLE_COMBINE,
      phase: "reading",
      total: names.length,
      entries: names.map((name) => ({ name, state: "waiting" })),
    });
    try {
      const summaries: WorkbookSummary[] = [];
      const unreadable: UnreadableSource[] = [];
      const ruleSettings = await this.context.exclusive(() => this.context.ruleSettings());
      const schema = this.context.schema();
      let index = 0;
      if (options.includeOpen) {
        this.startEntry(index);
        const snapshot = await this.context.exclusive(() => this.context.readOpenWorkbook(this.context.host));
        this.checkCancelled();
        // Named by its file name where Excel gives one, as the other files are, unless a chosen file has
        // that name: the name also decides which goals link to this workbook's cells.
        if (snapshot.name && !sources.some((s) => s.name === snapshot.name)) names[0] = snapshot.name;
        const analysis = analyzeWorkbook(snapshot, schema);
        const summary = summarize(analysis, validate(analysis, { ruleSettings }), { file: names[0] });
        summaries.push(summary);
        this.finishRead(index, summary, names[0]);
        index++;
      }
      const seen = new Map<string, string>();
      for (const source of sources) {
        this.startEntry(index);
        await nextTask();
        this.checkCancelled();
        const outcome = await this.readSource(source, seen, { schema, ruleSettings });
        if ("duplicate" in outcome) {
          this.reasons.set(index, outcome.duplicate);
          const reason = outcome.duplicate(this.context.lang());
          this.setEntry(index, { name: source.name, state: "duplicate", reason }, true);
        } else if (outcome.summary) {
          summaries.push(outcome.summary);
          this.finishRead(index, outcome.summary);
        } else {
          this.reasons.set(index, outcome.failure);
          // The sheet is written in the language the run started in.
          unreadable.push({ file: source.name, error: outcome.failure(lang) });
          const reason = outcome.failure(this.context.lang());
          this.setEntry(index, { name: source.name, state: "unreadable", reason }, true);
        }
        index++;
      }
      this.checkCancelled();
      if (summaries.length === 0) {
        this.update({ phase: "done", current: null });
        return null;
      }
      this.update({ phase: "writing", current: null });
      const combined = combineSummaries(summaries, schema);
      const checkedAt = this.context.now().toLocaleString(lang);
      const sheet = await this.context.exclusive(() =>
        insertCitySummarySheet(this.context.host, combined, {
          lang,
          checkedAt,
          unreadable,
          // Only the open workbook's goals are in this workbook: the others' sources are named, not linked.
          linksGoal: (goal) => options.includeOpen && goal.file === names[0],
        }),
      );
      this.update({ phase: "done", sheet });
      return sheet;
    } catch (error) {
      if (error instanceof Cancelled) this.update({ phase: "cancelled", current: null });
      else {
        this.failure = error;
        this.update({ phase: "failed", current: null, error: errorMessage(error, this.context.lang()) });
      }
      return null;
    }
  }

  private startEntry(index: number): void {
    const name = this.state.entries[index].name;
    const entries = this.state.entries.map((e, i) => (i === index ? { name, state: "reading" as const } : e));
    this.update({ entries, current: name });
  }

  /** The entry's outcome; `name` renames it (the open workbook, once Excel has given its file name). */
  private finishRead(index: number, summary: WorkbookSummary, name = this.state.entries[index].name): void {
    const { tables, validation } = summary.files[0];
    const { errors, warnings } = validation;
    this.setEntry(index, { name, state: "read", tables, errors, warnings }, true);
  }

  private async readSource(
    source: CombineSource,
    seen: Map<string, string>,
    options: SummarizeBytesOptions,
  ): Promise<SourceOutcome> {
    this.pipeline ??= (this.context.loadPipeline ?? loadCombinePipeline)();
    const pipeline = await this.pipeline.catch((error: unknown) => {
      this.pipeline = null; // a failed chunk load (e.g. the network dropped) is tried again next run
      throw error;
    });
    let bytes: Uint8Array;
    try {
      bytes = await source.bytes();
    } catch {
      return { failure: (lang) => pipeline.unreadableFileReason(lang) };
    }
    this.checkCancelled();
    const key = contentKey(bytes);
    const first = seen.get(key);
    // Counting a workbook twice would double its goals: it is counted once (the command line says the same).
    if (first !== undefined)
      return { duplicate: (lang) => formatMessage(words(lang).sameWorkbook, { first }) };
    seen.set(key, source.name);
    await nextTask();
    this.checkCancelled();
    return pipeline.summarizeWorkbookBytes(bytes, source.name, options);
  }
}
