/**
 * Input rules for officials: Excel's own data validation on the goal tables, so that Excel offers the
 * allowed values while the sheet is being filled. Drop-down lists on the forecast columns and on
 * `Palautusmittari`, a 0–100 % rule on the numeric forecast, each with an input message and an error
 * alert in the user's language.
 *
 * Values are never changed. Every range Sitova validates is recorded in its workbook state; removing
 * clears exactly those ranges, and only while they still hold what Sitova installed (a range the user
 * has since changed is left as it is). A range that already has a validation of its own is skipped.
 */
import type { GoalTable, Lang } from "../domain";
import { columnLetter, parseAreaAddress } from "../domain";
import type { ExcelHost } from "./host";
import { assertSheetsWritable, loadProtection } from "./protection";
import type { InputRuleRecord, StatePart } from "./state";
import { loadState, queueSaveState } from "./state";

export type InputRuleKind = InputRuleRecord["kind"];

export interface InputRuleSpec {
  sheet: string;
  /** The data rows of one column, e.g. `E5:E12`. */
  address: string;
  kind: InputRuleKind;
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
}

/** The allowed values of the list columns (from the schema in use). */
export interface InputRuleLists {
  forecast: string[];
  recovery: string[];
}

export interface InputRuleRange {
  sheet: string;
  address: string;
}

export interface InstallResult {
  /** Ranges and cells that got a rule. */
  ranges: number;
  cells: number;
  /** Ranges left alone because they already had a validation of their own. */
  skipped: InputRuleRange[];
}

export interface RemoveResult {
  ranges: number;
  /** Ranges whose validation the user changed after Sitova installed it: left as they are. */
  kept: InputRuleRange[];
}

const VALIDATION_TYPE: Record<InputRuleKind, string> = {
  forecast: "List",
  recovery: "List",
  numeric: "Decimal",
};

interface RuleTexts {
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/**
 * The input message and the error alert of each kind of rule, in the user's language (the allowed values
 * stay as the sheet holds them). Excel limits titles to 32 characters and messages to 255.
 */
const TEXTS: Record<Lang, { or: string } & Record<InputRuleKind, (allowed: string) => RuleTexts>> = {
  fi: {
    or: " tai ",
    forecast: (allowed) => ({
      prompt: {
        title: "Ennuste",
        message: `Valitse ${allowed}. Sitova tavoite joko toteutuu tai ei toteudu: osittain toteutuvaa ei ole.`,
      },
      error: {
        title: "Ennuste ei kelpaa",
        message: `Ennusteeksi kelpaa vain ${allowed}. Tavoite toteutuu vain, jos kaikki sen mittarit saavuttavat tavoitetason.`,
      },
    }),
    recovery: (allowed) => ({
      prompt: { title: "Palautusmittari", message: `Valitse ${allowed}.` },
      error: { title: "Palautusmittari ei kelpaa", message: `Palautusmittariksi kelpaa vain ${allowed}.` },
    }),
    numeric: () => ({
      prompt: {
        title: "Numeerinen ennuste",
        message: "Kirjoita mittarin ennuste prosentteina tavoitetasosta, 0–100 %, esim. 85 %.",
      },
      error: {
        title: "Ei prosenttiluku 0–100 %",
        message:
          "Kirjoita ennuste prosentteina väliltä 0–100 % prosenttimerkin kanssa, esim. 85 %. Yli 100 % ei ole mahdollinen.",
      },
    }),
  },
  sv: {
    or: " eller ",
    forecast: (allowed) => ({
      prompt: {
        title: "Prognos",
        message: `Välj ${allowed}. Ett bindande mål antingen nås eller nås inte: delvis uppnått finns inte.`,
      },
      error: {
        title: "Prognosen duger inte",
        message: `Som prognos duger bara ${allowed}. Målet nås bara om alla dess mätare når målnivån.`,
      },
    }),
    recovery: (allowed) => ({
      prompt: { title: "Återhämtningsmätare", message: `Välj ${allowed}.` },
      error: {
        title: "Återhämtningsmätaren duger inte",
        message: `Som återhämtningsmätare duger bara ${allowed}.`,
      },
    }),
    numeric: () => ({
      prompt: {
        title: "Numerisk prognos",
        message: "Skriv mätarens prognos i procent av målnivån, 0–100 %, t.ex. 85 %.",
      },
      error: {
        title: "Inte ett procenttal 0–100 %",
        message:
          "Skriv prognosen i procent mellan 0 och 100 % med procenttecken, t.ex. 85 %. Över 100 % är inte möjligt.",
      },
    }),
  },
  en: {
    or: " or ",
    forecast: (allowed) => ({
      prompt: {
        title: "Forecast",
        message: `Choose ${allowed}. A binding goal is either met or not met: there is no partly met.`,
      },
      error: {
        title: "Forecast not allowed",
        message: `The forecast can only be ${allowed}. A goal is met only if all its metrics reach their target.`,
      },
    }),
    recovery: (allowed) => ({
      prompt: { title: "Recovery flag", message: `Choose ${allowed}.` },
      error: { title: "Recovery flag not allowed", message: `The recovery flag can only be ${allowed}.` },
    }),
    numeric: () => ({
      prompt: {
        title: "Numeric forecast",
        message: "Type the metric's forecast as a percentage of its target, 0–100 %, e.g. 85 %.",
      },
      error: {
        title: "Not a percentage 0–100 %",
        message:
          "Type the forecast as a percentage from 0 to 100 % with the percent sign, e.g. 85 %. Over 100 % is not possible.",
      },
    }),
  },
};

function texts(kind: InputRuleKind, lists: InputRuleLists, lang: Lang): RuleTexts {
  const language = TEXTS[lang];
  const values = kind === "forecast" ? lists.forecast : kind === "recovery" ? lists.recovery : [];
  return language[kind](values.map((v) => `"${v}"`).join(language.or));
}

function ruleFor(kind: InputRuleKind, lists: InputRuleLists): Excel.DataValidationRule {
  if (kind === "numeric")
    // A percentage is a fraction in Excel (85 % = 0.85), so 0–100 % is the decimal range 0–1.
    return { decimal: { formula1: 0, formula2: 1, operator: "Between" as Excel.DataValidationOperator } };
  const values = kind === "forecast" ? lists.forecast : lists.recovery;
  return { list: { inCellDropDown: true, source: values.join(",") } };
}

/** `E` + rows 5–12 → `E5:E12`. */
function columnRange(column: string, first: number, last: number): string {
  return `${column}${first}:${column}${last}`;
}

/**
 * The rules for the detected tables: one per forecast column, `recovery` and `numeric`, over the data rows,
 * with input messages and alerts in `lang` (the pane's language when they are installed).
 */
export function inputRuleSpecs(
  tables: readonly Pick<GoalTable, "sheet" | "headerRow" | "lastRow" | "columns">[],
  lists: InputRuleLists,
  lang: Lang = "fi",
): InputRuleSpec[] {
  const specs: InputRuleSpec[] = [];
  for (const table of tables) {
    const last = table.lastRow;
    const first = table.headerRow + 1;
    if (last < first) continue;
    for (const [field, column] of Object.entries(table.columns)) {
      const kind: InputRuleKind | null = /^forecast\d+$/.test(field)
        ? "forecast"
        : field === "recovery" || field === "numeric"
          ? field
          : null;
      if (!kind) continue;
      // A custom schema without a value list for a column gets no drop-down there.
      if (kind !== "numeric" && (kind === "forecast" ? lists.forecast : lists.recovery).length === 0)
        continue;
      const { prompt, error } = texts(kind, lists, lang);
      specs.push({
        sheet: table.sheet,
        address: columnRange(columnLetter(column!), first, last),
        kind,
        rule: ruleFor(kind, lists),
        prompt: { showPrompt: true, ...prompt },
        errorAlert: { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, ...error },
      });
    }
  }
  return specs;
}

const cellCount = (address: string) => {
  const area = parseAreaAddress(address);
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
};

interface Loaded {
  worksheets: Excel.WorksheetCollection;
  stored: StatePart;
  byId: Map<string, Excel.Worksheet>;
  byName: Map<string, Excel.Worksheet>;
}

async function loadAll(context: Excel.RequestContext): Promise<Loaded> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const stored = await loadState(context);
  return {
    worksheets,
    stored,
    byId: new Map(worksheets.items.map((s) => [s.id, s])),
    byName: new Map(worksheets.items.map((s) => [s.name, s])),
  };
}

interface OwnCheck {
  record: InputRuleRecord;
  sheet: Excel.Worksheet;
  validation: Excel.DataValidation;
}

/** Queues the look-up of each recorded range's validation (records of deleted sheets are dropped). */
function queueOwnChecks(loaded: Loaded): OwnCheck[] {
  return (loaded.stored.state.inputRules ?? [])
    .filter((record) => loaded.byId.has(record.sheetId))
    .map((record) => {
      const sheet = loaded.byId.get(record.sheetId)!;
      const validation = sheet.getRange(record.address).dataValidation;
      validation.load("type,prompt");
      return { record, sheet, validation };
    });
}

/** Still exactly what Sitova installed: the same type and input message over the whole range. */
function stillOurs({ record, validation }: OwnCheck): boolean {
  return validation.type === record.type && validation.prompt?.message === record.prompt;
}

/** Queues clearing the recorded ranges that are still ours; returns the ranges left to the user. */
function queueRemoveOwn(checks: OwnCheck[]): InputRuleRange[] {
  const kept: InputRuleRange[] = [];
  for (const check of checks) {
    if (stillOurs(check)) check.sheet.getRange(check.record.address).dataValidation.clear();
    else kept.push({ sheet: check.sheet.name, address: check.record.address });
  }
  return kept;
}

/** How many input rule ranges the workbook's state records. */
export async function installedInputRules(host: ExcelHost): Promise<number> {
  return host.run(async (context) => (await loadState(context)).state.inputRules?.length ?? 0);
}

/**
 * Installs `specs`, replacing the input rules Sitova installed before (so that installing again follows a
 * table that has grown). Throws `SitovaExcelError` before writing anything when a sheet is protected.
 */
export async function installInputRules(
  host: ExcelHost,
  specs: readonly InputRuleSpec[],
): Promise<InstallResult> {
  return host.run(async (context) => {
    const loaded = await loadAll(context);
    const targets = specs.filter((spec) => loaded.byName.has(spec.sheet));
    const checks = queueOwnChecks(loaded);
    const touched = new Set([
      ...targets.map((t) => loaded.byName.get(t.sheet)!),
      ...checks.map((c) => c.sheet),
    ]);
    loadProtection([...touched]);
    await context.sync();
    assertSheetsWritable([...touched]);

    queueRemoveOwn(checks);
    // Loaded after the clearing in the same batch, so a range that held only our old rule reads `None`.
    const current = targets.map((spec) => {
      const validation = loaded.byName.get(spec.sheet)!.getRange(spec.address).dataValidation;
      validation.load("type");
      return validation;
    });
    await context.sync();

    const records: InputRuleRecord[] = [];
    const skipped: InputRuleRange[] = [];
    let cells = 0;
    targets.forEach((spec, i) => {
      const sheet = loaded.byName.get(spec.sheet)!;
      if (current[i].type !== "None") {
        skipped.push({ sheet: spec.sheet, address: spec.address });
        return;
      }
      const validation = sheet.getRange(spec.address).dataValidation;
      validation.rule = spec.rule;
      validation.prompt = spec.prompt;
      validation.errorAlert = spec.errorAlert;
      validation.ignoreBlanks = true;
      records.push({
        sheetId: sheet.id,
        address: spec.address,
        kind: spec.kind,
        type: VALIDATION_TYPE[spec.kind],
        prompt: spec.prompt.message ?? "",
      });
      cells += cellCount(spec.address);
    });
    if (records.length) loaded.stored.state.inputRules = records;
    else delete loaded.stored.state.inputRules;
    queueSaveState(context, loaded.stored);
    await context.sync();
    return { ranges: records.length, cells, skipped };
  });
}

/** Removes the input rules Sitova installed, and only those. */
export async function removeInputRules(host: ExcelHost): Promise<RemoveResult> {
  return host.run(async (context) => {
    const loaded = await loadAll(context);
    const checks = queueOwnChecks(loaded);
    loadProtection(checks.map((c) => c.sheet));
    await context.sync();
    assertSheetsWritable(checks.map((c) => c.sheet));
    const kept = queueRemoveOwn(checks);
    const hadRecords = loaded.stored.state.inputRules !== undefined;
    delete loaded.stored.state.inputRules;
    if (hadRecords) queueSaveState(context, loaded.stored);
    await context.sync();
    return { ranges: checks.length - kept.length, kept };
  });
}
