/** The messages and documentation of `unknown-column`; `docs/rules/unknown-column.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  unknown: {
    fi: 'Sarakeotsikkoa "{header}" ei tunnisteta, joten sen sisältöä ei tarkisteta. Jos sarake on tarkoitettu vakiosarakkeeksi, korjaa otsikon kirjoitusasu.',
    sv: 'Kolumnrubriken "{header}" känns inte igen, så dess innehåll kontrolleras inte. Om kolumnen ska vara en standardkolumn, rätta rubrikens stavning.',
    en: 'The column header "{header}" is not recognised, so its contents are not checked. If it is meant to be a standard column, correct the header\'s spelling.',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Tuntematon sarake",
    description: "Otsikkosolu, joka ei vastaa mitään tunnettua kenttää.",
    rationale:
      "Omat lisäsarakkeet ovat sallittuja, mutta kirjoitusvirhe vakio-otsikossa jättäisi sarakkeen tarkistamatta.",
    example: 'Otsikko "Kommenttit" (kirjoitusvirhe) tai toimialan oma sarake "Vastuuhenkilö".',
    fix: "Jos sarake on oma lisäsarake, mitään ei tarvitse tehdä. Muuten korjaa otsikon kirjoitusasu.",
  },
  sv: {
    title: "Okänd kolumn",
    description: "En rubrikcell som inte motsvarar något känt fält.",
    rationale:
      "Egna extra kolumner är tillåtna, men ett stavfel i en standardrubrik skulle lämna kolumnen okontrollerad.",
    example: 'Rubriken "Kommenttit" (stavfel) eller sektorns egen kolumn "Ansvarsperson".',
    fix: "Om kolumnen är en egen extra kolumn behövs ingen åtgärd. Annars rätta rubrikens stavning.",
  },
  en: {
    title: "Unknown column",
    description: "A header cell that maps to no known field.",
    rationale:
      "Extra columns of a division's own are allowed, but a typo in a standard header would leave the column unchecked.",
    example: 'The header "Kommenttit" (a typo) or a division\'s own column "Vastuuhenkilö".',
    fix: "If the column is a deliberate extra, nothing needs doing. Otherwise correct the header's spelling.",
  },
};
