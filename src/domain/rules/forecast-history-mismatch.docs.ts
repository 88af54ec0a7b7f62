/** The messages and documentation of `forecast-history-mismatch`; `docs/rules/forecast-history-mismatch.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  mismatch: {
    fi: 'Kierroksen {round} ennuste on tässä "{actual}", mutta välilehdellä {source} raportoitiin "{expected}". Aiemmin raportoitua ennustetta ei muuteta: korjaa arvo vastaamaan välilehteä {source}.',
    sv: 'Prognosen för omgång {round} är här "{actual}", men på bladet {source} rapporterades "{expected}". En redan rapporterad prognos ändras inte: rätta värdet enligt bladet {source}.',
    en: 'The round {round} forecast here is "{actual}", but "{expected}" was reported on the sheet {source}. A forecast already reported is not changed: correct the value to match the sheet {source}.',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Aiempi ennuste muuttunut",
    description:
      "Työkirjassa on saman vuoden useamman kierroksen taulukoita, ja myöhemmän taulukon kierroksen k ennuste poikkeaa siitä taulukosta, jonka viimeisin kierros on k. Tavoitteet yhdistetään tavoitetekstin perusteella.",
    rationale:
      "Kerran lautakunnalle raportoitu ennuste on historiaa. Jos se muuttuu myöhemmässä taulukossa, muutosten seuranta kierrokselta toiselle antaa väärän kuvan.",
    example:
      'Välilehdellä Enn1 ennuste 1/2021 on "Toteutuu", mutta välilehden Enn2 sarakkeessa Ennuste 1/2021 lukee "Ei toteudu".',
    fix: "Kopioi aiemman kierroksen ennuste sen omalta välilehdeltä. Muutos kerrotaan uuden kierroksen sarakkeessa ja kommentissa.",
  },
  sv: {
    title: "Tidigare prognos ändrad",
    description:
      "Arbetsboken har tabeller för flera omgångar samma år, och en senare tabells prognos för omgång k avviker från den tabell vars senaste omgång är k. Målen paras ihop enligt måltexten.",
    rationale:
      "En prognos som redan rapporterats till nämnden är historia. Om den ändras i en senare tabell ger uppföljningen mellan omgångarna en felaktig bild.",
    example:
      'På bladet Enn1 är prognos 1/2021 "Toteutuu", men i bladet Enn2 lyder kolumnen Ennuste 1/2021 "Ei toteudu".',
    fix: "Kopiera den tidigare omgångens prognos från dess eget blad. En ändring anges i den nya omgångens kolumn och i kommentaren.",
  },
  en: {
    title: "Earlier forecast changed",
    description:
      "The workbook holds tables of several rounds of one year, and a later table's round-k forecast differs from the table whose latest round is k. Goals are matched by their text.",
    rationale:
      "A forecast once reported to the committee is history. If a later table changes it, the round-to-round comparison gives a false picture.",
    example:
      'On the sheet Enn1 forecast 1/2021 is "Toteutuu", but the Enn2 sheet\'s Ennuste 1/2021 column says "Ei toteudu".',
    fix: "Copy the earlier round's forecast from its own sheet. A change is shown in the new round's column and explained in the comment.",
  },
};
