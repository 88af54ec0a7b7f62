// The add-in's operations on the Excel emulator: syncs, the largest request and response, and time.
const { performance } = require("perf_hooks");
const { createEmulator } = require("../lib/emulator");
const { validateWorkbook } = require("../lib/domain");
const { readWorkbookSnapshot } = require("../lib/excel/readSnapshot");
const { syncHighlights, clearHighlights } = require("../lib/excel/highlights");
const { writeReportSheet } = require("../lib/excel/reportSheet");

async function measure(emulator, action) {
  emulator.resetStats();
  const start = performance.now();
  const result = await action();
  const { syncs, maxRequestBytes, maxResponseBytes } = emulator.stats;
  return { result, ms: performance.now() - start, syncs, maxRequestBytes, maxResponseBytes };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** One row per operation for a workbook snapshot (as the ExcelJS reader produced it). */
async function addinRows(snapshot) {
  const emulator = createEmulator(snapshot);
  const host = { run: emulator.run, features: { mergedAreas: true } };
  const rows = snapshot.sheets.reduce((n, s) => n + s.values.length, 0);
  const read = await measure(emulator, () => readWorkbookSnapshot(host));
  const engine = await measure(emulator, async () => validateWorkbook(read.result));
  const report = engine.result;
  const paint = await measure(emulator, () => syncHighlights(host, report.findings));
  const sheet = await measure(emulator, () => writeReportSheet(host, report, "fi", "bench"));
  const clear = await measure(emulator, () => clearHighlights(host));
  return [
    ["read workbook", read],
    ["validate (engine)", engine],
    [`highlight ${report.findings.length} cells`, paint],
    ["write report sheet", sheet],
    ["clear highlights", clear],
  ].map(([operation, m]) => ({
    rows,
    operation,
    syncs: m.syncs,
    "max request": kb(m.maxRequestBytes),
    "max response": kb(m.maxResponseBytes),
    ms: m.ms.toFixed(0),
  }));
}

module.exports = { addinRows };
