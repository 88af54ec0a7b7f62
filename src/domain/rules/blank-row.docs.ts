/** The messages and documentation of `blank-row`; `docs/rules/blank-row.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  blank: {
    fi: "Taulukon sisällä on tyhjä rivi {row}. Se ohitetaan; kaksi peräkkäistä tyhjää riviä päättäisi taulukon.",
    sv: "Tabellen har en tom rad {row}. Den hoppas över; två tomma rader i följd skulle avsluta tabellen.",
    en: "Row {row} inside the table is blank. It is skipped; two blank rows in a row would end the table.",
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Tyhjä rivi taulukossa",
    description:
      "Yksittäinen tyhjä rivi taulukon sisällä. Se ohitetaan, mutta kaksi tai useampi peräkkäinen tyhjä rivi päättää taulukon.",
    rationale:
      "Tyhjä rivi on usein jäänne poistetusta tavoitteesta. Jos niitä tulee kaksi peräkkäin, alemmat tavoitteet jäävät tarkistamatta ja yhteenvedoista.",
    example: "Rivit 5–9 ovat tavoitteita, rivi 10 on tyhjä ja rivit 11–14 taas tavoitteita.",
    fix: "Poista tyhjä rivi.",
  },
  sv: {
    title: "Tom rad i tabellen",
    description:
      "En enstaka tom rad inne i tabellen. Den hoppas över, men två eller fler tomma rader i följd avslutar tabellen.",
    rationale:
      "En tom rad är ofta en rest av ett borttaget mål. Om det blir två i följd lämnas målen nedanför utanför kontrollen och sammanställningarna.",
    example: "Raderna 5–9 är mål, rad 10 är tom och raderna 11–14 är åter mål.",
    fix: "Ta bort den tomma raden.",
  },
  en: {
    title: "Blank row in table",
    description:
      "A single blank row inside the table. It is skipped, but two or more blank rows in a row end the table.",
    rationale:
      "A blank row is often left over from a deleted goal. If two come in a row, the goals below are left out of the checks and the summaries.",
    example: "Rows 5–9 are goals, row 10 is blank and rows 11–14 are goals again.",
    fix: "Delete the blank row.",
  },
};
