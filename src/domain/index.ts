/** The engine's public API: everything outside src/domain imports from here. */
export * from "./snapshot";
export * from "./report";
export * from "./i18n";
export {
  validate,
  validationReport,
  validateWorkbook,
  findingMessage,
  builtinCompiledSchema,
} from "./engine";
export type { ValidateOptions, ValidateWorkbookOptions } from "./engine";
export { analyzeWorkbook } from "./analysis";
export type { WorkbookAnalysis, AnalyzedTable, ErrorCell } from "./analysis";
export { builtinSchema, loadSchema, parseSchema, SchemaError, FIELD_IDS } from "./schema";
export type { Schema, RuleSetting } from "./schema";
export { compileSchema, CompiledSchema } from "./schema/compile";
export { rules, ruleById, defineRule } from "./rules";
export type { Rule, RuleDoc } from "./rules";
export { readPercent, isEmptyValue, textKey, collapseSpace } from "./normalize";
export type { GoalTable, GoalRow, TableCell, FieldId } from "./table";
export { HEADER_SEARCH_ROWS, HEADER_MIN_MATCHES } from "./table";
export type { GoalReading } from "./goal";
export * from "./summary";
export {
  EXCEL_CELL_TEXT_LIMIT,
  REPLACEMENT_CHARACTER,
  clipCellText,
  encodeXstring,
  replaceXmlForbidden,
} from "./excelText";
export * from "./findingDetails";
