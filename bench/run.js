// `npm run bench`: the reader, the engine and the whole CLI on workbooks of 1 000, 10 000 and 50 000 goal
// rows, the add-in's operations on the Excel emulator, then issue 10's bars for the reader (3 000 goals
// against a bare ExcelJS load, 10 000 rows end to end, 200 000 rows and three such files in one run). Prints
// figures; targets are judged by people, not asserted in tests. `npm run bench:readers` compares the reader
// with ExcelJS and SheetJS. `npm run bench -- --json FILE` also writes the figures as JSON:
// { "addin": [{ rows, operation, syncs, maxRequestBytes, maxResponseBytes, ms, note }], "cli": [...] }.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const ExcelJS = require("exceljs");
const { performance } = require("perf_hooks");
const { writeGoalWorkbook } = require("./generate");
const { readWorkbookFile } = require("../lib/xlsx/readWorkbook");
const { validateWorkbook } = require("../lib/domain");
const { addinFigures, addinTableRows } = require("./addin");

const SIZES = (process.env.BENCH_SIZES || "1000,10000,50000").split(",").map(Number);
const jsonAt = process.argv.indexOf("--json");
const JSON_FILE = jsonAt >= 0 ? process.argv[jsonAt + 1] : null;
if (jsonAt >= 0 && !JSON_FILE) throw new Error("--json needs a file name");
const ROOT = path.join(__dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-bench-"));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeIt(fn, repeat) {
  const times = [];
  let result;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

function runCli(...files) {
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      "--require",
      path.join(__dirname, "rss-on-exit.js"),
      path.join(ROOT, "bin", "sitova.js"),
      "validate",
      "--format",
      "json",
      ...files,
    ],
    {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const ms = performance.now() - start;
  const usage = /BENCH_MAX_RSS_KB=(\d+) BENCH_CPU_MS=(\d+)/.exec(child.stderr);
  if (child.status !== 0 && child.status !== 1) throw new Error(`CLI failed: ${child.stderr}`);
  return { ms, rssMb: usage ? Number(usage[1]) / 1024 : NaN, cpuMs: usage ? Number(usage[2]) : NaN };
}

function medianRun(repeat, ...files) {
  const runs = Array.from({ length: repeat }, () => runCli(...files));
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
  };
}

/** Issue 10's bars for the reader, each on a freshly written goal workbook. */
async function readerBars() {
  const goals3k = path.join(dir, "goals-3000.xlsx");
  await writeGoalWorkbook(goals3k, 3000);
  // In-process, warmed like the table above: the whole validation (read + engine) against a bare ExcelJS load.
  const excel = await timeIt(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(goals3k));
    global.gc();
  }, 5);
  const whole = await timeIt(async () => {
    validateWorkbook(await readWorkbookFile(goals3k));
    global.gc();
  }, 5);
  const goals10k = path.join(dir, "goals-10000.xlsx");
  await writeGoalWorkbook(goals10k, 10000);
  const cli10k = medianRun(3, goals10k);
  // Three distinct files of 200 000 rows (a file given twice is checked once).
  const big = [200000, 199999, 199998].map((rows) => path.join(dir, `goals-${rows}.xlsx`));
  for (const file of big) await writeGoalWorkbook(file, Number(/(\d+)\.xlsx$/.exec(file)[1]));
  const cli200k = runCli(big[0]);
  const cli3x200k = runCli(...big);
  const mb = (r) => `${r.rssMb.toFixed(0)} MB`;
  const s = (r) => `${(r.ms / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s)`;
  console.log("\nIssue 10's bars for the reader:");
  console.table([
    {
      bar: "validate 3 000 goals ≤ a bare ExcelJS load",
      measured: `${whole.ms.toFixed(0)} ms vs ${excel.ms.toFixed(0)} ms: ${(whole.ms / excel.ms).toFixed(2)}×`,
    },
    { bar: "10 000 rows end to end < 1 s", measured: s(cli10k) },
    { bar: "200 000 rows: peak memory < 600 MB", measured: `${mb(cli200k)}, ${s(cli200k)}` },
    { bar: "3 × 200 000 rows: memory of the largest file", measured: `${mb(cli3x200k)}, ${s(cli3x200k)}` },
  ]);
  console.log(
    `Load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: wall times stretch with it, CPU times less.`,
  );
}

async function main() {
  const rows = [];
  const addin = [];
  for (const size of SIZES) {
    const file = path.join(dir, `goals-${size}.xlsx`);
    await writeGoalWorkbook(file, size);
    const repeat = size >= 50000 ? 1 : 3;
    // The load pays for collecting ExcelJS's own garbage, so that it is not charged to the engine run after it.
    const load = await timeIt(async () => {
      const snapshot = await readWorkbookFile(file);
      global.gc();
      return snapshot;
    }, repeat);
    const engine = await timeIt(() => validateWorkbook(load.result), repeat);
    // A whole process per run: the median of three, like the in-process figures (one at 50 000 rows).
    const cli = medianRun(repeat, file);
    rows.push({
      rows: size,
      "file MB": (fs.statSync(file).size / 1e6).toFixed(1),
      "load ms": load.ms.toFixed(0),
      "engine ms": engine.ms.toFixed(0),
      "engine/load": `${((engine.ms / load.ms) * 100).toFixed(0)} %`,
      "engine µs/row": ((engine.ms * 1000) / size).toFixed(1),
      "CLI ms": cli.ms.toFixed(0),
      "CLI CPU ms": cli.cpuMs.toFixed(0),
      "CLI peak MB": cli.rssMb.toFixed(0),
      findings: engine.result.findings.length,
    });
    addin.push(...(await addinFigures(load.result)));
  }
  console.log(`Sitova benchmark on ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}`);
  console.table(rows);
  console.log(
    "Targets: engine adds < 25 % to load time; 10 000 rows end to end (CLI) < 1 s; cost linear in rows.",
  );
  console.log(
    "\nThe add-in's operations on the Excel emulator (Excel on the web refuses requests over 5 MB):",
  );
  console.table(addinTableRows(addin));
  console.log(
    "Targets: tarkista ≤ 6 syncs at 1 000 goals and ≤ 10 at 10 000; live-edit ≤ 3; every request and response < 5 MB.",
  );
  if (JSON_FILE) {
    const cli = rows.map((r) => ({
      rows: r.rows,
      fileMB: Number(r["file MB"]),
      loadMs: Number(r["load ms"]),
      engineMs: Number(r["engine ms"]),
      cliMs: Number(r["CLI ms"]),
      cliPeakMB: Number(r["CLI peak MB"]),
      findings: r.findings,
    }));
    fs.writeFileSync(JSON_FILE, `${JSON.stringify({ addin, cli }, null, 2)}\n`);
    console.log(`Figures written to ${JSON_FILE}`);
  }
  await readerBars();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
