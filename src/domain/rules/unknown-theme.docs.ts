/** The messages and documentation of `unknown-theme`; `docs/rules/unknown-theme.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  unknown: {
    fi: 'Teema {value} ei ole strategian "{strategy}" teema. Tarkoititko "{suggestion}"?',
    sv: 'Temat {value} är inte ett tema i strategin "{strategy}". Menade du "{suggestion}"?',
    en: 'The theme {value} is not a theme of the strategy "{strategy}". Did you mean "{suggestion}"?',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Tuntematon strategian teema",
    description:
      'Teema ei ole taulukon vuoden kaupunkistrategian teemaluettelossa (2017–2021 "Maailman toimivin kaupunki", 2022–2025 "Kasvun paikka"). Viesti ehdottaa lähintä teemaa.',
    rationale:
      "Yhteenvedot kootaan teemoittain; väärin kirjoitettu teema jää omaksi ryhmäkseen ja vääristää kuvaa.",
    example: '"Uudistuvat palvelu" vuonna 2021 (oikein "Uudistuvat palvelut").',
    fix: "Kopioi teeman nimi strategian teemaluettelosta. Uuden strategiakauden teemat lisää ylläpitäjä skeematiedostoon.",
  },
  sv: {
    title: "Okänt strategitema",
    description:
      'Temat finns inte i temalistan för tabellens år (2017–2021 "Maailman toimivin kaupunki", 2022–2025 "Kasvun paikka"). Meddelandet föreslår det närmaste temat.',
    rationale:
      "Sammanställningar görs per tema; ett felstavat tema blir en egen grupp och snedvrider bilden.",
    example: '"Uudistuvat palvelu" år 2021 (rätt: "Uudistuvat palvelut").',
    fix: "Kopiera temats namn från strategins temalista. Teman för en ny strategiperiod läggs till i schemafilen av administratören.",
  },
  en: {
    title: "Unknown strategy theme",
    description:
      'The theme is not in the theme list of the table\'s year (2017–2021 "Maailman toimivin kaupunki", 2022–2025 "Kasvun paikka"). The message suggests the closest theme.',
    rationale:
      "Summaries are built per theme; a misspelt theme becomes a group of its own and skews the picture.",
    example: '"Uudistuvat palvelu" in 2021 (correct: "Uudistuvat palvelut").',
    fix: "Copy the theme's name from the strategy's list. An administrator adds a new period's themes to the schema file.",
  },
};
