/** @jest-environment jsdom */
/**
 * What the pane says when something goes wrong, in Swedish and English as in Finnish (src/app/messages.ts),
 * and an unexpected error as one plain sentence that says what to do, never a stack trace; and the pane's
 * own texts around them (src/taskpane/strings.ts). The expected texts are written out here, not taken from
 * the code under test.
 */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import type { Lang } from "../../src/domain";
import { Session } from "../../src/app/session";
import { errorMessage } from "../../src/app/messages";
import { SitovaExcelError } from "../../src/excel/host";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { translator } from "../../src/taskpane/strings";
import { SAMPLE } from "../support/paths";
import { NOW, hostOf } from "../support/session";
import { openPopover, renderPane, renderSession } from "./render";

describe("the pane in Swedish and English", () => {
  it.each<[Lang, string, string, string]>([
    [
      "sv",
      "Arbetsboken har inte granskats ännu",
      "Sammanfattning",
      "Sammanfattningen har uppdaterats på bladet Sammanfattning.",
    ],
    [
      "en",
      "The workbook has not been checked yet",
      "Summary",
      "The summary was updated on the sheet Summary.",
    ],
  ])("%s: the first view, and where the summary went", async (lang, notChecked, summary, summaryDone) => {
    const { user, settled } = await renderPane({ lang });
    expect(screen.getAllByRole("heading", { name: notChecked }).length).toBeGreaterThan(0);
    await openPopover(user, translator(lang)("optionsButton"));
    await user.click(screen.getByRole("button", { name: summary }));
    await settled();
    expect(screen.getByText(summaryDone)).toBeInTheDocument();
  });
});

describe("a protected sheet, in the pane's language", () => {
  it.each<[Lang, string]>([
    [
      "sv",
      "Bladet är skyddat (Enn2), så Sitova kunde inte göra ändringar i det (markeringar, inmatningsregler). Inget ändrades. Ta bort skyddet (Granska > Ta bort skydd) och försök igen.",
    ],
    [
      "en",
      "The sheet is protected (Enn2), so Sitova could not change it (highlights, input rules). Nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.",
    ],
  ])("%s", async (lang, message) => {
    const { user, settled } = await renderPane({ lang, options: { protectedSheets: { Enn2: {} } } });
    await user.click(screen.getByRole("button", { name: translator(lang)("check") }));
    await settled();
    const title = { sv: "Sitova kunde inte göra detta", en: "Sitova could not do this" }[lang as "sv" | "en"];
    expect(screen.getByText(title)).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
  });
});

describe("a protected workbook structure, when the summary needs a new sheet", () => {
  it.each<[Lang, string]>([
    [
      "sv",
      "Arbetsbokens struktur är skyddad, så Sitova kan inte lägga till ett blad. Inget ändrades. Ta bort arbetsbokens skydd och försök igen.",
    ],
    [
      "en",
      "The workbook's structure is protected, so Sitova cannot add a sheet. Nothing was changed. Unprotect the workbook and try again.",
    ],
  ])("%s", async (lang, message) => {
    const { user, settled } = await renderPane({ lang, options: { workbookProtected: true } });
    await openPopover(user, translator(lang)("optionsButton"));
    await user.click(screen.getByRole("button", { name: translator(lang)("summary") }));
    await settled();
    expect(screen.getByText(message)).toBeInTheDocument();
  });
});

describe("an unexpected error", () => {
  it.each<[Lang, string]>([
    [
      "fi",
      "Odottamaton virhe: Excel ei vastannut. Yritä uudelleen; jos virhe toistuu, tallenna työkirja ja avaa se uudelleen.",
    ],
    [
      "sv",
      "Oväntat fel: Excel ei vastannut. Försök igen; om felet upprepas, spara arbetsboken och öppna den på nytt.",
    ],
    [
      "en",
      "Unexpected error: Excel ei vastannut. Try again; if it happens again, save the workbook and reopen it.",
    ],
  ])("%s: one sentence with the cause and what to do, and the pane still works", async (lang, message) => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    let failing = false;
    const session = new Session(
      {
        ...host,
        run: (batch) => (failing ? Promise.reject(new TypeError("Excel ei vastannut")) : host.run(batch)),
      },
      lang,
      () => NOW,
    );
    const { user, settled } = renderSession(session);
    await settled();
    const t = translator(lang);

    failing = true;
    await user.click(screen.getByRole("button", { name: t("check") }));
    await settled();
    expect(screen.getByText(message)).toBeInTheDocument();
    // No error name and no stack frame ("at fn (file.js:1:2)"); the rules' descriptions in the settings
    // may say "at risk (…)".
    expect(document.body.textContent).not.toMatch(/TypeError|\bat \S+ \([^)]*:\d+:\d+\)/);

    failing = false;
    await user.click(screen.getByRole("button", { name: t("dismiss") }));
    await user.click(screen.getByRole("button", { name: t("check") }));
    await settled();
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    expect(
      screen.getByRole("heading", { name: `${t.count("errors", 6)}, ${t.count("warnings", 2)}` }),
    ).toBeInTheDocument();
  });
});

describe("errorMessage", () => {
  it("names every sheet or cell concerned, in each language", () => {
    const error = new SitovaExcelError("protected-sheet", ["Enn1", "Enn2"]);
    expect(errorMessage(error, "fi")).toMatch(/^Välilehti on suojattu \(Enn1, Enn2\)/);
    expect(errorMessage(error, "sv")).toMatch(/^Bladet är skyddat \(Enn1, Enn2\)/);
    expect(errorMessage(error, "en")).toMatch(/^The sheet is protected \(Enn1, Enn2\)/);
  });

  it.each<[Lang, string, string]>([
    ["fi", "sheet-not-found", "Välilehteä Enn2 ei enää ole. Tarkista työkirja uudelleen."],
    ["sv", "sheet-not-found", "Bladet Enn2 finns inte längre. Granska arbetsboken på nytt."],
    ["en", "sheet-not-found", "The sheet Enn2 no longer exists. Check the workbook again."],
    ["fi", "cell-not-found", "Solua Enn2!G8 ei löytynyt. Tarkista työkirja uudelleen."],
    ["sv", "cell-not-found", "Cellen Enn2!G8 hittades inte. Granska arbetsboken på nytt."],
    ["en", "cell-not-found", "The cell Enn2!G8 was not found. Check the workbook again."],
  ])("%s %s", (lang, code, message) => {
    const subject = code === "sheet-not-found" ? "Enn2" : "Enn2!G8";
    expect(errorMessage(new SitovaExcelError(code as SitovaExcelError["code"], [subject]), lang)).toBe(
      message,
    );
  });

  it("says what was thrown when it is not an Error", () => {
    expect(errorMessage("yhteys katkesi", "en")).toBe(
      "Unexpected error: yhteys katkesi. Try again; if it happens again, save the workbook and reopen it.",
    );
  });
});
