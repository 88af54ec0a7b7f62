/** The messages and documentation of `missing-risk-comment`; `docs/rules/missing-risk-comment.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  empty: {
    fi: 'Kommentti puuttuu. Kirjaa tavoitteen riskiarvio, esim. "Riskit: ei merkittäviä riskejä tiedossa."',
    sv: 'Kommentaren saknas. Skriv in målets riskbedömning, t.ex. "Riskit: inga betydande risker kända."',
    en: 'The comment is missing. Record the goal\'s risk assessment, e.g. "Riskit: no significant risks known."',
  },
  emptyAtRisk: {
    fi: 'Kommentti puuttuu, vaikka tavoite on vaarassa jäädä toteutumatta. Kerro riskit ja syyt ("Riskit: …").',
    sv: 'Kommentaren saknas fast målet riskerar att inte uppnås. Beskriv riskerna och orsakerna ("Riskit: …").',
    en: 'The comment is missing although the goal is at risk of not being met. Explain the risks and reasons ("Riskit: …").',
  },
  emptyChanged: {
    fi: "Kommentti puuttuu, vaikka ennuste on muuttunut edellisestä kierroksesta ({previous} → {latest}). Kerro muutoksen syy ja riskit.",
    sv: "Kommentaren saknas fast prognosen har ändrats sedan förra omgången ({previous} → {latest}). Förklara orsaken och riskerna.",
    en: "The comment is missing although the forecast changed since the previous round ({previous} → {latest}). Explain why, and the risks.",
  },
  noRisk: {
    fi: 'Tavoite on vaarassa jäädä toteutumatta, mutta kommentti ei kerro riskeistä. Lisää riskiarvio ("Riskit: …").',
    sv: 'Målet riskerar att inte uppnås, men kommentaren nämner inga risker. Lägg till en riskbedömning ("Riskit: …").',
    en: 'The goal is at risk of not being met, but the comment says nothing of risks. Add a risk assessment ("Riskit: …").',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Riskikommentti puuttuu",
    description:
      'Kommentti on tyhjä, tai vaarassa olevan tavoitteen kommentissa ei ole sanaa, jossa on "risk". Virhe, kun tavoite on vaarassa (ennuste "Ei toteudu" tai numeerinen ennuste alle 100 %) tai ennuste on muuttunut edellisestä kierroksesta; muuten varoitus.',
    rationale:
      'Lautakuntien on perusteltava jokainen toteutumatta jäävä tavoite, ja käytännön mukaan jokaisessa kommentissa on riskiarvio ("Riskit: …").',
    example: 'Ennuste "Ei toteudu", kommentti "Hanke etenee."',
    fix: 'Kirjoita kommenttiin riskit ja syyt, esim. "Riskit: rekrytoinnit ovat viivästyneet."',
  },
  sv: {
    title: "Riskkommentar saknas",
    description:
      'Kommentaren är tom, eller så saknar kommentaren till ett mål i riskzonen ett ord som innehåller "risk". Fel när målet är i riskzonen (prognos "Ei toteudu" eller numerisk prognos under 100 %) eller prognosen har ändrats sedan förra omgången; annars varning.',
    rationale:
      'Nämnderna ska motivera varje mål som inte uppnås, och enligt praxis innehåller varje kommentar en riskbedömning ("Riskit: …").',
    example: 'Prognos "Ei toteudu", kommentar "Projektet framskrider."',
    fix: 'Skriv riskerna och orsakerna i kommentaren, t.ex. "Riskit: rekryteringarna har försenats."',
  },
  en: {
    title: "Risk comment missing",
    description:
      'The comment is empty, or, for a goal at risk, has no word containing "risk". An error when the goal is at risk (forecast "Ei toteudu" or numeric forecast under 100 %) or its forecast changed since the previous round; a warning otherwise.',
    rationale:
      'Committees must explain every goal that will not be met, and by convention every comment carries a risk assessment ("Riskit: …").',
    example: 'Forecast "Ei toteudu", comment "The project is progressing."',
    fix: 'Write the risks and reasons in the comment, e.g. "Riskit: recruitment has been delayed."',
  },
};
