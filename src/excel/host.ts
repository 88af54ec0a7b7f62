/**
 * How the adapter reaches Excel: `Excel.run` in the add-in, the emulator's `run` in tests and the
 * playground. Every adapter function takes the host, so nothing here touches a global.
 */

import { supportsMergedAreas } from "./workbookRead";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Requirement sets newer than the manifest's minimum (ExcelApi 1.9), detected at run time. */
export interface ExcelFeatures {
  /** ExcelApi 1.13: `Range.getMergedAreasOrNullObject`. Without it merged areas are not read. */
  mergedAreas: boolean;
  /**
   * ExcelApi 1.11: `Excel.run({ delayForCellEdit: true })` waits while the user edits a cell instead of
   * failing with `InvalidOperationInCellEditMode` (learn.microsoft.com/office/dev/add-ins/excel/
   * excel-add-ins-delay-in-cell-edit). Absent = not available.
   */
  delayForCellEdit?: boolean;
  /**
   * ExcelApi 1.20: `Excel.run({ mergeUndoGroup: true })` makes a command one undo step
   * (excel/excel-add-ins-undo-capabilities). Without it an add-in's write clears the user's undo stack
   * (office-js #3788, #2802, #4484), which the pane says before the first write. Absent = not available.
   */
  mergeUndoGroup?: boolean;
}

export interface ExcelHost {
  run: ExcelRun;
  features: ExcelFeatures;
}

/** `Office.context.requirements.isSetSupported`, injectable so that tests can claim any Excel. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** The features of the Excel the add-in runs in. Each check names its set literally (api-sets.js reads them). */
export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  return {
    mergedAreas: supportsMergedAreas(isSetSupported),
    delayForCellEdit: isSetSupported("ExcelApi", "1.11"),
    mergeUndoGroup: isSetSupported("ExcelApi", "1.20"),
  };
}

/** Whether a write of this Excel clears the user's undo stack (the pane says so before the first write). */
export function undoIsLost(features: ExcelFeatures): boolean {
  return !features.mergeUndoGroup;
}

/**
 * A host over an `Excel.run`: every batch asks to wait out cell-edit mode and to be one undo group where
 * this Excel has those options; an older Excel gets no options at all.
 */
export function excelHost(run: typeof Excel.run, features: ExcelFeatures): ExcelHost {
  const options: Excel.RunOptions = {};
  if (features.delayForCellEdit) options.delayForCellEdit = true;
  if (features.mergeUndoGroup) options.mergeUndoGroup = true;
  const withOptions = Object.keys(options).length > 0;
  const ungrouped: Excel.RunOptions = { ...options, mergeUndoGroup: false };
  return {
    run: async (batch) => {
      if (!withOptions) return run(batch);
      try {
        return await run(options, batch);
      } catch (error) {
        // "If an API within the group doesn't offer undo support, the UndoNotSupported error is thrown"
        // (excel/excel-add-ins-undo-capabilities). Every batch of the adapter reads what it needs afresh,
        // so it can run again, ungrouped: the command then works, as on Excel without undo grouping.
        if (!options.mergeUndoGroup || (error as { code?: string } | null)?.code !== "UndoNotSupported")
          throw error;
        return run(ungrouped, batch);
      }
    },
    features,
  };
}

/** The host inside Excel. Call only after `Office.onReady`. */
export function officeHost(): ExcelHost {
  // Looked up on each call: the playground installs its `Excel.run` after this module loads.
  const run = ((...args: unknown[]) =>
    (Excel.run as (...a: unknown[]) => unknown)(...args)) as typeof Excel.run;
  return excelHost(
    run,
    detectFeatures((name, version) => Office.context.requirements.isSetSupported(name, version)),
  );
}

/** Errors the user must see with a clear message: the adapter throws them before writing anything. */
export class SitovaExcelError extends Error {
  constructor(
    readonly code: "protected-sheet" | "protected-workbook" | "sheet-not-found" | "cell-not-found",
    /** Sheets or cells the error concerns, for the message. */
    readonly subjects: string[],
  ) {
    super(`${code}: ${subjects.join(", ")}`);
    this.name = "SitovaExcelError";
  }
}
