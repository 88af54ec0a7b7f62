/**
 * Native Excel charts for a workbook ExcelJS has written (ExcelJS cannot write charts): the DrawingML parts
 * are added to the package afterwards. Per chart `xl/charts/chartN.xml` (a `c:chartSpace` with one bar chart
 * whose series reference the sheet's cells and carry cached values, so that programs that do not recalculate
 * still draw the data); one `xl/drawings/drawing1.xml` anchoring every chart to the sheet's cells; the
 * relationships sheet → drawing → charts; the content types; and the sheet's `<drawing r:id>` element.
 *
 * Formats: ECMA-376 Part 1, §21.2 (DrawingML charts: CT_ChartSpace, CT_BarChart, CT_BarSer, CT_CatAx,
 * CT_ValAx, CT_DLbls and their element order), §20.5 (SpreadsheetML drawing: CT_TwoCellAnchor,
 * CT_GraphicalObjectFrame), §18.3.1.99 (CT_Worksheet: `drawing` comes after `headerFooter` … `smartTags` and
 * before `legacyDrawing` … `tableParts`, `extLst`), Part 2 (OPC relationships and content types).
 *
 * Deterministic: the same summary gives the same bytes apart from what ExcelJS itself dates (the header's
 * time and docProps/core.xml); every zip entry gets one fixed time.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Lang, SummaryValue } from "../domain";
import { clipCellText, encodeXstring, replaceXmlForbidden } from "../domain";
import type { SummaryChart } from "../domain/summary/chartStyle";
import { BAR_OUTLINE } from "../domain/summary/chartStyle";

/** 914,400 EMU per inch (DrawingML's ST_Coordinate, ECMA-376 Part 1), 96 pixels per inch. */
export const EMU_PER_PIXEL = 9525;

/** A corner of an anchor: 0-based column and row, and the offset into that cell in EMU. */
export interface CellCorner {
  col: number;
  colOff: number;
  row: number;
  rowOff: number;
}

/** A chart placed on the sheet: where its block of cells is and where the chart is drawn. */
export interface PlacedChart {
  chart: SummaryChart;
  /** 1-based row of the block's header row; the block starts at column A. */
  headerRow: number;
  /** The block's header and rows as written, for the cached values. */
  header: readonly string[];
  rows: readonly SummaryValue[][];
  from: CellCorner;
  to: CellCorner;
}

/**
 * The cell corner at `pixels` from the sheet's edge, given the sizes of the columns (or rows) in pixels; past
 * the listed sizes every column is `fallback` pixels wide.
 */
export function cornerAt(
  pixels: number,
  sizes: readonly number[],
  fallback: number,
): { index: number; offset: number } {
  let index = 0;
  let left = pixels;
  for (;;) {
    const size = sizes[index] ?? fallback;
    if (left < size) return { index, offset: Math.round(left * EMU_PER_PIXEL) };
    left -= size;
    index++;
  }
}

// ---- XML text -------------------------------------------------------------------------------------------

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/** A run of text (title, axis) as `a:t` holds it: xsd:string, so only XML's forbidden characters are replaced. */
function plainText(text: string): string {
  return escapeXml(replaceXmlForbidden(text));
}

/**
 * A cached category or series name (`c:v`, ST_Xstring like a cell's string): the same text the cell holds, so
 * the cache and the cell agree (see `summaryCellText`).
 */
function cachedText(text: string, lang: Lang): string {
  return escapeXml(encodeXstring(clipCellText(replaceXmlForbidden(text), lang)));
}

/** `'Yhteenveto'!$B$7:$B$9`: always quoted, a quote doubled. */
function reference(sheet: string, col1: number, row1: number, col2: number, row2: number): string {
  const cell = (c: number, r: number) => `$${columnName(c)}$${r}`;
  const name = `'${sheet.replace(/'/g, "''")}'`;
  return col1 === col2 && row1 === row2
    ? `${name}!${cell(col1, row1)}`
    : `${name}!${cell(col1, row1)}:${cell(col2, row2)}`;
}

/** 0-based column index → `A`, `Z`, `AA` … */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : "0";
}

function textOf(value: SummaryValue): string {
  return value === null ? "" : String(value);
}

// ---- one chart ------------------------------------------------------------------------------------------

interface SeriesData {
  name: { ref: string; text: string };
  categories: { ref: string; texts: string[] };
  values: { ref: string; numbers: (number | null)[] };
  fill: string;
  label: string;
}

/** Where each series' name, categories and values are on the sheet, and their values as written. */
function seriesData(placed: PlacedChart, sheet: string): SeriesData[] {
  const { chart, headerRow, header, rows } = placed;
  const first = headerRow + 1;
  const last = headerRow + chart.rows;
  const used = rows.slice(0, chart.rows);
  const number = (v: SummaryValue) => (typeof v === "number" ? v : null);
  if (chart.seriesBy === "columns") {
    const categories = { ref: reference(sheet, 0, first, 0, last), texts: used.map((r) => textOf(r[0])) };
    return chart.series.map((s) => ({
      name: { ref: reference(sheet, s.index, headerRow, s.index, headerRow), text: header[s.index] },
      categories,
      values: {
        ref: reference(sheet, s.index, first, s.index, last),
        numbers: used.map((r) => number(r[s.index])),
      },
      fill: s.colour.fill,
      label: s.colour.label,
    }));
  }
  const width = header.length;
  const categories = { ref: reference(sheet, 1, headerRow, width - 1, headerRow), texts: header.slice(1) };
  return chart.series.map((s) => ({
    name: { ref: reference(sheet, 0, first + s.index, 0, first + s.index), text: textOf(rows[s.index][0]) },
    categories,
    values: {
      ref: reference(sheet, 1, first + s.index, width - 1, first + s.index),
      numbers: rows[s.index].slice(1, width).map(number),
    },
    fill: s.colour.fill,
    label: s.colour.label,
  }));
}

function textProperties(size: number, colour: string, bold = false): string {
  return (
    `<c:txPr><a:bodyPr wrap="square"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">` +
    `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="fi-FI"/></a:p></c:txPr>`
  );
}

function strCache(texts: readonly string[], lang: Lang): string {
  const points = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${cachedText(t, lang)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache>`;
}

function numCache(numbers: readonly (number | null)[], format: string): string {
  const points = numbers
    .map((n, i) => (n === null ? "" : `<c:pt idx="${i}"><c:v>${numberText(n)}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${numbers.length}"/>${points}</c:numCache>`;
}

function seriesXml(series: SeriesData, index: number, chart: SummaryChart, lang: Lang): string {
  const position = chart.grouping === "stacked" ? "ctr" : "outEnd";
  const labelColour = chart.grouping === "stacked" ? series.label : "000000";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(series.name.ref)}</c:f>${strCache([series.name.text], lang)}</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${series.fill}"/></a:solidFill>` +
    `<a:ln w="6350"><a:solidFill><a:srgbClr val="${BAR_OUTLINE}"/></a:solidFill></a:ln></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="${escapeXml(chart.labelFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    textProperties(900, labelColour, true) +
    `<c:dLblPos val="${position}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeXml(series.categories.ref)}</c:f>${strCache(series.categories.texts, lang)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(series.values.ref)}</c:f>${numCache(series.values.numbers, chart.valueAxis.format)}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

const CATEGORY_AXIS = 500100;
const VALUE_AXIS = 500200;

const NAMESPACES =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const GRID_LINE = '<a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln>';
const AXIS_LINE = '<a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln>';

/** The `c:chartSpace` of one chart. */
export function chartXml(placed: PlacedChart, sheet: string, lang: Lang): string {
  const { chart } = placed;
  const bars = chart.direction === "bar";
  const axis = chart.valueAxis;
  const series = seriesData(placed, sheet).map((s, i) => seriesXml(s, i, chart, lang));
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr wrap="square"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1300" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="${lang}" sz="1300" b="1"/><a:t>${plainText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  // Horizontal bars list the first category at the top (reversed axis); the value axis then crosses at the
  // last category to stay at the bottom.
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${bars ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bars ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr>${AXIS_LINE}</c:spPr>${textProperties(1000, "000000")}` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="1"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/>` +
    (axis.max === undefined ? "" : `<c:max val="${axis.max}"/>`) +
    `<c:min val="${axis.min}"/></c:scaling><c:delete val="0"/><c:axPos val="${bars ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr>${GRID_LINE}</c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(axis.format)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr>${AXIS_LINE}</c:spPr>${textProperties(900, "000000")}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${bars ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/><c:majorUnit val="${axis.majorUnit}"/></c:valAx>`;
  const legend = chart.legend
    ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(1000, "000000")}</c:legend>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NAMESPACES}>` +
    `<c:date1904 val="0"/><c:lang val="${lang === "en" ? "en-GB" : `${lang}-FI`}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${bars ? "bar" : "col"}"/><c:grouping val="${chart.grouping}"/><c:varyColors val="0"/>` +
    series.join("") +
    `<c:gapWidth val="${chart.grouping === "stacked" ? 50 : 80}"/>` +
    (chart.grouping === "stacked" ? `<c:overlap val="100"/>` : `<c:overlap val="-10"/>`) +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    categoryAxis +
    valueAxis +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>` +
    legend +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="Calibri"/></a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="fi-FI"/></a:p></c:txPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/>` +
    `<c:pageSetup/></c:printSettings></c:chartSpace>`
  );
}

// ---- the drawing and the package ------------------------------------------------------------------------

function corner(tag: "from" | "to", c: CellCorner): string {
  return (
    `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>${c.colOff}</xdr:colOff>` +
    `<xdr:row>${c.row}</xdr:row><xdr:rowOff>${c.rowOff}</xdr:rowOff></xdr:${tag}>`
  );
}

/** The drawing part: one two-cell anchor with a graphic frame per chart, chart i by relationship `rId{i+1}`. */
export function drawingXml(charts: readonly PlacedChart[]): string {
  const anchors = charts.map((placed, i) => {
    const id = i + 2;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${corner("from", placed.from)}${corner("to", placed.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Sitova ${placed.chart.id} ${i + 1}" ` +
      `descr="${plainText(placed.chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors.join("")}</xdr:wsDr>`
  );
}

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${r.id}" Type="${REL_TYPE}/${r.type}" Target="${r.target}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}">${items.join("")}</Relationships>`;
}

/** CT_Worksheet's elements that must come after `drawing` (ECMA-376 Part 1, §18.3.1.99). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The sheet XML with `<drawing r:id>` in its place in CT_Worksheet's sequence. */
export function withDrawingElement(sheetXml: string, relationshipId: string): string {
  if (/<drawing[\s/>]/.test(sheetXml)) throw new Error("the sheet already has a drawing");
  const element = `<drawing r:id="${relationshipId}"/>`;
  const pattern = new RegExp(`<(?:${AFTER_DRAWING.join("|")})[\\s/>]|</worksheet>`);
  const match = pattern.exec(sheetXml);
  if (!match) throw new Error("not a worksheet part");
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)!;
  const rootWithNs = root[0].includes("xmlns:r=")
    ? root[0]
    : root[0].replace(/>$/, ` xmlns:r="${REL_TYPE}">`);
  const withElement = sheetXml.slice(0, match.index) + element + sheetXml.slice(match.index);
  return withElement.replace(root[0], rootWithNs);
}

/** The package path of the workbook's first worksheet, from the workbook's relationships. */
function firstSheetPath(files: Record<string, Uint8Array>): string {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const firstId = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (rel.includes(`Id="${firstId}"`)) {
      const target = /Target="([^"]+)"/.exec(rel)![1];
      return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    }
  }
  throw new Error("the workbook has no worksheet");
}

/** The next free `rIdN` of a relationships part. */
function nextRelationshipId(relsXml: string): string {
  const used = [...relsXml.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...used) + 1}`;
}

function withOverrides(contentTypes: string, overrides: readonly { part: string; type: string }[]): string {
  const items = overrides.map((o) => `<Override PartName="/${o.part}" ContentType="${o.type}"/>`).join("");
  return contentTypes.replace("</Types>", `${items}</Types>`);
}

/** The fixed time of every zip entry, so that the package does not depend on when it was written. */
const ZIP_TIME = new Date(Date.UTC(2000, 0, 1));

/**
 * The workbook `xlsx` (ExcelJS's output) with the charts added to its first worksheet, whose name is `sheet`.
 * Without charts the package is returned as it is.
 */
export function addCharts(
  xlsx: Uint8Array,
  sheet: string,
  charts: readonly PlacedChart[],
  lang: Lang,
): Uint8Array {
  if (charts.length === 0) return xlsx;
  const files = unzipSync(xlsx);
  const sheetPath = firstSheetPath(files);
  const slash = sheetPath.lastIndexOf("/");
  const sheetRelsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  if (Object.keys(files).some((name) => name.startsWith("xl/drawings/") || name.startsWith("xl/charts/")))
    throw new Error("the workbook already has drawings");

  const sheetRels = files[sheetRelsPath] ? strFromU8(files[sheetRelsPath]) : relationshipsXml([]);
  const drawingId = nextRelationshipId(sheetRels);
  files[sheetRelsPath] = strToU8(
    sheetRels.replace(
      "</Relationships>",
      `<Relationship Id="${drawingId}" Type="${REL_TYPE}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    ),
  );
  files[sheetPath] = strToU8(withDrawingElement(strFromU8(files[sheetPath]), drawingId));
  files["xl/drawings/drawing1.xml"] = strToU8(drawingXml(charts));
  files["xl/drawings/_rels/drawing1.xml.rels"] = strToU8(
    relationshipsXml(
      charts.map((_, i) => ({ id: `rId${i + 1}`, type: "chart", target: `../charts/chart${i + 1}.xml` })),
    ),
  );
  charts.forEach(
    (placed, i) => (files[`xl/charts/chart${i + 1}.xml`] = strToU8(chartXml(placed, sheet, lang))),
  );
  files["[Content_Types].xml"] = strToU8(
    withOverrides(strFromU8(files["[Content_Types].xml"]), [
      { part: "xl/drawings/drawing1.xml", type: CONTENT_TYPE.drawing },
      ...charts.map((_, i) => ({ part: `xl/charts/chart${i + 1}.xml`, type: CONTENT_TYPE.chart })),
    ]),
  );
  // [Content_Types].xml first, as Excel writes it (some readers look for it there). The folder entries
  // ExcelJS (JSZip) writes are no parts of the package (ECMA-376 Part 2, the Open Packaging Conventions, maps
  // parts to zip files, not folders): they are left out.
  const ordered: Record<string, Uint8Array> = { "[Content_Types].xml": files["[Content_Types].xml"] };
  for (const [name, data] of Object.entries(files))
    if (name !== "[Content_Types].xml" && !name.endsWith("/")) ordered[name] = data;
  return zipSync(ordered, { level: 6, mtime: ZIP_TIME });
}
