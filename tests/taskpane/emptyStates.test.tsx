/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { NO_TABLE, VALID } from "../support/paths";
import { renderPane } from "./render";

describe("empty and error states say what to do", () => {
  it("before the first check: what Tarkista does", async () => {
    await renderPane();
    expect(
      screen.getByRole("heading", { level: 2, name: "Työkirjaa ei ole vielä tarkistettu" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Valitse Tarkista: Sitova etsii/)).toBeInTheDocument();
  });

  it("no goal table: the headers Sitova looks for and what to do", async () => {
    const { user, settled } = await renderPane({ file: NO_TABLE });
    await user.click(screen.getByRole("button", { name: "Tarkista" }));
    await settled();
    const heading = screen.getByRole("heading", { name: "Tavoitetaulukkoa ei löytynyt" });
    const state = heading.parentElement!;
    const headers = within(state)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(headers).toEqual([
      "Kaupunkistrategian teema",
      "Sitova toiminnan tavoite",
      "Sitovan toiminnan tavoitteen mittarit",
      "Palautusmittari",
      "Kommentit",
      "Mittarin numeerinen ennuste",
      "Kytkeytyminen kaupunkiyhteisiin hankkeisiin ja yhteissuunnitteluun",
      "Ennuste n/yyyy, esim. Ennuste 2/2021",
    ]);
    expect(within(state).getByText(/lataa asetuksista skeema/)).toBeInTheDocument();
  });

  it("a protected sheet: an error that names it and says how to unprotect, which can be dismissed", async () => {
    const { user, settled } = await renderPane({ options: { protectedSheets: { Enn2: {} } } });
    await user.click(screen.getByRole("button", { name: "Tarkista" }));
    await settled();
    expect(screen.getByText("Sitova ei voinut tehdä tätä")).toBeInTheDocument();
    expect(
      screen.getByText(/Välilehti on suojattu \(Enn2\).*Mitään ei muutettu\. Poista suojaus/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sulje" }));
    expect(screen.queryByText("Sitova ei voinut tehdä tätä")).not.toBeInTheDocument();
  });

  it("an Excel without ExcelApi 1.13: which feature is off and why", async () => {
    await renderPane({ features: { mergedAreas: false } });
    expect(screen.getByText("Yhdistettyjä soluja ei lueta")).toBeInTheDocument();
    expect(screen.getByText(/ei tue ExcelApi 1\.13 -rajapintaa/)).toBeInTheDocument();
  });

  it("nothing to fix: Kunnossa", async () => {
    const { user, settled } = await renderPane({ file: VALID });
    await user.click(screen.getByRole("button", { name: "Tarkista" }));
    await settled();
    expect(screen.getByRole("heading", { level: 2, name: "Kunnossa" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Ei löydöksiä" })).toBeInTheDocument();
  });
});
