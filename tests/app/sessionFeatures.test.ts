import { stateFromXml, STATE_NAMESPACE } from "../../src/excel/state";
import type { EmulatedExcel } from "../../src/emulator/emulator";
import type { SessionState } from "../../src/app/session";
import { PHASE_PROGRESS } from "../../src/app/session";
import { HIGHLIGHT_FILLS } from "../../src/excel/highlights";
import { NO_TABLE } from "../support/paths";
import { sessionAgain, sessionOn } from "../support/session";

const keys = (state: SessionState) => state.report!.findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`);

function savedState(emulator: EmulatedExcel) {
  const part = emulator.model.customXmlParts.find((p) => p.namespaceUri === STATE_NAMESPACE);
  return part ? stateFromXml(part.xml) : null;
}

describe("the session's progress and views", () => {
  it("reports progress with each phase and shows the results after every check", async () => {
    const { session } = await sessionOn();
    const seen: Array<[string, number, string]> = [];
    session.subscribe((s) => seen.push([s.phase, s.progress, s.view]));
    session.setView("settings");
    await session.validate();
    // Each read sync also reports its counts (`readProgress`) within the reading phase.
    const phases = seen.filter(([phase], i) => i === 0 || phase !== seen[i - 1][0]);
    expect(phases).toEqual([
      ["idle", 0, "settings"],
      ["reading", PHASE_PROGRESS.reading, "results"],
      ["checking", PHASE_PROGRESS.checking, "results"],
      ["marking", PHASE_PROGRESS.marking, "results"],
      ["done", 1, "results"],
    ]);
  });

  it("passes on which Excel features are missing", async () => {
    const { session } = await sessionOn({ features: { mergedAreas: false } });
    expect(session.getState().features).toMatchObject({ mergedAreas: false });
  });

  it("says whether Sitova's writes clear the user's undo stack (no undo grouping before ExcelApi 1.20)", async () => {
    const grouped = await sessionOn({ options: { excelApi: "1.20" } });
    expect(grouped.session.getState().undoLost).toBe(false);
    const older = await sessionOn({ options: { excelApi: "1.19" } });
    expect(older.session.getState().undoLost).toBe(true);
  });
});

describe("rule settings saved in the workbook", () => {
  it("switches a rule off, changes a severity, and a new session on the same workbook sees both", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    await session.setRuleSetting("missing-risk-comment", "off");
    await session.setRuleSetting("unknown-theme", "error");
    const state = session.getState();
    expect(state.error).toBeNull();
    expect(keys(state).some((k) => k.includes("missing-risk-comment"))).toBe(false);
    expect(keys(state)).toContain("A12 unknown-theme error");
    // The highlights follow: G6's warning is gone.
    expect(emulator.displayedFills("Enn2", "G6").G6).not.toBe(HIGHLIGHT_FILLS.warning);
    expect(savedState(emulator)?.ruleSettings).toEqual({
      "missing-risk-comment": "off",
      "unknown-theme": "error",
    });

    const again = sessionAgain(emulator);
    await again.init();
    expect(again.getState()).toMatchObject({
      settingsLoaded: true,
      ruleSettings: { "missing-risk-comment": "off", "unknown-theme": "error" },
    });
    await again.validate();
    expect(keys(again.getState())).toEqual(keys(state));
  });

  it("a check started before the settings were read still honours them (the ribbon's Tarkista)", async () => {
    const { emulator, session } = await sessionOn();
    await session.setRuleSetting("invalid-value", "off");
    const ribbon = sessionAgain(emulator);
    const report = await ribbon.validate();
    expect(report?.findings.map((f) => f.rule)).not.toContain("invalid-value");
  });

  it("returns a rule to its default and resets all", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    await session.setRuleSetting("invalid-value", "off");
    await session.setRuleSetting("blank-row", "warning");
    await session.setRuleSetting("invalid-value", null);
    expect(session.getState().ruleSettings).toEqual({ "blank-row": "warning" });
    await session.resetRuleSettings();
    expect(savedState(emulator)?.ruleSettings).toEqual({});
    expect(session.getState().report?.stats).toEqual({ errors: 6, warnings: 2, infos: 0 });
  });

  it("ignores malformed settings in the workbook", async () => {
    const { emulator, session } = await sessionOn();
    await session.setRuleSetting("invalid-value", "off");
    const part = emulator.model.customXmlParts.find((p) => p.namespaceUri === STATE_NAMESPACE)!;
    part.xml = part.xml.replace('"invalid-value":"off"', '"invalid-value":"loud","blank-row":"warning"');
    const again = sessionAgain(emulator);
    await again.init();
    expect(again.getState().ruleSettings).toEqual({ "blank-row": "warning" });
  });
});

describe("a schema file instead of the built-in schema", () => {
  it("loads a schema that extends the built-in one and checks again", async () => {
    const { session } = await sessionOn();
    await session.validate();
    const ok = await session.loadSchemaText(
      '\uFEFF{ "extends": "builtin", "version": "2027.1", "rules": { "unknown-theme": "off" } }',
      "kaupunki.json",
    );
    expect(ok).toBe(true);
    expect(session.getState().schemaInfo).toEqual({ name: "kaupunki.json", version: "2027.1" });
    expect(keys(session.getState()).some((k) => k.includes("unknown-theme"))).toBe(false);
    await session.resetSchema();
    expect(session.getState().schemaInfo.name).toBeNull();
    expect(keys(session.getState())).toContain("A12 unknown-theme warning");
  });

  it("says what is wrong with a bad file and keeps the schema in use", async () => {
    const { session } = await sessionOn();
    expect(await session.loadSchemaText("{ not json", "a.json")).toBe(false);
    expect(session.getState().schemaProblem?.kind).toBe("json");
    expect(await session.loadSchemaText('{ "extends": "builtin", "rules": { "x": "loud" } }', "b.json")).toBe(
      false,
    );
    expect(session.getState().schemaProblem).toEqual({
      kind: "schema",
      file: "b.json",
      detail: "skeema: rules.x: tuntematon sääntö",
    });
    // The same checker as the command line's: a misspelt rule id is refused, named, in the pane's language.
    session.setLang("en");
    expect(
      await session.loadSchemaText('{"extends":"builtin","rules":{"unknown-thme":"off"}}', "c.json"),
    ).toBe(false);
    expect(session.getState().schemaProblem?.detail).toBe("schema: rules.unknown-thme: unknown rule id");
    session.setLang("sv");
    expect(session.getState().schemaProblem?.detail).toBe("schema: rules.unknown-thme: okänd regel");
    expect(session.getState().schemaInfo.name).toBeNull();
  });
});

describe("input rules through the session", () => {
  it("installs on the detected tables, remembers it in the workbook, and removes it", async () => {
    const { emulator, session } = await sessionOn();
    await session.installInputRules();
    const state = session.getState();
    expect(state.error).toBeNull();
    expect(state.inputRules.installed).toBe(7);
    expect(state.inputRules.last).toMatchObject({
      action: "install",
      result: { ranges: 7, cells: 56, skipped: [] },
    });
    const again = sessionAgain(emulator);
    await again.init();
    expect(again.getState().inputRules.installed).toBe(7);
    await again.removeInputRules();
    expect(again.getState().inputRules).toMatchObject({
      installed: 0,
      last: { action: "remove", result: { ranges: 7, kept: [] } },
    });
  });

  it("says so when there is no goal table", async () => {
    const { session } = await sessionOn({ file: NO_TABLE });
    await session.installInputRules();
    expect(session.getState().inputRules.last).toEqual({ action: "install", noTable: true });
  });

  it("tells the user what is protected and installs nothing", async () => {
    const { emulator, session } = await sessionOn({ options: { protectedSheets: { Enn1: {} } } });
    await session.installInputRules();
    expect(session.getState().error).toMatch(/Välilehti on suojattu \(Enn1\).*Mitään ei muutettu/);
    expect(session.getState().phase).toBe("idle");
    expect(savedState(emulator)?.inputRules).toBeUndefined();
  });
});
