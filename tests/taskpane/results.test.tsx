/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import * as fs from "fs";
import * as path from "path";
import { act, screen, within } from "@testing-library/react";
import { ruleById } from "../../src/domain";
import { Session } from "../../src/app/session";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { HIGHLIGHT_FILLS } from "../../src/excel/highlights";
import { FIXTURES, ROOT, SAMPLE } from "../support/paths";
import { NOW, hostOf, untilState } from "../support/session";
import { fakeOffice } from "../support/office";
import { checkedPane, closePopover, openPopover, renderPane, renderSession, stubCardLayout } from "./render";

interface Expected {
  sheet: string;
  cell: string;
  rule: string;
  severity: string;
}
const expected: Expected[] = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, "kuva-2021-sample.expected.json"), "utf8"),
).findings;
const SEV_FI: Record<string, string> = { error: "Virhe", warning: "Varoitus", info: "Huomio" };

/** The findings' main buttons, in display order. */
const items = () => screen.queryAllByRole("button", { name: /^(Virhe|Varoitus|Huomio) / });
const itemFor = (cell: string) => screen.getByRole("button", { name: new RegExp(`^\\S+ Enn2!${cell} `) });
afterEach(() => jest.restoreAllMocks()); // stubCardLayout's boxes

const selection = (emulator: { model: { selection?: { areas: unknown[] } } }) =>
  emulator.model.selection?.areas;

describe("Tarkista and the findings of the sample workbook", () => {
  it("shows the status, the tables found and every finding with its cell, rule name and message", async () => {
    const { user } = await checkedPane();
    expect(screen.getByText(/^Tarkistettu /)).toBeInTheDocument();
    // The severities explained once, and the tables found: behind the status line's details button.
    expect(screen.queryByRole("list", { name: "Löydetyt tavoitetaulukot" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tarkistuksen tiedot" }));
    expect(
      screen.getByText("Virheet on korjattava ennen palautusta; varoitukset ja huomiot ovat neuvoja."),
    ).toBeInTheDocument();
    const tables = screen.getByRole("list", { name: "Löydetyt tavoitetaulukot" });
    const rows = within(tables)
      .getAllByRole("listitem")
      .map((r) => r.textContent);
    expect(rows).toEqual([
      "Enn1: Tavoitteita 8 · Vuosi 2021 · Ennusteet 1",
      "Enn2: Tavoitteita 8 · Vuosi 2021 · Ennusteet 1, 2",
    ]);
    await user.keyboard("{Escape}");

    // Grouped by sheet, then severity: errors first, in the report's order within.
    expect(screen.getByRole("heading", { level: 3, name: "Enn2" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 4, name: "Virheet (6)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 4, name: "Varoitukset (2)" })).toBeInTheDocument();
    const rowCol = (f: Expected) => Number(f.cell.slice(1)) * 100 + f.cell.charCodeAt(0);
    const sorted = [...expected].sort((a, b) => rowCol(a) - rowCol(b));
    const order = [
      ...sorted.filter((f) => f.severity === "error"),
      ...sorted.filter((f) => f.severity === "warning"),
    ];
    expect(items()).toHaveLength(8);
    items().forEach((item, i) => {
      const f = order[i];
      const title = ruleById(f.rule)!.docs.fi.title;
      expect(item).toHaveAccessibleName(
        expect.stringContaining(`${SEV_FI[f.severity]} Enn2!${f.cell} ${title} `),
      );
      // The rule's name may be cut to one line in a narrow pane: its tooltip says it whole.
      expect(within(item).getByTitle(title)).toHaveTextContent(title);
    });
    expect(itemFor("D9")).toHaveTextContent(/Arvo "Ehkä" ei kelpaa sarakkeeseen "Palautusmittari"/);
    expect(screen.getByRole("status")).toHaveTextContent("Tarkistus valmis: 6 virhettä, 2 varoitusta");
  });

  it("shows the phase of a running check with a progress bar and a spinner", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    let release: () => void = () => undefined;
    let gate = Promise.resolve();
    const host = hostOf(emulator);
    const session = new Session(
      { ...host, run: (batch) => gate.then(() => host.run(batch)) },
      "fi",
      () => NOW,
    );
    const { user, settled } = renderSession(session);
    // The pane reads the workbook's settings when it opens; Excel then stalls during the check.
    await settled();
    expect(session.getState().settingsLoaded).toBe(true);
    gate = new Promise<void>((resolve) => (release = resolve));
    await user.click(screen.getByRole("button", { name: "Tarkista" }));
    const bar = screen.getByRole("progressbar", { name: "Tarkistuksen eteneminen" });
    expect(bar).toHaveAttribute("aria-valuetext", "Luetaan työkirjaa…");
    expect(screen.getByRole("button", { name: "Tarkistetaan…" })).toHaveAttribute("aria-disabled", "true");
    await act(async () => release());
    await settled();
    expect(screen.getByRole("heading", { name: /6 virhettä/ })).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("opens on the results when the ribbon's Tarkista ran (one state in the shared runtime)", async () => {
    const showAsTaskpane = jest.fn(() => Promise.resolve());
    fakeOffice({
      onReady: () => undefined,
      actions: { associate: () => undefined },
      addin: { showAsTaskpane },
    });
    const { runCommand } = await import("../../src/commands/commands");
    const { session, user } = await renderPane();
    await user.click(screen.getByRole("tab", { name: "Asetukset" }));
    expect(screen.getByTestId("panel-results")).not.toBeVisible();
    await act(() => runCommand("validateWorkbook", { completed: () => undefined } as never, session));
    expect(showAsTaskpane).toHaveBeenCalled();
    expect(screen.getByRole("tab", { name: "Tulokset" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByTestId("panel-results")).toBeVisible();
    expect(items()).toHaveLength(8);
  });
});

describe("filters and search", () => {
  it("filters by severity and rule, searches, and says how many are shown", async () => {
    const { user } = await checkedPane();
    // The severity and rule filters are behind one Suodata button; the search stays in the toolbar.
    expect(screen.queryByRole("checkbox", { name: "Virheet (6)" })).not.toBeInTheDocument();
    await openPopover(user, "Suodata", "Suodata löydöksiä");
    await user.click(screen.getByRole("checkbox", { name: "Virheet (6)" }));
    await closePopover(user);
    expect(items()).toHaveLength(2);
    expect(screen.getByText("Näytetään 2/8 löydöstä")).toBeInTheDocument();
    // The button says how many filters are on (its name is its tooltip, as it shows only an icon).
    await openPopover(user, "Suodata (1)", "Suodata löydöksiä");
    await user.click(screen.getByRole("checkbox", { name: "Virheet (6)" }));

    const title = ruleById("missing-risk-comment")!.docs.fi.title;
    const rule = screen.getByRole("combobox", { name: "Sääntö" });
    expect(rule).toHaveAttribute("title", "Kaikki säännöt");
    await user.selectOptions(rule, `${title} (2)`);
    // A long rule name is cut in the closed list: its tooltip says it whole.
    expect(rule).toHaveAttribute("title", title);
    await closePopover(user);
    expect(items().map((b) => b.textContent)).toEqual([
      expect.stringContaining("Enn2!G8"),
      expect.stringContaining("Enn2!G6"),
    ]);
    const filtersAgain = await openPopover(user, "Suodata (1)", "Suodata löydöksiä");
    await user.selectOptions(
      within(filtersAgain).getByRole("combobox", { name: "Sääntö" }),
      "Kaikki säännöt",
    );
    await closePopover(user);

    const search = screen.getByRole("searchbox", { name: "Hae löydöksistä" });
    // Unfiltered, the count is for screen readers only, and there is nothing to clear.
    expect(screen.getByText("Näytetään 8/8 löydöstä")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tyhjennä suodattimet" })).not.toBeInTheDocument();
    await user.type(search, "ehkä");
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent("Enn2!D9");
    await user.clear(search);
    await user.type(search, "enn2!h1");
    expect(items().map((b) => b.textContent)).toEqual([
      expect.stringContaining("Enn2!H10"),
      expect.stringContaining("Enn2!H11"),
    ]);
    await user.clear(search);
    await user.type(search, "ei mitään tällaista");
    expect(items()).toHaveLength(0);
    expect(screen.getByRole("heading", { name: "Ei osumia" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tyhjennä suodattimet" }));
    expect(items()).toHaveLength(8);
    expect(search).toHaveValue("");
  });
});

describe("activating findings", () => {
  it("selects the cell in the sheet on click", async () => {
    const { user, emulator, settled } = await checkedPane();
    await user.click(itemFor("H10"));
    await settled();
    expect(selection(emulator)).toEqual([{ top: 10, left: 8, bottom: 10, right: 8 }]);
  });

  it("is keyboard-navigable by Fluent's arrow navigation: up and down between cards, right to a card's buttons, Enter selects the cell", async () => {
    stubCardLayout();
    const { user, emulator, settled } = await checkedPane();
    // Fluent's arrow navigation group (Tabster's mover): the list is one tab stop that remembers its card.
    const list = screen.getByRole("group", { name: "Löydökset" });
    expect(JSON.parse(list.getAttribute("data-tabster") ?? "{}")).toMatchObject({
      mover: { memorizeCurrent: true },
    });

    act(() => items()[0].focus());
    await user.keyboard("{ArrowDown}");
    expect(items()[1]).toHaveFocus();
    await user.keyboard("{Enter}");
    await settled();
    expect(selection(emulator)).toEqual([{ top: 9, left: 4, bottom: 9, right: 4 }]); // D9
    for (let i = 2; i < 8; i++) await user.keyboard("{ArrowDown}");
    expect(items()[7]).toHaveFocus();
    expect(items()[7]).toHaveTextContent("Enn2!A12");
    await user.keyboard("{ArrowDown}");
    expect(items()[7]).toHaveFocus(); // stays at the end
    await user.keyboard("{Enter}");
    await settled();
    expect(selection(emulator)).toEqual([{ top: 12, left: 1, bottom: 12, right: 1 }]);
    for (let i = 7; i > 0; i--) await user.keyboard("{ArrowUp}");
    expect(items()[0]).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(items()[0]).toHaveFocus();

    // Right arrow to the card's explanation button, Enter opens it; left arrow back to the card.
    const rule = ruleById("missing-risk-comment")!;
    await user.keyboard("{ArrowRight}");
    const toggle = screen.getByRole("button", { name: `Näytä ohje: ${rule.docs.fi.title} (Enn2!G8)` });
    expect(toggle).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText(rule.docs.fi.fix)).toBeInTheDocument();
    await user.keyboard("{ArrowLeft}");
    expect(items()[0]).toHaveFocus();
  });

  it("expands an item for the rule's explanation and how to fix it (the text of docs/rules)", async () => {
    const { user } = await checkedPane();
    const rule = ruleById("forecast-mismatch")!;
    const toggle = screen.getByRole("button", { name: `Näytä ohje: ${rule.docs.fi.title} (Enn2!H10)` });
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const doc = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    for (const text of [
      rule.docs.fi.description,
      rule.docs.fi.rationale,
      rule.docs.fi.example,
      rule.docs.fi.fix,
    ])
      expect(within(doc).getByText(text)).toBeInTheDocument();
    expect(within(doc).getByText("Näin korjaat")).toBeInTheDocument();
    const docsPage = fs.readFileSync(path.join(ROOT, "docs", "rules", "forecast-mismatch.md"), "utf8");
    expect(docsPage).toContain(rule.docs.fi.fix);
  });
});

describe("switches", () => {
  it("turns highlights off and on in the workbook", async () => {
    const { user, emulator, settled } = await checkedPane();
    // Shown by Sitova's conditional format; the cell's own fill is never changed.
    const shown = () => emulator.displayedFills("Enn2", "H10").H10;
    const own = emulator.sheet("Enn2").cell("H10").fill;
    expect(shown()).toBe(HIGHLIGHT_FILLS.error);
    await openPopover(user, "Valinnat");
    const highlights = screen.getByRole("switch", { name: "Korostukset" });
    expect(highlights).toBeChecked();
    await user.click(highlights);
    await settled();
    expect(shown()).not.toBe(HIGHLIGHT_FILLS.error);
    expect(highlights).not.toBeChecked();
    expect(emulator.sheet("Enn2").cell("H10").fill).toBe(own);
    await user.click(highlights);
    await settled();
    expect(shown()).toBe(HIGHLIGHT_FILLS.error);
    expect(emulator.sheet("Enn2").cell("H10").fill).toBe(own);
  });

  it("live validation updates the list on edits and keeps the filters, expanded items, focus and scroll", async () => {
    const { user, emulator, session, settled } = await checkedPane();
    await openPopover(user, "Valinnat");
    await user.click(screen.getByRole("switch", { name: "Jatkuva tarkistus" }));
    await settled();
    expect(session.getState().live).toBe(true);
    expect(screen.getByRole("switch", { name: "Jatkuva tarkistus" })).toBeChecked();
    await closePopover(user);

    await openPopover(user, "Suodata", "Suodata löydöksiä");
    await user.click(screen.getByRole("checkbox", { name: "Varoitukset (2)" })); // errors only
    await closePopover(user);
    const forecastRule = ruleById("forecast-mismatch")!;
    await user.click(
      screen.getByRole("button", { name: `Näytä ohje: ${forecastRule.docs.fi.title} (Enn2!H10)` }),
    );
    act(() => itemFor("H10").focus());
    const panel = screen.getByTestId("findings-scroll"); // the results' one scrolling part
    panel.scrollTop = 120;
    const list = screen.getByRole("group", { name: "Löydökset" });

    const rechecked = untilState(session, (state) => state.report?.stats.errors === 5);
    act(() => emulator.editCells("Enn2", "D9", [["Ei"]])); // fixes D9's invalid-value
    await act(() => rechecked);
    await settled();
    expect(items()).toHaveLength(5);
    expect(screen.queryByRole("button", { name: /Enn2!D9/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Suodata (1)" })).toBeInTheDocument();
    expect(screen.getByText(forecastRule.docs.fi.fix)).toBeInTheDocument();
    expect(itemFor("H10")).toHaveFocus();
    expect(screen.getByTestId("findings-scroll")).toBe(panel);
    expect(panel.scrollTop).toBe(120);
    expect(screen.getByRole("group", { name: "Löydökset" })).toBe(list);
    expect(screen.getByRole("heading", { name: /5 virhettä, 2 varoitusta/ })).toBeInTheDocument();

    await openPopover(user, "Valinnat");
    await user.click(screen.getByRole("switch", { name: "Jatkuva tarkistus" }));
    await settled();
    expect(session.getState().live).toBe(false);
    expect(screen.getByRole("switch", { name: "Jatkuva tarkistus" })).not.toBeChecked();
  });

  it("keeps the focus in the list when the focused finding is fixed by an edit", async () => {
    const { user, emulator, session, settled } = await checkedPane();
    await openPopover(user, "Valinnat");
    await user.click(screen.getByRole("switch", { name: "Jatkuva tarkistus" }));
    await settled();
    expect(session.getState().live).toBe(true);
    await closePopover(user);
    act(() => itemFor("D9").focus());
    const rechecked = untilState(session, (state) => state.report?.stats.errors === 5);
    act(() => emulator.editCells("Enn2", "D9", [["Kyllä"]]));
    await act(() => rechecked);
    await settled();
    expect(items()).toHaveLength(7);
    expect(itemFor("H10")).toHaveFocus(); // the finding now in D9's place
  });
});
