/** @jest-environment jsdom */
/*
 * Where a write of this Excel clears the user's undo history (no ExcelApi 1.20 undo groups), the pane says
 * so plainly before the first write, on the live-validation switch, and while live validation is on.
 */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { openPopover, renderPane } from "./render";

const NOTICE = "Sitovan muutokset tyhjentävät kumoamishistorian";
const notice = () => screen.queryByText(NOTICE);

describe("the undo notice", () => {
  it("is shown before the first write on an Excel without ExcelApi 1.20, and can be put away", async () => {
    const { user, session } = await renderPane({ options: { excelApi: "1.19" } });
    expect(session.getState().report).toBeNull();
    expect(notice()).toBeInTheDocument();
    expect(screen.getByText(/Ctrl\+Z ei enää peru sitä ennen tekemiäsi muokkauksia/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Selvä" }));
    expect(notice()).not.toBeInTheDocument();
  });

  it("is not shown where each command is one undo step (ExcelApi 1.20)", async () => {
    const { user } = await renderPane({ options: { excelApi: "1.20" } });
    expect(notice()).not.toBeInTheDocument();
    await openPopover(user, "Valinnat");
    expect(screen.getByRole("switch", { name: "Jatkuva tarkistus" })).toHaveAccessibleDescription(
      "Tarkistaa muokatun välilehden uudelleen heti muutoksen jälkeen.",
    );
  });

  it("is on the live switch before it is switched on, and stays while live validation is on", async () => {
    const { user, session, settled } = await renderPane({ features: { mergeUndoGroup: false } });
    await user.click(screen.getByRole("button", { name: "Selvä" }));
    await user.click(screen.getByRole("button", { name: "Tarkista" }));
    await settled();
    expect(screen.getByRole("heading", { name: /6 virhettä/ })).toBeInTheDocument();
    await openPopover(user, "Valinnat");
    const live = screen.getByRole("switch", { name: "Jatkuva tarkistus" });
    expect(live).toHaveAccessibleDescription(/jokainen päivitys tyhjentää kumoamishistorian \(Ctrl\+Z\)/);
    await user.click(live);
    await settled();
    expect(session.getState().live).toBe(true);
    expect(live).toBeChecked();
    expect(notice()).toBeInTheDocument();
    expect(screen.getByText(/Jatkuva tarkistus on päällä/)).toBeInTheDocument();
    // Nothing to put away while it holds: it goes when live validation is switched off.
    expect(screen.queryByRole("button", { name: "Selvä" })).not.toBeInTheDocument();
    await user.click(live);
    await settled();
    expect(session.getState().live).toBe(false);
    expect(live).not.toBeChecked();
    expect(notice()).not.toBeInTheDocument();
  });

  it("speaks the pane's language", async () => {
    await renderPane({ lang: "sv", features: { mergeUndoGroup: false } });
    expect(screen.getByText("Sitovas ändringar tömmer ångrahistoriken")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Uppfattat" })).toBeInTheDocument();
  });
});
