/** The engine's public API: everything outside src/domain imports from here. */
export * from "./snapshot";
export * from "./report";
export * from "./i18n";
export { validateWorkbook, detectTables, tableInfo, localizeFinding } from "./engine";
export type { ValidateOptions } from "./engine";
export { builtinSchema, loadSchema, parseSchema, SchemaError, FIELD_IDS } from "./schema";
export type { Schema, RuleSetting } from "./schema";
export { rules, ruleById } from "./rules";
export type { Rule, RuleDoc } from "./rules";
export { readPercent, isEmptyValue, textKey, collapseSpace } from "./normalize";
export type { GoalTable, GoalRow, TableCell, FieldId } from "./table";
export * from "./summary";
export {
  EXCEL_CELL_TEXT_LIMIT,
  REPLACEMENT_CHARACTER,
  clipCellText,
  encodeXstring,
  replaceXmlForbidden,
} from "./excelText";
