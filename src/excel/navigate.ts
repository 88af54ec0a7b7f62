/** Go to a finding: activate its sheet and select its cell or row, or only activate the sheet. */
import type { ExcelHost } from "./host";
import { SitovaExcelError } from "./host";

/** `place` is a cell (`G5`), a row (`4:4`), or null for the sheet alone. Two syncs. */
export async function goToPlace(host: ExcelHost, sheetName: string, place: string | null): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) throw new SitovaExcelError("sheet-not-found", [sheetName]);
    sheet.activate();
    if (place !== null) sheet.getRange(place).select();
    await context.sync();
  });
}

export function goToCell(host: ExcelHost, sheetName: string, cell: string): Promise<void> {
  return goToPlace(host, sheetName, cell);
}
