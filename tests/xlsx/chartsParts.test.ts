/**
 * The DrawingML writer (src/xlsx/chartParts.ts) on its own: the sheet's `<drawing>` element lands in
 * CT_Worksheet's order, text from other people's workbooks cannot break a part, and anchors follow the
 * columns' widths. The whole package is checked end to end in tests/cli/summarizeCharts.test.ts.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { SummaryChart } from "../../src/domain/summary/chartStyle";
import { FORECAST_COLOURS } from "../../src/domain/summary/chartStyle";
import type { PlacedChart } from "../../src/xlsx/chartParts";
import {
  EMU_PER_PIXEL,
  addCharts,
  chartXml,
  columnName,
  cornerAt,
  drawingXml,
  withDrawingElement,
} from "../../src/xlsx/chartParts";

const WORKSHEET_OPEN =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** The names of the root's child elements, in order. */
function children(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (closing) depth--;
    else {
      if (depth === 1) names.push(name);
      if (!selfClosing) depth++;
    }
  }
  return names;
}

describe("withDrawingElement", () => {
  it.each([
    [
      "after pageSetup, at the end",
      "<sheetData/><pageMargins/><pageSetup/>",
      ["sheetData", "pageMargins", "pageSetup", "drawing"],
    ],
    [
      "before legacyDrawing and tableParts",
      '<sheetData/><hyperlinks/><pageMargins/><legacyDrawing r:id="rId1"/><tableParts count="0"/>',
      ["sheetData", "hyperlinks", "pageMargins", "drawing", "legacyDrawing", "tableParts"],
    ],
    [
      "before tableParts and extLst",
      '<sheetData/><headerFooter/><tableParts count="0"/><extLst/>',
      ["sheetData", "headerFooter", "drawing", "tableParts", "extLst"],
    ],
    ["before extLst alone", "<sheetData/><extLst/>", ["sheetData", "drawing", "extLst"]],
  ])("puts <drawing> %s (ECMA-376 §18.3.1.99)", (_, body, order) => {
    const xml = withDrawingElement(`${WORKSHEET_OPEN}${body}</worksheet>`, "rId7");
    expect(children(xml)).toEqual(order);
    expect(xml).toContain('<drawing r:id="rId7"/>');
  });

  it("declares the relationships namespace when the root lacks it", () => {
    const xml = withDrawingElement(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
      "rId1",
    );
    expect(xml).toMatch(
      /^<worksheet [^>]*xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships"/,
    );
  });

  it("refuses a sheet that already has a drawing (a second one would make the part invalid)", () => {
    expect(() =>
      withDrawingElement(`${WORKSHEET_OPEN}<sheetData/><drawing r:id="rId1"/></worksheet>`, "rId2"),
    ).toThrow();
  });
});

describe("anchors and references", () => {
  it("finds the cell and the offset in EMU at a pixel distance, past the listed sizes too", () => {
    expect(cornerAt(0, [100, 50], 64)).toEqual({ index: 0, offset: 0 });
    expect(cornerAt(120, [100, 50], 64)).toEqual({ index: 1, offset: 20 * EMU_PER_PIXEL });
    expect(cornerAt(150, [100, 50], 64)).toEqual({ index: 2, offset: 0 });
    expect(cornerAt(150 + 64 * 2 + 5, [100, 50], 64)).toEqual({ index: 4, offset: 5 * EMU_PER_PIXEL });
  });

  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %d is %s", (index, name) => expect(columnName(index)).toBe(name));
});

// ---- hostile text ---------------------------------------------------------------------------------------

const HOSTILE = 'Teema <b>&amp; "lainaus" \u0007 \uFFFE _x0041_ \uD800 loppu';

function chart(overrides: Partial<SummaryChart> = {}): SummaryChart {
  return {
    id: "themes",
    title: `Otsikko ${HOSTILE}`,
    direction: "bar",
    grouping: "stacked",
    seriesBy: "columns",
    rows: 2,
    series: [
      { index: 1, colour: FORECAST_COLOURS.met },
      { index: 2, colour: FORECAST_COLOURS.notMet },
    ],
    valueAxis: { format: "0", min: 0, majorUnit: 1 },
    labelFormat: "0;-0;;@",
    legend: true,
    width: 400,
    height: 300,
    ...overrides,
  };
}

function placed(overrides: Partial<SummaryChart> = {}): PlacedChart {
  return {
    chart: chart(overrides),
    headerRow: 5,
    header: ["Teema", "Toteutuu", "Ei toteudu"],
    rows: [
      [HOSTILE, 2, null],
      ["Toimiva ja kaunis kaupunki", 1, 3],
    ],
    from: { col: 0, colOff: 0, row: 8, rowOff: 0 },
    to: { col: 3, colOff: 9525, row: 23, rowOff: 0 },
  };
}

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-chartparts-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** xmllint's verdict on a part: "" when well-formed, else its complaint. */
function xmllint(name: string, xml: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, xml);
  try {
    execFileSync("/usr/bin/xmllint", ["--noout", file], { encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: string }).stderr);
  }
}

describe("text from workbooks in the chart parts", () => {
  it("a title and a category with markup, control characters, U+FFFE and a lone surrogate stay well-formed", () => {
    const xml = chartXml(placed(), "Yhteen'veto", "fi");
    expect(xmllint("chart.xml", xml)).toBe("");
    expect(xmllint("drawing.xml", drawingXml([placed()]))).toBe("");
    // Forbidden characters are replaced where people can see something was there; markup is escaped.
    expect(xml).toContain(
      "Otsikko Teema &lt;b&gt;&amp;amp; &quot;lainaus&quot; \uFFFD \uFFFD _x0041_ \uFFFD loppu",
    );
    // The cached category is stored as the cell stores it: a literal _x0041_ keeps its underscore escaped.
    expect(xml).toContain(
      "<c:v>Teema &lt;b&gt;&amp;amp; &quot;lainaus&quot; \uFFFD \uFFFD _x005F_x0041_ \uFFFD loppu</c:v>",
    );
    // A quote in the sheet name is doubled in references.
    expect(xml).toContain("<c:f>'Yhteen''veto'!$A$6:$A$7</c:f>");
  });

  it("series by columns: names from the header row, values down the column, an empty share left out", () => {
    const xml = chartXml(placed(), "Yhteenveto", "fi");
    expect([...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "'Yhteenveto'!$B$5",
      "'Yhteenveto'!$A$6:$A$7",
      "'Yhteenveto'!$B$6:$B$7",
      "'Yhteenveto'!$C$5",
      "'Yhteenveto'!$A$6:$A$7",
      "'Yhteenveto'!$C$6:$C$7",
    ]);
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml).toContain('<c:ptCount val="2"/><c:pt idx="1"><c:v>3</c:v></c:pt></c:numCache>');
    expect(xml).toContain(`<a:srgbClr val="${FORECAST_COLOURS.notMet.fill}"/>`);
  });

  it("series by rows: names from the first column, categories from the header row", () => {
    const rounds = placed({ id: "rounds", seriesBy: "rows", direction: "column", grouping: "clustered" });
    rounds.header = ["Ennuste", "Ennuste 1", "Ennuste 2"];
    rounds.rows = [
      ["Toteutuu", 8, 7],
      ["Ei toteudu", 1, 3],
    ];
    rounds.chart.series = [
      { index: 0, colour: FORECAST_COLOURS.met },
      { index: 1, colour: FORECAST_COLOURS.notMet },
    ];
    const xml = chartXml(rounds, "Summary", "en");
    expect([...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "'Summary'!$A$6",
      "'Summary'!$B$5:$C$5",
      "'Summary'!$B$6:$C$6",
      "'Summary'!$A$7",
      "'Summary'!$B$5:$C$5",
      "'Summary'!$B$7:$C$7",
    ]);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml).toContain('<c:pt idx="1"><c:v>3</c:v></c:pt>');
  });
});

describe("addCharts", () => {
  function workbook(extra: Record<string, string> = {}): Uint8Array {
    const parts: Record<string, string> = {
      "[Content_Types].xml":
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
      "xl/workbook.xml":
        '<workbook><sheets><sheet name="Yhteenveto" sheetId="1" r:id="rId4"/></sheets></workbook>',
      "xl/_rels/workbook.xml.rels":
        '<Relationships><Relationship Id="rId4" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      "xl/worksheets/sheet1.xml": `${WORKSHEET_OPEN}<sheetData/></worksheet>`,
      ...extra,
    };
    return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
  }

  it("keeps the sheet's own relationships (hyperlinks) and takes the next free id for the drawing", () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="x/hyperlink" Target="http://example.invalid" TargetMode="External"/>' +
      '<Relationship Id="rId2" Type="x/hyperlink" Target="http://example.invalid/2" TargetMode="External"/></Relationships>';
    const files = unzipSync(
      addCharts(workbook({ "xl/worksheets/_rels/sheet1.xml.rels": rels }), "Yhteenveto", [placed()], "fi"),
    );
    const sheetRels = strFromU8(files["xl/worksheets/_rels/sheet1.xml.rels"]);
    expect(sheetRels).toContain('Id="rId1"');
    expect(sheetRels).toContain(
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
    );
    expect(strFromU8(files["xl/worksheets/sheet1.xml"])).toContain('<drawing r:id="rId3"/>');
    expect(Object.keys(files)[0]).toBe("[Content_Types].xml");
  });

  it("gives the same bytes for the same workbook (no time in the package)", () => {
    const input = workbook();
    expect(
      Buffer.from(addCharts(input, "Yhteenveto", [placed()], "fi")).equals(
        Buffer.from(addCharts(input, "Yhteenveto", [placed()], "fi")),
      ),
    ).toBe(true);
  });

  it("leaves a workbook without charts as it is", () => {
    const input = workbook();
    expect(addCharts(input, "Yhteenveto", [], "fi")).toBe(input);
  });
});
