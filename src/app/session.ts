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
  Lang,
  RuleSetting,
  Schema,
  ValidationReport,
  WorkbookAnalysis,
  WorkbookSnapshot,
} from "../domain";
import {
  SchemaError,
  analyzeWorkbook,
  builtinCompiledSchema,
  builtinSchema,
  compileSchema,
  loadSchema,
  summarize,
  validate,
  validationReport,
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
import { goToCell } from "../excel/navigate";
import type { LiveValidation, SheetChange } from "../excel/live";
import { runFullLiveCheck, runLiveCheck, startLiveValidation } from "../excel/live";
import type { InputRuleLists, InstallResult, RemoveResult } from "../excel/inputRules";
import { inputRuleSpecs, installInputRules, removeInputRules } from "../excel/inputRules";
import { cleanRuleSettings, loadWorkbookSettings, saveRuleSettings } from "../excel/ruleSettings";
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

/** The pane's views; a check (from the pane or the ribbon) shows the results. */
export type View = "results" | "settings" | "input";

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

export interface SessionState {
  phase: Phase;
  /** 0–1, from the phase of the current check. */
  progress: number;
  lang: Lang;
  report: ValidationReport | null;
  checkedAt: Date | null;
  /** The last error, as a message for the user. */
  error: string | null;
  highlights: boolean;
  live: boolean;
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

  constructor(
    private readonly host: ExcelHost,
    lang: Lang,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = {
      phase: "idle",
      progress: 0,
      lang,
      report: null,
      checkedAt: null,
      error: null,
      highlights: true,
      live: false,
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

  private revalidate(analysis: WorkbookAnalysis): ValidationReport {
    return validationReport(analysis, validate(analysis, { ruleSettings: this.state.ruleSettings }));
  }

  /** Queues Excel work behind every job queued before it. */
  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    return this.queue.run(job);
  }

  /** Takes in the settings saved in the workbook, as a check read them (once, before any are changed). */
  private adoptSaved(saved: SitovaState): void {
    if (this.state.settingsLoaded) return;
    this.settingsLoading = Promise.resolve();
    this.state = {
      ...this.state,
      ruleSettings: cleanRuleSettings(saved.ruleSettings),
      settingsLoaded: true,
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
        this.state = {
          ...this.state,
          ruleSettings: saved.ruleSettings,
          settingsLoaded: true,
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
    this.update({ phase: "marking", progress: PHASE_PROGRESS.marking, report, checkedAt });
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
    this.update({ phase: "reading", progress: PHASE_PROGRESS.reading, error: null, view: "results" });
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
        report: { lang: this.state.lang, checkedAt: () => checkedAt.toLocaleString(this.state.lang) },
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
      this.reportSheet = outcome.reportSheet;
      this.update({ phase: "done", progress: PHASE_PROGRESS.done, report: outcome.report, checkedAt });
      return outcome.report;
    } catch (error) {
      this.fail(error);
      return null;
    }
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

  async clearHighlights(): Promise<void> {
    await this.setHighlights(false);
  }

  goTo(finding: Finding): Promise<void> {
    const { sheet, cell } = finding;
    if (!sheet || !cell) return Promise.resolve();
    return this.exclusive(async () => {
      try {
        await goToCell(this.host, sheet, cell);
      } catch (error) {
        this.fail(error);
      }
    });
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
        } else if (!on && this.liveValidation) {
          await this.liveValidation.stop();
          this.liveValidation = null;
        }
        this.update({ live: on });
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
      this.update({ report: outcome.report, checkedAt: this.now(), error: null });
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
