/** Go to a finding: activate its sheet and select its cell. */
import type { ExcelHost } from "./host";
import { SitovaExcelError } from "./host";

export async function goToCell(host: ExcelHost, sheetName: string, cell: string): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) throw new SitovaExcelError("sheet-not-found", [sheetName]);
    sheet.activate();
    sheet.getRange(cell).select();
    await context.sync();
  });
}
