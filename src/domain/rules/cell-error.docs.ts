/** The messages and documentation of `cell-error`; `docs/rules/cell-error.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  error: {
    fi: "Solussa on Excelin virhearvo {error}. Korjaa kaava tai kirjoita arvo soluun.",
    sv: "Cellen innehåller Excels felvärde {error}. Rätta formeln eller skriv in värdet i cellen.",
    en: "The cell holds the Excel error {error}. Fix the formula or type the value into the cell.",
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Virhearvo solussa",
    description: "Taulukon solussa on Excelin virhearvo, kuten #N/A, #REF! tai #DIV/0!.",
    rationale:
      "Virhearvo tarkoittaa, että tieto puuttuu tai kaava on rikki. Muut tarkistukset ohittavat solun, joten se korjataan ensin.",
    example: "Numeerinen ennuste lasketaan kaavalla, jonka lähdesolu on poistettu: #REF!.",
    fix: "Korjaa kaava tai korvaa se arvolla.",
  },
  sv: {
    title: "Felvärde i cell",
    description: "En cell i tabellen innehåller ett felvärde från Excel, t.ex. #N/A, #REF! eller #DIV/0!.",
    rationale:
      "Ett felvärde betyder att uppgiften saknas eller att formeln är trasig. De övriga kontrollerna hoppar över cellen, så den rättas först.",
    example: "Den numeriska prognosen räknas med en formel vars källcell har tagits bort: #REF!.",
    fix: "Rätta formeln eller ersätt den med ett värde.",
  },
  en: {
    title: "Error value in cell",
    description: "A cell of the table holds an Excel error value such as #N/A, #REF! or #DIV/0!.",
    rationale:
      "An error value means the data is missing or a formula is broken. The other checks skip the cell, so it is fixed first.",
    example: "The numeric forecast is computed by a formula whose source cell was deleted: #REF!.",
    fix: "Fix the formula or replace it with a value.",
  },
};
