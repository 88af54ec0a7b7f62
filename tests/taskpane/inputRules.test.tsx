/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen } from "@testing-library/react";
import { allDataValidations, dataValidationAt } from "../../src/emulator/dataValidation";
import { LANGS } from "../../src/domain";
import { inputRuleSpecs } from "../../src/excel/inputRules";
import { NO_TABLE } from "../support/paths";
import { renderPane } from "./render";

describe("input rules in the pane", () => {
  it("installs Excel's data validation on the tables, changes no value, and removal restores exactly", async () => {
    const { user, emulator, settled } = await renderPane();
    // A validation of the user's own, elsewhere on the sheet: it must survive both buttons.
    await emulator.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Enn2").getRange("B5:B12").dataValidation;
      dv.rule = { textLength: { formula1: 500, operator: "LessThan" as Excel.DataValidationOperator } };
      await context.sync();
    });
    const before = allDataValidations(emulator);
    const values = emulator.toSnapshot();
    const formats = emulator.snapshotFormats();

    await user.click(screen.getByRole("tab", { name: "Syöttösäännöt" }));
    expect(screen.getByText("Sitovan syöttösääntöalueita tässä työkirjassa: 0.")).toBeInTheDocument();
    const remove = screen.getByRole("button", { name: "Poista syöttösäännöt" });
    expect(remove).toHaveAttribute("aria-disabled", "true");

    await user.click(screen.getByRole("button", { name: "Asenna syöttösäännöt" }));
    await settled();
    expect(screen.getByText("Syöttösäännöt asennettu. Alueita 7, soluja 56.")).toBeInTheDocument();
    expect(screen.getByText("Sitovan syöttösääntöalueita tässä työkirjassa: 7.")).toBeInTheDocument();
    expect(dataValidationAt(emulator, "Enn2", 5, 5)).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "Toteutuu,Ei toteudu" } },
      prompt: { title: "Ennuste", message: expect.stringMatching(/^Valitse "Toteutuu" tai "Ei toteudu"\./) },
    });
    expect(dataValidationAt(emulator, "Enn1", 6, 4)?.rule).toEqual({
      list: { inCellDropDown: true, source: "Kyllä,Ei" },
    });
    expect(dataValidationAt(emulator, "Enn1", 6, 7)?.rule).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: "Between" },
    });
    expect(emulator.toSnapshot()).toEqual(values);
    expect(emulator.snapshotFormats()).toEqual(formats);

    await user.click(remove);
    await settled();
    expect(screen.getByText("Syöttösäännöt poistettu. Alueita 7.")).toBeInTheDocument();
    expect(allDataValidations(emulator)).toEqual(before);
    expect(emulator.toSnapshot()).toEqual(values);
    expect(remove).toHaveAttribute("aria-disabled", "true");
  });

  it("skips a range that has the user's own validation, and says which", async () => {
    const { user, emulator, settled } = await renderPane();
    await emulator.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Enn2").getRange("F7").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "A,B" } };
      await context.sync();
    });
    await user.click(screen.getByRole("tab", { name: "Syöttösäännöt" }));
    await user.click(screen.getByRole("button", { name: "Asenna syöttösäännöt" }));
    await settled();
    expect(
      screen.getByText(
        "Syöttösäännöt asennettu. Alueita 6, soluja 48. Ohitettiin, koska niissä on jo oma kelpoisuustarkistus: Enn2!F5:F12.",
      ),
    ).toBeInTheDocument();
    expect(dataValidationAt(emulator, "Enn2", 7, 6)?.rule).toEqual({
      list: { inCellDropDown: true, source: "A,B" },
    });
  });

  it("writes the input messages and alerts in the pane's language, and removes them in any language", async () => {
    const { user, emulator, session, settled } = await renderPane({ lang: "sv" });
    await user.click(screen.getByRole("tab", { name: "Inmatningsregler" }));
    await user.click(screen.getByRole("button", { name: "Installera inmatningsregler" }));
    await settled();
    expect(screen.getByText("Inmatningsreglerna är installerade. Områden 7, celler 56.")).toBeInTheDocument();
    expect(dataValidationAt(emulator, "Enn2", 5, 5)).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "Toteutuu,Ei toteudu" } },
      prompt: { title: "Prognos", message: expect.stringMatching(/^Välj "Toteutuu" eller "Ei toteudu"\./) },
      errorAlert: { title: "Prognosen duger inte", style: "Stop" },
    });
    expect(dataValidationAt(emulator, "Enn1", 6, 7)?.prompt?.title).toBe("Numerisk prognos");
    // Installed in Swedish, removed from an English pane: the record, not the language, says what is ours.
    act(() => session.setLang("en"));
    await user.click(screen.getByRole("button", { name: "Remove input rules" }));
    await settled();
    expect(screen.getByText("Input rules removed. Ranges 7.")).toBeInTheDocument();
    expect(allDataValidations(emulator)).toEqual({});
  });

  it("has every input message and alert within Excel's limits in every language", () => {
    const table = {
      sheet: "Enn2",
      headerRow: 4,
      lastRow: 12,
      columns: { recovery: 4, forecast1: 5, numeric: 8 },
    };
    const lists = { forecast: ["Toteutuu", "Ei toteudu"], recovery: ["Kyllä", "Ei"] };
    const byLang = LANGS.map((lang) => inputRuleSpecs([table], lists, lang));
    for (const specs of byLang) {
      expect(specs.map((s) => s.kind)).toEqual(["recovery", "forecast", "numeric"]);
      for (const { prompt, errorAlert } of specs) {
        expect(prompt.title!.length).toBeLessThanOrEqual(32);
        expect(errorAlert.title!.length).toBeLessThanOrEqual(32);
        expect(prompt.message!.length).toBeLessThanOrEqual(255);
        expect(errorAlert.message!.length).toBeLessThanOrEqual(255);
      }
    }
    // Each language has its own texts: no message is shared between two languages.
    const messages = byLang.map((specs) => specs.map((s) => `${s.prompt.message}|${s.errorAlert.message}`));
    for (let i = 0; i < messages.length; i++)
      for (let j = i + 1; j < messages.length; j++)
        expect(messages[i].filter((m) => messages[j].includes(m))).toEqual([]);
  });

  it("says there is no goal table, and which headers Sitova looks for", async () => {
    const { user, settled } = await renderPane({ file: NO_TABLE });
    await user.click(screen.getByRole("tab", { name: "Syöttösäännöt" }));
    await user.click(screen.getByRole("button", { name: "Asenna syöttösäännöt" }));
    await settled();
    expect(
      screen.getByText("Syöttösääntöjä ei asennettu, koska tavoitetaulukkoa ei löytynyt."),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Tavoitetaulukkoa ei löytynyt" })).toBeInTheDocument();
    expect(screen.getByText("Palautusmittari")).toBeInTheDocument();
  });

  it("on a protected sheet says what to unprotect and installs nothing", async () => {
    const { user, emulator, settled } = await renderPane({ options: { protectedSheets: { Enn2: {} } } });
    await user.click(screen.getByRole("tab", { name: "Syöttösäännöt" }));
    await user.click(screen.getByRole("button", { name: "Asenna syöttösäännöt" }));
    await settled();
    expect(screen.getByText(/Välilehti on suojattu \(Enn2\).*Poista suojaus/)).toBeInTheDocument();
    expect(allDataValidations(emulator)).toEqual({});
  });
});
