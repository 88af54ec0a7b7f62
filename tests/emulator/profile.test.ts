/**
 * Excel profiles: each hostile behaviour shown under `fi-desktop` and absent under `default`, and each
 * switchable alone.
 */
import type { EmulatorOptions, ExcelProfile, ExcelProfileName } from "../../src/emulator";
import { createEmulator, excelProfile, setDefaultExcelProfile } from "../../src/emulator";
import { rejection, sheet, workbook } from "./helpers";

function book(profile: ExcelProfileName | ExcelProfile, options: EmulatorOptions = {}) {
  return createEmulator(
    workbook(
      sheet("Enn2", [
        ["Tavoite", "Ennuste"],
        ["Lukutaito", "Toteutuu"],
        ["Liikunta", "Ei toteudu"],
      ]),
    ),
    { profile, ...options },
  );
}

/** Resolves with the error code of a run, or "ok". */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const both = ["default", "fi-desktop"] as const;

describe("profiles", () => {
  test("fi-desktop switches every behaviour on; default none; a test can switch one alone", () => {
    const fi = excelProfile("fi-desktop");
    const plain = excelProfile("default");
    for (const key of Object.keys(plain) as (keyof ExcelProfile)[]) {
      if (key !== "name") expect([key, fi[key]]).not.toEqual([key, plain[key]]);
    }
    const one = book({ ...plain, reuseSheetIds: true });
    expect(one.profile.reuseSheetIds).toBe(true);
    expect(one.profile.rejectCommaAreaLists).toBe(false);
  });

  test("the test-only default hook gives emulators without a profile the named one", () => {
    try {
      setDefaultExcelProfile("fi-desktop");
      expect(createEmulator().profile.name).toBe("fi-desktop");
      expect(createEmulator(undefined, { profile: "default" }).profile.name).toBe("default");
    } finally {
      setDefaultExcelProfile("default");
    }
    expect(createEmulator().profile.name).toBe("default");
  });
});

describe("list separator and long area lists (#1167, #1985, #5198, #4263)", () => {
  async function paint(profile: ExcelProfileName, list: string) {
    const emulator = book(profile);
    return outcome(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRanges(list).format.fill.color = "#FFFF00";
        await context.sync();
      }),
    );
  }
  const many = (separator: string) => Array.from({ length: 101 }, (_, i) => `A${i + 1}`).join(separator);

  test.each(both)("%s: ',' lists, ';' lists, 101 areas", async (profile) => {
    const fi = profile === "fi-desktop";
    expect(await paint(profile, "A2,B3")).toBe(fi ? "InvalidArgument" : "ok");
    expect(await paint(profile, "A2;B3")).toBe("ok");
    expect(await paint(profile, many(";"))).toBe(fi ? "InvalidArgument" : "ok");
    expect(await paint(profile, many(";").split(";").slice(0, 100).join(";"))).toBe("ok");
  });
});

describe("fills (#4900, #6218)", () => {
  test.each(both)(
    "%s: no fill and white differ only in tintAndShade (and, by default, pattern)",
    async (profile) => {
      const emulator = book(profile, { fills: { Enn2: { B2: "#FFFFFF" } } });
      await emulator.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Enn2");
        const none = ws.getRange("A2").format.fill.load("color, pattern, tintAndShade");
        const white = ws.getRange("B2").format.fill.load("color, pattern, tintAndShade");
        await context.sync();
        expect([none.color, white.color]).toEqual(["#FFFFFF", "#FFFFFF"]);
        expect([none.tintAndShade, white.tintAndShade]).toEqual([null, 0]);
        if (profile === "fi-desktop") expect([none.pattern, white.pattern]).toEqual([null, null]);
        else expect([none.pattern, white.pattern]).toEqual(["None", "Solid"]);
      });
    },
  );

  test("gradients can be read but not set; theme tints are kept and read", async () => {
    const emulator = book("fi-desktop");
    emulator.sheet("Enn2").setCell("A2", { fill: "#4472C4", fillPattern: "LinearGradient" });
    emulator.sheet("Enn2").setCell("B2", { fill: "#4472C4", fillTintAndShade: 0.6 });
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      const gradient = ws.getRange("A2").format.fill.load("pattern");
      const tint = ws.getRange("B2").format.fill.load("tintAndShade");
      await context.sync();
      expect(gradient.pattern).toBe("LinearGradient");
      expect(tint.tintAndShade).toBe(0.6);
    });
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Enn2").getRange("A3").format.fill.pattern = "LinearGradient";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(emulator.snapshotFormats().Enn2.A2).toEqual({ fill: "#4472C4", fillPattern: "LinearGradient" });
  });
});

describe("sheet ids (Mac, 'Work with worksheets'; #1390)", () => {
  test.each(both)("%s: a sheet added after a deletion", async (profile) => {
    const emulator = book(profile);
    emulator.addSheet("Tarkistus");
    const ids = await emulator.run(async (context) => {
      const old = context.workbook.worksheets.getItem("Tarkistus").load("id");
      await context.sync();
      const oldId = old.id;
      context.workbook.worksheets.getItem("Tarkistus").delete();
      const added = context.workbook.worksheets.add("Muistio").load("id");
      await context.sync();
      return [oldId, added.id];
    });
    if (profile === "fi-desktop") expect(ids[1]).toBe(ids[0]);
    else expect(ids[1]).not.toBe(ids[0]);
  });
});

describe("sheet ids change between sessions (#1390)", () => {
  test("changeSheetIds: old ids find nothing; names, conditional formats and validation follow the sheets", async () => {
    const emulator = book("default");
    const oldId = await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2").load("id");
      ws.names.add("Sitova_Oma", '="raportti"');
      ws.getRange("B2:B3").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Toteutuu,Ei toteudu" },
      };
      const format = ws.getRange("B2").conditionalFormats.add("Custom");
      format.custom.rule.formula = '=N("Sitova")=0';
      await context.sync();
      return ws.id;
    });
    emulator.changeSheetIds();
    await emulator.run(async (context) => {
      const byOldId = context.workbook.worksheets.getItemOrNullObject(oldId);
      const ws = context.workbook.worksheets.getItem("Enn2").load("id");
      const tag = ws.names.getItemOrNullObject("Sitova_Oma");
      const rule = ws.getRange("B3").dataValidation.load("type");
      const formats = ws.getRange().conditionalFormats.getCount();
      await context.sync();
      expect(byOldId.isNullObject).toBe(true);
      expect(ws.id).not.toBe(oldId);
      expect(tag.isNullObject).toBe(false);
      expect(rule.type).toBe("List");
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, not a loaded object
      expect(formats.value).toBe(1);
    });
  });
});

describe("latency and interleaving (excel/performance)", () => {
  /** Two runs, each writing in two syncs; the order their batches reach the workbook. */
  async function order(profile: ExcelProfileName): Promise<string[]> {
    const emulator = book(profile);
    const seen: string[] = [];
    const runOf = (name: string) =>
      emulator.run(async (context) => {
        context.trace(`${name}1`);
        await context.sync();
        seen.push(`${name}1`);
        context.trace(`${name}2`);
        await context.sync();
        seen.push(`${name}2`);
      });
    await Promise.all([runOf("a"), runOf("b")]);
    return seen;
  }

  test("fi-desktop: batches of two runs interleave, whatever the machine's speed", async () => {
    expect(await order("fi-desktop")).toEqual(["a1", "b1", "a2", "b2"]);
  });

  /** Whether a macrotask queued before a run of two syncs ran before the run ended. */
  async function macrotaskGotIn(profile: ExcelProfileName): Promise<boolean> {
    const emulator = book(profile);
    let ran = false;
    setImmediate(() => (ran = true));
    await emulator.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    return ran;
  }

  test.each(both)("%s: other work (timers, events, user input) gets between syncs", async (profile) => {
    expect(await macrotaskGotIn(profile)).toBe(profile === "fi-desktop");
  });

  test("a profile can wait milliseconds per sync, as the playground does", async () => {
    const emulator = book({ ...excelProfile("fi-desktop"), syncDelay: 5 });
    const steps: string[] = [];
    const timer = new Promise<void>((resolve) => setTimeout(() => (steps.push("timer"), resolve()), 0));
    await emulator.run(async (context) => {
      await context.sync();
      steps.push("sync");
    });
    await timer;
    expect(steps).toEqual(["timer", "sync"]);
  });
});

describe("cell-edit mode (excel/excel-add-ins-delay-in-cell-edit)", () => {
  async function write(emulator: ReturnType<typeof book>, options?: Excel.RunOptions) {
    const batch = async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Enn2").getRange("C2").values = [["x"]];
      await context.sync();
    };
    return options ? emulator.run(options, batch) : emulator.run(batch);
  }

  test.each(both)("%s: a batch while the user edits a cell", async (profile) => {
    const emulator = book(profile);
    emulator.beginCellEdit();
    expect(await outcome(write(emulator))).toBe(
      profile === "fi-desktop" ? "InvalidOperationInCellEditMode" : "ok",
    );
    emulator.endCellEdit();
  });

  test("fi-desktop: with delayForCellEdit the batch waits until the edit ends", async () => {
    const emulator = book("fi-desktop");
    emulator.beginCellEdit();
    let done = false;
    const pending = write(emulator, { delayForCellEdit: true }).then(() => (done = true));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(false);
    expect(emulator.sheet("Enn2").cell("C2").value).toBeNull();
    emulator.endCellEdit();
    await pending;
    expect(emulator.sheet("Enn2").cell("C2").value).toBe("x");
  });

  test("fi-desktop: before ExcelApi 1.11 delayForCellEdit is ignored and the batch fails", async () => {
    const emulator = book("fi-desktop", { excelApi: "1.10" });
    emulator.beginCellEdit();
    expect(await outcome(write(emulator, { delayForCellEdit: true }))).toBe("InvalidOperationInCellEditMode");
  });
});

describe("undo (#3788, #2802, #4484, #6415; excel/excel-add-ins-undo-capabilities)", () => {
  const NS = "urn:sitova:test";

  async function addinRun(emulator: ReturnType<typeof book>, options?: Excel.RunOptions) {
    const batch = async (context: Excel.RequestContext) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ws.getRange("B2").format.fill.color = "#FFC7CE";
      await context.sync();
      const format = ws.getRange("B3").conditionalFormats.add("Custom");
      format.custom.rule.formula = '=N("Sitova")=0';
      format.custom.format.fill.color = "#FFC7CE";
      context.workbook.customXmlParts.add(`<s xmlns="${NS}"/>`);
      await context.sync();
    };
    return options ? emulator.run(options, batch) : emulator.run(batch);
  }

  test.each(both)("%s: an add-in write and the user's undo stack", async (profile) => {
    const emulator = book(profile);
    emulator.editCells("Enn2", "C2", [["käyttäjä"]]);
    expect(emulator.undoStack).toEqual([{ source: "user" }]);
    await addinRun(emulator);
    expect(emulator.undoStack).toEqual(profile === "fi-desktop" ? [] : [{ source: "user" }]);
    // Loads alone never touch the stack.
    emulator.editCells("Enn2", "C3", [["taas"]]);
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").getRange("A1").load("values");
      await context.sync();
    });
    expect(emulator.undoStack.length).toBeGreaterThan(0);
  });

  test("per sync: one record per writing sync; undo reverts cells, formats and conditional formats, not custom XML", async () => {
    const emulator = book({ ...excelProfile("fi-desktop"), addinUndo: "recordPerSync" });
    await addinRun(emulator);
    expect(emulator.undoStack).toEqual([{ source: "addin" }, { source: "addin" }]);
    expect(emulator.undo()).toBe(true);
    expect(emulator.conditionalFormats("Enn2")).toEqual([]);
    expect(emulator.sheet("Enn2").cell("B2").fill).toBe("#FFC7CE");
    expect(emulator.model.customXmlParts.map((p) => p.namespaceUri)).toEqual([NS]);
    expect(emulator.undo()).toBe(true);
    expect(emulator.sheet("Enn2").cell("B2").fill).toBeNull();
    expect(emulator.undo()).toBe(false);
  });

  test("per sync: mergeUndoGroup (ExcelApi 1.20) makes one record of the run; before 1.20 it is ignored", async () => {
    const emulator = book({ ...excelProfile("fi-desktop"), addinUndo: "recordPerSync" });
    await addinRun(emulator, { mergeUndoGroup: true });
    expect(emulator.undoStack).toEqual([{ source: "addin" }]);
    emulator.undo();
    expect(emulator.sheet("Enn2").cell("B2").fill).toBeNull();
    expect(emulator.conditionalFormats("Enn2")).toEqual([]);
    const older = book({ ...excelProfile("fi-desktop"), addinUndo: "recordPerSync" }, { excelApi: "1.19" });
    await addinRun(older, { mergeUndoGroup: true });
    expect(older.undoStack).toHaveLength(2);
  });
});

describe("APIs without undo support (excel/excel-add-ins-undo-capabilities, 'Unsupported APIs')", () => {
  const perSync = () => book({ ...excelProfile("fi-desktop"), addinUndo: "recordPerSync" });

  test("per sync: deleting or renaming a sheet clears the user's undo stack", async () => {
    const emulator = perSync();
    emulator.addSheet("Vanha");
    emulator.editCells("Enn2", "C2", [["käyttäjä"]]);
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").getRange("C3").values = [["lisäosa"]];
      await context.sync();
    });
    expect(emulator.undoStack).toEqual([{ source: "user" }, { source: "addin" }]);
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Vanha").delete();
      await context.sync();
    });
    expect(emulator.undoStack).toEqual([]);
  });

  test("per sync: in a mergeUndoGroup run such an API fails with UndoNotSupported", async () => {
    const emulator = perSync();
    const code = await outcome(
      emulator.run({ mergeUndoGroup: true }, async (context) => {
        context.workbook.worksheets.getItem("Enn2").copy("End");
        await context.sync();
      }),
    );
    expect(code).toBe("UndoNotSupported");
    expect(emulator.sheetNames()).toEqual(["Enn2"]);
  });
});

describe("limits and shapes", () => {
  test.each(both)("%s: 65,530 hyperlinks per sheet", async (profile) => {
    const emulator = book(profile);
    const link = { address: "https://www.hel.fi/" };
    const result = await outcome(
      emulator.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Enn2");
        ws.getRange("D1:D65530").hyperlink = link;
        await context.sync();
        ws.getRange("E1").hyperlink = link;
        await context.sync();
      }),
    );
    expect(result).toBe(profile === "fi-desktop" ? "GeneralException" : "ok");
    expect(emulator.sheet("Enn2").cell("D65530").hyperlink).toEqual(link);
    expect(emulator.sheet("Enn2").cell("E1").hyperlink).toEqual(profile === "fi-desktop" ? null : link);
  });

  test("the hyperlink limit counts links written cell by cell in one batch, and cleared ones", async () => {
    const emulator = book({ ...excelProfile("fi-desktop"), hyperlinksPerSheet: 3 });
    const link = { address: "https://www.hel.fi/" };
    const result = await outcome(
      emulator.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Enn2");
        ["D1", "D2", "D3"].forEach((cell) => (ws.getRange(cell).hyperlink = link));
        ws.getRange("D1:D2").clear("Hyperlinks");
        ["E1", "E2"].forEach((cell) => (ws.getRange(cell).hyperlink = link));
        await context.sync();
        ws.getRange("E3").hyperlink = link;
        await context.sync();
      }),
    );
    expect(result).toBe("GeneralException");
    expect(["D3", "E1", "E2", "E3"].map((c) => emulator.sheet("Enn2").cell(c).hyperlink)).toEqual([
      link,
      link,
      link,
      null,
    ]);
  });

  test.each(both)("%s: a used range reaching column XFD or the last row", async (profile) => {
    const emulator = book(profile);
    emulator.sheet("Enn2").setCell("XFD3", { value: "hukassa" });
    emulator.addSheet("Pitkä").setCell("B2", { value: 1 }).setCell("C1048576", { value: 2 });
    await emulator.run(async (context) => {
      const wide = context.workbook.worksheets.getItem("Enn2").getUsedRange(true).load("address");
      const tall = context.workbook.worksheets.getItem("Pitkä").getUsedRange(true).load("address");
      await context.sync();
      if (profile === "fi-desktop") {
        expect(wide.address).toBe("'Enn2'!1:3");
        expect(tall.address).toBe("Pitkä!B:C");
      } else {
        expect(wide.address).toBe("'Enn2'!1:3");
        expect(tall.address).toBe("Pitkä!B2:C1048576");
      }
    });
  });

  test.each(both)("%s: another workbook has the focus", async (profile) => {
    const emulator = book(profile);
    emulator.setWorkbookFocused(false);
    const acts = [
      (c: Excel.RequestContext) => void c.workbook.worksheets.add("Uusi"),
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Enn2").activate(),
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Enn2").freezePanes.freezeRows(1),
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Enn2").getRange("B2").select(),
    ];
    const codes = await Promise.all(
      acts.map((act) => outcome(emulator.run(async (context) => (act(context), context.sync())))),
    );
    const expected = profile === "fi-desktop" ? "InactiveWorkbook" : "ok";
    expect(codes).toEqual([expected, expected, expected, expected]);
    emulator.setWorkbookFocused(true);
    expect(await outcome(emulator.run(async (c) => (c.workbook.worksheets.add("Toinen"), c.sync())))).toBe(
      "ok",
    );
  });

  test.each(both)("%s: co-authors' edits arrive with source Remote", async (profile) => {
    const emulator = book(profile);
    const sources: string[] = [];
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").onChanged.add(async (args) => {
        sources.push(`${args.source} ${args.address}`);
      });
      await context.sync();
    });
    emulator.editCells("Enn2", "B2", [["Ei toteudu"]]);
    if (profile === "fi-desktop") emulator.remoteEditCells("Enn2", "B3", [["Toteutuu"]]);
    else expect(() => emulator.remoteEditCells("Enn2", "B3", [["Toteutuu"]])).toThrow(/no co-authors/);
    await emulator.settle();
    expect(sources).toEqual(profile === "fi-desktop" ? ["Local B2", "Remote B3"] : ["Local B2"]);
    // A co-author's edit is not on this user's undo stack.
    expect(emulator.undoStack).toEqual([{ source: "user" }]);
  });

  test.each(both)("%s: a value picked from a drop-down (#4066)", async (profile) => {
    const emulator = book(profile);
    const heard: string[] = [];
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Enn2");
      ws.getRange("B2:B3").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Toteutuu,Ei toteudu" },
      };
      ws.onChanged.add(async (args) => {
        heard.push(args.address);
      });
      await context.sync();
    });
    emulator.pickFromDropDown("Enn2", "B3", "Toteutuu");
    await emulator.settle();
    expect(emulator.sheet("Enn2").cell("B3").value).toBe("Toteutuu");
    expect(heard).toEqual(profile === "fi-desktop" ? [] : ["B3"]);
  });

  test.each(both)(
    "%s: getOnlyItemOrNullObject is null when the namespace holds two parts",
    async (profile) => {
      const emulator = book(profile);
      const ns = "urn:sitova:state";
      await emulator.run(async (context) => {
        context.workbook.customXmlParts.add(`<a xmlns="${ns}"/>`);
        context.workbook.customXmlParts.add(`<b xmlns="${ns}"/>`);
        const only = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
        await context.sync();
        expect(only.isNullObject).toBe(true);
      });
    },
  );
});
