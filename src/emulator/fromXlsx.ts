/**
 * Loads the emulator from an .xlsx file (Node only): values, number formats, merges and hidden rows and
 * columns through the project's .xlsx reader (`readWorkbookFile`), plus the cells' solid fills, which
 * the snapshot does not carry but highlight/clear tests must preserve.
 */
import ExcelJS from "exceljs";
import type { EmulatedExcel, EmulatorOptions } from "./emulator";
import { createEmulator } from "./emulator";
import { readWorkbookFile } from "../xlsx/readWorkbook";

/** `FFRRGGBB` (ExcelJS argb) to `#RRGGBB`; theme and indexed colours are not resolved. */
function argbToHex(argb: string | undefined): string | undefined {
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

/** Solid fills with an explicit RGB colour, by sheet name and cell address. */
export async function readSolidFills(path: string): Promise<Record<string, Record<string, string>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const fills: Record<string, Record<string, string>> = {};
  for (const worksheet of workbook.worksheets) {
    const cells: Record<string, string> = {};
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill;
        if (fill?.type !== "pattern" || fill.pattern !== "solid") return;
        const color = argbToHex(fill.fgColor?.argb);
        if (color) cells[cell.address] = color;
      }),
    );
    fills[worksheet.name] = cells;
  }
  return fills;
}

/** Builds an emulator from an .xlsx file; `options.fills` replaces the fills read from the file. */
export async function loadEmulatorFromXlsx(
  path: string,
  options: EmulatorOptions = {},
): Promise<EmulatedExcel> {
  const snapshot = await readWorkbookFile(path);
  const fills = options.fills ?? (await readSolidFills(path));
  return createEmulator(snapshot, { ...options, fills });
}
