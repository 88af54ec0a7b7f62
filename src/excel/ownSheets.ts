/**
 * Sheets Sitova creates (the report, the summary and the city summary of Kokoa työkirjoista) carry a tag: a sheet-scoped name (ExcelApi 1.4,
 * `worksheet.names`) that travels with the sheet when it is copied, renamed or moved, and with the file.
 * Only a tagged sheet is ever cleared or rewritten, and the tag is checked in the same run that clears it.
 * Sheet ids are not used: Excel for Mac may give a deleted sheet's id to a new sheet
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets), and ids have changed between
 * sessions and versions (office-js #1390), so an id could point at a user's sheet.
 */

export type OwnSheetKind = "report" | "summary" | "citySummary";
export const OWN_SHEET_KINDS: readonly OwnSheetKind[] = ["report", "summary", "citySummary"];

/** The tags' names (letters and underscores: valid in every Excel locale). */
export const OWN_SHEET_TAGS: Record<OwnSheetKind, string> = {
  report: "Sitova_Report",
  summary: "Sitova_Summary",
  citySummary: "Sitova_CitySummary",
};

/** What a tag refers to: a constant, so that it depends on no cell of the sheet. */
const TAG_FORMULA = '="Sitova"';
const TAG_COMMENT =
  "Sitova: this sheet is rewritten by Sitova / Sitova kirjoittaa tämän välilehden uudelleen";

/** Queues the look-up of a sheet's tags; a null object means the sheet has no such tag. */
export function queueOwnSheetTags(sheet: Excel.Worksheet): Record<OwnSheetKind, Excel.NamedItem> {
  const tags = {} as Record<OwnSheetKind, Excel.NamedItem>;
  for (const kind of OWN_SHEET_KINDS) {
    tags[kind] = sheet.names.getItemOrNullObject(OWN_SHEET_TAGS[kind]);
    tags[kind].load("name");
  }
  return tags;
}

/** Queues tagging a sheet as Sitova's own sheet of a kind. */
export function queueTagSheet(sheet: Excel.Worksheet, kind: OwnSheetKind): void {
  sheet.names.add(OWN_SHEET_TAGS[kind], TAG_FORMULA, TAG_COMMENT);
}

/** The first free name: `Tarkistus`, then `Tarkistus (Sitova)`, `Tarkistus (Sitova 2)`, … */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 1; ; i++) {
    const name = `${base} (Sitova${i > 1 ? ` ${i}` : ""})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
