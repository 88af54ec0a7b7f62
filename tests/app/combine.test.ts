/**
 * Kokoa työkirjoista through the session (src/app/combine.ts): three division files (tests/fixtures/divisions,
 * counted by hand in its README) read with the command line's reader, validated with the open workbook's rule
 * settings, combined and written into the open workbook as the tagged city summary sheet. The open workbook
 * is the KUVA sample (assets/samples/kuva-2021-sample.xlsx).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chartViews } from "../../src/emulator";
import type { EmulatedExcel } from "../../src/emulator";
import type { CombineEntry, CombineSource, CombineState } from "../../src/app/combine";
import { Combiner, loadCombinePipeline } from "../../src/app/combine";
import { builtinCompiledSchema } from "../../src/domain";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import type { Session } from "../../src/app/session";
import { FIXTURES } from "../support/paths";
import { hostOf, NOW, sessionOn } from "../support/session";

const DIVISIONS = path.join(FIXTURES, "divisions");
const FILES = ["kasko-2023.xlsx", "kymp-2023.xlsx", "SOTE_ennusteet_2023.xlsx"];
const CITY = "Kaupungin yhteenveto";

function source(name: string, bytes?: Uint8Array): CombineSource {
  return {
    name,
    bytes: async () => bytes ?? new Uint8Array(fs.readFileSync(path.join(DIVISIONS, name))),
  };
}

const divisionFiles = () => FILES.map((name) => source(name));

/** The rows of every table on a sheet (values, top-down). */
function rows(emulator: EmulatedExcel, sheet: string): unknown[][] {
  return emulator.sheet(sheet).values("A1:L400");
}

function row(emulator: EmulatedExcel, sheet: string, first: string): unknown[] | undefined {
  return rows(emulator, sheet).find((r) => r[0] === first);
}

const numbers = (values: unknown[] | undefined) => (values ?? []).filter((v) => typeof v === "number");

/** The user's sheets as data, to prove them unchanged. */
function userSheets(emulator: EmulatedExcel) {
  return emulator.toSnapshot().sheets.filter((s) => !s.name.startsWith(CITY));
}

describe("Kokoa työkirjoista", () => {
  let emulator: EmulatedExcel;
  let session: Session;

  beforeEach(async () => {
    ({ emulator, session } = await sessionOn());
  });

  it("writes the three divisions and the city total into a new tagged sheet; the workbook's own sheets stay", async () => {
    const before = userSheets(emulator);
    const names = emulator.sheetNames();
    expect(await session.combiner.run(divisionFiles(), { includeOpen: false })).toBe(CITY);
    expect(emulator.sheetNames()).toEqual([...names, CITY]);
    expect(userSheets(emulator)).toEqual(before);
    expect(emulator.sheet(CITY).model.names.map((n) => n.name)).toEqual(["Sitova_CitySummary"]);
    // By hand (tests/fixtures/divisions/README.md): goals, Toteutuu, Ei toteudu, missing, invalid, share met.
    expect(numbers(row(emulator, CITY, "KASKO"))).toEqual([4, 2, 1, 1, 0, 2 / 4]);
    expect(numbers(row(emulator, CITY, "KYMP"))).toEqual([5, 2, 2, 0, 1, 2 / 5]);
    expect(numbers(row(emulator, CITY, "SOTEPE"))).toEqual([4, 3, 1, 0, 0, 3 / 4]);
    expect(numbers(row(emulator, CITY, "Kaupunki yhteensä"))).toEqual([13, 7, 4, 1, 1, 7 / 13]);
    const charts = chartViews(emulator.model, emulator.sheet(CITY).model);
    expect(charts.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Sitova divisions", "Sitova shareMet"]),
    );
    const divisions = charts.find((c) => c.name === "Sitova divisions")!;
    // Three divisions drawn, the city total left out.
    expect(emulator.sheet(CITY).values(divisions.series[0].categories!.split("!")[1])).toEqual([
      ["KASKO"],
      ["KYMP"],
      ["SOTEPE"],
    ]);
    const state = session.combiner.getState();
    expect(state).toMatchObject({ phase: "done", done: 3, total: 3, sheet: CITY, error: null });
    expect(state.entries.map((e) => [e.name, e.state])).toEqual(FILES.map((f) => [f, "read"]));
  });

  it("lists the board's goals with their full comments, named by file, sheet and cell, none linked", async () => {
    await session.combiner.run(divisionFiles(), { includeOpen: false });
    const sheet = emulator.sheet(CITY);
    const list = rows(emulator, CITY).filter((r) => r.includes("Enn2") && typeof r[0] === "string");
    const places = list
      .filter((r) => r.some((v) => typeof v === "string" && /^B\d+$/.test(v)))
      .map((r) => `${r[0]} ${r.find((v) => typeof v === "string" && /^B\d+$/.test(v))}`);
    expect(places).toEqual(["KASKO B5", "KASKO B7", "KYMP B4", "KYMP B5", "KYMP B7", "SOTEPE B4"]);
    for (const r of list.filter((r) => r.some((v) => typeof v === "string" && /^B\d+$/.test(v))))
      expect(r.some((v) => typeof v === "string" && v.startsWith("Riskit:"))).toBe(true);
    const links = [...sheet.model.cells.values()].filter((c) => c.hyperlink);
    expect(links).toEqual([]);
  });

  it("lists an unreadable file with its reason, and the others go on", async () => {
    const broken = source("rikki.xlsx", new TextEncoder().encode("tämä ei ole työkirja"));
    const sheet = await session.combiner.run([source(FILES[0]), broken, source(FILES[1])], {
      includeOpen: false,
    });
    expect(session.combiner.getState().error).toBeNull();
    expect(sheet).toBe(CITY);
    const reason = "ei ole .xlsx-työkirja (tiedosto ei ole zip-paketti)";
    expect(session.combiner.getState().entries).toEqual([
      { name: FILES[0], state: "read", tables: 2, errors: expect.any(Number), warnings: expect.any(Number) },
      { name: "rikki.xlsx", state: "unreadable", reason },
      { name: FILES[1], state: "read", tables: 2, errors: expect.any(Number), warnings: expect.any(Number) },
    ]);
    const listed = rows(emulator, CITY).find((r) => r[0] === "rikki.xlsx")!;
    expect(listed.some((v) => typeof v === "string" && v.includes(reason))).toBe(true);
    expect(numbers(row(emulator, CITY, "Kaupunki yhteensä"))).toEqual([9, 4, 3, 1, 1, 4 / 9]);
  });

  it("counts a workbook picked twice once, and says so", async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(DIVISIONS, FILES[0])));
    await session.combiner.run([source(FILES[0]), source("kopio.xlsx", bytes)], { includeOpen: false });
    expect(session.combiner.getState().entries[1]).toEqual({
      name: "kopio.xlsx",
      state: "duplicate",
      reason: `sama työkirja kuin ${FILES[0]}; mukana vain kerran`,
    });
    expect(numbers(row(emulator, CITY, "Kaupunki yhteensä"))).toEqual([4, 2, 1, 1, 0, 2 / 4]);
  });

  it("writes nothing when no file can be read", async () => {
    const names = emulator.sheetNames();
    const none = await session.combiner.run([source("tyhja.xlsx", new Uint8Array())], { includeOpen: false });
    expect(none).toBeNull();
    expect(session.combiner.getState()).toMatchObject({ phase: "done", sheet: null });
    expect(session.combiner.getState().entries[0]).toEqual({
      name: "tyhja.xlsx",
      state: "unreadable",
      reason: "tiedosto on tyhjä",
    });
    expect(emulator.sheetNames()).toEqual(names);
  });

  it("Peruuta between files writes nothing: the workbook is as it was", async () => {
    const before = emulator.toSnapshot();
    const formats = emulator.snapshotFormats();
    const seen: CombineState[] = [];
    const stop = session.combiner.subscribe((state) => {
      seen.push(state);
      if (state.entries[0]?.state === "read") session.combiner.cancel();
    });
    const sheet = await session.combiner.run(divisionFiles(), { includeOpen: false });
    stop();
    expect(sheet).toBeNull();
    expect(session.combiner.getState().phase).toBe("cancelled");
    expect(session.combiner.getState().entries.map((e) => e.state)).toEqual(["read", "reading", "waiting"]);
    expect(seen.some((s) => s.phase === "writing")).toBe(false);
    expect(emulator.toSnapshot()).toEqual(before);
    expect(emulator.snapshotFormats()).toEqual(formats);
    // A new run after the cancel goes through.
    expect(await session.combiner.run(divisionFiles(), { includeOpen: false })).toBe(CITY);
  });

  it("tells the progress per file: n / N and the file's name", async () => {
    const progress: string[] = [];
    const phases: string[] = [];
    const stop = session.combiner.subscribe((state) => {
      if (state.current) progress.push(`${state.done + 1}/${state.total} ${state.current}`);
      if (phases[phases.length - 1] !== state.phase) phases.push(state.phase);
    });
    await session.combiner.run(divisionFiles(), { includeOpen: false });
    stop();
    expect([...new Set(progress)]).toEqual([
      "1/3 kasko-2023.xlsx",
      "2/3 kymp-2023.xlsx",
      "3/3 SOTE_ennusteet_2023.xlsx",
    ]);
    expect(phases).toEqual(["reading", "writing", "done"]);
  });

  it("refreshes its sheet in place, and leaves a user's sheet of that name alone", async () => {
    emulator.addSheet(CITY).setCell("A1", { value: "Oma muistiinpano" });
    expect(await session.combiner.run(divisionFiles(), { includeOpen: false })).toBe(`${CITY} (Sitova)`);
    expect(await session.combiner.run([source(FILES[0])], { includeOpen: false })).toBe(`${CITY} (Sitova)`);
    expect(emulator.sheetNames().filter((n) => n.startsWith(CITY))).toEqual([CITY, `${CITY} (Sitova)`]);
    expect(emulator.sheet(CITY).values("A1:B2")).toEqual([
      ["Oma muistiinpano", null],
      [null, null],
    ]);
    expect(emulator.sheet(CITY).model.charts).toEqual([]);
    // The second run's content only: KASKO alone.
    expect(row(emulator, `${CITY} (Sitova)`, "KYMP")).toBeUndefined();
    expect(numbers(row(emulator, `${CITY} (Sitova)`, "Kaupunki yhteensä"))).toEqual([4, 2, 1, 1, 0, 2 / 4]);
  });

  it("includes the open workbook first when asked, by its file name; only its goals link to their cells", async () => {
    await session.combiner.run(divisionFiles(), { includeOpen: true });
    const state = session.combiner.getState();
    // Excel's `Workbook.name` is the file name; the sources table names the open workbook by it.
    expect(state.entries.map((e) => [e.name, e.state])).toEqual([
      ["kuva-2021-sample.xlsx", "read"],
      ...FILES.map((f) => [f, "read"]),
    ]);
    const texts = [...emulator.sheet(CITY).model.cells.values()].map((c) => c.value);
    expect(texts).toContain("kuva-2021-sample.xlsx");
    expect(texts).not.toContain("Avoin työkirja");
    expect(numbers(row(emulator, CITY, "KUVA")).slice(0, 5)).toEqual([8, 6, 1, 1, 0]);
    const links = [...emulator.sheet(CITY).model.cells.values()].filter((c) => c.hyperlink);
    expect(links.map((c) => c.hyperlink!.documentReference)).toEqual(["'Enn2'!B7", "'Enn2'!B10"]);
    // The city sheet is Sitova's own: the next check does not take it for a goal table.
    const report = await session.validate();
    expect(report!.tables.map((t) => t.sheet)).toEqual(["Enn1", "Enn2"]);
  });

  it("keeps the open workbook's generic name when a chosen file has its file name: no goal of that file links here", async () => {
    const kasko = fs.readFileSync(path.join(DIVISIONS, FILES[0]));
    await session.combiner.run([source("kuva-2021-sample.xlsx", new Uint8Array(kasko))], {
      includeOpen: true,
    });
    expect(session.combiner.getState().entries.map((e) => e.name)).toEqual([
      "Avoin työkirja",
      "kuva-2021-sample.xlsx",
    ]);
    const links = [...emulator.sheet(CITY).model.cells.values()].filter((c) => c.hyperlink);
    expect(links.map((c) => c.hyperlink!.documentReference)).toEqual(["'Enn2'!B7", "'Enn2'!B10"]);
  });

  it("validates with the workbook's rule settings", async () => {
    await session.combiner.run([source(FILES[1])], { includeOpen: false });
    const withRule = session.combiner.getState().entries[0];
    await session.setRuleSetting("missing-risk-comment", "off");
    await session.combiner.run([source(FILES[1])], { includeOpen: false });
    const withoutRule = session.combiner.getState().entries[0];
    const warnings = (entry: CombineEntry) => (entry.state === "read" ? entry.warnings : Number.NaN);
    // KYMP's two warnings are both missing-risk-comment (empty comments at Enn1!F8 and Enn2!G8, as
    // `sitova validate` lists them): off in this workbook's settings, none is left.
    expect([warnings(withRule), warnings(withoutRule)]).toEqual([2, 0]);
  });

  it("takes as many syncs for one file as for three (none per file or goal)", async () => {
    const syncs: number[] = [];
    for (const files of [[source(FILES[0])], divisionFiles()]) {
      const fresh = await sessionOn();
      fresh.emulator.resetStats();
      await fresh.session.combiner.run(files, { includeOpen: false });
      syncs.push(fresh.emulator.stats.syncs);
      expect(fresh.emulator.stats.failedSyncs).toBe(0);
    }
    expect(syncs[0]).toBe(syncs[1]);
  });

  it("says what is protected and writes nothing when the workbook structure is protected", async () => {
    const locked = await sessionOn({ options: { workbookProtected: true } });
    const names = locked.emulator.sheetNames();
    expect(await locked.session.combiner.run(divisionFiles(), { includeOpen: false })).toBeNull();
    expect(locked.session.combiner.getState().phase).toBe("failed");
    expect(locked.session.combiner.getState().error).toMatch(/Työkirjan rakenne on suojattu/);
    expect(locked.emulator.sheetNames()).toEqual(names);
  });

  it("when the reader cannot be loaded, fails with a message and loads it again on the next run", async () => {
    let loads = 0;
    const combiner = new Combiner({
      host: hostOf(emulator),
      lang: () => "en",
      schema: () => builtinCompiledSchema,
      ruleSettings: async () => ({}),
      exclusive: (job) => job(),
      readOpenWorkbook: readWorkbookSnapshot,
      now: () => NOW,
      loadPipeline: () =>
        ++loads === 1 ? Promise.reject(new Error("chunk load failed")) : loadCombinePipeline(),
    });
    expect(await combiner.run([source(FILES[0])], { includeOpen: false })).toBeNull();
    expect(combiner.getState()).toMatchObject({ phase: "failed" });
    expect(combiner.getState().error).toMatch(/chunk load failed/);
    expect(await combiner.run([source(FILES[0])], { includeOpen: false })).toBe("City summary");
    expect(loads).toBe(2);
  });

  it("tells the reasons again in the language the user switches to; the sheet stays as written", async () => {
    const broken = source("rikki.xlsx", new TextEncoder().encode("ei työkirja"));
    const bytes = new Uint8Array(fs.readFileSync(path.join(DIVISIONS, FILES[0])));
    await session.combiner.run([source(FILES[0]), broken, source("kopio.xlsx", bytes)], {
      includeOpen: false,
    });
    const sheet = rows(emulator, CITY);
    session.setLang("sv");
    expect(session.combiner.getState().entries.slice(1)).toEqual([
      {
        name: "rikki.xlsx",
        state: "unreadable",
        reason: "är inte en .xlsx-arbetsbok (filen är inte ett zip-arkiv)",
      },
      {
        name: "kopio.xlsx",
        state: "duplicate",
        reason: `samma arbetsbok som ${FILES[0]}; tas med bara en gång`,
      },
    ]);
    expect(rows(emulator, CITY)).toEqual(sheet);
  });
});
