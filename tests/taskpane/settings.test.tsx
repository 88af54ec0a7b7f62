/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, within } from "@testing-library/react";
import { ruleById, rules } from "../../src/domain";
import type { Lang } from "../../src/domain";
import { sessionAgain, untilState } from "../support/session";
import { fakeOffice } from "../support/office";
import { checkedPane, openAdministration, renderSession } from "./render";

const items = () =>
  screen.queryAllByRole("button", { name: /^(Virhe|Varoitus|Huomio|Fel|Varning|Info|Error|Warning) / });

/** The settings tab after a check. */
async function settingsAfterCheck() {
  const pane = await checkedPane();
  await pane.user.click(screen.getByRole("tab", { name: "Asetukset" }));
  await pane.settled();
  return pane;
}

describe("language", () => {
  it("switches every text and the findings' messages", async () => {
    const { user } = await settingsAfterCheck();
    const language = screen.getByRole("combobox", { name: "Kieli" });
    expect(language).toHaveValue("fi");
    await user.selectOptions(language, "sv");
    expect(screen.getByRole("combobox", { name: "Språk" })).toHaveValue("sv");
    expect(screen.getByRole("tab", { name: "Resultat" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Granska" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "6 fel, 2 varningar" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Resultat" }));
    expect(screen.getByRole("heading", { level: 4, name: "Fel (6)" })).toBeInTheDocument();
    expect(items()[0]).toHaveTextContent(/Kommentaren saknas/);
    expect(items()[0]).toHaveTextContent(ruleById("missing-risk-comment")!.docs.sv.title);
    await user.click(screen.getByRole("tab", { name: "Inställningar" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Språk" }), "en");
    expect(screen.getByRole("heading", { name: "6 errors, 2 warnings" })).toBeInTheDocument();
  });

  it.each<[string, Lang]>([
    ["sv-FI", "sv"],
    ["fi-FI", "fi"],
    ["en-US", "en"],
    ["de-DE", "en"],
  ])("follows Office's display language by default: %s → %s", (displayLanguage, lang) => {
    fakeOffice({ context: { displayLanguage, requirements: { isSetSupported: () => true } } });
    jest.isolateModules(() => {
      const { getSession } = require("../../src/app/runtime") as typeof import("../../src/app/runtime");
      expect(getSession().getState().lang).toBe(lang);
    });
  });
});

describe("rule settings", () => {
  it("switches a rule off and changes a severity, saved in the workbook for the next session", async () => {
    const { user, emulator, unmount, settled } = await settingsAfterCheck();
    const riskTitle = ruleById("missing-risk-comment")!.docs.fi.title;
    const themeTitle = ruleById("unknown-theme")!.docs.fi.title;
    const risk = screen.getByRole("combobox", { name: riskTitle });
    expect(risk).toHaveDisplayValue("Oletus (varoitus / virhe)");
    await user.selectOptions(risk, "Pois käytöstä");
    await user.selectOptions(screen.getByRole("combobox", { name: themeTitle }), "Virhe");
    await settled();
    expect(screen.getByRole("heading", { name: "6 virhettä, 0 varoitusta" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Tulokset" }));
    expect(items().map((b) => b.textContent)).not.toContainEqual(expect.stringContaining(riskTitle));
    expect(screen.getByRole("button", { name: /^Virhe Enn2!A12 / })).toBeInTheDocument();
    unmount();

    // Another session on the same workbook: the reviewer's choices travelled with the file.
    const again = renderSession(sessionAgain(emulator));
    await again.settled();
    await again.user.click(screen.getByRole("tab", { name: "Asetukset" }));
    await again.settled();
    expect(screen.getByRole("combobox", { name: riskTitle })).toHaveValue("off");
    expect(screen.getByRole("combobox", { name: themeTitle })).toHaveValue("error");
    await again.user.click(screen.getByRole("button", { name: "Palauta oletukset" }));
    await again.settled();
    expect(screen.getByRole("combobox", { name: riskTitle })).toHaveValue("");
  });
});

describe("rules for officials", () => {
  it("lists each rule by its name and one-line description in the user's language, its id only as small print, with severities in words", async () => {
    const { user } = await settingsAfterCheck();
    const rulesSection = screen.getByRole("region", { name: "Säännöt tässä työkirjassa" });
    for (const rule of rules) {
      const select = within(rulesSection).getByRole("combobox", { name: rule.docs.fi.title });
      expect(select).toHaveAccessibleDescription(`${rule.docs.fi.description} Tunnus: ${rule.id}`);
      expect(within(rulesSection).queryByRole("combobox", { name: rule.id })).not.toBeInTheDocument();
      const choices = within(select)
        .getAllByRole("option")
        .map((o) => o.textContent);
      expect(choices.slice(1)).toEqual(["Virhe", "Varoitus", "Huomio", "Pois käytöstä"]);
      expect(choices[0]).toMatch(/^Oletus \((virhe|varoitus|huomio)( \/ (virhe|varoitus|huomio))?\)$/);
    }
    // The same in Swedish.
    await user.selectOptions(screen.getByRole("combobox", { name: "Kieli" }), "sv");
    const risk = ruleById("missing-risk-comment")!;
    expect(screen.getByRole("combobox", { name: risk.docs.sv.title })).toHaveAccessibleDescription(
      `${risk.docs.sv.description} Id: ${risk.id}`,
    );
  });

  it("keeps the schema file and Diagnostiikka under a collapsed Ylläpito", async () => {
    const { user } = await settingsAfterCheck();
    const admin = screen.getByRole("button", { name: /^Ylläpito/ });
    expect(admin).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("button", { name: "Lataa skeematiedosto (JSON)" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Suorita diagnostiikka" })).not.toBeInTheDocument();
    await user.click(admin);
    expect(admin).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: "Lataa skeematiedosto (JSON)" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Suorita diagnostiikka" })).toBeInTheDocument();
  });
});

describe("schema file", () => {
  it("loads a JSON schema file instead of the built-in one, and back", async () => {
    const { user, session, settled } = await settingsAfterCheck();
    await openAdministration(user);
    expect(screen.getByText(/Käytössä sisäänrakennettu skeema, versio /)).toBeInTheDocument();
    const input = screen.getByLabelText("Lataa skeematiedosto (JSON)", { selector: "input" });
    const file = new File(
      ['{ "extends": "builtin", "version": "2027.1", "rules": { "unknown-theme": "off" } }'],
      "kaupunki-2027.json",
      { type: "application/json" },
    );
    // The pane reads the file before it hands the text to the session: wait for the session to take it.
    const loaded = untilState(session, (state) => state.schemaInfo.name === "kaupunki-2027.json");
    await user.upload(input, file);
    await act(() => loaded);
    await settled();
    expect(
      screen.getByText("Käytössä tiedosto kaupunki-2027.json, versio 2027.1, kunnes Sitova suljetaan."),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "6 virhettä, 1 varoitus" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Käytä sisäänrakennettua" }));
    await settled();
    expect(screen.getByText(/Käytössä sisäänrakennettu skeema/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "6 virhettä, 2 varoitusta" })).toBeInTheDocument();
  });

  it("says what is wrong with a bad file, in the user's language (never the parser's text)", async () => {
    const { user, session, settled } = await settingsAfterCheck();
    await openAdministration(user);
    const input = screen.getByLabelText("Lataa skeematiedosto (JSON)", { selector: "input" });
    const refused = (file: string) => untilState(session, (state) => state.schemaProblem?.file === file);
    const rikki = refused("rikki.json");
    await user.upload(
      input,
      new File(['{ "extends": "builtin", "strategies": [{ "name": "X" }] }'], "rikki.json"),
    );
    await act(() => rikki);
    await settled();
    expect(
      screen.getByText(
        "Tiedosto rikki.json ei kelpaa skeemaksi. Korjaa alla mainitut kohdat tai pyydä skeeman laatijalta korjattu versio.",
      ),
    ).toBeInTheDocument();
    // The points, as the schema check gives them in the user's language: secondary text.
    expect(
      screen.getByText(
        /^skeema: strategies\[\d+\]: pakollinen avain "from" puuttuu; strategies\[\d+\]: pakollinen avain "to" puuttuu; strategies\[\d+\]: pakollinen avain "themes" puuttuu$/,
      ),
    ).toBeInTheDocument();
    const teksti = refused("teksti.json");
    await user.upload(input, new File(["ei jsonia"], "teksti.json"));
    await act(() => teksti);
    await settled();
    const notJson = screen.getByText(/^Tiedosto teksti\.json ei ole kelvollista JSONia\. /);
    // The browser's parser message (English, e.g. "Unexpected token") is not shown.
    expect(session.getState().schemaProblem?.detail).toMatch(/\S/);
    expect(notJson.closest("[role=group], .fui-MessageBar")).not.toHaveTextContent(
      session.getState().schemaProblem!.detail,
    );
    expect(screen.getByText(/Käytössä sisäänrakennettu skeema/)).toBeInTheDocument();
  });
});
