/** The shape of a rule module, in the manner of ESLint's rules: metadata, docs and a check. */
import type { Lang, Localized } from "../i18n";
import type { Severity } from "../report";
import type { Schema } from "../schema";
import type { GoalTable, FieldId, TableCell } from "../table";
import type { WorkbookSnapshot } from "../snapshot";

/** The rule's documentation in one language; `docs/rules/<id>.md` is generated from it. */
export interface RuleDoc {
  /** Short name shown in lists. */
  title: string;
  /** What the rule checks. */
  description: string;
  /** Why: the domain reason. */
  rationale: string;
  /** An example of a cell that the rule flags. */
  example: string;
  /** How to fix it. */
  fix: string;
}

/** A finding as a rule reports it; the engine adds the sheet's context, language and severity. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** The cell; findings on a merged area go to its top-left cell. */
  cell?: TableCell;
  /** For findings without a cell (e.g. a missing column): the row and field. */
  row?: number;
  field?: FieldId;
  sheet?: string;
  /** Only for rules whose severity depends on the case (missing-risk-comment). */
  severity?: Severity;
}

export interface TableContext {
  table: GoalTable;
  schema: Schema;
  lang: Lang;
  report(report: Report): void;
}

export interface WorkbookContext {
  snapshot: WorkbookSnapshot;
  tables: GoalTable[];
  schema: Schema;
  lang: Lang;
  report(report: Report): void;
}

interface RuleBase {
  id: string;
  /** Default severity; a schema or workbook setting may change it or switch the rule off. */
  severity: Severity;
  /** A higher severity the rule gives in some cases (see its docs). */
  escalatesTo?: Severity;
  docs: Record<Lang, RuleDoc>;
  /** Message templates by id, with `{name}` placeholders. */
  messages: Record<string, Localized>;
}

export interface TableRule extends RuleBase {
  scope: "table";
  check(context: TableContext): void;
}

export interface WorkbookRule extends RuleBase {
  scope: "workbook";
  check(context: WorkbookContext): void;
}

export type Rule = TableRule | WorkbookRule;
