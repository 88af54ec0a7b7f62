/**
 * The one state of the add-in's shared runtime: the ribbon commands and the task pane both act through it
 * and see the same results. It talks to src/excel; components only subscribe to it and call its methods.
 *
 * All of its Excel work (ribbon commands, pane actions, live re-checks, diagnostics) goes through one
 * queue, one job at a time: batches of different `Excel.run` calls would otherwise interleave in Excel
 * (see src/excel/queue.ts). A public method queues its job; the private `…Now` methods run inside a job.
 */
import type {
  AnalyzedTable,
  CompiledSchema,
  Finding,
  FindingDetail,
  IgnoreRecord,
  IgnoredFinding,
  Lang,
  RuleSetting,
  Schema,
  ValidationReport,
  WorkbookAnalysis,
  WorkbookSnapshot,
} from "../domain";
import {
  SEVERITIES,
  SchemaError,
  analyzeWorkbook,
  builtinCompiledSchema,
  builtinSchema,
  compileSchema,
  findingDetails,
  findingKey,
  ignoreKey,
  ignoreRecordOf,
  loadSchema,
  parseCellAddress,
  splitIgnored,
  summarize,
  validate,
  validationReport,
  withoutIgnored,
} from "../domain";
import type { ExcelFeatures, ExcelHost } from "../excel/host";
import { undoIsLost } from "../excel/host";
import { WorkQueue } from "../excel/queue";
import { readWorkbookSnapshot } from "../excel/readSnapshot";
import { clearHighlights, syncHighlights } from "../excel/highlights";
import type { WorkbookMemory } from "../excel/check";
import type { SitovaState } from "../excel/state";
import { runCheck } from "../excel/check";
import { insertSummarySheet } from "../excel/summarySheet";
import { goToPlace } from "../excel/navigate";
import type { CellFix } from "../excel/fixes";
import { undoFixes, writeFixes } from "../excel/fixes";
import { writeReportSheet } from "../excel/reportSheet";
import type { ReadProgress } from "../excel/workbookRead";
import type { ChangeWatch } from "../excel/watch";
import { watchChanges, watchSelection } from "../excel/watch";
import type { LiveValidation, SheetChange } from "../excel/live";
import { runFullLiveCheck, runLiveCheck, startLiveValidation } from "../excel/live";
import type { InputRuleLists, InstallResult, RemoveResult } from "../excel/inputRules";
import { inputRuleSpecs, installInputRules, removeInputRules } from "../excel/inputRules";
import {
  changeSavedState,
  cleanRuleSettings,
  loadWorkbookSettings,
  saveRuleSettings,
} from "../excel/ruleSettings";
import type { DiagnosticResult } from "../excel/diagnostics";
import { runDiagnostics } from "../excel/diagnostics";
import { errorMessage } from "./messages";
import { Combiner } from "./combine";

export type Phase = "idle" | "reading" | "checking" | "marking" | "done";

/** How far a check has got, by phase, for a progress bar. */
export const PHASE_PROGRESS: Record<Phase, number> = {
  idle: 0,
  reading: 0.1,
  checking: 0.45,
  marking: 0.7,
  done: 1,
};

/**
 * The pane's views; a check (from the pane or the ribbon) shows the results. `combine` (Kokoa työkirjoista) is
 * opened from beside Yhteenveto, not from a tab: coordinators use it a few times a year.
 */
export type View = "results" | "settings" | "input" | "combine";

/** Work other than a check that the pane shows as busy. */
export type Task = "settings" | "inputRules" | null;

export interface SchemaInfo {
  /** The file name of a loaded schema, or null for the built-in one. */
  name: string | null;
  version: string;
}

/** Why a schema file was refused: not JSON, or JSON that is not a valid schema (the detail names the key). */
export interface SchemaProblem {
  kind: "json" | "schema";
  file: string;
  detail: string;
}

export type InputRulesOutcome =
  | { action: "install"; result: InstallResult }
  | { action: "remove"; result: RemoveResult }
  | { action: "install"; noTable: true };

export interface InputRulesState {
  /** Input rule ranges Sitova has installed in the workbook. */
  installed: number;
  last: InputRulesOutcome | null;
}

/** The results no longer match the workbook: sheets edited since the last check (live validation off). */
export interface Stale {
  sheets: string[];
}

/** What the last quick fix (or its *Peru*) did: cells written, cells left alone because they had changed. */
export interface FixOutcome {
  action: "fix" | "undo";
  written: number;
  changed: number;
}

/** The last explicit report sheet action: the sheet written, or why not. */
export type ReportSheetOutcome = { written: string } | { noTables: true };

export interface SessionState {
  phase: Phase;
  /** 0–1, from the phase of the current check. */
  progress: number;
  /** Sheets and rows read so far by the current check, or null outside a read. */
  readProgress: ReadProgress | null;
  /** The user asked to cancel the current check (*Peruuta*); it stops before anything is written. */
  cancelling: boolean;
  /** The last check was cancelled: the workbook and the results are as they were before it. */
  cancelled: boolean;
  lang: Lang;
  report: ValidationReport | null;
  checkedAt: Date | null;
  /** The last error, as a message for the user. */
  error: string | null;
  highlights: boolean;
  live: boolean;
  /** Set when a checked sheet is edited while live validation is off; a check clears it. */
  stale: Stale | null;
  /** Each finding's goal title, column, value and quick fix, by `findingKey`. */
  details: Record<string, FindingDetail>;
  /** Findings the reviewers ignored (saved in the workbook): not in `report`, never counted. */
  ignored: IgnoredFinding[];
  /** The finding of the cell selected in the sheet (or last gone to), by `findingKey`. */
  selectedFindingKey: string | null;
  /** The cells of the last quick fix while *Peru* can still restore them. */
  undoableFix: CellFix[] | null;
  lastFix: FixOutcome | null;
  /** Write the report sheet with every check (saved in the workbook; off unless a reviewer asks). */
  writeReport: boolean;
  reportSheet: ReportSheetOutcome | null;
  /** The reviewer's rule settings, saved in the workbook. */
  ruleSettings: Record<string, RuleSetting>;
  /** True once the workbook's saved settings have been read. */
  settingsLoaded: boolean;
  view: View;
  task: Task;
  schema: Schema;
  schemaInfo: SchemaInfo;
  schemaProblem: SchemaProblem | null;
  inputRules: InputRulesState;
  /** Requirement sets beyond the minimum that this Excel has (what is off, and why, is shown). */
  features: ExcelFeatures;
  /**
   * Sitova's writes clear the user's undo stack in this Excel (no undo grouping, ExcelApi 1.20): the
   * pane says so before the first write and when live validation is switched on.
   */
  undoLost: boolean;
  /**
   * Why the last Yhteenveto wrote no sheet: the workbook has no goal table (the pane says so and what a goal
   * table needs, instead of an empty summary sheet).
   */
  summaryNotice: "noTables" | null;
}

type Listener = (state: SessionState) => void;

const oneLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");

/** Thrown between a check's read syncs when the user cancelled it; never shown as an error. */
class CheckCancelled extends Error {
  constructor() {
    super("The check was cancelled");
  }
}

/** The selection's first cell on its sheet: `Enn2!C5:D7` → `C5`. */
export function firstCellOf(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(/[:,;]/)[0].replace(/\$/g, "").toUpperCase();
}

/** How long selection changes settle before the pane follows (arrow keys raise one per cell). */
export const SELECTION_DEBOUNCE_MS = 150;

export class Session {
  private state: SessionState;
  private snapshot: WorkbookSnapshot | null = null;
  /** The last check's analysis: a settings change validates it again, a language change only re-renders. */
  private analysis: WorkbookAnalysis | null = null;
  private compiledSchema: CompiledSchema = builtinCompiledSchema;
  private liveValidation: LiveValidation | null = null;
  private settingsLoading: Promise<void> | null = null;
  private lastError: unknown = null;
  /** Why the last schema file was refused, kept to say it again in another language. */
  private schemaError: SchemaError | null = null;
  private readonly queue = new WorkQueue();
  /** Sheet ids of the last check, for live re-checks. */
  private memory: WorkbookMemory = { sheetIds: {}, ownSheetIds: [] };
  /** The report sheet's name, once a check has written it (the summary links to it). */
  private reportSheet: string | null = null;
  private readonly listeners = new Set<Listener>();
  /** Kokoa työkirjoista: other workbooks read in the pane, combined into the city summary (combine.ts). */
  readonly combiner: Combiner;
  /** The reviewers' ignores as last read from (or saved to) the workbook. */
  private ignores: IgnoreRecord[] = [];
  /** Marks the results stale on an edit while live validation is off. */
  private staleWatch: ChangeWatch | null = null;
  private selectionWatch: ChangeWatch | null = null;
  /** Cells Sitova itself just wrote (a fix), by sheet id and address: their change events are not edits. */
  private readonly ownWrites = new Set<string>();
  private cancelRequested = false;

  constructor(
    private readonly host: ExcelHost,
    lang: Lang,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = {
      phase: "idle",
      progress: 0,
      readProgress: null,
      cancelling: false,
      cancelled: false,
      lang,
      report: null,
      checkedAt: null,
      error: null,
      highlights: true,
      live: false,
      stale: null,
      details: {},
      ignored: [],
      selectedFindingKey: null,
      undoableFix: null,
      lastFix: null,
      writeReport: false,
      reportSheet: null,
      ruleSettings: {},
      settingsLoaded: false,
      view: "results",
      task: null,
      schema: builtinSchema,
      schemaInfo: { name: null, version: builtinSchema.version },
      schemaProblem: null,
      inputRules: { installed: 0, last: null },
      features: host.features,
      undoLost: undoIsLost(host.features),
      summaryNotice: null,
    };
    this.combiner = new Combiner({
      host,
      lang: () => this.state.lang,
      schema: () => this.compiledSchema,
      ruleSettings: async () => {
        await this.ensureSettings();
        return this.state.ruleSettings;
      },
      exclusive: (job) => this.exclusive(job),
      readOpenWorkbook: readWorkbookSnapshot,
      now: () => this.now(),
    });
  }

  getState(): SessionState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(change: Partial<SessionState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }

  private fail(error: unknown, change: Partial<SessionState> = {}): void {
    this.lastError = error;
    // A failed check ends it; a failed task before any check leaves the phase as it was.
    const phase = this.state.phase === "idle" ? "idle" : "done";
    this.update({
      phase,
      progress: PHASE_PROGRESS[phase],
      task: null,
      ...change,
      error: errorMessage(error, this.state.lang),
    });
  }

  private check(snapshot: WorkbookSnapshot): ValidationReport {
    this.snapshot = snapshot;
    this.analysis = analyzeWorkbook(snapshot, this.compiledSchema);
    return this.revalidate(this.analysis);
  }

  /**
   * Validates and sets the findings' details and the ignored findings in the state without telling the
   * listeners: the caller's update with the report does, so the pane never sees one without the other.
   */
  private revalidate(analysis: WorkbookAnalysis): ValidationReport {
    const full = validationReport(analysis, validate(analysis, { ruleSettings: this.state.ruleSettings }));
    const details = findingDetails(analysis, full.findings);
    const { kept, ignored } = splitIgnored(full.findings, details, this.ignores);
    this.state = { ...this.state, details, ignored };
    return withoutIgnored(full, kept);
  }

  /** Queues Excel work behind every job queued before it. */
  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    return this.queue.run(job);
  }

  /** Takes in the settings saved in the workbook, as a check read them (once, before any are changed). */
  private adoptSaved(saved: SitovaState): void {
    // Ignores are every reviewer's: each check takes them as the workbook has them now.
    this.ignores = saved.ignored ?? [];
    if (this.state.settingsLoaded) return;
    this.settingsLoading = Promise.resolve();
    this.state = {
      ...this.state,
      ruleSettings: cleanRuleSettings(saved.ruleSettings),
      settingsLoaded: true,
      writeReport: saved.writeReport === true,
      inputRules: { ...this.state.inputRules, installed: saved.inputRules?.length ?? 0 },
    };
  }

  /**
   * Reads the settings saved in the workbook once. It changes the state without telling the listeners:
   * the caller's next update does (so a check still reports exactly its four phases).
   */
  private ensureSettings(): Promise<void> {
    this.settingsLoading ??= loadWorkbookSettings(this.host).then(
      (saved) => {
        this.ignores = saved.ignored;
        this.state = {
          ...this.state,
          ruleSettings: saved.ruleSettings,
          settingsLoaded: true,
          writeReport: saved.writeReport,
          inputRules: { ...this.state.inputRules, installed: saved.inputRules },
        };
      },
      (error: unknown) => {
        this.settingsLoading = null;
        throw error;
      },
    );
    return this.settingsLoading;
  }

  /** Reads the workbook's saved settings (the pane calls this when it opens). */
  async init(): Promise<void> {
    try {
      await this.exclusive(() => this.ensureSettings());
      this.update({});
    } catch (error) {
      this.fail(error);
    }
  }

  /** The first phases of every check: read the workbook, validate it; the caller then writes (marking). */
  private async readAndCheck(
    change: Partial<SessionState> = {},
  ): Promise<{ snapshot: WorkbookSnapshot; report: ValidationReport; checkedAt: Date }> {
    this.update({ phase: "reading", progress: PHASE_PROGRESS.reading, error: null, ...change });
    await this.ensureSettings();
    const snapshot = await readWorkbookSnapshot(this.host);
    this.update({ phase: "checking", progress: PHASE_PROGRESS.checking });
    const report = this.check(snapshot);
    const checkedAt = this.now();
    // A fresh read: whatever was out of date is not any more.
    this.update({ phase: "marking", progress: PHASE_PROGRESS.marking, report, checkedAt, stale: null });
    return { snapshot, report, checkedAt };
  }

  /**
   * Reads and checks the whole workbook, marks the cells and refreshes the report sheet: one Excel run,
   * so one undo step where Excel groups undo, and nothing of another job between its read and its writes.
   */
  validate(): Promise<ValidationReport | null> {
    return this.exclusive(() => this.validateNow());
  }

  private async validateNow(): Promise<ValidationReport | null> {
    const before = {
      snapshot: this.snapshot,
      analysis: this.analysis,
      state: this.state,
    };
    this.cancelRequested = false;
    this.update({
      phase: "reading",
      progress: PHASE_PROGRESS.reading,
      readProgress: null,
      cancelling: false,
      cancelled: false,
      error: null,
      view: "results",
    });
    let checkedAt = this.now();
    let report: ValidationReport | null = null;
    try {
      const outcome = await runCheck(this.host, {
        validate: (snapshot, saved) => {
          this.adoptSaved(saved);
          report = this.check(snapshot);
          return report;
        },
        highlights: this.state.highlights,
        report: {
          lang: this.state.lang,
          checkedAt: () => checkedAt.toLocaleString(this.state.lang),
          ignored: () => this.state.ignored,
          // The saved setting decides: a reviewer's choice travels with the workbook.
          wanted: (saved) => saved.writeReport === true,
        },
        watch: {
          afterSync: (readProgress) => {
            if (this.cancelRequested) throw new CheckCancelled();
            if (this.state.phase === "reading") this.update({ readProgress });
          },
        },
        onPhase: (phase) => {
          if (phase === "checking") {
            this.update({ phase, progress: PHASE_PROGRESS.checking });
            return;
          }
          checkedAt = this.now(); // when the findings are known: the pane and the report sheet say the same
          this.update({ phase, progress: PHASE_PROGRESS.marking, report, checkedAt });
        },
      });
      this.memory = outcome.memory;
      if (outcome.reportSheet) this.reportSheet = outcome.reportSheet;
      this.update({
        phase: "done",
        progress: PHASE_PROGRESS.done,
        readProgress: null,
        report: outcome.report,
        checkedAt,
        stale: null,
        selectedFindingKey: this.stillPresent(this.state.selectedFindingKey, outcome.report),
      });
      await this.watchWorkbook();
      return outcome.report;
    } catch (error) {
      if (error instanceof CheckCancelled) {
        // Nothing was written: the results go back to what they were, and say the check was cancelled.
        this.snapshot = before.snapshot;
        this.analysis = before.analysis;
        const { phase, report: previous, checkedAt: at, details, ignored } = before.state;
        this.update({
          phase: phase === "idle" ? "idle" : "done",
          progress: phase === "idle" ? 0 : PHASE_PROGRESS.done,
          report: previous,
          checkedAt: at,
          details,
          ignored,
          readProgress: null,
          cancelling: false,
          cancelled: true,
        });
        return null;
      }
      this.fail(error, { readProgress: null, cancelling: false });
      return null;
    }
  }

  /** *Peruuta*: the running check stops at its next read sync, before anything is written. */
  cancel(): void {
    if (this.cancelRequested || (this.state.phase !== "reading" && this.state.phase !== "checking")) return;
    this.cancelRequested = true;
    this.update({ cancelling: true });
  }

  private stillPresent(key: string | null, report: ValidationReport): string | null {
    return key !== null && report.findings.some((f) => findingKey(f) === key) ? key : null;
  }

  /**
   * After a check: follows the selection in the sheet, and (with live validation off) marks the results
   * stale when a checked sheet is edited. Registered once; they cost nothing until an event comes.
   */
  private async watchWorkbook(): Promise<void> {
    this.selectionWatch ??= await watchSelection(
      this.host,
      (sheetId, address) => this.selectionChanged(sheetId, address),
      SELECTION_DEBOUNCE_MS,
    );
    if (!this.state.live)
      this.staleWatch ??= await watchChanges(this.host, (sheetId, address) =>
        this.sheetEdited(sheetId, address),
      );
  }

  private sheetName(sheetId: string): string | null {
    return Object.entries(this.memory.sheetIds).find(([, id]) => id === sheetId)?.[0] ?? null;
  }

  /** An edit while live validation is off: just marks, reads nothing. */
  private sheetEdited(sheetId: string, address: string | null): void {
    if (this.state.live || !this.state.report) return;
    // Only the sheets the check read: Sitova's own sheets and sheets added since are not results' sources.
    const name = this.sheetName(sheetId);
    if (name === null) return;
    if (address !== null && this.ownWrites.delete(`${sheetId}|${firstCellOf(address)}`)) return;
    const sheets = this.state.stale?.sheets ?? [];
    if (sheets.includes(name)) return;
    this.update({ stale: { sheets: [...sheets, name] } });
  }

  /** The selected cell's finding (of several on one cell, the most severe); no sync, no read. */
  private selectionChanged(sheetId: string, address: string): void {
    const sheet = this.sheetName(sheetId);
    const report = this.state.report;
    if (!report || sheet === null) return;
    const cell = firstCellOf(address);
    const found = report.findings
      .filter((f) => f.sheet === sheet && f.cell === cell)
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))[0];
    const key = found ? findingKey(found) : null;
    if (key !== this.state.selectedFindingKey) this.update({ selectedFindingKey: key });
  }

  /**
   * Reads and checks the workbook and writes the coordinators' summary sheet with its charts. The cells'
   * highlights and the report sheet are left as the last check made them. A workbook without a goal table
   * gets no sheet: `summaryNotice` says why.
   */
  insertSummary(): Promise<string | null> {
    return this.exclusive(async () => {
      try {
        const { report, checkedAt } = await this.readAndCheck({ summaryNotice: null });
        const { lang } = this.state;
        if (this.analysis!.tables.length === 0) {
          this.update({ phase: "done", progress: PHASE_PROGRESS.done, summaryNotice: "noTables" });
          return null;
        }
        const summary = summarize(this.analysis!, report.findings);
        const name = await insertSummarySheet(this.host, summary, {
          lang,
          checkedAt: checkedAt.toLocaleString(lang),
          reportSheetName: this.reportSheet ?? undefined,
        });
        this.update({ phase: "done", progress: PHASE_PROGRESS.done });
        return name;
      } catch (error) {
        this.fail(error);
        return null;
      }
    });
  }

  /**
   * Checks the last snapshot again and repaints, without reading the workbook: after a rule setting
   * changed only validation runs again, after a schema change the analysis too.
   */
  private async recheck(reanalyze = false): Promise<void> {
    if (!this.snapshot || !this.analysis) return;
    const report = reanalyze ? this.check(this.snapshot) : this.revalidate(this.analysis);
    this.update({ report });
    if (this.state.highlights) await syncHighlights(this.host, report.findings);
  }

  setHighlights(on: boolean): Promise<void> {
    return this.exclusive(async () => {
      try {
        this.update({ highlights: on, error: null });
        if (on && this.state.report) await syncHighlights(this.host, this.state.report.findings);
        if (!on) await clearHighlights(this.host);
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /**
   * *Poista korostukset* (the ribbon): removes the highlights now. The *Korostukset* switch stays as the
   * user set it, so a later *Tarkista* highlights again, as its tooltip says ("korostaa virheelliset
   * solut"); the switch is how to check without highlights.
   */
  clearHighlights(): Promise<void> {
    return this.exclusive(async () => {
      try {
        this.update({ error: null });
        await clearHighlights(this.host);
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /**
   * Goes to a finding: its cell; a row's finding selects the row (a missing column: the header row); a
   * sheet's finding activates the sheet. The finding becomes the selected one.
   */
  goTo(finding: Finding): Promise<void> {
    const { sheet, cell, row } = finding;
    this.update({ selectedFindingKey: findingKey(finding) });
    if (!sheet) return Promise.resolve();
    return this.exclusive(async () => {
      try {
        await goToPlace(this.host, sheet, cell ?? (row !== null ? `${row}:${row}` : null));
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /** The pane selected a finding (by keyboard or click): the sheet's selection follows only on goTo. */
  selectFinding(key: string | null): void {
    if (key !== this.state.selectedFindingKey) this.update({ selectedFindingKey: key });
  }

  /** Live validation re-checks edited sheets and repaints, without rewriting the report sheet on each edit. */
  setLive(on: boolean): Promise<void> {
    return this.exclusive(async () => {
      try {
        if (on && !this.liveValidation) {
          if (!this.snapshot) await this.validateNow();
          this.liveValidation = await startLiveValidation(
            this.host,
            (changes) => void this.exclusive(() => this.liveCheckNow(changes)),
          );
          // Live validation re-checks edits itself: nothing can go stale.
          await this.staleWatch?.stop();
          this.staleWatch = null;
        } else if (!on && this.liveValidation) {
          await this.liveValidation.stop();
          this.liveValidation = null;
        }
        this.update({ live: on });
        if (!on && this.snapshot) await this.watchWorkbook();
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /** A live re-check after edits (queued by the change handler). */
  private async liveCheckNow(changes: SheetChange[]): Promise<void> {
    if (!this.liveValidation || !this.snapshot) return;
    // Validating a snapshot keeps its analysis, so a later settings change re-validates what is on screen.
    const validate = (snapshot: WorkbookSnapshot) => this.check(snapshot);
    try {
      const outcome =
        (await runLiveCheck(this.host, {
          previous: this.snapshot,
          previousFindings: this.state.report?.findings ?? [],
          memory: this.memory,
          changes,
          validate,
          highlights: this.state.highlights,
          mergedAreas: this.host.features.mergedAreas,
        })) ?? (await runFullLiveCheck(this.host, validate, this.state.highlights));
      this.memory = outcome.memory;
      if (!outcome.report) return; // only Sitova's own sheets changed
      this.snapshot = outcome.snapshot;
      this.update({
        report: outcome.report,
        checkedAt: this.now(),
        error: null,
        stale: null,
        selectedFindingKey: this.stillPresent(this.state.selectedFindingKey, outcome.report),
      });
    } catch (error) {
      this.fail(error);
    }
  }

  /** Findings carry message ids: the pane renders them in the new language, nothing is read or checked. */
  setLang(lang: Lang): void {
    const error = this.state.error && this.lastError ? errorMessage(this.lastError, lang) : this.state.error;
    const problem = this.state.schemaProblem;
    const schemaProblem =
      problem?.kind === "schema" && this.schemaError
        ? { ...problem, detail: this.schemaError.localizedMessage(lang) }
        : problem;
    this.update({ lang, error, schemaProblem });
    this.combiner.setLang(lang);
  }

  dismissError(): void {
    this.lastError = null;
    this.update({ error: null });
  }

  setView(view: View): void {
    this.update({ view });
  }

  // ---- quick fixes ------------------------------------------------------------------------------------

  /** The cells a fix of this finding writes: this one, or with `allLike` every finding with the same fix. */
  private fixesFor(finding: Finding, allLike: boolean): CellFix[] {
    const { report, details } = this.state;
    const fix = details[findingKey(finding)]?.fix;
    if (!report || !fix) return [];
    const like = allLike
      ? report.findings.filter((f) => {
          const other = details[findingKey(f)]?.fix;
          return f.rule === finding.rule && other?.from === fix.from && other.to === fix.to;
        })
      : [finding];
    return like
      .filter((f) => f.sheet && f.cell)
      .map((f) => ({ sheet: f.sheet!, cell: f.cell!, from: fix.from, to: fix.to }));
  }

  /** Findings by their fix (rule, old, new), counted once per report: every card asks for its count. */
  private fixCounts: { report: ValidationReport | null; counts: Map<string, number> } = {
    report: null,
    counts: new Map(),
  };

  /** How many findings *Korjaa kaikki* would fix (this one included). */
  fixAllCount(finding: Finding): number {
    const { report, details } = this.state;
    const fixKey = (f: Finding) => {
      const fix = details[findingKey(f)]?.fix;
      return fix && f.sheet && f.cell ? JSON.stringify([f.rule, fix.from, fix.to]) : null;
    };
    if (this.fixCounts.report !== report) {
      const counts = new Map<string, number>();
      for (const f of report?.findings ?? []) {
        const key = fixKey(f);
        if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      this.fixCounts = { report, counts };
    }
    const key = fixKey(finding);
    return key ? (this.fixCounts.counts.get(key) ?? 0) : 0;
  }

  /** Writes the finding's certain fix (or, with `allLike`, every finding's with the same old → new). */
  fix(finding: Finding, allLike = false): Promise<void> {
    return this.exclusive(() => this.writeFixesNow(this.fixesFor(finding, allLike), "fix"));
  }

  /** *Peru*: writes the old values back where the cells still hold what the fix wrote. */
  undoFix(): Promise<void> {
    return this.exclusive(() => this.writeFixesNow(this.state.undoableFix ?? [], "undo"));
  }

  private async writeFixesNow(cells: CellFix[], action: FixOutcome["action"]): Promise<void> {
    if (cells.length === 0) return;
    // Their change events are Sitova's own, not edits that make the results stale. A cell left unwritten
    // (it had changed, or the write failed) raises no event: its key goes at once, or it would hide the
    // user's next edit of that cell.
    const ownKey = (c: CellFix) => `${this.memory.sheetIds[c.sheet]}|${c.cell}`;
    const expected = cells.filter((c) => this.memory.sheetIds[c.sheet]).map(ownKey);
    expected.forEach((key) => this.ownWrites.add(key));
    let written = new Set<string>();
    try {
      this.update({ error: null });
      const outcome =
        action === "fix" ? await writeFixes(this.host, cells) : await undoFixes(this.host, cells);
      written = new Set(outcome.written.map(ownKey));
      this.update({
        undoableFix: action === "fix" && outcome.written.length ? outcome.written : null,
        lastFix: { action, written: outcome.written.length, changed: outcome.changed.length },
      });
      await this.afterWrite(outcome.written);
    } catch (error) {
      this.fail(error);
    } finally {
      for (const key of expected) if (!written.has(key)) this.ownWrites.delete(key);
    }
  }

  /**
   * The written cells' new values go into the last snapshot and it is validated again: no read, and the
   * highlights follow (a fixed cell loses its highlight now, not at the next check).
   */
  private async afterWrite(cells: readonly CellFix[]): Promise<void> {
    if (!this.snapshot || cells.length === 0) return;
    const sheets = this.snapshot.sheets.map((sheet) => {
      const mine = cells.filter((c) => c.sheet === sheet.name);
      if (mine.length === 0) return sheet;
      const values = sheet.values.map((row) => [...row]);
      for (const c of mine) {
        const { row, column } = parseCellAddress(c.cell);
        const r = row - sheet.origin.row;
        const k = column - sheet.origin.column;
        if (values[r] && k >= 0) values[r][k] = c.to;
      }
      return { ...sheet, values };
    });
    const report = this.check({ ...this.snapshot, sheets });
    this.update({ report, selectedFindingKey: this.stillPresent(this.state.selectedFindingKey, report) });
    if (this.state.highlights) await syncHighlights(this.host, report.findings);
  }

  // ---- ignoring findings (saved in the workbook) -------------------------------------------------------

  /** *Ohita*: the finding stops counting, for every reviewer of the workbook, until it is restored. */
  ignore(finding: Finding, reason = ""): Promise<void> {
    const record = ignoreRecordOf(finding, this.state.details[findingKey(finding)], reason);
    return this.changeIgnores((ignores) => [
      ...ignores.filter((r) => ignoreKey(r) !== ignoreKey(record)),
      record,
    ]);
  }

  /** Counts an ignored finding again. */
  restoreIgnored(record: IgnoreRecord): Promise<void> {
    return this.changeIgnores((ignores) => ignores.filter((r) => ignoreKey(r) !== ignoreKey(record)));
  }

  private changeIgnores(change: (ignores: IgnoreRecord[]) => IgnoreRecord[]): Promise<void> {
    return this.exclusive(async () => {
      try {
        this.update({ task: "settings", error: null });
        // The saved list is read again: another reviewer's ignores since this pane's check are kept.
        await changeSavedState(this.host, (state) => {
          const ignored = change(state.ignored ?? []);
          if (ignored.length) state.ignored = ignored;
          else delete state.ignored;
          this.ignores = ignored;
        });
        await this.recheck();
        this.update({ task: null });
      } catch (error) {
        this.fail(error);
      }
    });
  }

  // ---- the report sheet ----------------------------------------------------------------------------------

  /** "Kirjoita tarkistusraportti välilehdelle": saved in the workbook; the next check writes it. */
  setWriteReport(on: boolean): Promise<void> {
    return this.exclusive(async () => {
      try {
        this.update({ task: "settings", error: null });
        await this.ensureSettings();
        await changeSavedState(this.host, (state) => {
          if (on) state.writeReport = true;
          else delete state.writeReport;
        });
        this.update({ task: null, writeReport: on });
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /** Writes the report sheet of the last check now (never for a workbook without goal tables). */
  writeReportSheetNow(): Promise<string | null> {
    return this.exclusive(async () => {
      const report = this.state.report;
      if (!report) return null;
      if (report.tables.length === 0) {
        this.update({ reportSheet: { noTables: true } });
        return null;
      }
      try {
        this.update({ task: "settings", error: null });
        const { lang } = this.state;
        const name = await writeReportSheet(
          this.host,
          report,
          lang,
          (this.state.checkedAt ?? this.now()).toLocaleString(lang),
          undefined,
          this.state.ignored,
        );
        this.reportSheet = name;
        this.update({ task: null, reportSheet: { written: name } });
        return name;
      } catch (error) {
        this.fail(error);
        return null;
      }
    });
  }

  // ---- rule settings (saved in the workbook) ------------------------------------------------------------

  /** Switches a rule off or sets its severity; `null` returns it to the schema's default. */
  async setRuleSetting(ruleId: string, setting: RuleSetting | null): Promise<void> {
    await this.saveSettings((current) => {
      const next = { ...current };
      if (setting === null) delete next[ruleId];
      else next[ruleId] = setting;
      return next;
    });
  }

  async resetRuleSettings(): Promise<void> {
    await this.saveSettings(() => ({}));
  }

  private saveSettings(
    change: (current: Record<string, RuleSetting>) => Record<string, RuleSetting>,
  ): Promise<void> {
    return this.exclusive(() => this.saveSettingsNow(change));
  }

  private async saveSettingsNow(
    change: (current: Record<string, RuleSetting>) => Record<string, RuleSetting>,
  ): Promise<void> {
    try {
      this.update({ task: "settings", error: null });
      await this.ensureSettings();
      const ruleSettings = change(this.state.ruleSettings);
      await saveRuleSettings(this.host, ruleSettings);
      this.update({ ruleSettings });
      await this.recheck();
      this.update({ task: null });
    } catch (error) {
      this.fail(error);
    }
  }

  // ---- schema ----------------------------------------------------------------------------------------

  /** Uses a schema file's text instead of the built-in schema. Returns false (and says why) when it is bad. */
  async loadSchemaText(text: string, fileName: string): Promise<boolean> {
    let document: unknown;
    try {
      document = JSON.parse(text.replace(/^\uFEFF/, "")); // editors on Windows like a byte-order mark
    } catch (error) {
      this.update({ schemaProblem: { kind: "json", file: fileName, detail: oneLine(error) } });
      return false;
    }
    let schema: Schema;
    try {
      schema = loadSchema(document);
    } catch (error) {
      this.schemaError = error instanceof SchemaError ? error : null;
      const detail = this.schemaError?.localizedMessage(this.state.lang) ?? oneLine(error);
      this.update({ schemaProblem: { kind: "schema", file: fileName, detail } });
      return false;
    }
    this.compiledSchema = compileSchema(schema);
    this.update({ schema, schemaInfo: { name: fileName, version: schema.version }, schemaProblem: null });
    await this.recheckSafely(true);
    return true;
  }

  async resetSchema(): Promise<void> {
    this.compiledSchema = builtinCompiledSchema;
    this.update({
      schema: builtinSchema,
      schemaInfo: { name: null, version: builtinSchema.version },
      schemaProblem: null,
    });
    await this.recheckSafely(true);
  }

  private recheckSafely(reanalyze: boolean): Promise<void> {
    return this.exclusive(async () => {
      try {
        await this.recheck(reanalyze);
      } catch (error) {
        this.fail(error);
      }
    });
  }

  // ---- diagnostics -------------------------------------------------------------------------------------

  /**
   * Diagnostiikka: probes each Excel capability Sitova relies on, on a temporary sheet it removes again
   * (src/excel/diagnostics.ts). The pane keeps the results; a failed probe is a row, not an error.
   */
  diagnose(): Promise<DiagnosticResult[]> {
    return this.exclusive(() => runDiagnostics(this.host));
  }

  // ---- input rules -------------------------------------------------------------------------------------

  /** The allowed values of the list columns, from the schema in use. */
  private inputRuleLists(): InputRuleLists {
    const schema = this.compiledSchema;
    const recovery = schema.listFields.find((f) => f.field === "recovery")?.list.values ?? [];
    return { forecast: [...schema.forecastList.values], recovery: [...recovery] };
  }

  /** The goal tables as they are now (input rules follow the current sheet, not the last check). */
  private async currentTables(): Promise<readonly AnalyzedTable[]> {
    const snapshot = await readWorkbookSnapshot(this.host);
    return analyzeWorkbook(snapshot, this.compiledSchema).tables;
  }

  installInputRules(): Promise<void> {
    return this.exclusive(() => this.installInputRulesNow());
  }

  private async installInputRulesNow(): Promise<void> {
    try {
      this.update({ task: "inputRules", error: null });
      const tables = await this.currentTables();
      if (tables.length === 0) {
        this.update({
          task: null,
          inputRules: { ...this.state.inputRules, last: { action: "install", noTable: true } },
        });
        return;
      }
      const specs = inputRuleSpecs(tables, this.inputRuleLists(), this.state.lang);
      const result = await installInputRules(this.host, specs);
      this.update({
        task: null,
        inputRules: { installed: result.ranges, last: { action: "install", result } },
      });
    } catch (error) {
      this.fail(error);
    }
  }

  removeInputRules(): Promise<void> {
    return this.exclusive(() => this.removeInputRulesNow());
  }

  private async removeInputRulesNow(): Promise<void> {
    try {
      this.update({ task: "inputRules", error: null });
      const result = await removeInputRules(this.host);
      this.update({ task: null, inputRules: { installed: 0, last: { action: "remove", result } } });
    } catch (error) {
      this.fail(error);
    }
  }
}
