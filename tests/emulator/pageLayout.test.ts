/*
 * A ClientResult's value is read after its sync (the lint rule cannot see that), and each refused change is
 * its own batch, so these Office add-in lint rules are off here.
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/no-context-sync-in-loop */
/** Printing: a sheet's manual page breaks and orientation (src/emulator/pageLayout.ts, ExcelApi 1.9). */
import { createEmulator } from "../../src/emulator";
import type { EmulatorOptions } from "../../src/emulator";
import { rejection, sheet, workbook } from "./helpers";

function book(options: EmulatorOptions = {}) {
  return createEmulator(workbook(sheet("Data", [["a"], ["b"], ["c"], ["d"]])), options);
}

describe("page breaks and orientation", () => {
  it("adds a break above a range's top row, once; counts them; clearing the cells leaves them; removes them all", async () => {
    const emulator = book();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.horizontalPageBreaks.add(data.getRange("A3:B4"));
      data.horizontalPageBreaks.add("A3");
      data.horizontalPageBreaks.add(data.getCell(1, 0));
      data.pageLayout.orientation = "Landscape";
      const count = data.horizontalPageBreaks.getCount();
      data.getRange().clear();
      await context.sync();
      expect(count.value).toBe(2);
    });
    expect(emulator.sheet("Data").model.pageBreakRows).toEqual([2, 3]);
    expect(emulator.sheet("Data").model.orientation).toBe("Landscape");
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Data").horizontalPageBreaks.removePageBreaks();
      await context.sync();
    });
    expect(emulator.sheet("Data").model.pageBreakRows).toEqual([]);
  });

  it("needs ExcelApi 1.9", async () => {
    const emulator = book({ excelApi: "1.8" });
    const error = await rejection(
      emulator.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        data.horizontalPageBreaks.add("A2");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });

  it("refuses an orientation Excel lacks and a range on another sheet", async () => {
    const emulator = createEmulator(workbook(sheet("Data", [["a"]]), sheet("Other", [["b"]])));
    for (const use of [
      (data: Excel.Worksheet) => (data.pageLayout.orientation = "Sideways" as Excel.PageOrientation),
      (data: Excel.Worksheet, other: Excel.Worksheet) => data.horizontalPageBreaks.add(other.getRange("A2")),
    ]) {
      const error = await rejection(
        emulator.run(async (context) => {
          const sheets = context.workbook.worksheets;
          use(sheets.getItem("Data"), sheets.getItem("Other"));
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });
});
