/** The messages and documentation of `invalid-value`; `docs/rules/invalid-value.md` is generated from them. */
import type { Localized } from "../i18n";
import type { RuleDocs } from "./rule";

export const messages = {
  notInList: {
    fi: 'Arvo {value} ei kelpaa sarakkeeseen "{header}". Sallitut arvot: {allowed}.',
    sv: 'Värdet {value} är inte giltigt i kolumnen "{header}". Tillåtna värden: {allowed}.',
    en: 'The value {value} is not valid in the "{header}" column. Allowed values: {allowed}.',
  },
  partial: {
    fi: 'Arvo {value} ei kelpaa: sitova tavoite toteutuu vain, jos sen kaikki mittarit saavuttavat tavoitetason, joten osittaista toteutumista ei ole. Kirjoita "Toteutuu" tai "Ei toteudu" ja kerro poikkeamista kommentissa.',
    sv: 'Värdet {value} är inte giltigt: ett bindande mål uppnås bara om alla dess mätare når målnivån, så det finns ingen delvis måluppfyllelse. Skriv "Toteutuu" eller "Ei toteudu" och förklara avvikelserna i kommentaren.',
    en: 'The value {value} is not valid: a binding goal is met only if every one of its metrics reaches its target, so there is no "partly met". Enter "Toteutuu" or "Ei toteudu" and explain the gaps in the comment.',
  },
} satisfies Record<string, Localized>;

export const docs: RuleDocs = {
  fi: {
    title: "Arvo ei ole sallittu",
    description:
      'Palautusmittarin arvo ei ole "Kyllä" tai "Ei", tai ennusteen arvo ei ole "Toteutuu" tai "Ei toteudu".',
    rationale:
      "Talousarvion noudattamisohjeen mukaan sitova tavoite toteutuu vain, jos kaikki sen mittarit toteutuvat. Siksi ennuste on aina joko toteutuu tai ei toteudu, ei koskaan osittain.",
    example: 'Ennustesolussa lukee "Toteutuu osittain", tai palautusmittarissa "Ehkä".',
    fix: 'Valitse sallittu arvo. Jos tavoite toteutuu vain osittain, ennuste on "Ei toteudu" ja poikkeama selitetään kommentissa.',
  },
  sv: {
    title: "Otillåtet värde",
    description:
      'Återhämtningsmätaren är inte "Kyllä" eller "Ei", eller prognosen är inte "Toteutuu" eller "Ei toteudu".',
    rationale:
      "Enligt anvisningarna för budgetens efterlevnad uppnås ett bindande mål bara om alla dess mätare uppnås. Därför är prognosen alltid uppnås eller uppnås inte, aldrig delvis.",
    example: 'Prognoscellen lyder "Toteutuu osittain", eller återhämtningsmätaren "Ehkä".',
    fix: 'Välj ett tillåtet värde. Om målet bara delvis uppnås är prognosen "Ei toteudu" och avvikelsen förklaras i kommentaren.',
  },
  en: {
    title: "Value not allowed",
    description: 'The recovery flag is not "Kyllä" or "Ei", or a forecast is not "Toteutuu" or "Ei toteudu".',
    rationale:
      "By the city's budget rules a binding goal is met only if all its metrics are met. So a forecast is always met or not met, never partly.",
    example:
      'A forecast cell says "Toteutuu osittain" (partly met), or the recovery flag says "Ehkä" (maybe).',
    fix: 'Choose an allowed value. If the goal will be met only partly, the forecast is "Ei toteudu" and the gap is explained in the comment.',
  },
};
