/**
 * The one state of the add-in's shared runtime: the ribbon commands and the task pane both act through it
 * and see the same results. It talks to src/excel; components only subscribe to it.
 */
import type { Finding, Lang, RuleSetting, ValidationReport, WorkbookSnapshot } from "../domain";
import { validateWorkbook } from "../domain";
import type { ExcelHost } from "../excel/host";
import { readWorkbookSnapshot } from "../excel/readSnapshot";
import { clearHighlights, syncHighlights } from "../excel/highlights";
import { writeReportSheet } from "../excel/reportSheet";
import { goToCell } from "../excel/navigate";
import type { LiveValidation } from "../excel/live";
import { startLiveValidation } from "../excel/live";
import { errorMessage } from "./messages";

export type Phase = "idle" | "reading" | "checking" | "marking" | "done";

export interface SessionState {
  phase: Phase;
  lang: Lang;
  report: ValidationReport | null;
  checkedAt: Date | null;
  /** The last error, as a message for the user. */
  error: string | null;
  highlights: boolean;
  live: boolean;
  ruleSettings: Record<string, RuleSetting>;
}

type Listener = (state: SessionState) => void;

export class Session {
  private state: SessionState;
  private snapshot: WorkbookSnapshot | null = null;
  private liveValidation: LiveValidation | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly host: ExcelHost,
    lang: Lang,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = {
      phase: "idle",
      lang,
      report: null,
      checkedAt: null,
      error: null,
      highlights: true,
      live: false,
      ruleSettings: {},
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

  private fail(error: unknown): void {
    this.update({ phase: "done", error: errorMessage(error, this.state.lang) });
  }

  private check(snapshot: WorkbookSnapshot): ValidationReport {
    this.snapshot = snapshot;
    return validateWorkbook(snapshot, { lang: this.state.lang, ruleSettings: this.state.ruleSettings });
  }

  /** Reads and checks the whole workbook, marks the cells and refreshes the report sheet. */
  async validate(): Promise<ValidationReport | null> {
    try {
      this.update({ phase: "reading", error: null });
      const snapshot = await readWorkbookSnapshot(this.host);
      this.update({ phase: "checking" });
      const report = this.check(snapshot);
      const checkedAt = this.now();
      this.update({ phase: "marking", report, checkedAt });
      if (this.state.highlights) await syncHighlights(this.host, report.findings);
      await writeReportSheet(this.host, report, this.state.lang, checkedAt.toLocaleString(this.state.lang));
      this.update({ phase: "done" });
      return report;
    } catch (error) {
      this.fail(error);
      return null;
    }
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
      ? validateWorkbook(this.snapshot, { lang, ruleSettings: this.state.ruleSettings })
      : null;
    this.update({ lang, report });
  }
}
