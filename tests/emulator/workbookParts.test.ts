/*
 * Some reads here are deliberate (before sync) or follow loads the Office add-in lint rules cannot see
 * (ClientResult values, collection loads), so those rules are off in this file.
 */
/* eslint-disable office-addins/load-object-before-read */
/** Workbook-level storage the add-in uses to remember things: settings, custom XML parts; and tables. */
import { createEmulator } from "../../src/emulator";
import { rejection, sheet, workbook } from "./helpers";

const NS = "urn:sitova:highlights:1";

function book() {
  return createEmulator(workbook(sheet("Enn2", [["Tavoite"], ["Lukutaito"]])));
}

describe("workbook.settings", () => {
  test("add, read back in a later run, change and delete", async () => {
    const emulator = book();
    await emulator.run(async (context) => {
      context.workbook.settings.add("sitova.version", 1);
      context.workbook.settings.add("sitova.fills", { Enn2: { B2: "#FFFF00" } });
      await context.sync();
    });
    expect(emulator.setting("sitova.fills")).toEqual({ Enn2: { B2: "#FFFF00" } });

    await emulator.run(async (context) => {
      const fills = context.workbook.settings.getItemOrNullObject("sitova.fills");
      fills.load("key, value");
      const missing = context.workbook.settings.getItemOrNullObject("sitova.none");
      context.workbook.settings.load("items/key");
      await context.sync();
      expect(fills.isNullObject).toBe(false);
      expect(fills.value).toEqual({ Enn2: { B2: "#FFFF00" } });
      expect(missing.isNullObject).toBe(true);
      expect(context.workbook.settings.items.map((s) => s.key)).toEqual(["sitova.version", "sitova.fills"]);
      fills.value = {};
      context.workbook.settings.getItem("sitova.version").delete();
      await context.sync();
    });
    expect(emulator.setting("sitova.fills")).toEqual({});
    expect(emulator.setting("sitova.version")).toBeUndefined();
  });

  test("values go through JSON like Excel stores them; getItem of a missing key is ItemNotFound", async () => {
    const emulator = book();
    await emulator.run(async (context) => {
      context.workbook.settings.add("when", new Date(Date.UTC(2021, 5, 1)));
      await context.sync();
    });
    expect(emulator.setting("when")).toBe("2021-06-01T00:00:00.000Z");
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.settings.getItem("none").load("value");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("workbook.customXmlParts (ExcelApi 1.5)", () => {
  test("add, find by namespace, getXml, setXml and delete", async () => {
    const emulator = book();
    const xml = `<?xml version="1.0"?><fills xmlns="${NS}"><cell sheet="Enn2" address="B2" color="#FFFF00"/></fills>`;
    const id = await emulator.run(async (context) => {
      const part = context.workbook.customXmlParts.add(xml);
      part.load("id, namespaceUri");
      await context.sync();
      expect(part.namespaceUri).toBe(NS);
      return part.id;
    });
    expect(id).toMatch(/^\{[0-9A-F-]+\}$/);

    await emulator.run(async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace(NS);
      const only = scoped.getOnlyItemOrNullObject();
      const count = scoped.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      const text = only.getXml();
      await context.sync();
      expect(text.value).toBe(xml);
      only.setXml(`<fills xmlns="${NS}"/>`);
      await context.sync();
      const again = context.workbook.customXmlParts.getItem(id).getXml();
      await context.sync();
      expect(again.value).toBe(`<fills xmlns="${NS}"/>`);
      context.workbook.customXmlParts.getItem(id).delete();
      await context.sync();
      const none = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
    expect(emulator.model.customXmlParts).toEqual([]);
  });

  test("prefixed roots, several parts per namespace, malformed XML", async () => {
    const emulator = book();
    await emulator.run(async (context) => {
      context.workbook.customXmlParts.add(`<s:a xmlns:s="${NS}"><s:b>1 &amp; 2</s:b></s:a>`);
      context.workbook.customXmlParts.add(`<a xmlns="${NS}"/>`);
      context.workbook.customXmlParts.add(`<other xmlns="urn:other"/>`);
      await context.sync();
      const scoped = context.workbook.customXmlParts.getByNamespace(NS);
      scoped.load("items/id, items/namespaceUri");
      const onlyOrNull = scoped.getOnlyItemOrNullObject();
      await context.sync();
      expect(scoped.items.map((p) => p.namespaceUri)).toEqual([NS, NS]);
      expect(onlyOrNull.isNullObject).toBe(true);
    });
    const bad = ["<a>", "<a></b>", "text", "<a/><b/>", "<a>&nope;</a>"];
    const errors = await Promise.all(
      bad.map((xml) =>
        rejection(
          emulator.run(async (context) => {
            context.workbook.customXmlParts.add(xml);
            await context.sync();
          }),
        ),
      ),
    );
    expect(errors.map((e) => e.code)).toEqual(bad.map(() => "InvalidArgument"));
  });
});

describe("tables", () => {
  test("add with headers, grow by rows, find by name and read the body", async () => {
    const emulator = book();
    await emulator.run(async (context) => {
      const report = context.workbook.worksheets.add("Tarkistus");
      report.getRange("A1:C1").values = [["Vakavuus", "Sääntö", "Solu"]];
      const findings = report.tables.add("A1:C1", true);
      findings.name = "SitovaLöydökset";
      findings.rows.add(undefined, [
        ["virhe", "required-value", "Enn2!B2"],
        ["varoitus", "unknown-theme", "Enn2!A2"],
      ]);
      await context.sync();
      const found = context.workbook.tables.getItem("sitovalöydökset");
      const body = found.getDataBodyRange().load("values, address");
      found.rows.load("count");
      await context.sync();
      expect(body.address).toBe("Tarkistus!A2:C3");
      expect(body.values[1]).toEqual(["varoitus", "unknown-theme", "Enn2!A2"]);
      expect(found.rows.count).toBe(2);
      found.rows.deleteRowsAt(0, 1);
      await context.sync();
    });
    expect(emulator.sheet("Tarkistus").values("A2:C3")).toEqual([
      ["varoitus", "unknown-theme", "Enn2!A2"],
      [null, null, null],
    ]);
  });

  test("rows.add at an index inserts inside the table and moves what is below it", async () => {
    const emulator = book();
    await emulator.run(async (context) => {
      const report = context.workbook.worksheets.add("Tarkistus");
      report.getRange("A1:B3").values = [
        ["Sääntö", "Solu"],
        ["a", "A1"],
        ["c", "C1"],
      ];
      report.getRange("A5").values = [["alla"]];
      const findings = report.tables.add("Tarkistus!A1:B3", true);
      findings.rows.add(1, [["b", "B1"]]);
      await context.sync();
    });
    expect(emulator.sheet("Tarkistus").values("A2:A6")).toEqual([["a"], ["b"], ["c"], [null], ["alla"]]);
  });
});
