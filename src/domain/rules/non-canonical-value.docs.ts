/** The messages and documentation of `non-canonical-value`; `docs/rules/non-canonical-value.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  spelling: {
    fi: 'Arvo {value} hyväksytään, mutta vakiomuoto on "{canonical}".',
    sv: 'Värdet {value} godtas, men standardformen är "{canonical}".',
    en: 'The value {value} is accepted, but the standard form is "{canonical}".',
  },
  percentText: {
    fi: "Numeerinen ennuste on kirjoitettu tekstinä ({value}) ja luetaan {percent}. Kirjoita se lukuna prosenttimuotoiltuun soluun.",
    sv: "Den numeriska prognosen är skriven som text ({value}) och läses som {percent}. Skriv den som ett tal i en procentformaterad cell.",
    en: "The numeric forecast is typed as text ({value}) and reads as {percent}. Enter it as a number in a percent-formatted cell.",
  },
  percentPlain: {
    fi: "Numeerinen ennuste {value} on luku ilman prosenttimuotoilua ja luetaan {percent}. Anna solulle prosenttimuotoilu.",
    sv: "Den numeriska prognosen {value} är ett tal utan procentformat och läses som {percent}. Ge cellen procentformat.",
    en: "The numeric forecast {value} is a number without percent format and reads as {percent}. Give the cell a percent format.",
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Poikkeava kirjoitusasu",
    description:
      "Hyväksytty, mutta vakiomuodosta poikkeava arvo: eri kirjainkoko tai välilyönnit, tai prosentti kirjoitettuna tekstinä tai lukuna ilman prosenttimuotoilua.",
    rationale:
      "Yhtenäiset arvot helpottavat suodattamista, yhteenvetoja ja tietojen siirtoa muihin järjestelmiin.",
    example: '"toteutuu" (pienellä), "85 %" tekstinä tai 0,85 ilman prosenttimuotoilua.',
    fix: "Kirjoita arvo vakiomuodossa tai anna solulle prosenttimuotoilu.",
  },
  sv: {
    title: "Avvikande stavning",
    description:
      "Ett godtaget värde som avviker från standardformen: annat skiftläge eller andra mellanslag, eller en procentsats skriven som text eller som tal utan procentformat.",
    rationale:
      "Enhetliga värden underlättar filtrering, sammanställningar och överföring av uppgifterna till andra system.",
    example: '"toteutuu" (med liten bokstav), "85 %" som text eller 0,85 utan procentformat.',
    fix: "Skriv värdet i standardform eller ge cellen procentformat.",
  },
  en: {
    title: "Non-standard spelling",
    description:
      "An accepted value that differs from the standard form: other case or spacing, or a percentage typed as text or as a number without percent format.",
    rationale: "Uniform values make filtering, summaries and transfers to other systems easier.",
    example: '"toteutuu" (lower case), "85 %" as text, or 0.85 without percent format.',
    fix: "Enter the value in its standard form, or give the cell a percent format.",
  },
};
