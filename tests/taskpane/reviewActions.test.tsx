/** @jest-environment jsdom */
/**
 * Issue 13D's parts of the pane over a real session: the card's goal, column and quick fix, the selected
 * cell's card, Ohita with a reason, and the parts 13C places (stale banner, fix notice with Peru, ignored
 * list, report sheet setting, progress with Peruuta).
 */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { Session } from "../../src/app/session";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import type { ExcelHost } from "../../src/excel/host";
import { SessionProvider } from "../../src/taskpane/context";
import { CheckProgress } from "../../src/taskpane/components/CheckProgress";
import { FixNotice } from "../../src/taskpane/components/FixNotice";
import { IgnoredList } from "../../src/taskpane/components/IgnoredList";
import { ReportSheetSetting } from "../../src/taskpane/components/ReportSheetSetting";
import { StaleBanner } from "../../src/taskpane/components/StaleBanner";
import { SAMPLE } from "../support/paths";
import { NOW, hostOf, sessionOn, untilState } from "../support/session";
import { installDomShims, renderSession } from "./render";

function renderParts(session: Session, parts: ReactElement) {
  installDomShims();
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider value={session}>{parts}</SessionProvider>
    </FluentProvider>,
  );
}

const card = (cell: string) => document.querySelector(`[data-finding^="Enn2!${cell}|"]`) as HTMLElement;

describe("the finding's card", () => {
  it("names the goal and the column, offers the certain fix, and is marked when its cell is selected", async () => {
    const { emulator, session } = await sessionOn();
    const { settled } = renderSession(session);
    await settled();
    await act(() => session.validate().then(() => undefined));
    await settled();
    const d9 = card("D9");
    expect(within(d9).getByText("Toimitilojen käyttöä tehostetaan · Palautusmittari")).toBeTruthy();
    expect(within(d9).queryByRole("button", { name: /Korjaa solu/ })).toBeNull();

    await act(async () => {
      const selected = untilState(session, (s) => s.selectedFindingKey?.startsWith("Enn2!D9|") ?? false);
      emulator.selectCells("Enn2", "D9");
      await selected;
    });
    expect(card("D9").getAttribute("aria-current")).toBe("true");
    expect(card("H10").getAttribute("aria-current")).toBeNull();

    const fix = within(card("A12")).getByRole("button", {
      name: "Korjaa solu Enn2!A12: Uudistuvat palvelu → Uudistuvat palvelut",
    });
    await userEvent.setup().click(fix);
    await settled();
    expect(emulator.sheet("Enn2").cell("A12").value).toBe("Uudistuvat palvelut");
    expect(card("A12")).toBeNull();
  });

  it("Ohita with a reason, from the expanded card", async () => {
    const { session } = await sessionOn();
    const { settled, user } = renderSession(session);
    await settled();
    await act(() => session.validate().then(() => undefined));
    await settled();
    await user.click(within(card("D9")).getByRole("button", { name: /Näytä ohje/ }));
    await user.type(within(card("D9")).getByRole("textbox", { name: "Syy (vapaaehtoinen)" }), "Sovittu");
    await user.click(within(card("D9")).getByRole("button", { name: "Ohita löydös Enn2!D9" }));
    await settled();
    expect(card("D9")).toBeNull();
    expect(session.getState().ignored[0].record.reason).toBe("Sovittu");
  });
});

describe("search", () => {
  it("finds findings by their goal's title and their column's header", async () => {
    const { session } = await sessionOn();
    const { settled, user } = renderSession(session);
    await settled();
    await act(() => session.validate().then(() => undefined));
    await settled();
    const search = screen.getByRole("searchbox", { name: "Hae löydöksistä" });
    await user.type(search, "toimitilojen");
    await settled();
    expect(document.querySelectorAll("li[data-finding]")).toHaveLength(1);
    expect(card("D9")).not.toBeNull();
    // "Kommentit" is the column's header only: no message or rule name says it.
    await user.clear(search);
    await user.type(search, "kommentit");
    await settled();
    const cards = [...document.querySelectorAll("li[data-finding]")].map((li) =>
      li.getAttribute("data-finding"),
    );
    expect(cards.map((key) => key!.split("|")[0]).sort()).toEqual(["Enn2!G6", "Enn2!G8"]);
  });
});

describe("the parts for the layout", () => {
  it("the stale banner re-checks in one click", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    renderParts(session, <StaleBanner />);
    expect(screen.queryByText("Tulokset ovat vanhentuneet")).toBeNull();
    await act(async () => {
      emulator.editCells("Enn2", "D9", [["Ei"]]);
      await emulator.settle();
    });
    expect(screen.getByText("Välilehteä Enn2 on muokattu tarkistuksen jälkeen.")).toBeTruthy();
    const done = untilState(session, (s) => s.phase === "done" && s.stale === null);
    await userEvent.setup().click(screen.getByRole("button", { name: "Tarkista uudelleen" }));
    await act(() => done);
    expect(screen.queryByText("Tulokset ovat vanhentuneet")).toBeNull();
  });

  it("the fix notice offers Peru", async () => {
    const { emulator, session } = await sessionOn({ lang: "en" });
    await session.validate();
    renderParts(session, <FixNotice />);
    const a12 = session.getState().report!.findings.find((f) => f.cell === "A12")!;
    await act(() => session.fix(a12));
    expect(screen.getByText("Cells fixed: 1.")).toBeTruthy();
    const done = untilState(session, (s) => s.lastFix?.action === "undo");
    await userEvent.setup().click(screen.getByRole("button", { name: "Undo" }));
    await act(() => done);
    expect(screen.getByText("Cells restored: 1.")).toBeTruthy();
    expect(emulator.sheet("Enn2").cell("A12").value).toBe("Uudistuvat palvelu");
  });

  it("the ignored list shows the reason and restores", async () => {
    const { session } = await sessionOn({ lang: "sv" });
    await session.validate();
    await session.ignore(
      session.getState().report!.findings.find((f) => f.cell === "D9")!,
      "Avtalat",
    );
    renderParts(session, <IgnoredList />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Ignorerade fynd (1)" }));
    expect(screen.getByText("Orsak: Avtalat")).toBeTruthy();
    const restored = untilState(session, (s) => s.ignored.length === 0 && s.task === null);
    await user.click(screen.getByRole("button", { name: "Återställ det ignorerade fyndet Enn2!D9" }));
    await act(() => restored);
    expect(screen.queryByText("Orsak: Avtalat")).toBeNull();
  });

  it("the report sheet setting is saved, and the report is written on request", async () => {
    const { emulator, session } = await sessionOn();
    await session.validate();
    renderParts(session, <ReportSheetSetting />);
    const user = userEvent.setup();
    const saved = untilState(session, (s) => s.writeReport && s.task === null);
    await user.click(screen.getByRole("switch", { name: "Kirjoita tarkistusraportti välilehdelle" }));
    await act(() => saved);
    const written = untilState(session, (s) => s.reportSheet !== null);
    await user.click(screen.getByRole("button", { name: "Kirjoita raportti nyt" }));
    await act(() => written);
    expect(screen.getByText("Raportti kirjoitettu välilehdelle Tarkistus.")).toBeTruthy();
    expect(emulator.sheetNames()).toContain("Tarkistus");
  });

  it("progress shows Peruuta while reading, and a cancelled check says the workbook was not changed", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    // Excel holds the check's run until the test lets it go: the pane shows the reading phase meanwhile.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held: ExcelHost = { ...host, run: (batch) => gate.then(() => host.run(batch)) };
    const session = new Session(held, "fi", () => NOW);
    renderParts(session, <CheckProgress />);
    let check: Promise<unknown> = Promise.resolve();
    await act(async () => {
      const reading = untilState(session, (s) => s.phase === "reading");
      check = session.validate();
      await reading;
    });
    await userEvent.setup().click(screen.getByRole("button", { name: "Peruuta" }));
    release();
    await act(() => check);
    expect(screen.getByText("Tarkistus peruttiin. Työkirjaan ei tehty muutoksia.")).toBeTruthy();
    expect(emulator.conditionalFormats("Enn2")).toEqual([]);
  });
});
