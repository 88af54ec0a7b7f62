/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { chartViews } from "../../src/emulator";
import { NO_TABLE } from "../support/paths";
import { openPopover, renderPane } from "./render";

describe("Yhteenveto in the task pane", () => {
  it("writes the summary sheet with its charts and says where", async () => {
    const { user, emulator, settled } = await renderPane();
    // Behind Valinnat with the switches: coordinators use it now and then (and from the ribbon).
    await openPopover(user, "Valinnat");
    await user.click(screen.getByRole("button", { name: "Yhteenveto" }));
    await settled();
    expect(screen.getByText("Yhteenveto päivitetty välilehdelle Yhteenveto.")).toBeInTheDocument();
    expect(chartViews(emulator.model, emulator.sheet("Yhteenveto").model)).toHaveLength(4);
  });

  it("on a workbook without goal tables says why no sheet was written", async () => {
    const { user, emulator, settled } = await renderPane({ file: NO_TABLE });
    const names = emulator.sheetNames();
    await openPopover(user, "Valinnat");
    await user.click(screen.getByRole("button", { name: "Yhteenveto" }));
    await settled();
    expect(
      screen.getByText(/Yhteenvetoa ei tehty: työkirjasta ei löytynyt tavoitetaulukkoa/),
    ).toBeInTheDocument();
    expect(emulator.sheetNames()).toEqual(names);
  });
});
