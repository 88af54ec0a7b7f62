/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { computeAccessibleName } from "dom-accessibility-api";
import axe from "axe-core";
import { renderPane } from "./render";

// Rendering the pane and checking a workbook in jsdom takes seconds under a parallel run.
jest.setTimeout(30_000);

/** axe-core's checks that jsdom can run (colour contrast needs layout: tests/taskpane/theme.test.ts covers it). */
async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const CONTROLS = ["button", "checkbox", "switch", "combobox", "searchbox", "textbox", "tab", "progressbar"];

function unnamedControls(): string[] {
  return CONTROLS.flatMap((role) =>
    screen
      .queryAllByRole(role)
      .filter((el) => computeAccessibleName(el).trim() === "")
      .map((el) => `${role}: ${el.outerHTML.slice(0, 120)}`),
  );
}

async function everyView(check: () => Promise<void> | void) {
  const pane = await renderPane();
  await check();
  await pane.user.click(screen.getByRole("button", { name: "Tarkista" }));
  await screen.findByRole("heading", { name: /6 virhettä/ });
  await pane.user.click(screen.getByRole("button", { name: /^Näytä ohje: .* \(Enn2!G8\)$/ }));
  await check();
  for (const tab of ["Asetukset", "Syöttösäännöt"]) {
    await pane.user.click(screen.getByRole("tab", { name: tab }));
    await check();
  }

  return pane;
}

describe("accessibility", () => {
  it("gives every control an accessible name, in every view", async () => {
    await everyView(() => expect(unnamedControls()).toEqual([]));
  });

  it("has no axe-core violations, in every view", async () => {
    await everyView(async () => expect(await axeViolations()).toEqual([]));
  });

  it("names every control and has no axe-core violations in Diagnostiikka's results", async () => {
    const { user } = await renderPane({ options: { profile: "fi-desktop" } });
    await user.click(screen.getByRole("tab", { name: "Asetukset" }));
    await user.click(screen.getByRole("button", { name: "Suorita diagnostiikka" }));
    await screen.findByText(/^\d+ toimii, 1 ei toimi/);
    await user.click(screen.getByRole("button", { name: "Kopioi tulokset" }));
    await screen.findByText("Tulokset kopioitu leikepöydälle.");
    expect(unnamedControls()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  it("never shows severity by colour alone: each finding and group has an icon and the severity in words", async () => {
    await everyView(() => undefined);
    await screen.getByRole("tab", { name: "Tulokset" }).click();
    const findings = screen.getAllByRole("button", { name: /^(Virhe|Varoitus) Enn2!/ });
    expect(findings).toHaveLength(8);
    for (const finding of findings) expect(finding.querySelector("svg[aria-hidden='true']")).not.toBeNull();
    for (const name of ["Virheet (6)", "Varoitukset (2)"])
      expect(screen.getByRole("heading", { name }).querySelector("svg")).not.toBeNull();
  });

  it("renders in Office's dark theme too", async () => {
    await renderPane({}, true);
    expect(document.querySelector(".fui-FluentProvider")).toBeInTheDocument();
    expect(unnamedControls()).toEqual([]);
  });
});
