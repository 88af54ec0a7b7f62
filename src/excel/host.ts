/**
 * How the adapter reaches Excel: `Excel.run` in the add-in, the emulator's `run` in tests and the
 * playground. Every adapter function takes the host, so nothing here touches a global.
 */

import { supportsMergedAreas } from "./readSnapshot";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Requirement sets newer than the manifest's minimum (ExcelApi 1.9), detected at run time. */
export interface ExcelFeatures {
  /** ExcelApi 1.13: `Range.getMergedAreasOrNullObject`. Without it merged areas are not read. */
  mergedAreas: boolean;
}

export interface ExcelHost {
  run: ExcelRun;
  features: ExcelFeatures;
}

/** The host inside Excel. Call only after `Office.onReady`. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    features: { mergedAreas: supportsMergedAreas() },
  };
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
