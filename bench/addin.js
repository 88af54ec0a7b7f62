// The add-in's operations on the Excel emulator: syncs (each one a round trip on Excel on the web), the
// largest request and response, and time. Each operation runs as the add-in runs it: one Excel.run.
const { performance } = require("perf_hooks");
const { createEmulator } = require("../lib/emulator");
const { validateWorkbook } = require("../lib/domain");
const { runCheck } = require("../lib/excel/check");
const { runLiveCheck } = require("../lib/excel/live");
const { clearHighlights } = require("../lib/excel/highlights");
const { detectFeatures, excelHost } = require("../lib/excel/host");

async function measure(emulator, action) {
  emulator.resetStats();
  const start = performance.now();
  const result = await action();
  const { syncs, maxRequestBytes, maxResponseBytes } = emulator.stats;
  return { result, ms: performance.now() - start, syncs, maxRequestBytes, maxResponseBytes };
}

/** The first goal row's cell of a column, to edit as a user would. */
function firstGoalCell(snapshot, column) {
  const sheet = snapshot.sheets[0];
  const headerRow = sheet.values.findIndex((row) =>
    row.some((v) => typeof v === "string" && v.startsWith("Palautus")),
  );
  return { sheet: sheet.name, address: `${column}${sheet.origin.row + headerRow + 1}` };
}

/**
 * One figure per operation for a workbook snapshot (as the workbook reader produced it): a whole check
 * (read, validate, highlight, report sheet), the same check again (replacing its highlights and report),
 * a live re-check after one edit, and clearing the highlights.
 */
async function addinFigures(snapshot) {
  const emulator = createEmulator(snapshot);
  const host = excelHost(
    emulator.run,
    detectFeatures((name, version) => emulator.isSetSupported(name, version)),
  );
  const rows = snapshot.sheets.reduce((n, s) => n + s.values.length, 0);
  const plan = {
    validate: (s) => validateWorkbook(s),
    highlights: true,
    report: { lang: "fi", checkedAt: () => "bench" },
  };
  const tarkista = await measure(emulator, () => runCheck(host, plan));
  const again = await measure(emulator, () => runCheck(host, plan));
  const first = again.result;
  const edit = firstGoalCell(snapshot, "D");
  emulator.editCells(edit.sheet, edit.address, [["Ehkä"]]);
  const liveEdit = await measure(emulator, () =>
    runLiveCheck(host, {
      previous: first.snapshot,
      previousFindings: first.report.findings,
      memory: first.memory,
      changes: [
        { sheetId: emulator.sheet(edit.sheet).model.id, addresses: [edit.address], structural: false },
      ],
      validate: (s) => validateWorkbook(s),
      highlights: true,
      mergedAreas: host.features.mergedAreas,
    }),
  );
  const clear = await measure(emulator, () => clearHighlights(host));
  return [
    ["tarkista", tarkista, `${tarkista.result.report.findings.length} findings`],
    ["tarkista-again", again, "replaces highlights and report"],
    ["live-edit", liveEdit, `one cell (${edit.address})`],
    ["clear", clear, `${clear.result.removed} formats removed`],
  ].map(([operation, m, note]) => ({
    rows,
    operation,
    syncs: m.syncs,
    maxRequestBytes: m.maxRequestBytes,
    maxResponseBytes: m.maxResponseBytes,
    ms: Math.round(m.ms),
    note,
  }));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** The figures as the printed table shows them. */
function addinTableRows(figures) {
  return figures.map((f) => ({
    rows: f.rows,
    operation: f.operation,
    syncs: f.syncs,
    "max request": kb(f.maxRequestBytes),
    "max response": kb(f.maxResponseBytes),
    ms: f.ms,
    note: f.note,
  }));
}

module.exports = { addinFigures, addinTableRows };
