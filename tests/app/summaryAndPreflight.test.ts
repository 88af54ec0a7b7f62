import { chartViews, excelProfile } from "../../src/emulator";
import { HIGHLIGHT_FILLS } from "../../src/excel/highlights";
import { NO_TABLE } from "../support/paths";
import { sessionOn } from "../support/session";

describe("the session's summary", () => {
  it("writes the summary sheet with its charts, linked to the report sheet of the last check", async () => {
    const { emulator, session } = await sessionOn();
    await session.setWriteReport(true);
    await session.validate();
    const name = await session.insertSummary();
    expect(name).toBe("Yhteenveto");
    expect(session.getState()).toMatchObject({ error: null, phase: "done" });
    const sheet = emulator.sheet("Yhteenveto");
    expect(
      chartViews(emulator.model, sheet.model)
        .map((c) => c.chartType)
        .sort(),
    ).toEqual(["BarClustered", "BarStacked", "BarStacked", "ColumnClustered"]);
    const statusLinks = [1, 2, 3, 4, 5]
      .map((row) => sheet.cell(`B${row}`).hyperlink ?? sheet.cell(`A${row}`).hyperlink)
      .filter((link) => link?.documentReference);
    expect(statusLinks.map((l) => l!.documentReference)).toContain("'Tarkistus'!A1");
  });

  it("on a workbook without goal tables writes no sheet and says why (issue 13, item 7)", async () => {
    const { emulator, session } = await sessionOn({ file: NO_TABLE });
    const names = emulator.sheetNames();
    expect(await session.insertSummary()).toBeNull();
    expect(session.getState()).toMatchObject({ summaryNotice: "noTables", error: null, phase: "done" });
    expect(emulator.sheetNames()).toEqual(names);
    // The next summary of a workbook with tables clears the notice.
    const other = await sessionOn();
    await other.session.insertSummary();
    expect(other.session.getState().summaryNotice).toBeNull();
  });

  it("with another workbook focused, refreshes nothing and says to come back to this workbook", async () => {
    const { emulator, session } = await sessionOn({
      options: { profile: { ...excelProfile("default"), focusSensitive: true } },
    });
    await session.insertSummary();
    emulator.editCells("Enn2", "D9", [["Ei"]]);
    const before = emulator.sheet("Yhteenveto").values("A1:F40");
    emulator.setWorkbookFocused(false);
    expect(await session.insertSummary()).toBeNull();
    expect(session.getState().error).toMatch(/Palaa tähän työkirjaan/);
    expect(emulator.sheet("Yhteenveto").values("A1:F40")).toEqual(before);
  });

  it("says what is protected and writes nothing when the workbook structure is protected", async () => {
    const { emulator, session } = await sessionOn({ options: { workbookProtected: true } });
    const names = emulator.sheetNames();
    expect(await session.insertSummary()).toBeNull();
    expect(session.getState().error).toMatch(/Työkirjan rakenne on suojattu/);
    expect(emulator.sheetNames()).toEqual(names);
  });
});

describe("a check writes all its results or none", () => {
  it("does not mark cells when the report sheet cannot be added", async () => {
    const { emulator, session } = await sessionOn({ options: { workbookProtected: true } });
    await session.setWriteReport(true);
    const before = emulator.snapshotFormats();
    await session.validate();
    expect(session.getState().error).toMatch(/Työkirjan rakenne on suojattu/);
    expect(emulator.snapshotFormats()).toEqual(before);
    expect(emulator.displayedFills("Enn2", "H10").H10).not.toBe(HIGHLIGHT_FILLS.error);
    expect(emulator.conditionalFormats("Enn2")).toEqual([]);
  });
});

describe("the user's cells", () => {
  it("keep their values through a check, a summary, live validation and clearing", async () => {
    const { emulator, session } = await sessionOn();
    const userSheets = () =>
      emulator.toSnapshot().sheets.filter((s) => ["Ohjeet", "Enn1", "Enn2"].includes(s.name));
    const before = userSheets();
    await session.validate();
    await session.insertSummary();
    await session.setLive(true);
    await session.setLive(false);
    await session.clearHighlights();
    expect(userSheets()).toEqual(before);
  });
});
