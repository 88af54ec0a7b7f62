/**
 * Writes the summary model into a new workbook with ExcelJS: one summary sheet ("Yhteenveto" /
 * "Sammanfattning" / "Summary") with a header block (sources, time, schema version, validation status)
 * and four tables: latest forecasts per table, per theme, changes previous → latest round, goals at risk.
 *
 * Every text is written as a plain string value, never as `{ formula }`: a goal or comment that starts
 * with `=`, `+`, `-` or `@` stays text. ExcelJS cannot write charts; the charts come from the add-in.
 */
import ExcelJS from "exceljs";
import type { ForecastCounts, Lang, WorkbookSummary } from "../domain";

const PERCENT = "0 %";
const COUNT = "0";
const TIME = "yyyy-mm-dd hh:mm";

interface Labels {
  sheet: string;
  title: string;
  created: string;
  schemaVersion: string;
  sources: string;
  file: string;
  tables: string;
  status: string;
  valid: string;
  invalid: string;
  unreadable: string;
  errors: string;
  warnings: string;
  infos: string;
  latestTitle: string;
  themeTitle: string;
  changesTitle: string;
  atRiskTitle: string;
  division: string;
  sheetName: string;
  year: string;
  round: string;
  previousRound: string;
  goals: string;
  missing: string;
  invalidValue: string;
  shareMet: string;
  theme: string;
  goal: string;
  forecast: string;
  numeric: string;
  comment: string;
  source: string;
  latestRoundTotal: (round: number) => string;
  noTheme: string;
  newGoal: string;
  unknownChange: string;
  none: string;
}

const LABELS: Record<Lang, Labels> = {
  fi: {
    sheet: "Yhteenveto",
    title: "Sitovien tavoitteiden ennusteiden yhteenveto",
    created: "Luotu",
    schemaVersion: "Skeeman versio",
    sources: "Lähteet ja tarkistuksen tila",
    file: "Tiedosto",
    tables: "Taulukoita",
    status: "Tila",
    valid: "Ei virheitä",
    invalid: "Virheitä",
    unreadable: "Ei luettavissa",
    errors: "Virheet",
    warnings: "Varoitukset",
    infos: "Huomiot",
    latestTitle: "Viimeisimmät ennusteet taulukoittain",
    themeTitle: "Viimeisimmät ennusteet teemoittain",
    changesTitle: "Muutokset edellisestä kierroksesta viimeisimpään",
    atRiskTitle: "Riskissä olevat tavoitteet",
    division: "Toimiala",
    sheetName: "Välilehti",
    year: "Vuosi",
    round: "Kierros",
    previousRound: "Edellinen kierros",
    goals: "Tavoitteita",
    missing: "Puuttuu",
    invalidValue: "Virheellinen",
    shareMet: "Toteutuu-osuus",
    theme: "Teema",
    goal: "Tavoite",
    forecast: "Ennuste",
    numeric: "Numeerinen ennuste",
    comment: "Kommentti",
    source: "Lähde",
    latestRoundTotal: (round) => `Yhteensä (kierros ${round})`,
    noTheme: "(ei teemaa)",
    newGoal: "Uusi",
    unknownChange: "Ei tiedossa",
    none: "Ei riskissä olevia tavoitteita.",
  },
  sv: {
    sheet: "Sammanfattning",
    title: "Sammanfattning av prognoserna för de bindande målen",
    created: "Skapad",
    schemaVersion: "Schemaversion",
    sources: "Källor och kontrollens status",
    file: "Fil",
    tables: "Tabeller",
    status: "Status",
    valid: "Inga fel",
    invalid: "Fel",
    unreadable: "Kunde inte läsas",
    errors: "Fel",
    warnings: "Varningar",
    infos: "Info",
    latestTitle: "Senaste prognoser per tabell",
    themeTitle: "Senaste prognoser per tema",
    changesTitle: "Förändringar från föregående omgång till den senaste",
    atRiskTitle: "Mål i riskzonen",
    division: "Sektor",
    sheetName: "Blad",
    year: "År",
    round: "Omgång",
    previousRound: "Föregående omgång",
    goals: "Mål",
    missing: "Saknas",
    invalidValue: "Ogiltig",
    shareMet: "Andel som uppnås",
    theme: "Tema",
    goal: "Mål",
    forecast: "Prognos",
    numeric: "Numerisk prognos",
    comment: "Kommentar",
    source: "Källa",
    latestRoundTotal: (round) => `Totalt (omgång ${round})`,
    noTheme: "(inget tema)",
    newGoal: "Ny",
    unknownChange: "Okänd",
    none: "Inga mål i riskzonen.",
  },
  en: {
    sheet: "Summary",
    title: "Summary of the binding goals' forecasts",
    created: "Created",
    schemaVersion: "Schema version",
    sources: "Sources and validation status",
    file: "File",
    tables: "Tables",
    status: "Status",
    valid: "No errors",
    invalid: "Errors",
    unreadable: "Unreadable",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Infos",
    latestTitle: "Latest forecasts per table",
    themeTitle: "Latest forecasts per theme",
    changesTitle: "Changes from the previous round to the latest",
    atRiskTitle: "Goals at risk",
    division: "Division",
    sheetName: "Sheet",
    year: "Year",
    round: "Round",
    previousRound: "Previous round",
    goals: "Goals",
    missing: "Missing",
    invalidValue: "Invalid",
    shareMet: "Share met",
    theme: "Theme",
    goal: "Goal",
    forecast: "Forecast",
    numeric: "Numeric forecast",
    comment: "Comment",
    source: "Source",
    latestRoundTotal: (round) => `Total (round ${round})`,
    noTheme: "(no theme)",
    newGoal: "New",
    unknownChange: "Unknown",
    none: "No goals at risk.",
  },
};

export function summarySheetName(lang: Lang): string {
  return LABELS[lang].sheet;
}

/** A file that could not be read: listed among the sources with its reason. */
export interface UnreadableSource {
  file: string;
  error: string;
}

export interface SummaryWorkbookOptions {
  lang: Lang;
  /** The time shown in the header block; default now. */
  created?: Date;
  unreadable?: readonly UnreadableSource[];
}

type Value = string | number | Date | null;

interface Column {
  header: string;
  format?: string;
}

const COLUMN_WIDTHS = [14, 22, 16, 40, 14, 40, 16, 14, 14, 14, 14, 16];
/** Columns whose texts are long (goal, comment): wrapped. */
const WRAPPED = new Set([4, 6]);

/** Writes rows from the top down; every value lands as a plain value, strings as strings. */
class SheetWriter {
  row = 1;

  constructor(private readonly sheet: ExcelJS.Worksheet) {}

  put(values: readonly Value[], formats: readonly (string | undefined)[] = [], bold = false): void {
    const row = this.sheet.getRow(this.row++);
    values.forEach((value, index) => {
      if (value === null) return;
      const cell = row.getCell(index + 1);
      // A string stays a string value: ExcelJS writes a formula only for `{ formula }` objects.
      cell.value = value;
      const format = formats[index];
      if (format) cell.numFmt = format;
      if (bold) cell.font = { bold: true };
      if (typeof value === "string" && (WRAPPED.has(index + 1) || value.includes("\n")))
        cell.alignment = { wrapText: true, vertical: "top" };
      else cell.alignment = { vertical: "top" };
    });
  }

  title(text: string): void {
    this.row++;
    const cell = this.sheet.getRow(this.row++).getCell(1);
    cell.value = text;
    cell.font = { bold: true, size: 12 };
  }

  table(columns: readonly Column[], rows: readonly (readonly Value[])[]): void {
    const header = this.sheet.getRow(this.row++);
    columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = column.header;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE7F0" } };
      cell.border = { bottom: { style: "thin" } };
    });
    for (const values of rows)
      this.put(
        values,
        columns.map((c) => c.format),
      );
  }
}

function countLabel(key: string, labels: Labels): string {
  if (key === "missing") return labels.missing;
  if (key === "invalid") return labels.invalidValue;
  return key;
}

function changeLabel(key: string, labels: Labels): string {
  if (key === "new") return labels.newGoal;
  if (key === "unknown") return labels.unknownChange;
  return key.split("->").join(" → ");
}

/** Keys of all the records in first-seen order. */
function keysOf(records: readonly Record<string, number>[]): string[] {
  const keys: string[] = [];
  for (const record of records)
    for (const key of Object.keys(record)) if (!keys.includes(key)) keys.push(key);
  return keys;
}

function share(counts: ForecastCounts, goals: number, met: string): number | null {
  return goals === 0 ? null : (counts[met] ?? 0) / goals;
}

function countColumns(keys: readonly string[], labels: Labels): Column[] {
  return [
    { header: labels.goals, format: COUNT },
    ...keys.map((key) => ({ header: countLabel(key, labels), format: COUNT })),
    { header: labels.shareMet, format: PERCENT },
  ];
}

function countValues(counts: ForecastCounts, goals: number, keys: readonly string[]): Value[] {
  return [goals, ...keys.map((key) => counts[key] ?? 0), share(counts, goals, keys[0])];
}

function sum(counts: ForecastCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function writeHeader(
  out: SheetWriter,
  summary: WorkbookSummary,
  labels: Labels,
  options: SummaryWorkbookOptions,
): void {
  out.put([labels.title], [], true);
  out.put([labels.created, options.created ?? new Date()], [undefined, TIME]);
  out.put([labels.schemaVersion, summary.schemaVersion]);
  out.title(labels.sources);
  const rows: Value[][] = summary.files.map((f) => [
    f.file ?? "",
    f.tables,
    f.valid ? labels.valid : labels.invalid,
    f.validation.errors,
    f.validation.warnings,
    f.validation.infos,
  ]);
  for (const u of options.unreadable ?? []) rows.push([u.file, 0, `${labels.unreadable}: ${u.error}`]);
  out.table(
    [
      { header: labels.file },
      { header: labels.tables, format: COUNT },
      { header: labels.status },
      { header: labels.errors, format: COUNT },
      { header: labels.warnings, format: COUNT },
      { header: labels.infos, format: COUNT },
    ],
    rows,
  );
}

function writeLatest(out: SheetWriter, summary: WorkbookSummary, labels: Labels, keys: string[]): void {
  out.title(labels.latestTitle);
  const rows: Value[][] = summary.groups.map((g) => [
    g.division ?? "",
    g.file ?? "",
    g.sheet,
    g.year,
    g.round,
    ...countValues(g.latest, g.goals, keys),
  ]);
  for (const r of summary.latestRound)
    rows.push([
      labels.latestRoundTotal(r.round),
      r.file ?? "",
      r.sheet ?? "",
      r.year,
      r.round,
      ...countValues(r.latest, r.goals, keys),
    ]);
  out.table(
    [
      { header: labels.division },
      { header: labels.file },
      { header: labels.sheetName },
      { header: labels.year, format: COUNT },
      { header: labels.round, format: COUNT },
      ...countColumns(keys, labels),
    ],
    rows,
  );
}

function writeThemes(out: SheetWriter, summary: WorkbookSummary, labels: Labels, keys: string[]): void {
  out.title(labels.themeTitle);
  const rows: Value[][] = [];
  for (const g of summary.groups)
    for (const [theme, counts] of Object.entries(g.byTheme))
      rows.push([
        g.division ?? "",
        g.sheet,
        g.round,
        theme === "missing" ? labels.noTheme : theme,
        ...countValues(counts, sum(counts), keys),
      ]);
  out.table(
    [
      { header: labels.division },
      { header: labels.sheetName },
      { header: labels.round, format: COUNT },
      { header: labels.theme },
      ...countColumns(keys, labels),
    ],
    rows,
  );
}

function writeChanges(out: SheetWriter, summary: WorkbookSummary, labels: Labels): void {
  out.title(labels.changesTitle);
  const keys = keysOf(summary.groups.map((g) => g.changes));
  out.table(
    [
      { header: labels.division },
      { header: labels.sheetName },
      { header: labels.previousRound, format: COUNT },
      { header: labels.round, format: COUNT },
      ...keys.map((key) => ({ header: changeLabel(key, labels), format: COUNT })),
    ],
    summary.groups.map((g) => [
      g.division ?? "",
      g.sheet,
      g.previousRound,
      g.round,
      ...keys.map((key) => g.changes[key] ?? 0),
    ]),
  );
}

function writeAtRisk(out: SheetWriter, summary: WorkbookSummary, labels: Labels): void {
  out.title(labels.atRiskTitle);
  const goals = summary.groups.flatMap((g) => g.atRisk);
  out.table(
    [
      { header: labels.division },
      { header: labels.theme },
      { header: labels.sheetName },
      { header: labels.goal },
      { header: labels.forecast },
      { header: labels.comment },
      { header: labels.numeric, format: PERCENT },
      { header: labels.source },
      { header: labels.file },
    ],
    goals.map((g) => [
      g.division ?? "",
      g.theme ?? labels.noTheme,
      g.sheet,
      g.goal,
      g.forecast ?? "",
      g.comment ?? "",
      g.numeric === null ? null : g.numeric / 100,
      `${g.sheet}!${g.cell}`,
      g.file ?? "",
    ]),
  );
  if (goals.length === 0) out.put([labels.none]);
}

/** Builds the summary workbook; the caller writes it (`workbook.xlsx.writeBuffer()`). */
export function summaryWorkbook(summary: WorkbookSummary, options: SummaryWorkbookOptions): ExcelJS.Workbook {
  const labels = LABELS[options.lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sitova";
  workbook.created = options.created ?? new Date();
  // Frozen header: the title, time and schema version stay in view while scrolling the tables.
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: "frozen", ySplit: 3 }] });
  COLUMN_WIDTHS.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  const out = new SheetWriter(sheet);
  const keys = keysOf(summary.groups.map((g) => g.latest));
  writeHeader(out, summary, labels, options);
  writeLatest(out, summary, labels, keys);
  writeThemes(out, summary, labels, keys);
  writeChanges(out, summary, labels);
  writeAtRisk(out, summary, labels);
  return workbook;
}

export async function summaryWorkbookBuffer(
  summary: WorkbookSummary,
  options: SummaryWorkbookOptions,
): Promise<Buffer> {
  return Buffer.from(await summaryWorkbook(summary, options).xlsx.writeBuffer());
}
