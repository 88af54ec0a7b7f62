/**
 * Sheets Sitova creates (the report and the summary) are recorded by id in its state. Only a recorded sheet
 * is ever cleared or replaced; a user's sheet that happens to have the same name is left alone and the
 * add-in picks another name.
 */
import type { SitovaState, StatePart } from "./state";
import { loadState } from "./state";
import { assertSheetsWritable, assertWorkbookWritable } from "./protection";

export type OwnSheetKind = keyof SitovaState["ownSheets"];

/** The first free name: `Tarkistus`, then `Tarkistus (Sitova)`, `Tarkistus (Sitova 2)`, … */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 1; ; i++) {
    const name = `${base} (Sitova${i > 1 ? ` ${i}` : ""})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Finds Sitova's own sheet of a kind among the loaded worksheets, or queues a new one. Returns the sheet
 * and whether it is new (a new sheet needs no clearing).
 */
export function ownSheet(
  worksheets: Excel.WorksheetCollection,
  state: SitovaState,
  kind: OwnSheetKind,
  baseName: string,
): { sheet: Excel.Worksheet; created: boolean } {
  const existing = worksheets.items.find((s) => s.id === state.ownSheets[kind]);
  if (existing) return { sheet: existing, created: false };
  const sheet = worksheets.add(freeSheetName(baseName, new Set(worksheets.items.map((s) => s.name))));
  return { sheet, created: true };
}

export interface OpenedSheet {
  sheet: Excel.Worksheet;
  created: boolean;
  stored: StatePart;
}

/**
 * Opens Sitova's own sheet of a kind for writing, in two or three syncs: finds it by its recorded id or
 * queues a new one, and checks protection before anything is written. `queueLoads` adds the caller's own
 * loads to the same sync.
 */
export async function openOwnSheet(
  context: Excel.RequestContext,
  kind: OwnSheetKind,
  baseName: string,
  queueLoads: (sheet: Excel.Worksheet, created: boolean) => void = () => undefined,
): Promise<OpenedSheet> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const protection = context.workbook.protection;
  protection.load("protected");
  const stored = await loadState(context);
  if (!worksheets.items.some((s) => s.id === stored.state.ownSheets[kind]))
    assertWorkbookWritable(protection);
  const { sheet, created } = ownSheet(worksheets, stored.state, kind, baseName);
  sheet.load("id,name,protection/protected");
  queueLoads(sheet, created);
  await context.sync();
  if (!created) assertSheetsWritable([sheet]);
  return { sheet, created, stored };
}
