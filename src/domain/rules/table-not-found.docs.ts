/** The messages and documentation of `table-not-found`; `docs/rules/table-not-found.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";
import { HEADER_SEARCH_ROWS } from "../table";

export const messages = {
  notFound: {
    fi: 'Työkirjasta ei löytynyt tavoitetaulukkoa. Lisää otsikkorivi, jossa on vähintään kolme tunnettua otsikkoa, joista yksi ennustesarake, esim. "Kaupunkistrategian teema", "Sitova toiminnan tavoite" ja "Ennuste 2/2021". Otsikkorivin tulee olla välilehden {rows} ensimmäisellä rivillä.',
    sv: 'Arbetsboken innehåller ingen måltabell. Lägg till en rubrikrad med minst tre kända rubriker, varav en prognoskolumn, t.ex. "Kaupunkistrategian teema", "Sitova toiminnan tavoite" och "Ennuste 2/2021". Rubrikraden ska finnas bland bladets {rows} första rader.',
    en: 'No goal table was found in the workbook. Add a header row with at least three known headers, one of them a forecast column, e.g. "Kaupunkistrategian teema", "Sitova toiminnan tavoite" and "Ennuste 2/2021". The header row must be within a sheet\'s first {rows} rows.',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Tavoitetaulukkoa ei löydy",
    description: "Mikään työkirjan välilehti ei sisällä tavoitetaulukon otsikkoriviä.",
    rationale:
      "Ilman otsikkoriviä Sitova ei tiedä, missä sitovat tavoitteet ja niiden ennusteet ovat, joten mitään ei voi tarkistaa.",
    example: "Työkirjassa on vain ohjevälilehti, tai otsikot on kirjoitettu niin, ettei niitä tunnisteta.",
    fix: `Lisää otsikkorivi välilehden ${HEADER_SEARCH_ROWS} ensimmäiselle riville. Siinä tulee olla vähintään kolme tunnettua otsikkoa, joista yksi ennustesarake (esim. "Ennuste 2/2021").`,
  },
  sv: {
    title: "Måltabell saknas",
    description: "Inget blad i arbetsboken innehåller en rubrikrad för en måltabell.",
    rationale:
      "Utan rubrikrad vet Sitova inte var de bindande målen och deras prognoser finns, så inget kan kontrolleras.",
    example: "Arbetsboken har bara ett instruktionsblad, eller rubrikerna känns inte igen.",
    fix: `Lägg till en rubrikrad bland bladets ${HEADER_SEARCH_ROWS} första rader, med minst tre kända rubriker, varav en prognoskolumn (t.ex. "Ennuste 2/2021").`,
  },
  en: {
    title: "Goal table not found",
    description: "No sheet of the workbook has the header row of a goal table.",
    rationale:
      "Without a header row Sitova cannot tell where the binding goals and their forecasts are, so nothing can be checked.",
    example: "The workbook holds only an instructions sheet, or its headers are not recognised.",
    fix: `Add a header row within a sheet's first ${HEADER_SEARCH_ROWS} rows with at least three known headers, one of them a forecast column (e.g. "Ennuste 2/2021").`,
  },
};
