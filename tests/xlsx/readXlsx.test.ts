/**
 * The reader's core on hand-made packages: the SpreadsheetML forms other writers use (no `r` attributes,
 * prefixed elements, ISO dates, phonetic runs, absolute relationship targets, chart sheets) and the limits
 * (ranges clipped, never expanded; references beyond the grid; DTDs; unknown compression).
 */
import { zipSync, strToU8 } from "fflate";
import type { SheetSnapshot } from "../../src/domain/snapshot";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable";
import type { UnreadableKind } from "../../src/xlsx/unreadable";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface PackageSpec {
  sheets: { name: string; xml: string; type?: "worksheet" | "chartsheet"; target?: string }[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  extra?: Record<string, string>;
}

/** A minimal package in the shape Excel writes, with `spec`'s parts. */
function xlsx(spec: PackageSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = strToU8(text));
  put(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const rels: string[] = [];
  const sheets: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const type = sheet.type ?? "worksheet";
    const target = sheet.target ?? `${type}s/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`);
    sheets.push(`<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
    put(target.startsWith("/") ? target.slice(1) : `xl/${target}`, sheet.xml);
  });
  if (spec.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    put("xl/sharedStrings.xml", `<sst ${MAIN}>${spec.sharedStrings}</sst>`);
  }
  if (spec.styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    put("xl/styles.xml", `<styleSheet ${MAIN}>${spec.styles}</styleSheet>`);
  }
  put(
    "xl/workbook.xml",
    `<workbook ${MAIN} xmlns:r="${REL}">${spec.workbookPr ?? ""}<sheets>${sheets.join("")}</sheets></workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  for (const [name, text] of Object.entries(spec.extra ?? {})) put(name, text);
  return zipSync(files, { mtime: new Date(Date.UTC(2021, 0, 1)) });
}

const worksheet = (body: string): string => `<worksheet ${MAIN}>${body}</worksheet>`;
const oneSheet = (xml: string, rest: Omit<PackageSpec, "sheets"> = {}): SheetSnapshot =>
  readXlsx(xlsx({ sheets: [{ name: "Enn2", xml }], ...rest }), "test.xlsx").sheets[0];

function refusal(bytes: Uint8Array): UnreadableKind {
  try {
    readXlsx(bytes, "test.xlsx");
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    return (error as UnreadableWorkbookError).kind;
  }
  throw new Error("the workbook was read");
}

describe("readXlsx reads the forms other writers use", () => {
  it("joins rich-text runs, leaves out phonetic runs, decodes _xHHHH_ escapes and reads an empty index as empty", () => {
    const sheet = oneSheet(
      worksheet(
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v/></c></row></sheetData>',
      ),
      {
        sharedStrings:
          "<si><r><t>Riskit: </t></r><r><rPr><b/></rPr><t>aikataulu</t></r><rPh><t>ふりがな</t></rPh></si>" +
          "<si><t>_x001B_[2J</t></si>",
      },
    );
    expect(sheet.values).toEqual([["Riskit: aikataulu", "\u001b[2J"]]);
  });

  it("places cells and rows without r attributes one after another", () => {
    const sheet = oneSheet(
      worksheet(
        "<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>" +
          '<row r="5"><c r="C5"><v>4</v></c><c><v>5</v></c></row></sheetData>',
      ),
    );
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    expect(sheet.values).toEqual([[1, 2], [3], [], [], [null, null, 4, 5]]);
    // A cell outside any row element, as a fuzzed file may have it, goes to row 1.
    expect(oneSheet(worksheet("<sheetData><c><v>7</v></c></sheetData>")).origin).toEqual({
      row: 1,
      column: 1,
    });
  });

  it("reads elements with a namespace prefix", () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Toteutuu</x:t></x:is></x:c><x:c r="D2"><x:v>1</x:v></x:c>' +
      '</x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B2:C2"/></x:mergeCells></x:worksheet>';
    const sheet = oneSheet(xml);
    expect(sheet.values).toEqual([["Toteutuu", null, 1]]);
    expect(sheet.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
  });

  it('turns ISO dates (t="d") into serial numbers, in the 1904 date system too', () => {
    const xml = worksheet(
      '<sheetData><row r="1"><c r="A1" t="d"><v>2021-06-30T12:00:00</v></c></row></sheetData>',
    );
    expect(oneSheet(xml).values).toEqual([[44377.5]]);
    expect(oneSheet(xml, { workbookPr: '<workbookPr date1904="1"/>' }).values).toEqual([[44377.5 - 1462]]);
  });

  it("reads booleans, errors, formula strings and leaves a formula never calculated empty", () => {
    const sheet = oneSheet(
      worksheet(
        '<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c>' +
          '<c r="C1" t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c><c r="D1"><f>1+1</f></c><c r="E1"><v>x</v></c></row></sheetData>',
      ),
    );
    expect(sheet.values).toEqual([[true, { error: "#N/A" }, "TRUEx", null, { error: "#NUM!" }]]);
  });

  it("maps style indexes to built-in and custom number formats", () => {
    const sheet = oneSheet(
      worksheet(
        '<sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1"><v>1</v></c></row></sheetData>',
      ),
      {
        styles:
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="0\\ %"/></numFmts>' +
          '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/></cellXfs>',
      },
    );
    expect(sheet.numberFormats).toEqual([["0%", "0\\ %"]]);
  });

  it("keeps sheets in the workbook's order, skips chart sheets and follows absolute targets", () => {
    const snapshot = readXlsx(
      xlsx({
        sheets: [
          { name: "Kaavio", xml: "<chartsheet/>", type: "chartsheet" },
          { name: "Enn1", xml: worksheet("<sheetData/>"), target: "/xl/worksheets/z.xml" },
          { name: "Enn2", xml: worksheet("<sheetData/>") },
        ],
      }),
      "dir/test.xlsx",
    );
    expect(snapshot.name).toBe("test.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Enn1", "Enn2"]);
  });

  it("lists hidden rows and columns only inside the used range", () => {
    const sheet = oneSheet(
      worksheet(
        '<cols><col min="2" max="16384" hidden="1"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row>' +
          '<row r="2" hidden="1"><c r="A2"><v>3</v></c></row><row r="9" hidden="1"/></sheetData>',
      ),
    );
    expect(sheet.hiddenColumns).toEqual([2, 3]);
    expect(sheet.hiddenRows).toEqual([2]);
  });
});

describe("readXlsx keeps ranges to the data", () => {
  it("clips a merged whole column to the rows that hold data, and empties the cells it covers", () => {
    const sheet = oneSheet(
      worksheet(
        '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>4</v></c></row></sheetData>' +
          '<mergeCells><mergeCell ref="B1:B1048576"/></mergeCells>',
      ),
    );
    expect(sheet.merges).toEqual([{ top: 1, left: 2, bottom: 3, right: 2 }]);
    expect(sheet.values).toEqual([[1, 2], [], [3]]);
  });

  it("counts an empty merged area's top-left cell as used, not the whole area", () => {
    const sheet = oneSheet(
      worksheet(
        '<sheetData><row r="3"><c r="A3"><v>3</v></c></row></sheetData>' +
          '<mergeCells><mergeCell ref="B1:XFD1048576"/></mergeCells>',
      ),
    );
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    expect(sheet.merges).toEqual([{ top: 1, left: 2, bottom: 3, right: 2 }]);
    expect(sheet.values).toEqual([[], [], [3]]);
  });

  it("keeps only the top-left value of a merged area, as Excel does when it merges", () => {
    const sheet = oneSheet(
      worksheet(
        '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData>' +
          '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>',
      ),
    );
    expect(sheet.values).toEqual([[1, null, 3]]);
  });

  it("refuses a sheet whose merged areas would cover more cells than the snapshot may hold", () => {
    const xml = worksheet(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>' +
        '<mergeCells><mergeCell ref="B1:XFC1048575"/></mergeCells>',
    );
    expect(refusal(xlsx({ sheets: [{ name: "Enn2", xml }] }))).toBe("too-many-cells");
  });
});

describe("readXlsx refuses", () => {
  const sheetWith = (body: string) => xlsx({ sheets: [{ name: "Enn2", xml: worksheet(body) }] });

  it.each([
    ["a row beyond row 1,048,576", '<sheetData><row r="1048577"/></sheetData>'],
    ["a cell beyond column XFD", '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'],
    ["a merged area beyond the grid", '<sheetData/><mergeCells><mergeCell ref="A1:A1048577"/></mergeCells>'],
    ["a column definition beyond XFD", '<cols><col min="1" max="16385" hidden="1"/></cols><sheetData/>'],
  ])("%s as not a valid Excel workbook", (_name, body) => {
    expect(refusal(sheetWith(body))).toBe("beyond-grid");
  });

  it("a part with a DTD (OPC forbids them; no entity is ever expanded)", () => {
    const xml =
      '<!DOCTYPE x [<!ENTITY a "aaaa">]>' +
      worksheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData>');
    expect(refusal(xlsx({ sheets: [{ name: "Enn2", xml }] }))).toBe("corrupt-xml");
  });

  it("a sheet part the workbook names but the package lacks", () => {
    const bytes = xlsx({
      sheets: [{ name: "Enn2", xml: worksheet("<sheetData/>"), target: "worksheets/a.xml" }],
    });
    const renamed = bytes.slice();
    // Rename the part in both headers: "a.xml" becomes "b.xml".
    const text = Buffer.from(renamed)
      .toString("latin1")
      .replace(/worksheets\/a\.xml/g, "worksheets/b.xml");
    expect(refusal(new Uint8Array(Buffer.from(text, "latin1")))).toBe("missing-part");
  });

  it("a part compressed with a method Excel does not write", () => {
    const bytes = sheetWith("<sheetData/>");
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // Set every entry's method to 12 (bzip2), in the local headers and the central directory.
    for (let at = 0; at < bytes.length - 4; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint16(at + 8, 12, true);
      if (signature === 0x02014b50) view.setUint16(at + 10, 12, true);
    }
    expect(refusal(bytes)).toBe("unsupported-compression");
  });
});
