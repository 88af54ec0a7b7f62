// `npm run bench:readers`: the measurement behind the reader decision in the README. Three ways to read
// an .xlsx, each run in its own process (peak memory is the process's maximum resident set):
//   exceljs   ExcelJS's load: the old reader, and the least any "ExcelJS with the failing parts
//             sanitised" could cost (a sanitiser adds a rewrite of the package before the same load);
//   sheetjs   SheetJS CE as published on npm (@e965/xlsx), dense mode, number formats and styles on;
//   sitova    Sitova's streaming reader (fflate + saxes, src/xlsx/readXlsx.ts).
// On: the corpus (tests/fixtures/corpus), the hostile files of issue 10 (tests/fixtures/make_hostile.js),
// and goal workbooks of 3 000, 10 000 and 200 000 rows. A run over LIMIT_S seconds or the heap cap is cut.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { performance } = require("node:perf_hooks");
const { writeGoalWorkbook } = require("./generate");
const hostile = require("../tests/fixtures/make_hostile.js");

const LIMIT_S = Number(process.env.BENCH_READER_LIMIT_S || 20);
const HEAP_CAP_MB = 3072;
const READERS = ["exceljs", "sheetjs", "sitova"];
const ROOT = path.join(__dirname, "..");
const CORPUS = path.join(ROOT, "tests", "fixtures", "corpus");

/** Runs inside the child: reads the file with one reader, prints time, CPU, peak memory and the outcome. */
async function child(reader, file) {
  const bytes = fs.readFileSync(file);
  const cpu = process.cpuUsage();
  const start = performance.now();
  let outcome;
  try {
    if (reader === "exceljs") {
      const ExcelJS = require("exceljs");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes);
      outcome = `read ${workbook.worksheets.length} sheets`;
    } else if (reader === "sheetjs") {
      const XLSX = require("@e965/xlsx");
      const workbook = XLSX.read(bytes, { dense: true, cellNF: true, cellStyles: true });
      outcome = `read ${workbook.SheetNames.length} sheets`;
    } else {
      const { readXlsx } = require("../lib/xlsx/readXlsx");
      outcome = `read ${readXlsx(bytes, file).sheets.length} sheets`;
    }
  } catch (error) {
    const message = String(error && error.message ? error.message : error).split("\n")[0];
    outcome = `refused: ${message.replace(`${file}: `, "").slice(0, 70)}`;
  }
  const used = process.cpuUsage(cpu);
  const result = {
    ms: performance.now() - start,
    cpuMs: (used.user + used.system) / 1000,
    peakMb: process.resourceUsage().maxRSS / 1024,
    outcome,
  };
  process.stdout.write(`BENCH_RESULT=${JSON.stringify(result)}\n`);
}

function measure(reader, file) {
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_CAP_MB}`, path.join(__dirname, "readers.js"), "--child", reader, file],
    { encoding: "utf8", timeout: LIMIT_S * 1000, maxBuffer: 16 * 1024 * 1024 },
  );
  const line = /BENCH_RESULT=(.*)/.exec(run.stdout || "");
  if (line) return JSON.parse(line[1]);
  if (run.error && run.error.code === "ETIMEDOUT") return { outcome: `no result in ${LIMIT_S} s (cut)` };
  const lines = (run.stderr || "").trim().split("\n").length;
  return { outcome: `crashed: signal ${run.signal || "-"}, exit ${run.status}, ${lines} stderr lines` };
}

const figure = (r) =>
  r.ms === undefined ? r.outcome : `${(r.ms / 1000).toFixed(2)} s, ${r.peakMb.toFixed(0)} MB: ${r.outcome}`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-readers-"));
  try {
    console.log(
      `Readers on ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`,
    );
    console.log("\nCorpus (one goal table as each program writes it):");
    const corpus = fs
      .readdirSync(CORPUS)
      .filter((f) => f.endsWith(".xlsx"))
      .sort();
    console.table(
      Object.fromEntries(
        corpus.map((f) => [
          f,
          Object.fromEntries(READERS.map((r) => [r, measure(r, path.join(CORPUS, f)).outcome])),
        ]),
      ),
    );

    console.log(
      `\nHostile files of issue 10 (bar: 10 s and 500 MB, one line; cut at ${LIMIT_S} s or a ${HEAP_CAP_MB} MB heap):`,
    );
    const cases = [...hostile.SMALL_CASES, ...hostile.BOMB_CASES];
    const rows = {};
    for (const c of cases) {
      const file = path.join(dir, c.file);
      fs.writeFileSync(file, c.build());
      rows[c.file] = Object.fromEntries(READERS.map((r) => [r, figure(measure(r, file))]));
      fs.rmSync(file);
    }
    console.table(rows);

    console.log("\nGoal workbooks (time, CPU time, peak memory of a whole process reading one file):");
    const speed = {};
    for (const size of (process.env.BENCH_READER_SIZES || "3000,10000,200000").split(",").map(Number)) {
      const file = path.join(dir, `goals-${size}.xlsx`);
      await writeGoalWorkbook(file, size);
      for (const r of READERS) {
        const m = measure(r, file);
        speed[`${size} rows, ${r}`] =
          m.ms === undefined
            ? { outcome: m.outcome }
            : { "wall ms": m.ms.toFixed(0), "CPU ms": m.cpuMs.toFixed(0), "peak MB": m.peakMb.toFixed(0) };
      }
    }
    console.table(speed);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") child(process.argv[3], process.argv[4]);
else
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
