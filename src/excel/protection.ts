/** Checks before any write, so that a protected sheet or workbook never leaves half-written results. */
import { SitovaExcelError } from "./host";

/** Queues the load of the protection state of the given sheets. */
export function loadProtection(sheets: Excel.Worksheet[]): void {
  for (const sheet of sheets) sheet.load("name,protection/protected");
}

/** Throws when any of the (loaded) sheets is protected. */
export function assertSheetsWritable(sheets: Excel.Worksheet[]): void {
  const locked = sheets.filter((s) => s.protection.protected).map((s) => s.name);
  if (locked.length) throw new SitovaExcelError("protected-sheet", locked);
}

/** Throws when the workbook's structure is protected (no sheets can be added). */
export function assertWorkbookWritable(protection: Excel.WorkbookProtection): void {
  if (protection.protected) throw new SitovaExcelError("protected-workbook", []);
}
