/**
 * Diagnostiikka: runs each Excel capability Sitova relies on against the Excel it is in, so that the
 * city's IT can check Excel for Windows, Mac and the web before rollout. Everything it writes goes to a
 * temporary sheet of its own (and one custom XML part in its own namespace), removed again in `finally`.
 *
 * Each probe is its own `host.run` with one or two syncs: a failed probe (an Office.js error fails the
 * whole batch) then fails only its own row. The number of syncs is fixed (about a dozen), never a sync
 * in a loop. The probes:
 *   requirementSets   the optional requirement sets this Excel has (from the host's feature detection)
 *   delayForCellEdit  ExcelApi 1.11 `Excel.run({ delayForCellEdit })` (excel/excel-add-ins-delay-in-cell-edit)
 *   undoGroup         ExcelApi 1.20 `mergeUndoGroup` (excel/excel-add-ins-undo-capabilities)
 *   tempSheet         `worksheets.add` and a write (fails while another workbook has focus: InactiveWorkbook)
 *   addressList       `worksheet.getRanges("A1,C3")`, which fails on desktops whose list separator is `;`
 *                     (office-js #1167, #1985); the detail says whether `;` works instead
 *   conditionalFormat a custom rule added, its formula read back through a fresh collection, deleted (1.6)
 *   statePart         a custom XML part added, read back by namespace and deleted (1.5)
 *   sheetNames        a sheet-scoped name added and read back (ExcelApi 1.4)
 *   events            `worksheet.onChanged` fires for a write (excel/excel-add-ins-events)
 *   cleanup           the temporary sheet and XML part are gone again
 */
import type { ExcelHost } from "./host";

export type DiagnosticId =
  | "requirementSets"
  | "delayForCellEdit"
  | "undoGroup"
  | "tempSheet"
  | "addressList"
  | "conditionalFormat"
  | "statePart"
  | "sheetNames"
  | "events"
  | "cleanup";

/**
 * `pass`: works as Sitova needs. `fail`: does not work here (the detail says how it failed).
 * `limited`: missing, and Sitova uses its fallback. `skipped`: not run because the temporary sheet failed.
 */
export type DiagnosticStatus = "pass" | "fail" | "limited" | "skipped";

export interface DiagnosticResult {
  id: DiagnosticId;
  status: DiagnosticStatus;
  /** What was seen, language-neutral (an Office error code and message, a formula read back …). */
  detail: string;
}

export interface DiagnosticsOptions {
  /** How long to wait for the change event before calling it missing (real Excel delivers it asynchronously). */
  eventTimeoutMs?: number;
  /** The temporary sheet's name (default: a name no user sheet has, from the time). */
  sheetName?: string;
}

/** Every probe, in the order they run and are shown. */
export const DIAGNOSTIC_IDS: readonly DiagnosticId[] = [
  "requirementSets",
  "delayForCellEdit",
  "undoGroup",
  "tempSheet",
  "addressList",
  "conditionalFormat",
  "statePart",
  "sheetNames",
  "events",
  "cleanup",
];

export const DIAGNOSTICS_NAMESPACE = "urn:sitova:diagnostics:1";
/** Sitova's highlight rules carry a marker like this in their formula; the probe reads it back. */
export const DIAGNOSTIC_RULE_FORMULA = '=N("Sitova-diagnostiikka")=0';
const DIAGNOSTIC_NAME = "Sitova_diagnostiikka";
const DEFAULT_EVENT_TIMEOUT_MS = 5000;

/** What the probes made, for the clean-up. */
interface Made {
  sheetName: string;
  sheet: boolean;
  partId: string | null;
  events: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null;
}

/** An Office.js error as `Code: message`, other errors as their message. */
function describeError(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const { code, message } = error as { code: unknown; message?: unknown };
    return `${String(code)}: ${String(message ?? "")}`.trim();
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * A `ClientResult`'s value after the sync (office-addins/load-object-before-read takes `.value` for a
 * property that needs `load`; a ClientResult is filled by the sync).
 */
function resultValue<T>(result: OfficeExtension.ClientResult<T>): T {
  return result.value;
}

/** Runs a probe; an exception becomes a `fail` row with the error. */
async function probe(
  id: DiagnosticId,
  body: () => Promise<{ status: DiagnosticStatus; detail: string }>,
): Promise<DiagnosticResult> {
  try {
    return { id, ...(await body()) };
  } catch (error) {
    return { id, status: "fail", detail: describeError(error) };
  }
}

function featureRows(host: ExcelHost): DiagnosticResult[] {
  const { mergedAreas, delayForCellEdit, mergeUndoGroup } = host.features;
  const sets = [
    ["ExcelApi 1.11", delayForCellEdit],
    ["ExcelApi 1.13", mergedAreas],
    ["ExcelApi 1.20", mergeUndoGroup],
  ] as const;
  const missing = sets.filter(([, has]) => !has).map(([name]) => name);
  return [
    {
      id: "requirementSets",
      status: missing.length ? "limited" : "pass",
      detail: sets.map(([name, has]) => `${name}: ${has ? "yes" : "no"}`).join("; "),
    },
    {
      id: "delayForCellEdit",
      status: delayForCellEdit ? "pass" : "limited",
      detail: `ExcelApi 1.11: ${delayForCellEdit ? "yes" : "no"}`,
    },
    {
      id: "undoGroup",
      status: mergeUndoGroup ? "pass" : "limited",
      detail: `ExcelApi 1.20: ${mergeUndoGroup ? "yes" : "no"}`,
    },
  ];
}

/** Resolves when `fired` is called or after `timeoutMs`, with whether it fired. */
function eventWaiter(timeoutMs: number): { fired: () => void; wait: Promise<boolean> } {
  let fired: () => void = () => undefined;
  const wait = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    fired = () => {
      clearTimeout(timer);
      resolve(true);
    };
  });
  return { fired, wait };
}

/** Runs every probe and returns one row per `DIAGNOSTIC_IDS` entry; cleans up whatever happens. */
export async function runDiagnostics(
  host: ExcelHost,
  options: DiagnosticsOptions = {},
): Promise<DiagnosticResult[]> {
  const results: DiagnosticResult[] = featureRows(host);
  const timeoutMs = options.eventTimeoutMs ?? DEFAULT_EVENT_TIMEOUT_MS;
  const made: Made = {
    sheetName: options.sheetName ?? `Sitova-diagnostiikka-${Date.now().toString(36)}`,
    sheet: false,
    partId: null,
    events: null,
  };
  const { sheetName } = made;

  try {
    results.push(
      await probe("tempSheet", () =>
        host.run(async (context) => {
          const sheet = context.workbook.worksheets.add(sheetName);
          sheet.getRange("A1:C3").values = [
            ["Sitova", 1, 2],
            [3, 4, 5],
            [6, 7, "Sitova"],
          ];
          await context.sync();
          made.sheet = true;
          return { status: "pass", detail: sheetName };
        }),
      ),
    );

    const onSheet = (
      id: DiagnosticId,
      body: (
        sheet: Excel.Worksheet,
        context: Excel.RequestContext,
      ) => Promise<{ status: DiagnosticStatus; detail: string }>,
    ) =>
      made.sheet
        ? probe(id, () =>
            host.run((context) => body(context.workbook.worksheets.getItem(sheetName), context)),
          )
        : Promise.resolve<DiagnosticResult>({ id, status: "skipped", detail: "no temporary sheet" });

    results.push(
      await onSheet("addressList", async (sheet, context) => {
        const areas = sheet.getRanges("A1,C3");
        areas.load("areaCount");
        await context.sync();
        return {
          status: areas.areaCount === 2 ? "pass" : "fail",
          detail: `"A1,C3": ${areas.areaCount} areas`,
        };
      }),
    );
    const addressList = results[results.length - 1];
    if (addressList.status === "fail") {
      // Which separator this Excel takes instead: its own batch, as the comma one failed.
      const semicolon = await probe("addressList", () =>
        host.run(async (context) => {
          const areas = context.workbook.worksheets.getItem(sheetName).getRanges("A1;C3");
          areas.load("areaCount");
          await context.sync();
          return { status: "pass", detail: `"A1;C3": ${areas.areaCount} areas` };
        }),
      );
      addressList.detail = `"A1,C3": ${addressList.detail}; ${semicolon.status === "pass" ? semicolon.detail : `"A1;C3": ${semicolon.detail}`}`;
    }

    results.push(
      await onSheet("conditionalFormat", async (sheet, context) => {
        const added = sheet.getRange("A1:C3").conditionalFormats.add("Custom");
        added.custom.rule.formula = DIAGNOSTIC_RULE_FORMULA;
        added.custom.format.fill.color = "#FFC7CE";
        await context.sync();
        // Read back through a fresh collection, as Sitova finds its rules again in a later session.
        const formats = sheet.getRange("A1:C3").conditionalFormats;
        const before = formats.getCount();
        const rule = formats.getItemAt(0).custom.rule;
        rule.load("formula");
        await context.sync();
        const formula = rule.formula;
        formats.getItemAt(0).delete();
        const after = sheet.getRange("A1:C3").conditionalFormats.getCount();
        await context.sync();
        const [count, left] = [before, after].map(resultValue);
        const ok = count === 1 && formula === DIAGNOSTIC_RULE_FORMULA && left === 0;
        return {
          status: ok ? "pass" : "fail",
          detail: `read back ${JSON.stringify(formula)}; ${count} before delete, ${left} after`,
        };
      }),
    );

    results.push(
      await probe("statePart", () =>
        host.run(async (context) => {
          const xml = `<sitova-diagnostics xmlns="${DIAGNOSTICS_NAMESPACE}">${sheetName}</sitova-diagnostics>`;
          const part = context.workbook.customXmlParts.add(xml);
          part.load("id");
          await context.sync();
          made.partId = part.id;
          const found = context.workbook.customXmlParts.getByNamespace(DIAGNOSTICS_NAMESPACE);
          found.load("items/id");
          const text = part.getXml();
          await context.sync();
          const ids = found.items.map((p) => p.id);
          const ok = ids.includes(made.partId) && text.value.includes(sheetName);
          return { status: ok ? "pass" : "fail", detail: `${ids.length} part(s) in the namespace` };
        }),
      ),
    );

    results.push(
      await onSheet("sheetNames", async (sheet, context) => {
        sheet.names.add(DIAGNOSTIC_NAME, sheet.getRange("B2"), "Sitova");
        await context.sync();
        const name = sheet.names.getItemOrNullObject(DIAGNOSTIC_NAME);
        name.load("name,formula");
        await context.sync();
        const ok = !name.isNullObject && /B\$?2$/.test(name.formula.replace(/\$/g, ""));
        return { status: ok ? "pass" : "fail", detail: name.isNullObject ? "not found" : name.formula };
      }),
    );

    results.push(
      await onSheet("events", async (sheet, context) => {
        const change = eventWaiter(timeoutMs);
        made.events = sheet.onChanged.add(async () => change.fired());
        await context.sync();
        sheet.getRange("B2").values = [[42]];
        await context.sync();
        const fired = await change.wait;
        return {
          status: fired ? "pass" : "fail",
          detail: fired ? "onChanged" : `no onChanged in ${timeoutMs} ms`,
        };
      }),
    );
  } finally {
    results.push(await cleanUp(host, made));
  }
  return results;
}

/** Removes the handler, the temporary sheet and the XML part, each independently of the others. */
async function cleanUp(host: ExcelHost, made: Made): Promise<DiagnosticResult> {
  const problems: string[] = [];
  if (made.events) {
    try {
      // Removed on the context that added it (excel/excel-add-ins-events).
      made.events.remove();
      await made.events.context.sync();
    } catch (error) {
      problems.push(`handler: ${describeError(error)}`);
    }
  }
  try {
    await host.run(async (context) => {
      // Only what this run made: a sheet of that name that `add` refused is not ours to delete.
      const sheet = made.sheet ? context.workbook.worksheets.getItemOrNullObject(made.sheetName) : null;
      const part = made.partId ? context.workbook.customXmlParts.getItemOrNullObject(made.partId) : null;
      sheet?.load("name");
      part?.load("id");
      await context.sync();
      if (sheet && !sheet.isNullObject) sheet.delete();
      if (part && !part.isNullObject) part.delete();
      await context.sync();
    });
  } catch (error) {
    problems.push(describeError(error));
  }
  return {
    id: "cleanup",
    status: problems.length ? "fail" : "pass",
    detail: problems.length ? problems.join("; ") : "removed",
  };
}
