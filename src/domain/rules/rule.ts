/**
 * The shape of a rule, after ESLint's rules and typescript-eslint's `RuleCreator`: `defineRule` ties the
 * ids a check may report to the rule's `messages`, so a wrong message id fails type-checking.
 */
import type { Lang, Localized, MessageData } from "../i18n";
import type { Severity } from "../report";
import type { CompiledSchema } from "../schema/compile";
import type { FixedFieldId } from "../schema";
import type { CellPlace, FieldId } from "../table";
import type { AnalyzedTable, WorkbookAnalysis } from "../analysis";
import type { GoalReading } from "../goal";

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

export type RuleDocs = Record<Lang, RuleDoc>;

/** A finding as a rule reports it; the engine adds the sheet, the place and the severity setting. */
export interface Report<MessageIds extends string = string> {
  messageId: MessageIds;
  data?: MessageData;
  /** The cell; findings on a merged area go to its top-left cell. */
  cell?: CellPlace;
  /** For findings without a cell (e.g. a missing column): the row and field. */
  row?: number;
  field?: FieldId;
  sheet?: string;
  /** Only for rules whose severity depends on the case (missing-risk-comment). */
  severity?: Severity;
}

export interface TableContext<MessageIds extends string = string> {
  table: AnalyzedTable;
  schema: CompiledSchema;
  report(report: Report<MessageIds>): void;
}

export interface WorkbookContext<MessageIds extends string = string> {
  analysis: WorkbookAnalysis;
  schema: CompiledSchema;
  report(report: Report<MessageIds>): void;
}

interface RuleMeta<MessageIds extends string> {
  id: string;
  /** Default severity; a schema or workbook setting may change it or switch the rule off. */
  severity: Severity;
  /** A higher severity the rule gives in some cases (see its docs). */
  escalatesTo?: Severity;
  docs: RuleDocs;
  /** Message templates by id, with `{name}` placeholders. */
  messages: Record<MessageIds, Localized>;
}

/** Runs once per goal row of every table that has all the columns in `reads`. */
export interface RowRule<MessageIds extends string = string> extends RuleMeta<MessageIds> {
  scope: "row";
  reads: readonly FixedFieldId[];
  check(goal: GoalReading, context: TableContext<MessageIds>): void;
}

/** Runs once per table; with `reads`, only on the tables that have all those columns. */
export interface TableRule<MessageIds extends string = string> extends RuleMeta<MessageIds> {
  scope: "table";
  reads?: readonly FixedFieldId[];
  check(context: TableContext<MessageIds>): void;
}

export interface WorkbookRule<MessageIds extends string = string> extends RuleMeta<MessageIds> {
  scope: "workbook";
  check(context: WorkbookContext<MessageIds>): void;
}

export type Rule<MessageIds extends string = string> =
  RowRule<MessageIds> | TableRule<MessageIds> | WorkbookRule<MessageIds>;

/**
 * Declares a rule. The message ids are inferred from `messages`, and `check`'s `report` accepts only those:
 * `report({ messageId: "typo" })` does not compile.
 */
export function defineRule<MessageIds extends string>(rule: Rule<MessageIds>): Rule<MessageIds> {
  return rule;
}
