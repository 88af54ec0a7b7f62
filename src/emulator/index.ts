/**
 * The Excel emulator (test support, and later the browser playground). Browser-safe: `fromXlsx.ts`, the
 * only module that needs Node, is imported separately.
 */
export { createEmulator, EmulatedExcel } from "./emulator";
export type {
  CellFormatView,
  ConditionalFormatView,
  EmulatorOptions,
  FormatSnapshot,
  NameView,
  UndoRecord,
} from "./emulator";
export { EXCEL_PROFILE_NAMES, excelProfile, isExcelProfileName, setDefaultExcelProfile } from "./profile";
export type { AddinUndo, ExcelProfile, ExcelProfileName, SyncDelay } from "./profile";
export { NEWEST_EMULATED_API, compareApiVersions, supportsApi } from "./apiSets";
export { effectiveFill, ruleHolds } from "./conditionalFormats";
export type { ConditionalFormatModel, NameModel } from "./model";
export { EmulatedOfficeError, EmulatorGapError, ErrorCode } from "./errors";
export type { ErrorCodeValue } from "./errors";
export type { SyncRecord, SyncStats } from "./host";
export { SheetHandle } from "./sheetHandle";
export type { CellPatch, CellView } from "./sheetHandle";
export { WorkbookModel, SheetModel } from "./model";
export type { CellModel, ModelValue } from "./model";
export { DEFAULT_PAYLOAD_LIMIT } from "./payload";
export { ADDRESS_CHARACTER_LIMIT } from "./address";
export { cellRect, chartSeries, chartViews, DEFAULT_CHART_RECT } from "./charts";
export type { ChartSeriesView, ChartView } from "./charts";
export type { ChartModel } from "./model";
