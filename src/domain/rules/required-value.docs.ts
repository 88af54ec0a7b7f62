/** The messages and documentation of `required-value`; `docs/rules/required-value.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  empty: {
    fi: 'Sarakkeen "{header}" arvo puuttuu. Täytä solu.',
    sv: 'Värdet i kolumnen "{header}" saknas. Fyll i cellen.',
    en: 'The "{header}" value is missing. Fill in the cell.',
  },
  emptyForecast: {
    fi: 'Ennuste puuttuu sarakkeesta "{header}". Kirjoita "Toteutuu" tai "Ei toteudu".',
    sv: 'Prognosen saknas i kolumnen "{header}". Skriv "Toteutuu" (uppnås) eller "Ei toteudu" (uppnås inte).',
    en: 'The forecast is missing in the "{header}" column. Enter "Toteutuu" (will be met) or "Ei toteudu" (will not be met).',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Pakollinen tieto puuttuu",
    description:
      "Teema, tavoite, mittarit, palautusmittari, numeerinen ennuste tai jokin ennustesolu on tyhjä tai sisältää vain paikkamerkin (-, –, ?, .).",
    rationale:
      "Jokaisesta sitovasta tavoitteesta on raportoitava kaikki nämä tiedot jokaisella ennustekierroksella; tyhjä ennuste ei kerro lautakunnalle mitään.",
    example: 'Sarakkeen "Ennuste 2/2021" solussa on vain "-".',
    fix: "Täytä solu. Yhdistetyn solun arvo lasketaan jokaiselle sen riville.",
  },
  sv: {
    title: "Obligatorisk uppgift saknas",
    description:
      "Tema, mål, mätare, återhämtningsmätare, numerisk prognos eller en prognoscell är tom eller innehåller bara en platshållare (-, –, ?, .).",
    rationale:
      "Alla dessa uppgifter ska rapporteras för varje bindande mål i varje prognosomgång; en tom prognos säger nämnden ingenting.",
    example: 'Cellen i kolumnen "Ennuste 2/2021" innehåller bara "-".',
    fix: "Fyll i cellen. Värdet i en sammanslagen cell gäller för alla dess rader.",
  },
  en: {
    title: "Required value missing",
    description:
      "The theme, goal, metrics, recovery flag, numeric forecast or a forecast cell is empty or holds only a placeholder (-, –, ?, .).",
    rationale:
      "Every binding goal must report all of these in every forecast round; an empty forecast tells the committee nothing.",
    example: 'The "Ennuste 2/2021" cell holds only "-".',
    fix: "Fill in the cell. A merged cell's value counts for each of its rows.",
  },
};
