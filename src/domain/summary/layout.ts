/**
 * What a summary sheet holds, for both writers (the CLI's ExcelJS workbook and the add-in's Office.js sheet):
 * the labels in fi / sv / en and the columns and rows of every table. Pure: the writers only decide where the
 * tables go and how they look; what a table says is decided here, once.
 */
import type { Lang } from "../i18n";
import { countPhrase, statsPhrase } from "../i18n";
import { ruleById } from "../rules";
import type { AtRiskGoal, DivisionRow, ForecastCounts, LatestRoundSummary, WorkbookSummary } from "./model";
import { baseName } from "./division";
import { MISSING_KEY } from "./model";
import { NEW, UNKNOWN } from "./counts";

/** Number formats (Excel's invariant codes, as both ExcelJS and `Range.numberFormat` take them). */
export const SUMMARY_FORMATS = {
  percent: "0 %",
  count: "0",
  text: "@",
  time: "yyyy-mm-dd hh:mm",
} as const;

export interface SummaryLabels {
  sheet: string;
  /** The sheet of several workbooks combined (the add-in's "Kokoa työkirjoista"). */
  citySheet: string;
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
  /** The sources' column of each file's latest round per year. */
  latestRound: string;
  /** The city total row of a year's divisions table. */
  cityTotal: string;
  /** A table (or a file's tables) that names no division. */
  noDivision: string;
  cell: string;
  /** The narrow column with the rule's id beside its name. */
  ruleId: string;
  divisionChangesTitle: string;
  /** Heading of the per-table details after the city-wide picture. */
  detailsHeading: string;
  noFindings: string;
  /** The sources block's title with the number of files: `Lähteet ja tarkistuksen tila (3 tiedostoa)`. */
  sourcesTitle: (files: number) => string;
  /** A rule's name in the language (its docs' title), or the id of a rule this version does not know. */
  ruleName: (rule: string) => string;
  noTheme: string;
  newGoal: string;
  unknownChange: string;
  none: string;
  /** The header block's validation status line. */
  validationStatus: string;
  statusCounts: (errors: number, warnings: number, infos: number) => string;
  /** Screen tip of the link from the status to the report sheet. */
  openReport: string;
  noTables: string;
  /** Heading of the latest round's overview: round, and year when known (`2/2021`). */
  roundHeading: (round: string) => string;
  distributionTitle: string;
  roundThemeTitle: string;
  roundChangesTitle: string;
  roundCompareTitle: string;
  /** A round's column header: `Ennuste 2`. */
  roundColumn: (round: number) => string;
  change: string;
  share: string;
  validationTitle: string;
  rule: string;
  distributionChart: (round: string) => string;
  themeChart: (round: string) => string;
  changesChart: (previous: number | null, round: number) => string;
}

export const SUMMARY_LABELS: Record<Lang, SummaryLabels> = {
  fi: {
    sheet: "Yhteenveto",
    citySheet: "Kaupungin yhteenveto",
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
    atRiskTitle: "Tavoitteet, jotka eivät ennusteen mukaan toteudu tai ovat riskissä",
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
    cityTotal: "Kaupunki yhteensä",
    latestRound: "Viimeisin kierros",
    noDivision: "(ei toimialaa)",
    cell: "Solu",
    ruleId: "Tunnus",
    divisionChangesTitle: "Muutokset edellisestä kierroksesta toimialoittain",
    detailsHeading: "Tiedot taulukoittain",
    noFindings: "Ei tarkistuksen havaintoja.",
    ruleName: (rule) => ruleById(rule)?.docs.fi.title ?? rule,
    sourcesTitle: (files) => `Lähteet ja tarkistuksen tila (${countPhrase(files, "files", "fi")})`,
    noTheme: "(ei teemaa)",
    newGoal: "Uusi",
    unknownChange: "Ei tiedossa",
    none: "Ei riskissä olevia tavoitteita.",
    validationStatus: "Tarkistuksen tila",
    statusCounts: (errors, warnings, infos) => statsPhrase({ errors, warnings, infos }, "fi"),
    openReport: "Avaa tarkistuksen tulokset",
    noTables: "Työkirjasta ei löytynyt tavoitetaulukoita.",
    roundHeading: (round) => `Viimeisin kierros ${round}`,
    distributionTitle: "Ennusteiden jakauma",
    roundThemeTitle: "Ennusteet teemoittain",
    roundChangesTitle: "Muutokset edellisestä kierroksesta",
    roundCompareTitle: "Samat tavoitteet edellisellä ja viimeisimmällä kierroksella",
    roundColumn: (round) => `Ennuste ${round}`,
    change: "Muutos",
    share: "Osuus",
    validationTitle: "Tarkistuksen havainnot säännöittäin",
    rule: "Sääntö",
    distributionChart: (round) => `Viimeisimpien ennusteiden jakauma (kierros ${round})`,
    themeChart: (round) => `Viimeisimmät ennusteet teemoittain (kierros ${round})`,
    changesChart: (previous, round) =>
      previous === null
        ? `Muutokset (kierros ${round})`
        : `Edellinen ja viimeisin kierros (${previous} → ${round})`,
  },
  sv: {
    sheet: "Sammanfattning",
    citySheet: "Stadens sammanställning",
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
    atRiskTitle: "Mål som enligt prognosen inte uppnås eller är i riskzonen",
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
    cityTotal: "Staden totalt",
    latestRound: "Senaste omgång",
    noDivision: "(ingen sektor)",
    cell: "Cell",
    ruleId: "Id",
    divisionChangesTitle: "Förändringar från föregående omgång per sektor",
    detailsHeading: "Uppgifter per tabell",
    noFindings: "Granskningen gav inga anmärkningar.",
    ruleName: (rule) => ruleById(rule)?.docs.sv.title ?? rule,
    sourcesTitle: (files) => `Källor och kontrollens status (${countPhrase(files, "files", "sv")})`,
    noTheme: "(inget tema)",
    newGoal: "Ny",
    unknownChange: "Okänd",
    none: "Inga mål i riskzonen.",
    validationStatus: "Granskningens status",
    statusCounts: (errors, warnings, infos) => statsPhrase({ errors, warnings, infos }, "sv"),
    openReport: "Öppna granskningens resultat",
    noTables: "Inga måltabeller hittades i arbetsboken.",
    roundHeading: (round) => `Senaste omgång ${round}`,
    distributionTitle: "Prognosernas fördelning",
    roundThemeTitle: "Prognoser per tema",
    roundChangesTitle: "Förändringar från föregående omgång",
    roundCompareTitle: "Samma mål i föregående och senaste omgång",
    roundColumn: (round) => `Prognos ${round}`,
    change: "Förändring",
    share: "Andel",
    validationTitle: "Granskningens fynd per regel",
    rule: "Regel",
    distributionChart: (round) => `Fördelningen av de senaste prognoserna (omgång ${round})`,
    themeChart: (round) => `Senaste prognoser per tema (omgång ${round})`,
    changesChart: (previous, round) =>
      previous === null
        ? `Förändringar (omgång ${round})`
        : `Föregående och senaste omgång (${previous} → ${round})`,
  },
  en: {
    sheet: "Summary",
    citySheet: "City summary",
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
    atRiskTitle: "Goals forecast not to be met, and goals at risk",
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
    cityTotal: "City total",
    latestRound: "Latest round",
    noDivision: "(no division)",
    cell: "Cell",
    ruleId: "Id",
    divisionChangesTitle: "Changes from the previous round per division",
    detailsHeading: "Details per table",
    noFindings: "The check found nothing.",
    ruleName: (rule) => ruleById(rule)?.docs.en.title ?? rule,
    sourcesTitle: (files) => `Sources and validation status (${countPhrase(files, "files", "en")})`,
    noTheme: "(no theme)",
    newGoal: "New",
    unknownChange: "Unknown",
    none: "No goals at risk.",
    validationStatus: "Validation status",
    statusCounts: (errors, warnings, infos) => statsPhrase({ errors, warnings, infos }, "en"),
    openReport: "Open the check results",
    noTables: "No goal tables were found in the workbook.",
    roundHeading: (round) => `Latest round ${round}`,
    distributionTitle: "Forecast distribution",
    roundThemeTitle: "Forecasts per theme",
    roundChangesTitle: "Changes from the previous round",
    roundCompareTitle: "The same goals in the previous and the latest round",
    roundColumn: (round) => `Forecast ${round}`,
    change: "Change",
    share: "Share",
    validationTitle: "Validation findings per rule",
    rule: "Rule",
    distributionChart: (round) => `Distribution of the latest forecasts (round ${round})`,
    themeChart: (round) => `Latest forecasts per theme (round ${round})`,
    changesChart: (previous, round) =>
      previous === null ? `Changes (round ${round})` : `Previous and latest round (${previous} → ${round})`,
  },
};

export function summaryLabels(lang: Lang): SummaryLabels {
  return SUMMARY_LABELS[lang];
}

export function summarySheetName(lang: Lang): string {
  return SUMMARY_LABELS[lang].sheet;
}

// ---- tables -------------------------------------------------------------------------------------------

/** A cell of a summary table: text, a number (a share as a fraction 0..1), or nothing. */
export type SummaryValue = string | number | null;

/** How a column's values are shown: text (never a formula), a count, or a share as a percentage. */
export type SummaryColumnKind = "text" | "count" | "percent";

export interface SummaryColumn {
  header: string;
  kind: SummaryColumnKind;
  /** Long texts (theme, goal, comment) wrap. */
  wrap?: boolean;
}

export interface SummarySheetTable {
  title: string;
  columns: SummaryColumn[];
  rows: SummaryValue[][];
}

/** The at-risk table also says where each row's goal is, for a link to its cell. */
export interface AtRiskSheetTable extends SummarySheetTable {
  /** One per row, in row order. */
  goals: AtRiskGoal[];
  /** Column (0-based) of the goal title, the cell a writer links to the goal's source cell. */
  goalColumn: number;
}

/** The number format of a column kind. */
export function summaryFormat(kind: SummaryColumnKind): string {
  return SUMMARY_FORMATS[kind];
}

/** A file that could not be read: listed among the sources with its reason. */
export interface UnreadableSource {
  file: string;
  error: string;
}

function text(header: string, wrap = false): SummaryColumn {
  return wrap ? { header, kind: "text", wrap } : { header, kind: "text" };
}
function count(header: string): SummaryColumn {
  return { header, kind: "count" };
}

function percent(header: string): SummaryColumn {
  return { header, kind: "percent" };
}

export function countLabel(key: string, labels: SummaryLabels): string {
  if (key === MISSING_KEY) return labels.missing;
  if (key === "invalid") return labels.invalidValue;
  return key;
}

export function changeLabel(key: string, labels: SummaryLabels): string {
  if (key === NEW) return labels.newGoal;
  if (key === UNKNOWN) return labels.unknownChange;
  return key.split("->").join(" → ");
}

/** Keys of all the records in first-seen order. */
function keysOf(records: readonly Record<string, number>[]): string[] {
  const keys: string[] = [];
  for (const record of records)
    for (const key of Object.keys(record)) if (!keys.includes(key)) keys.push(key);
  return keys;
}

/** The forecast count keys of a summary: the schema's values, then `missing` and `invalid`. */
export function forecastKeys(summary: WorkbookSummary): string[] {
  return keysOf(summary.groups.map((g) => g.latest));
}

function share(counts: ForecastCounts, goals: number, met: string): number | null {
  return goals === 0 ? null : (counts[met] ?? 0) / goals;
}

function sum(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function countColumns(keys: readonly string[], labels: SummaryLabels): SummaryColumn[] {
  return [
    count(labels.goals),
    ...keys.map((key) => count(countLabel(key, labels))),
    percent(labels.shareMet),
  ];
}

function countValues(counts: ForecastCounts, goals: number, keys: readonly string[]): SummaryValue[] {
  return [goals, ...keys.map((key) => counts[key] ?? 0), share(counts, goals, keys[0])];
}

/** A file as the sheet names it: without its folders. */
export function fileName(file: string | null): string {
  return file === null ? "" : baseName(file);
}

/** A goal table as the sheet names it: `kasko-2023.xlsx: Enn2` (the file without its folders). */
export function sourceName(file: string | null, sheet: string): string {
  return file === null ? sheet : `${baseName(file)}: ${sheet}`;
}

/** The divisions of a file's tables, as the schema lists them. */
function fileDivisions(summary: WorkbookSummary, file: string | null): string {
  const divisions = summary.groups.filter((g) => g.file === file).map((g) => g.division);
  return [...new Set(divisions.filter((d): d is string => d !== null))].join(", ");
}

/**
 * The latest round of a file's tables in each year (`2/2023`): a file whose round is behind the year's
 * latest round is not in that round's picture, and the coordinator sees why here.
 */
function fileRounds(summary: WorkbookSummary, file: string | null): string {
  const latest = new Map<number | null, number>();
  for (const g of summary.groups)
    if (g.file === file && g.round !== null) latest.set(g.year, Math.max(latest.get(g.year) ?? 0, g.round));
  return [...latest].map(([year, round]) => (year === null ? String(round) : `${round}/${year}`)).join(", ");
}

/**
 * The files summarised, with their validation status, so that nobody builds on an unchecked workbook: file
 * name, the divisions found, the latest round per year, goal tables, status (no errors / errors / unreadable
 * with the reason) and the counts; files that could not be read are listed with their reason.
 */
export function sourcesTable(
  summary: WorkbookSummary,
  labels: SummaryLabels,
  unreadable: readonly UnreadableSource[] = [],
): SummarySheetTable {
  const rows: SummaryValue[][] = summary.files.map((f) => [
    fileName(f.file),
    fileDivisions(summary, f.file),
    fileRounds(summary, f.file),
    f.tables,
    f.valid ? labels.valid : labels.invalid,
    f.validation.errors,
    f.validation.warnings,
    f.validation.infos,
  ]);
  for (const u of unreadable)
    rows.push([fileName(u.file), null, null, 0, `${labels.unreadable}: ${u.error}`]);
  return {
    title: labels.sourcesTitle(rows.length),
    columns: [
      text(labels.file),
      text(labels.division),
      text(labels.latestRound),
      count(labels.tables),
      text(labels.status, true),
      count(labels.errors),
      count(labels.warnings),
      count(labels.infos),
    ],
    rows,
  };
}

/** Latest forecasts per table, then each year's latest round together. */
export function latestTable(summary: WorkbookSummary, labels: SummaryLabels): SummarySheetTable {
  const keys = forecastKeys(summary);
  const rows: SummaryValue[][] = summary.groups.map((g) => [
    g.division ?? "",
    fileName(g.file),
    g.sheet,
    g.year,
    g.round,
    ...countValues(g.latest, g.goals, keys),
  ]);
  for (const r of summary.latestRound)
    rows.push([
      labels.latestRoundTotal(r.round),
      r.file === null ? "" : fileName(r.file),
      r.sheet ?? "",
      r.year,
      r.round,
      ...countValues(r.latest, r.goals, keys),
    ]);
  return {
    title: labels.latestTitle,
    columns: [
      text(labels.division),
      text(labels.file),
      text(labels.sheetName),
      count(labels.year),
      count(labels.round),
      ...countColumns(keys, labels),
    ],
    rows,
  };
}

function themeName(theme: string, labels: SummaryLabels): string {
  return theme === MISSING_KEY ? labels.noTheme : theme;
}

/** Latest forecasts per theme, for every table: division, file and sheet tell same-named sheets apart. */
export function themeTable(summary: WorkbookSummary, labels: SummaryLabels): SummarySheetTable {
  const keys = forecastKeys(summary);
  const rows: SummaryValue[][] = [];
  for (const g of summary.groups)
    for (const [theme, counts] of Object.entries(g.byTheme))
      rows.push([
        g.division ?? "",
        fileName(g.file),
        g.sheet,
        themeName(theme, labels),
        g.round,
        ...countValues(counts, sum(counts), keys),
      ]);
  return {
    title: labels.themeTitle,
    columns: [
      text(labels.division),
      text(labels.file),
      text(labels.sheetName),
      text(labels.theme, true),
      count(labels.round),
      ...countColumns(keys, labels),
    ],
    rows,
  };
}

/** Changes from the previous round to the latest, for every table. */
export function changesTable(summary: WorkbookSummary, labels: SummaryLabels): SummarySheetTable {
  const keys = keysOf(summary.groups.map((g) => g.changes));
  return {
    title: labels.changesTitle,
    columns: [
      text(labels.division),
      text(labels.file),
      text(labels.sheetName),
      count(labels.previousRound),
      count(labels.round),
      ...keys.map((key) => count(changeLabel(key, labels))),
    ],
    rows: summary.groups.map((g) => [
      g.division ?? "",
      fileName(g.file),
      g.sheet,
      g.previousRound,
      g.round,
      ...keys.map((key) => g.changes[key] ?? 0),
    ]),
  };
}

/** The division column of a row: its code, or for tables that name none, that and the file. */
export function divisionName(row: Pick<DivisionRow, "division" | "sources">, labels: SummaryLabels): string {
  if (row.division !== null) return row.division;
  const file = row.sources[0]?.file ?? null;
  return file === null ? labels.noDivision : `${labels.noDivision} ${fileName(file)}`;
}

/** The tables a division row counts, named by file and sheet. */
export function divisionSources(row: Pick<DivisionRow, "sources">): string {
  return row.sources.map((s) => sourceName(s.file, s.sheet)).join("; ");
}

/** Changes previous → latest round per division of one year's latest round, then the city total. */
export function divisionChangesTable(
  rows: readonly DivisionRow[],
  round: LatestRoundSummary,
  labels: SummaryLabels,
): SummarySheetTable {
  const keys = keysOf([round.changes, ...rows.map((r) => r.changes)]);
  return {
    title: labels.divisionChangesTitle,
    columns: [
      text(labels.division, true),
      text(labels.source, true),
      count(labels.previousRound),
      count(labels.round),
      ...keys.map((key) => count(changeLabel(key, labels))),
    ],
    rows: [
      ...rows.map((r) => [
        divisionName(r, labels),
        divisionSources(r),
        r.previousRound,
        r.round,
        ...keys.map((key) => r.changes[key] ?? 0),
      ]),
      [
        labels.cityTotal,
        null,
        previousRoundOf(round),
        round.round,
        ...keys.map((key) => round.changes[key] ?? 0),
      ],
    ],
  };
}

/** `Sheet!Cell`: where a goal is, as a screen tip or a reference. */
export function sourceText(goal: AtRiskGoal): string {
  return `${goal.sheet}!${goal.cell}`;
}

/** Column (0-based) of the goal title in `atRiskTable`. */
export const AT_RISK_GOAL_COLUMN = 3;

/**
 * The board's list: goals forecast not to be met and goals at risk in each year's latest round, by division
 * (in the schema's order), with the comment in full and the source (file, sheet, cell).
 */
export function atRiskTable(summary: WorkbookSummary, labels: SummaryLabels): AtRiskSheetTable {
  const listed = summary.latestRound.flatMap((round) => round.atRisk.map((goal) => ({ round, goal })));
  return {
    title: labels.atRiskTitle,
    columns: [
      text(labels.division),
      text(labels.theme, true),
      text(labels.round),
      text(labels.goal, true),
      text(labels.forecast),
      text(labels.comment, true),
      percent(labels.numeric),
      text(labels.file),
      text(labels.sheetName),
      text(labels.cell),
    ],
    rows: listed.map(({ round, goal }) => [
      goal.division ?? "",
      goal.theme ?? labels.noTheme,
      roundName(round),
      goal.goal,
      goal.forecast,
      goal.comment,
      goal.numeric === null ? null : goal.numeric / 100,
      fileName(goal.file),
      goal.sheet,
      goal.cell,
    ]),
    goals: listed.map(({ goal }) => goal),
    goalColumn: AT_RISK_GOAL_COLUMN,
  };
}

/** Validation findings per rule: the rule's name in the language, the counts, and its id in a narrow column. */
export function validationTable(summary: WorkbookSummary, labels: SummaryLabels): SummarySheetTable {
  return {
    title: labels.validationTitle,
    columns: [
      text(labels.rule, true),
      count(labels.errors),
      count(labels.warnings),
      count(labels.infos),
      text(labels.ruleId),
    ],
    rows: Object.entries(summary.validation.byRule).map(([rule, n]) => [
      labels.ruleName(rule),
      n.error,
      n.warning,
      n.info,
      rule,
    ]),
  };
}

// ---- the latest round's overview (the add-in's charts are drawn from these) ---------------------------

/** `2/2021`, or `2` when the year is unknown. */
export function roundName(round: LatestRoundSummary): string {
  return round.year === null ? String(round.round) : `${round.round}/${round.year}`;
}

/** The round the changes are counted from, or null for a first round. */
export function previousRoundOf(round: LatestRoundSummary): number | null {
  return round.round > 1 ? round.round - 1 : null;
}

/** The latest forecasts of a round together: one row per value (label, goals, share of all goals). */
export function distributionTable(round: LatestRoundSummary, labels: SummaryLabels): SummarySheetTable {
  return {
    title: labels.distributionTitle,
    columns: [text(labels.forecast), count(labels.goals), percent(labels.share)],
    rows: Object.entries(round.latest).map(([key, n]) => [
      countLabel(key, labels),
      n,
      round.goals === 0 ? null : n / round.goals,
    ]),
  };
}

/**
 * The latest forecasts of a round per theme: the theme, then one count column per forecast value, so that the
 * theme and the counts are one block a stacked bar chart can be drawn from.
 */
export function roundThemeTable(round: LatestRoundSummary, labels: SummaryLabels): SummarySheetTable {
  const keys = Object.keys(round.latest);
  return {
    title: labels.roundThemeTitle,
    columns: [text(labels.theme, true), ...keys.map((key) => count(countLabel(key, labels)))],
    rows: Object.entries(round.byTheme).map(([theme, counts]) => [
      themeName(theme, labels),
      ...keys.map((key) => counts[key] ?? 0),
    ]),
  };
}

/**
 * The previous and the latest round side by side: one row per forecast value, one count column per round,
 * one block a clustered column chart is drawn from. Null for a first round.
 */
export function roundCompareTable(
  round: LatestRoundSummary,
  labels: SummaryLabels,
): SummarySheetTable | null {
  const previous = previousRoundOf(round);
  if (previous === null) return null;
  return {
    title: labels.roundCompareTitle,
    columns: [
      text(labels.forecast),
      count(labels.roundColumn(previous)),
      count(labels.roundColumn(round.round)),
    ],
    rows: Object.keys(round.latest).map((key) => [
      countLabel(key, labels),
      round.previous[key] ?? 0,
      round.latest[key],
    ]),
  };
}

/** Previous round → latest round of a round together: one row per kind of change (label, goals, share). */
export function roundChangesTable(round: LatestRoundSummary, labels: SummaryLabels): SummarySheetTable {
  return {
    title: labels.roundChangesTitle,
    columns: [text(labels.change), count(labels.goals), percent(labels.share)],
    rows: Object.entries(round.changes).map(([key, n]) => [
      changeLabel(key, labels),
      n,
      round.goals === 0 ? null : n / round.goals,
    ]),
  };
}
