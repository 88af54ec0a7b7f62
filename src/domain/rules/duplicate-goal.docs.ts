/** The messages and documentation of `duplicate-goal`; `docs/rules/duplicate-goal.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  duplicate: {
    fi: "Sama tavoite on taulukossa jo aiemmin (solu {first}). Poista kaksoiskappale tai yhdistä rivit.",
    sv: "Samma mål finns redan tidigare i tabellen (cell {first}). Ta bort dubbletten eller slå ihop raderna.",
    en: "The same goal appears earlier in the table (cell {first}). Remove the duplicate or merge the rows.",
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Tavoite kahdesti",
    description:
      "Sama tavoiteteksti (välilyönneistä ja kirjainkoosta riippumatta) on taulukossa useammin kuin kerran.",
    rationale:
      "Kaksoiskappale kasvattaa tavoitteiden määrää yhteenvedoissa, ja kahden rivin ennusteet voivat olla ristiriidassa.",
    example: "Rivit 5 ja 12 sisältävät saman tavoitteen.",
    fix: "Poista ylimääräinen rivi. Jos tavoitteella on useita mittareita, kirjaa ne samalle riville tai yhdistä tavoitesolu niiden yli.",
  },
  sv: {
    title: "Dubbelt mål",
    description: "Samma måltext (oberoende av mellanslag och skiftläge) finns mer än en gång i tabellen.",
    rationale:
      "En dubblett ökar antalet mål i sammanställningarna, och prognoserna på de två raderna kan strida mot varandra.",
    example: "Raderna 5 och 12 innehåller samma mål.",
    fix: "Ta bort den extra raden. Om målet har flera mätare, skriv dem på samma rad eller slå ihop målcellen över dem.",
  },
  en: {
    title: "Duplicate goal",
    description: "The same goal text (ignoring spacing and case) appears more than once in the table.",
    rationale:
      "A duplicate inflates the number of goals in summaries, and the two rows' forecasts may contradict each other.",
    example: "Rows 5 and 12 hold the same goal.",
    fix: "Remove the extra row. If a goal has several metrics, list them on one row or merge the goal cell over them.",
  },
};
