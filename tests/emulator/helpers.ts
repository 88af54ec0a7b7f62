/** Small builders for emulator tests. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";

export function sheet(
  name: string,
  values: CellValue[][],
  extra: Partial<SheetSnapshot> = {},
): SheetSnapshot {
  return {
    name,
    origin: { row: 1, column: 1 },
    values,
    numberFormats: [],
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    ...extra,
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: "test.xlsx", sheets };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ code?: string; message: string } & Error> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string } & Error;
  }
  throw new Error("expected the promise to reject");
}

/** The error a function throws (fails the test when it returns). */
export function thrown(action: () => unknown): { code?: string; message: string } & Error {
  try {
    action();
  } catch (error) {
    return error as { code?: string; message: string } & Error;
  }
  throw new Error("expected the call to throw");
}
