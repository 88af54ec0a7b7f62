/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { computeAccessibleName } from "dom-accessibility-api";
import axe from "axe-core";
import { checkedPane, openAdministration, openPopover, renderPane } from "./render";

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

/** Each view of the pane on its own, so that one test does one view's work. */
const VIEWS: [string, () => Promise<unknown>][] = [
  ["before the first check", () => renderPane()],
  [
    "results with a finding's explanation open",
    async () => {
      const pane = await checkedPane();
      await pane.user.click(screen.getByRole("button", { name: /^Näytä ohje: .* \(Enn2!G8\)$/ }));
      await pane.settled();
    },
  ],
  ...["Asetukset", "Syöttösäännöt"].map((tab): [string, () => Promise<unknown>] => [
    tab,
    async () => {
      const pane = await checkedPane();
      await pane.user.click(screen.getByRole("tab", { name: tab }));
      await pane.settled();
    },
  ]),
  [
    "Diagnostiikka's results, copied (hostile profile: a failed row too)",
    async () => {
      const pane = await renderPane({ options: { profile: "fi-desktop" } });
      await openAdministration(pane.user);
      await pane.user.click(screen.getByRole("button", { name: "Suorita diagnostiikka" }));
      await pane.settled();
      expect(screen.getByText(/^\d+ toimii, 1 ei toimi/)).toBeInTheDocument();
      await pane.user.click(screen.getByRole("button", { name: "Kopioi tulokset" }));
      await pane.settled();
      expect(screen.getByText("Tulokset kopioitu leikepöydälle.")).toBeInTheDocument();
    },
  ],
  [
    "Asetukset with Ylläpito open",
    async () => {
      const pane = await checkedPane();
      await openAdministration(pane.user);
      await pane.settled();
    },
  ],
  ...[
    ["Valinnat", "Valinnat"],
    ["Suodata", "Suodata löydöksiä"],
  ].map(([button, name]): [string, () => Promise<unknown>] => [
    `the ${button} popover`,
    async () => {
      const pane = await checkedPane();
      await openPopover(pane.user, button, name);
    },
  ]),
  [
    "the status details",
    async () => {
      const pane = await checkedPane();
      await pane.user.click(screen.getByRole("button", { name: "Tarkistuksen tiedot" }));
      await screen.findByRole("list", { name: "Löydetyt tavoitetaulukot" });
    },
  ],
  ["Office's dark theme", () => renderPane({}, true)],
];

describe.each(VIEWS)("accessibility: %s", (_view, show) => {
  it("gives every control an accessible name", async () => {
    await show();
    expect(unnamedControls()).toEqual([]);
  });

  it("has no axe-core violations", async () => {
    await show();
    expect(await axeViolations()).toEqual([]);
  });
});

it("never shows severity by colour alone: each finding and group has an icon and the severity in words", async () => {
  await checkedPane();
  const findings = screen.getAllByRole("button", { name: /^(Virhe|Varoitus) Enn2!/ });
  expect(findings).toHaveLength(8);
  for (const finding of findings) expect(finding.querySelector("svg[aria-hidden='true']")).not.toBeNull();
  for (const name of ["Virheet (6)", "Varoitukset (2)"])
    expect(screen.getByRole("heading", { name }).querySelector("svg")).not.toBeNull();
});
