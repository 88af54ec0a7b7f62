/** The messages and documentation of `missing-column`; `docs/rules/missing-column.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  missing: {
    fi: 'Taulukosta puuttuu sarake "{header}". Lisää se otsikkoriville {row}.',
    sv: 'Tabellen saknar kolumnen "{header}". Lägg till den på rubrikraden {row}.',
    en: 'The table lacks the column "{header}". Add it to the header row {row}.',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Sarake puuttuu",
    description:
      "Taulukosta puuttuu pakollinen sarake: teema, tavoite, mittarit, palautusmittari, kommentit tai numeerinen ennuste.",
    rationale:
      "Ennusteen käsittely lautakunnassa edellyttää kaikkia näitä tietoja jokaisesta sitovasta tavoitteesta.",
    example: 'Otsikkorivillä ei ole saraketta "Mittarin numeerinen ennuste".',
    fix: "Lisää puuttuva sarake otsikkoriville ja täytä se jokaiselle tavoitteelle. Sarakkeiden järjestyksellä ei ole väliä.",
  },
  sv: {
    title: "Kolumn saknas",
    description:
      "Tabellen saknar en obligatorisk kolumn: tema, mål, mätare, återhämtningsmätare, kommentarer eller numerisk prognos.",
    rationale: "Nämndens behandling av prognosen kräver alla dessa uppgifter för varje bindande mål.",
    example: 'Rubrikraden har ingen kolumn "Mittarin numeerinen ennuste".',
    fix: "Lägg till kolumnen på rubrikraden och fyll i den för varje mål. Kolumnernas ordning spelar ingen roll.",
  },
  en: {
    title: "Missing column",
    description:
      "The table lacks a required column: theme, goal, metrics, recovery flag, comments or numeric forecast.",
    rationale: "The committee's handling of the forecast needs all of these for every binding goal.",
    example: 'The header row has no "Mittarin numeerinen ennuste" column.',
    fix: "Add the column to the header row and fill it for every goal. The order of the columns does not matter.",
  },
};
