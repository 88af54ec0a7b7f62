/** The messages and documentation of `duplicate-column`; `docs/rules/duplicate-column.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  duplicate: {
    fi: 'Sarake "{header}" on taulukossa kahdesti (ensin solussa {first}). Sitova lukee vain ensimmäisen; poista tai nimeä toinen uudelleen.',
    sv: 'Kolumnen "{header}" finns två gånger i tabellen (först i cell {first}). Sitova läser bara den första; ta bort eller byt namn på den andra.',
    en: 'The column "{header}" appears twice in the table (first in cell {first}). Sitova reads only the first; remove or rename the second.',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Sarake kahdesti",
    description:
      "Kaksi otsikkosolua vastaa samaa kenttää. Saman ennustekierroksen sarake kahdesti lasketaan samaksi kentäksi.",
    rationale:
      "Jos sama tieto on kahdessa sarakkeessa, ei tiedetä, kumpi on oikea, ja arvot voivat olla ristiriidassa.",
    example: 'Otsikkorivillä on sekä "Ennuste 2/2021" että "Ennuste 2 / 2021".',
    fix: "Poista ylimääräinen sarake tai korjaa sen otsikko.",
  },
  sv: {
    title: "Dubbel kolumn",
    description:
      "Två rubrikceller motsvarar samma fält. Samma prognosomgång två gånger räknas som samma fält.",
    rationale:
      "Om samma uppgift finns i två kolumner vet man inte vilken som gäller, och värdena kan strida mot varandra.",
    example: 'Rubrikraden har både "Ennuste 2/2021" och "Ennuste 2 / 2021".',
    fix: "Ta bort den extra kolumnen eller rätta dess rubrik.",
  },
  en: {
    title: "Duplicate column",
    description:
      "Two header cells map to the same field. The same forecast round twice counts as the same field.",
    rationale:
      "When the same data sits in two columns, nobody knows which one holds, and the values may contradict each other.",
    example: 'The header row has both "Ennuste 2/2021" and "Ennuste 2 / 2021".',
    fix: "Remove the extra column or correct its header.",
  },
};
