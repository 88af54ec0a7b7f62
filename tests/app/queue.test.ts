/**
 * One queue for all of the session's Excel work. Each sync waits a macrotask here (as under fi-desktop),
 * so without the queue the batches of overlapping runs would interleave as they do in Excel.
 */
import { excelProfile } from "../../src/emulator";
import type { EmulatedExcel } from "../../src/emulator/emulator";
import { WorkQueue } from "../../src/excel/queue";
import { STATE_NAMESPACE, stateFromXml } from "../../src/excel/state";
import { isSitovaRule } from "../../src/excel/highlights";
import { highlightAreas, highlightTargets } from "../../src/excel/highlights";
import { sessionOn } from "../support/session";

const interleaving = { profile: { ...excelProfile("default"), syncDelay: "macrotask" as const } };

const stateParts = (emulator: EmulatedExcel) =>
  emulator.model.customXmlParts.filter((p) => p.namespaceUri === STATE_NAMESPACE);

describe("the work queue", () => {
  it("runs jobs one at a time in order, and a failed job does not stop the next", async () => {
    const queue = new WorkQueue();
    const log: string[] = [];
    const job =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setImmediate(resolve));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      queue.run(job("a")),
      queue.run(job("b", true)),
      queue.run(job("c")),
    ]);
    expect(log).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(queue.pending).toBe(0);
  });
});

describe("overlapping work of the ribbon, the pane and live validation", () => {
  it("leaves one state part with every change, whatever runs at once", async () => {
    const { emulator, session } = await sessionOn({ options: interleaving });
    await Promise.all([
      session.setRuleSetting("blank-row", "off"),
      session.installInputRules(),
      session.setRuleSetting("unknown-theme", "error"),
    ]);
    expect(session.getState().error).toBeNull();
    const parts = stateParts(emulator);
    expect(parts).toHaveLength(1);
    const saved = stateFromXml(parts[0].xml);
    expect(saved.ruleSettings).toEqual({ "blank-row": "off", "unknown-theme": "error" });
    expect(saved.inputRules?.length).toBeGreaterThan(0);
  });

  it("two checks and a re-check at once leave exactly the last findings' highlights and one report sheet", async () => {
    const { emulator, session } = await sessionOn({ options: interleaving });
    await session.setWriteReport(true);
    await Promise.all([
      session.validate(), // the ribbon
      session.validate(), // the pane
      session.setRuleSetting("missing-risk-comment", "off"),
    ]);
    const findings = session.getState().report!.findings;
    expect(findings.some((f) => f.rule === "missing-risk-comment")).toBe(false);
    const expected = highlightAreas(highlightTargets(findings).get("Enn2")!);
    const sitova = emulator.conditionalFormats("Enn2").filter((f) => isSitovaRule(f.formula));
    expect(sitova.map((f) => f.ranges[0]).sort()).toEqual(expected.map((a) => a.address).sort());
    expect(emulator.sheetNames().filter((n) => n.startsWith("Tarkistus"))).toEqual(["Tarkistus"]);
  });
});
