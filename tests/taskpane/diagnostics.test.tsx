/** @jest-environment jsdom */
/*
 * Diagnostiikka in the pane's settings (under Ylläpito): run from the keyboard, a pass/fail list in the pane's language, and
 * the same results as text that can be copied for IT (or selected when the clipboard is refused).
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { sessionOn } from "../support/session";
import { openAdministration, renderPane, renderSession } from "./render";

async function diagnosed(setup: Parameters<typeof renderPane>[0] = {}) {
  const pane = await renderPane(setup);
  await openAdministration(pane.user);
  const run = screen.getByRole("button", { name: "Suorita diagnostiikka" });
  // From the keyboard: focus the button and press Enter.
  run.focus();
  await pane.user.keyboard("{Enter}");
  await pane.settled();
  expect(screen.getByText(/^\d+ toimii, \d+ ei toimi, \d+ rajoitettu, \d+ ohitettu$/)).toBeInTheDocument();
  const rows = within(screen.getByRole("list", { name: "Diagnostiikan tulokset" })).getAllByRole("listitem");
  return { ...pane, rows };
}

const row = (rows: HTMLElement[], label: string) => rows.find((r) => r.textContent?.includes(label))!;

describe("Diagnostiikka in the pane", () => {
  it("lists every probe with its result, and under a Finnish desktop the comma list fails with its meaning", async () => {
    const { rows } = await diagnosed({ options: { profile: "fi-desktop" } });
    expect(rows).toHaveLength(10);
    const list = row(rows, "Pilkulla eroteltu aluelista (A1,C3)");
    expect(list).toHaveTextContent(/^Ei toimi/);
    expect(list).toHaveTextContent("Tämä Excel ei hyväksy pilkulla eroteltua aluelistaa");
    expect(list).toHaveTextContent('"A1;C3": 2 areas');
    for (const label of [
      "Välilehden lisääminen",
      "Ehdollinen muotoilu: lisäys, kaavan luku ja poisto",
      "Sitovan tiedot työkirjassa (mukautettu XML-osa)",
      "Välilehden oma nimi (tunniste)",
      "Muutostapahtumat",
      "Väliaikaisen välilehden poisto",
    ])
      expect({ label, text: row(rows, label).textContent }).toEqual({
        label,
        text: expect.stringMatching(/^Toimii/),
      });
    expect(screen.getByText(/^\d+ toimii, 1 ei toimi, \d+ rajoitettu, 0 ohitettu$/)).toBeInTheDocument();
  });

  it("removes its temporary sheet: the workbook's sheets, values and formats are as before", async () => {
    const pane = await renderPane();
    const before = {
      sheets: pane.emulator.sheetNames(),
      values: pane.emulator.toSnapshot(),
      formats: pane.emulator.snapshotFormats(),
    };
    await openAdministration(pane.user);
    await pane.user.click(screen.getByRole("button", { name: "Suorita diagnostiikka" }));
    await pane.settled();
    expect(screen.getByText(/^\d+ toimii/)).toBeInTheDocument();
    expect({
      sheets: pane.emulator.sheetNames(),
      values: pane.emulator.toSnapshot(),
      formats: pane.emulator.snapshotFormats(),
    }).toEqual(before);
  });

  it("copies the results as text, the same text the box shows for selecting", async () => {
    const { user, settled } = await diagnosed({ options: { profile: "fi-desktop" } });
    await user.click(screen.getByRole("button", { name: "Kopioi tulokset" }));
    await settled();
    expect(screen.getByText("Tulokset kopioitu leikepöydälle.")).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(screen.getByRole("textbox", { name: "Tulokset tekstinä" })).toHaveValue(copied);
    const lines = copied.split("\n");
    expect(lines[0]).toMatch(/^Sitova – Diagnostiikka – Suoritettu /);
    const failed = lines.findIndex((l) =>
      /^Ei toimi +Pilkulla eroteltu aluelista \(A1,C3\): "A1,C3": InvalidArgument/.test(l),
    );
    expect(failed).toBeGreaterThan(0);
    expect(lines[failed + 1]).toMatch(/^ +Tämä Excel ei hyväksy pilkulla eroteltua aluelistaa/);
    expect(lines.filter((l) => /^Toimii +Ehdollinen muotoilu/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^\d+ toimii, 1 ei toimi, \d+ rajoitettu, 0 ohitettu$/);
  });

  it("says how to copy by hand when the clipboard is refused (as Office's web views may)", async () => {
    const { user, settled } = await diagnosed();
    jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("NotAllowedError"));
    await user.click(screen.getByRole("button", { name: "Kopioi tulokset" }));
    await settled();
    expect(
      screen.getByText(/Kopiointi ei onnistunut\. Valitse teksti alla olevasta kentästä/),
    ).toBeInTheDocument();
  });

  it("names the Office it ran in, where Office says (Office.context.diagnostics)", async () => {
    const { session } = await sessionOn();
    const { user, settled } = renderSession(session, false, "Excel Mac 16.89.1");
    await settled();
    await openAdministration(user);
    await user.click(screen.getByRole("button", { name: "Suorita diagnostiikka" }));
    await settled();
    expect(screen.getByText(/^\d+ toimii/)).toBeInTheDocument();
    const text = (screen.getByRole("textbox", { name: "Tulokset tekstinä" }) as HTMLTextAreaElement).value;
    expect(text.split("\n").slice(0, 3)).toEqual([
      expect.stringMatching(/^Sitova – Diagnostiikka/),
      "Excel Mac 16.89.1",
      "",
    ]);
  });

  it("speaks the pane's language", async () => {
    const { user, settled } = await renderPane({ lang: "sv" });
    await openAdministration(user, "Inställningar", /^Underhåll/);
    await user.click(screen.getByRole("button", { name: "Kör diagnostik" }));
    await settled();
    expect(
      screen.getByText(/^\d+ fungerar, \d+ fungerar inte, \d+ begränsade, \d+ överhoppade$/),
    ).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Diagnostikens resultat" })).toHaveTextContent(
      "Lägga till ett blad",
    );
  });
});
