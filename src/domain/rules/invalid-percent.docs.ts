/** The messages and documentation of `invalid-percent`; `docs/rules/invalid-percent.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  notPercent: {
    fi: "Numeerinen ennuste {value} ei ole prosenttiluku. Kirjoita ennuste prosentteina tavoitetasosta, esim. 85 %.",
    sv: "Den numeriska prognosen {value} är inte ett procenttal. Skriv prognosen i procent av målnivån, t.ex. 85 %.",
    en: "The numeric forecast {value} is not a percentage. Enter the forecast as a percentage of the target, e.g. 85 %.",
  },
  outOfRange: {
    fi: "Numeerinen ennuste {value} luetaan {percent}, mutta sen tulee olla välillä 0–100 %. Jos solussa on prosenttimuotoilu, 1 tarkoittaa 100 %.",
    sv: "Den numeriska prognosen {value} läses som {percent}, men den ska vara mellan 0 och 100 %. Om cellen har procentformat betyder 1 100 %.",
    en: "The numeric forecast {value} reads as {percent}, but it must lie between 0 and 100 %. In a cell formatted as percent, 1 means 100 %.",
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Virheellinen prosenttiluku",
    description:
      'Numeerinen ennuste ei ole prosenttiluku tai on välin 0–100 % ulkopuolella. Prosenttimuotoillun solun luku on osuus (1 = 100 %); teksti kuten "85 %" tai "85,5 %" on prosentti; muotoilematon luku 0–1 on osuus ja yli 1 prosenttiyksiköitä.',
    rationale:
      "Numeerinen ennuste kertoo, kuinka lähelle tavoitetasoa mittari ennustetaan pääsevän, ja sitä verrataan ennusteeseen Toteutuu / Ei toteudu.",
    example: 'Solussa lukee "sata" tai 120 %.',
    fix: "Kirjoita prosentti 0–100 %, mieluiten lukuna prosenttimuotoiltuun soluun.",
  },
  sv: {
    title: "Ogiltigt procenttal",
    description:
      'Den numeriska prognosen är inte ett procenttal eller ligger utanför 0–100 %. Ett tal i en procentformaterad cell är en andel (1 = 100 %); text som "85 %" eller "85,5 %" är procent; ett oformaterat tal 0–1 är en andel och över 1 procentenheter.',
    rationale:
      "Den numeriska prognosen visar hur nära målnivån mätaren väntas nå, och den jämförs med prognosen Toteutuu / Ei toteudu.",
    example: 'Cellen lyder "sata" (hundra) eller 120 %.',
    fix: "Skriv ett procenttal 0–100 %, helst som ett tal i en procentformaterad cell.",
  },
  en: {
    title: "Invalid percentage",
    description:
      'The numeric forecast is not a percentage or lies outside 0–100 %. A number in a percent-formatted cell is a fraction (1 = 100 %); text like "85 %" or "85,5 %" is a percentage; a plain number from 0 to 1 is a fraction, above 1 percent points.',
    rationale:
      "The numeric forecast tells how close to its target the metric is expected to get, and it is checked against the forecast Toteutuu / Ei toteudu.",
    example: 'The cell says "sata" (hundred) or 120 %.',
    fix: "Enter a percentage from 0 to 100 %, preferably as a number in a percent-formatted cell.",
  },
};
