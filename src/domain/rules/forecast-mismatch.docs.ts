/** The messages and documentation of `forecast-mismatch`; `docs/rules/forecast-mismatch.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  metButBelow: {
    fi: 'Ennuste on "{latest}", mutta numeerinen ennuste on {percent}. Sitova tavoite toteutuu vain, jos mittari saavuttaa 100 %: korjaa ennuste tai numeerinen ennuste.',
    sv: 'Prognosen är "{latest}", men den numeriska prognosen är {percent}. Ett bindande mål uppnås bara om mätaren når 100 %: rätta prognosen eller den numeriska prognosen.',
    en: 'The forecast is "{latest}", but the numeric forecast is {percent}. A binding goal is met only if its metric reaches 100 %: correct the forecast or the numeric forecast.',
  },
  notMetButFull: {
    fi: 'Ennuste on "{latest}", mutta numeerinen ennuste on 100 %. Korjaa jompikumpi.',
    sv: 'Prognosen är "{latest}", men den numeriska prognosen är 100 %. Rätta den ena av dem.',
    en: 'The forecast is "{latest}", but the numeric forecast is 100 %. Correct one of them.',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Ennuste ja numeerinen ennuste ristiriidassa",
    description:
      'Viimeisin ennuste on "Toteutuu", mutta numeerinen ennuste on alle 100 %, tai ennuste on "Ei toteudu", mutta numeerinen ennuste on 100 %.',
    rationale:
      "Sitova tavoite toteutuu vain, jos jokainen mittari saavuttaa tavoitetasonsa. Ristiriitainen ennuste johtaa lautakunnan harhaan.",
    example: 'Ennuste 2/2021 "Toteutuu", numeerinen ennuste 80 %.',
    fix: "Tarkista, kumpi tieto on oikein, ja korjaa toinen.",
  },
  sv: {
    title: "Prognos och numerisk prognos motstrider varandra",
    description:
      'Den senaste prognosen är "Toteutuu" men den numeriska prognosen är under 100 %, eller prognosen är "Ei toteudu" men den numeriska prognosen är 100 %.',
    rationale:
      "Ett bindande mål uppnås bara om varje mätare når sin målnivå. En motstridig prognos vilseleder nämnden.",
    example: 'Ennuste 2/2021 "Toteutuu", numerisk prognos 80 %.',
    fix: "Kontrollera vilken uppgift som stämmer och rätta den andra.",
  },
  en: {
    title: "Forecast contradicts numeric forecast",
    description:
      'The latest forecast is "Toteutuu" but the numeric forecast is under 100 %, or the forecast is "Ei toteudu" but the numeric forecast is 100 %.',
    rationale:
      "A binding goal is met only if every metric reaches its target. A contradictory forecast misleads the committee.",
    example: 'Ennuste 2/2021 "Toteutuu" (will be met), numeric forecast 80 %.',
    fix: "Check which of the two is right and correct the other.",
  },
};
