import {
  compactCells,
  emptyState,
  expandCells,
  mergeStates,
  stateFromXml,
  stateToXml,
} from "../../src/excel/state";
import type { SitovaState } from "../../src/excel/state";

describe("Sitova's state in the workbook", () => {
  it("writes runs of cells down a column as ranges and reads them back cell by cell", () => {
    expect(compactCells(["D5", "D4", "D6", "F12", "D9", "AA1"])).toBe("D4:D6,D9,F12,AA1");
    expect(expandCells("D4:D6,D9,F12,AA1")).toEqual(["D4", "D5", "D6", "D9", "F12", "AA1"]);
    expect(expandCells("")).toEqual([]);
  });

  it("round-trips fill records, input rules and settings, with XML special characters", () => {
    const state: SitovaState = {
      ...emptyState(),
      highlights: {
        "{sheet-1}": {
          G6: { original: { pattern: "None", color: "#FFFFFF" }, painted: "#FFEB9C" },
          G7: { original: { pattern: "None", color: "#FFFFFF" }, painted: "#FFEB9C" },
          D9: { original: { pattern: "Solid", color: "#123456" }, painted: "#FFC7CE" },
        },
      },
      ruleSettings: { "blank-row": "off" },
      inputRules: [
        { sheetId: "{s&<>}", address: "E5:E9", kind: "forecast", type: "List", prompt: 'Valitse "Toteutuu"' },
      ],
    };
    expect(stateFromXml(stateToXml(state))).toEqual(state);
  });

  it("keeps 50 000 highlighted cells of a column in a few bytes, far from the 5 MB request limit", () => {
    const cells: SitovaState["highlights"][string] = {};
    const record = { original: { pattern: "None", color: "#FFFFFF" }, painted: "#FFC7CE" };
    for (let row = 5; row < 50_005; row++) cells[`D${row}`] = record;
    const xml = stateToXml({ ...emptyState(), highlights: { s: cells } });
    expect(xml.length).toBeLessThan(500);
    expect(Object.keys(stateFromXml(xml).highlights.s)).toHaveLength(50_000);
  });

  it("drops an earlier version's sheet ids: a reused id must never point at a user's sheet", () => {
    const xml = stateToXml(emptyState()).replace(
      '"ruleSettings"',
      '"ownSheets":{"report":"{1}"},"ruleSettings"',
    );
    expect(stateFromXml(xml)).toEqual(emptyState());
  });

  it("merges parts left by runs that raced: every record and setting, the first part's where they differ", () => {
    const record = { original: { pattern: "None", color: "#FFFFFF" }, painted: "#FFC7CE" };
    const rule = { sheetId: "s", address: "E5:E9", kind: "forecast" as const, type: "List", prompt: "p" };
    const merged = mergeStates([
      { ...emptyState(), highlights: { s: { D4: record } }, ruleSettings: { "blank-row": "off" } },
      {
        ...emptyState(),
        highlights: { s: { D5: record } },
        ruleSettings: { "blank-row": "warning", "unknown-theme": "error" },
        inputRules: [rule],
      },
    ]);
    expect(merged).toEqual({
      ...emptyState(),
      highlights: { s: { D4: record, D5: record } },
      ruleSettings: { "blank-row": "off", "unknown-theme": "error" },
      inputRules: [rule],
    });
  });

  it("reads a damaged or foreign part as an empty state", () => {
    expect(stateFromXml("<other/>")).toEqual(emptyState());
    expect(stateFromXml('<sitova xmlns="urn:sitova:state:1">{not json</sitova>')).toEqual(emptyState());
  });
});
