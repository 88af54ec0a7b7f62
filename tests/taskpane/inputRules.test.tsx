/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { allDataValidations, dataValidationAt } from "../../src/emulator/dataValidation";
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
