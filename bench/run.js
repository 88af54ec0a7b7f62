// `npm run bench`: the engine, the ExcelJS load and the whole CLI on workbooks of 1 000, 10 000 and 50 000
// goal rows, and the add-in's operations on the Excel emulator. Prints figures; targets are judged by
// people, not asserted in tests. `npm run bench -- --json FILE` also writes the figures as JSON:
// { "addin": [{ rows, operation, syncs, maxRequestBytes, maxResponseBytes, ms, note }], "cli": [...] }.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
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

function runCli(file) {
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
      file,
    ],
    {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const ms = performance.now() - start;
  const rss = /BENCH_MAX_RSS_KB=(\d+)/.exec(child.stderr);
  if (child.status !== 0 && child.status !== 1) throw new Error(`CLI failed: ${child.stderr}`);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
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
    const cliRuns = Array.from({ length: repeat }, () => runCli(file));
    const cli = { ms: median(cliRuns.map((r) => r.ms)), rssMb: Math.max(...cliRuns.map((r) => r.rssMb)) };
    rows.push({
      rows: size,
      "file MB": (fs.statSync(file).size / 1e6).toFixed(1),
      "load ms": load.ms.toFixed(0),
      "engine ms": engine.ms.toFixed(0),
      "engine/load": `${((engine.ms / load.ms) * 100).toFixed(0)} %`,
      "engine µs/row": ((engine.ms * 1000) / size).toFixed(1),
      "CLI ms": cli.ms.toFixed(0),
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
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
