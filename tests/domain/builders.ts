/** Builds workbook snapshots for the domain tests, in the shape the adapters produce. */
import type { CellArea, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/domain";

export const HEADERS = {
  theme: "Kaupunkistrategian teema",
  goal: "Sitova toiminnan tavoite",
  metric: "Sitovan toiminnan tavoitteen mittarit",
  recovery: "Palautusmittari",
  forecast1: "Ennuste 1/2021",
  forecast2: "Ennuste 2/2021",
  comments: "Kommentit",
  numeric: "Mittarin numeerinen ennuste",
  links: "Kytkeytyminen kaupunkiyhteisiin hankkeisiin ja yhteissuunnitteluun",
};

/** Column order of the real sheet: A theme … I links. */
export const STANDARD_HEADER = Object.values(HEADERS);

export const T1 = "Maailman toimivin kaupunki";
export const T3 = "Uudistuvat palvelut";

export interface GoalInput {
  theme?: CellValue;
  goal?: CellValue;
  metric?: CellValue;
  recovery?: CellValue;
  forecast1?: CellValue;
  forecast2?: CellValue;
  comments?: CellValue;
  numeric?: CellValue;
  links?: CellValue;
}

let goalCounter = 0;

/** A valid goal row in the standard column order; override any field. */
export function goalRow(overrides: GoalInput = {}): CellValue[] {
  goalCounter++;
  const row: Required<GoalInput> = {
    theme: T1,
    goal: `Tavoite ${goalCounter}\nKuvaus tavoitteesta.`,
    metric: "Mittari: jotain mitataan.",
    recovery: "Ei",
    forecast1: "Toteutuu",
    forecast2: "Toteutuu",
    comments: "Riskit: ei merkittäviä riskejä.",
    numeric: 1,
    links: "",
    ...overrides,
  };
  return Object.values(row);
}

export interface SheetOptions {
  merges?: string[];
  /** Number formats by A1 address; the numeric column (H) gets "0 %" on data rows unless given. */
  formats?: Record<string, string>;
  origin?: { row: number; column: number };
  percentColumn?: number | null;
}

function parse(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

/** A sheet from rows of values starting at A1 (or `origin`). Column H of rows after the header row is formatted as percent. */
export function sheet(name: string, rows: CellValue[][], options: SheetOptions = {}): SheetSnapshot {
  const origin = options.origin ?? { row: 1, column: 1 };
  const percentColumn = options.percentColumn === undefined ? 8 : options.percentColumn;
  const headerIndex = rows.findIndex((r) => r.includes(HEADERS.goal));
  const numberFormats: string[][] = rows.map((r, i) =>
    r.map((_, c) =>
      percentColumn !== null && i > headerIndex && c + origin.column === percentColumn ? "0 %" : "General",
    ),
  );
  for (const [address, format] of Object.entries(options.formats ?? {})) {
    const { row, column } = parse(address);
    numberFormats[row - origin.row][column - origin.column] = format;
  }
  const merges: CellArea[] = (options.merges ?? []).map((m) => {
    const [a, b] = m.split(":").map(parse);
    return { top: a.row, left: a.column, bottom: b.row, right: b.column };
  });
  return { name, origin, values: rows, numberFormats, merges, hiddenRows: [], hiddenColumns: [] };
}

/** A standard goal sheet: title rows, header on row 3, then the goals. */
export function goalSheet(name: string, goals: CellValue[][], options: SheetOptions = {}): SheetSnapshot {
  return sheet(name, [["KUVA"], ["Sitovat tavoitteet"], STANDARD_HEADER, ...goals], options);
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: "test.xlsx", sheets };
}

/** One goal sheet "Enn2" of `rows` goals, every tenth with an invalid recovery value: `rows / 10` findings. */
export function flaggedGoalWorkbook(rows: number): WorkbookSnapshot {
  return workbook(
    goalSheet(
      "Enn2",
      Array.from({ length: rows }, (_, i) => goalRow(i % 10 === 0 ? { recovery: "Ehkä" } : {})),
    ),
  );
}
