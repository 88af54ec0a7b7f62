/** Loading the emulator from the real fixture workbooks through the project's ExcelJS reader. */
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { SAMPLE, VALID } from "../support/paths";

test.each([VALID, SAMPLE])(
  "%s: every value, number format, merge and hidden row of the snapshot is in the emulator",
  async (file) => {
    const snapshot = await readWorkbookFile(file);
    const emulator = await loadEmulatorFromXlsx(file);
    expect(emulator.sheetNames()).toEqual(snapshot.sheets.map((s) => s.name));
    for (const expected of snapshot.sheets) {
      const handle = emulator.sheet(expected.name);
      const { row: top, column: left } = expected.origin;
      expected.values.forEach((row, i) =>
        row.forEach((value, j) => {
          const cell = handle.model.cell(top + i, left + j);
          expect(cell?.value ?? null).toEqual(value === "" ? null : value);
          expect(cell?.numberFormat ?? "General").toBe(expected.numberFormats[i]?.[j] || "General");
        }),
      );
      expect(handle.merges).toEqual(expected.merges);
      expect(handle.hiddenRows).toEqual(expected.hiddenRows);
      expect(handle.hiddenColumns).toEqual(expected.hiddenColumns);
    }
  },
);

test("solid fills of the file are loaded, so highlight tests start from the real formats", async () => {
  const emulator = await loadEmulatorFromXlsx(VALID);
  expect(emulator.sheet("Enn2").cell("A4").fill).toBe("#DDEBF7");
  const header = await emulator.run(async (context) => {
    const used = context.workbook.worksheets.getItem("Enn2").getUsedRange(true);
    used.load("address");
    const fill = context.workbook.worksheets.getItem("Enn2").getRange("A4:I4").format.fill.load("color");
    await context.sync();
    return { address: used.address, fill: fill.color };
  });
  expect(header.fill).toBe("#DDEBF7");
  expect(header.address).toMatch(/^'Enn2'!A1:/);
});
