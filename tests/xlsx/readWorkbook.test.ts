import * as path from "node:path";
import ExcelJS from "exceljs";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { FIXTURES } from "../support/paths";

/** Writes a workbook with ExcelJS and reads it back through the adapter, as the CLI would read the file. */
async function roundTrip(build: (workbook: ExcelJS.Workbook) => void): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const bytes = await workbook.xlsx.writeBuffer();
  return readWorkbookBuffer(Buffer.from(bytes), "built.xlsx");
}

async function oneSheet(build: (sheet: ExcelJS.Worksheet) => void): Promise<SheetSnapshot> {
  const snapshot = await roundTrip((workbook) => build(workbook.addWorksheet("Enn2")));
  return snapshot.sheets[0];
}

/** The value at a sheet address, through the snapshot's origin. */
function valueAt(sheet: SheetSnapshot, row: number, column: number): unknown {
  return sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column] ?? null;
}

function formatAt(sheet: SheetSnapshot, row: number, column: number): string {
  return sheet.numberFormats[row - sheet.origin.row]?.[column - sheet.origin.column] ?? "General";
}

describe("readWorkbookBuffer on workbooks written by ExcelJS", () => {
  it("reads plain values, with the used range's top-left cell as origin", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("C4").value = "Toteutuu";
      ws.getCell("D5").value = 85;
      ws.getCell("E6").value = true;
    });
    expect(sheet.name).toBe("Enn2");
    expect(sheet.origin).toEqual({ row: 4, column: 3 });
    expect(sheet.values).toEqual([["Toteutuu"], [null, 85], [null, null, true]]);
  });

  it("takes a formula's cached result", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("A1").value = { formula: "1+1", result: 2 };
      ws.getCell("B1").value = { formula: 'IF(A1>1,"Toteutuu","Ei toteudu")', result: "Toteutuu" };
    });
    expect(sheet.values[0]).toEqual([2, "Toteutuu"]);
  });

  it("keeps a formula's error result as an error", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("A1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("B1").value = { formula: "VLOOKUP(1,X:Y,2,0)", result: { error: "#N/A" } };
    });
    expect(sheet.values[0]).toEqual([{ error: "#DIV/0!" }, { error: "#N/A" }]);
  });

  it("turns a formula's date result into a serial number", async () => {
    const sheet = await oneSheet((ws) => {
      const cell = ws.getCell("A1");
      cell.value = { formula: "DATE(2021,6,30)", result: new Date(Date.UTC(2021, 5, 30)) };
      cell.numFmt = "d.m.yyyy";
    });
    expect(sheet.values[0][0]).toBe(44377);
    expect(formatAt(sheet, 1, 1)).toBe("d.m.yyyy");
  });

  it("takes each cached result of a shared formula", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("A3").value = 3;
      ws.fillFormula("B1:B3", "A1*2", [2, 4, 6]);
    });
    expect(sheet.values.map((row) => row[1])).toEqual([2, 4, 6]);
  });

  it("joins rich text into plain text", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("A1").value = {
        richText: [{ font: { bold: true }, text: "Riskit: " }, { text: "aikataulu." }],
      };
    });
    expect(sheet.values[0][0]).toBe("Riskit: aikataulu.");
  });

  it("takes a hyperlink's text", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("A1").value = { text: "Kaupunkistrategia", hyperlink: "https://www.hel.fi/" };
    });
    expect(sheet.values[0][0]).toBe("Kaupunkistrategia");
  });

  it("turns dates into Excel serial numbers", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2021, 5, 30));
      ws.getCell("B1").value = new Date(Date.UTC(2021, 5, 30, 18));
    });
    expect(sheet.values[0]).toEqual([44377, 44377.75]);
  });

  it("counts dates from 1904 in a workbook using the 1904 date system", async () => {
    const snapshot = await roundTrip((workbook) => {
      workbook.properties.date1904 = true;
      workbook.addWorksheet("Enn2").getCell("A1").value = new Date(Date.UTC(2021, 5, 30));
    });
    // Excel stores the date as 1462 days fewer; the serial is what the sheet holds.
    expect(snapshot.sheets[0].values[0][0]).toBe(44377 - 1462);
  });

  it("keeps error values", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("A1").value = { error: "#N/A" };
      ws.getCell("B1").value = { error: "#REF!" };
    });
    expect(sheet.values[0]).toEqual([{ error: "#N/A" }, { error: "#REF!" }]);
  });

  it("lists merged areas and keeps the value only in their top-left cell", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("A1").value = "Uudistuvat palvelut";
      ws.mergeCells("A1:A3");
      ws.getCell("B1").value = "goal 1";
      ws.getCell("B2").value = "goal 2";
      ws.getCell("B3").value = "goal 3";
    });
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 1 }]);
    expect(sheet.values.map((row) => row[0])).toEqual(["Uudistuvat palvelut", null, null]);
  });

  it("counts an empty merged area as used", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("C3").value = "x";
      ws.mergeCells("A1:B2");
    });
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    expect(valueAt(sheet, 3, 3)).toBe("x");
  });

  it("lists hidden rows and columns of the used range", async () => {
    const sheet = await oneSheet((ws) => {
      for (let r = 1; r <= 4; r++) ws.getRow(r).values = ["a", "b", "c"];
      ws.getRow(3).hidden = true;
      ws.getColumn(2).hidden = true;
      ws.getColumn(8).hidden = true; // outside the used range A1:C4
    });
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet.hiddenColumns).toEqual([2]);
    expect(valueAt(sheet, 3, 2)).toBe("b"); // hidden cells are read like any other
  });

  it("reads number formats, percent formats included", async () => {
    const sheet = await oneSheet((ws) => {
      ws.getCell("A1").value = 0.85;
      ws.getCell("A1").numFmt = "0 %";
      ws.getCell("B1").value = 0.855;
      ws.getCell("B1").numFmt = "0.0%";
      ws.getCell("C1").value = 85;
    });
    expect(sheet.values[0]).toEqual([0.85, 0.855, 85]);
    expect(formatAt(sheet, 1, 1)).toBe("0 %");
    expect(formatAt(sheet, 1, 2)).toBe("0.0%");
    expect(formatAt(sheet, 1, 3)).toBe("General");
  });

  it("keeps sheets in tab order, an empty sheet included", async () => {
    const snapshot = await roundTrip((workbook) => {
      workbook.addWorksheet("Ohjeet").getCell("A1").value = "Täyttöohjeet";
      workbook.addWorksheet("Tyhjä");
      workbook.addWorksheet("Enn1").getCell("A1").value = "Sitovat tavoitteet";
    });
    expect(snapshot.name).toBe("built.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Ohjeet", "Tyhjä", "Enn1"]);
    expect(snapshot.sheets[1].values).toEqual([]);
  });
});

describe("readWorkbookFile on a workbook written by openpyxl (tests/fixtures/make_adapter_fixtures.py)", () => {
  let sheet: SheetSnapshot;
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await readWorkbookFile(path.join(FIXTURES, "adapter-shapes.xlsx"));
    sheet = snapshot.sheets[0];
  });

  it("names the workbook by its file name", () => {
    expect(snapshot.name).toBe("adapter-shapes.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Muodot", "Tyhjä"]);
  });

  it("starts the used range at B2", () => {
    expect(sheet.origin).toEqual({ row: 2, column: 2 });
  });

  it("reads every shape", () => {
    const at = (address: string): unknown => {
      const column = address.charCodeAt(0) - 64;
      return valueAt(sheet, Number(address.slice(1)), column);
    };
    expect(at("B2")).toBe("teksti");
    expect(at("C2")).toBe("Tekstiä\nrivinvaihdolla");
    expect(at("D2")).toBe("85 %");
    expect(at("B3")).toBe(42);
    expect(at("C3")).toBe(0.85);
    expect(at("B4")).toBe(true);
    expect(at("C4")).toBe(false);
    expect(at("B5")).toEqual({ error: "#N/A" });
    expect(at("C5")).toEqual({ error: "#REF!" });
    expect(at("B6")).toBe(44377);
    expect(at("C6")).toBe(44377.5);
    expect(at("B7")).toBe(84); // formula with a cached number
    expect(at("C7")).toEqual({ error: "#DIV/0!" }); // formula with a cached error
    expect(at("D7")).toBe("ab"); // formula with a cached string
    expect(at("E7")).toBe(true); // formula with a cached boolean
    expect(at("F7")).toBeNull(); // formula never calculated
    expect([at("G2"), at("G3"), at("G4")]).toEqual([2, 3, 4]); // shared formula
    expect(at("B8")).toBe("Helsinki"); // hyperlink
    expect(at("B9")).toBe("Rikas teksti"); // rich text
    expect(at("B13")).toBe("piilotettu rivi");
    expect(at("B15")).toBe("alin rivi");
  });

  it("reads merged areas, with values only in their top-left cells", () => {
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 10, left: 2, bottom: 12, right: 2 },
        { top: 10, left: 3, bottom: 10, right: 4 },
      ]),
    );
    expect(sheet.merges).toHaveLength(2);
    expect(valueAt(sheet, 10, 2)).toBe("yhdistetty pystyyn");
    expect(valueAt(sheet, 11, 2)).toBeNull();
    expect(valueAt(sheet, 10, 4)).toBeNull();
  });

  it("lists hidden rows and columns, but not hidden columns beyond the used range", () => {
    expect(sheet.hiddenRows).toEqual([13]);
    expect(sheet.hiddenColumns).toEqual([5]); // J:Z are hidden too, but nothing is there
  });

  it("keeps an empty row inside the used range as an empty row", () => {
    expect(sheet.values[14 - sheet.origin.row]).toEqual([]);
    expect(sheet.values).toHaveLength(15 - 2 + 1);
  });

  it("reads percent and date formats", () => {
    expect(formatAt(sheet, 3, 3)).toBe("0 %");
    expect(formatAt(sheet, 3, 4)).toBe("0.0%");
    expect(formatAt(sheet, 3, 2)).toBe("General");
    expect(formatAt(sheet, 6, 2)).toMatch(/yy/);
  });

  it("reads an empty sheet as no values", () => {
    expect(snapshot.sheets[1].values).toEqual([]);
    expect(snapshot.sheets[1].merges).toEqual([]);
  });
});
