/**
 * The one state of the add-in's shared runtime: the ribbon commands and the task pane both act through it
 * and see the same results. It talks to src/excel; components only subscribe to it and call its methods.
 */
import type {
  Finding,
  Lang,
  RuleSetting,
  Schema,
  TableInfo,
  ValidationReport,
  WorkbookSnapshot,
} from "../domain";
import { builtinSchema, detectTables, loadSchema, tableInfo, validateWorkbook } from "../domain";
import type { ExcelFeatures, ExcelHost } from "../excel/host";
import { readWorkbookSnapshot } from "../excel/readSnapshot";
import { clearHighlights, syncHighlights } from "../excel/highlights";
import { writeReportSheet } from "../excel/reportSheet";
import { assertResultsWritable } from "../excel/preflight";
import { insertSummarySheet } from "../excel/summarySheet";
import { summarizeWorkbook } from "../domain/summary";
import { goToCell } from "../excel/navigate";
import type { LiveValidation } from "../excel/live";
import { startLiveValidation } from "../excel/live";
import type { InputRuleLists, InstallResult, RemoveResult } from "../excel/inputRules";
import { inputRuleSpecs, installInputRules, removeInputRules } from "../excel/inputRules";
import { loadWorkbookSettings, saveRuleSettings } from "../excel/ruleSettings";
import type { DiagnosticResult } from "../excel/diagnostics";
import { runDiagnostics } from "../excel/diagnostics";
import { errorMessage } from "./messages";

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
}

type Listener = (state: SessionState) => void;

const oneLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");

export class Session {
  private state: SessionState;
  private snapshot: WorkbookSnapshot | null = null;
  private liveValidation: LiveValidation | null = null;
  private settingsLoading: Promise<void> | null = null;
  private lastError: unknown = null;
  /** The report sheet's name, once a check has written it (the summary links to it). */
  private reportSheet: string | null = null;
  private readonly listeners = new Set<Listener>();

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
    };
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
    return validateWorkbook(snapshot, {
      lang: this.state.lang,
      ruleSettings: this.state.ruleSettings,
      schema: this.state.schema,
    });
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
      await this.ensureSettings();
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

  /** Reads and checks the whole workbook, marks the cells and refreshes the report sheet. */
  async validate(): Promise<ValidationReport | null> {
    try {
      const { report, checkedAt } = await this.readAndCheck({ view: "results" });
      await assertResultsWritable(this.host, report.findings, this.state.highlights);
      if (this.state.highlights) await syncHighlights(this.host, report.findings);
      this.reportSheet = await writeReportSheet(
        this.host,
        report,
        this.state.lang,
        checkedAt.toLocaleString(this.state.lang),
      );
      this.update({ phase: "done", progress: PHASE_PROGRESS.done });
      return report;
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  /**
   * Reads and checks the workbook and writes the coordinators' summary sheet with its charts. The cells'
   * highlights and the report sheet are left as the last check made them.
   */
  async insertSummary(): Promise<string | null> {
    try {
      const { snapshot, report, checkedAt } = await this.readAndCheck();
      const { lang, schema } = this.state;
      const summary = summarizeWorkbook(snapshot, { schema, lang, report });
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
  }

  /** Checks the last snapshot again (after a setting changed) and repaints, without reading the workbook. */
  private async recheck(): Promise<void> {
    if (!this.snapshot) return;
    const report = this.check(this.snapshot);
    this.update({ report });
    if (this.state.highlights) await syncHighlights(this.host, report.findings);
  }

  async setHighlights(on: boolean): Promise<void> {
    try {
      this.update({ highlights: on, error: null });
      if (on && this.state.report) await syncHighlights(this.host, this.state.report.findings);
      if (!on) await clearHighlights(this.host);
    } catch (error) {
      this.fail(error);
    }
  }

  async clearHighlights(): Promise<void> {
    await this.setHighlights(false);
  }

  async goTo(finding: Finding): Promise<void> {
    if (!finding.sheet || !finding.cell) return;
    try {
      await goToCell(this.host, finding.sheet, finding.cell);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Live validation re-checks edited sheets and repaints, without rewriting the report sheet on each edit. */
  async setLive(on: boolean): Promise<void> {
    try {
      if (on && !this.liveValidation) {
        if (!this.snapshot) await this.validate();
        this.liveValidation = await startLiveValidation(
          this.host,
          () => this.snapshot ?? { sheets: [] },
          (snapshot) => void this.onLiveSnapshot(snapshot),
          (error) => this.fail(error),
        );
      } else if (!on && this.liveValidation) {
        await this.liveValidation.stop();
        this.liveValidation = null;
      }
      this.update({ live: on });
    } catch (error) {
      this.fail(error);
    }
  }

  private async onLiveSnapshot(snapshot: WorkbookSnapshot): Promise<void> {
    const report = this.check(snapshot);
    this.update({ report, checkedAt: this.now(), error: null });
    if (this.state.highlights)
      await syncHighlights(this.host, report.findings).catch((error) => this.fail(error));
  }

  setLang(lang: Lang): void {
    const report = this.snapshot
      ? validateWorkbook(this.snapshot, {
          lang,
          ruleSettings: this.state.ruleSettings,
          schema: this.state.schema,
        })
      : null;
    const error = this.state.error && this.lastError ? errorMessage(this.lastError, lang) : this.state.error;
    this.update({ lang, report, error });
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

  private async saveSettings(
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
      this.update({ schemaProblem: { kind: "schema", file: fileName, detail: oneLine(error) } });
      return false;
    }
    this.update({ schema, schemaInfo: { name: fileName, version: schema.version }, schemaProblem: null });
    await this.recheckSafely();
    return true;
  }

  async resetSchema(): Promise<void> {
    this.update({
      schema: builtinSchema,
      schemaInfo: { name: null, version: builtinSchema.version },
      schemaProblem: null,
    });
    await this.recheckSafely();
  }

  private async recheckSafely(): Promise<void> {
    try {
      await this.recheck();
    } catch (error) {
      this.fail(error);
    }
  }

  // ---- diagnostics -------------------------------------------------------------------------------------

  /**
   * Diagnostiikka: probes each Excel capability Sitova relies on, on a temporary sheet it removes again
   * (src/excel/diagnostics.ts). The pane keeps the results; a failed probe is a row, not an error.
   */
  diagnose(): Promise<DiagnosticResult[]> {
    return runDiagnostics(this.host);
  }

  // ---- input rules -------------------------------------------------------------------------------------

  /** The allowed values of the list columns, from the schema in use. */
  private inputRuleLists(): InputRuleLists {
    const schema = this.state.schema;
    const values = (listId: string | undefined) =>
      listId ? (schema.valueLists[listId]?.values.map((v) => v.value) ?? []) : [];
    return { forecast: values(schema.forecast.values), recovery: values(schema.fields.recovery.values) };
  }

  /** The goal tables as they are now (input rules follow the current sheet, not the last check). */
  private async currentTables(): Promise<TableInfo[]> {
    const snapshot = await readWorkbookSnapshot(this.host);
    return detectTables(snapshot, this.state.schema).map(tableInfo);
  }

  async installInputRules(): Promise<void> {
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

  async removeInputRules(): Promise<void> {
    try {
      this.update({ task: "inputRules", error: null });
      const result = await removeInputRules(this.host);
      this.update({ task: null, inputRules: { installed: 0, last: { action: "remove", result } } });
    } catch (error) {
      this.fail(error);
    }
  }
}
