import type { TableRule } from "./rule";
import type { FieldId } from "../table";
import { FIELD_IDS, strategyForYear } from "../schema";
import { numericReading, readListValue } from "../goal";
import { formatPercent, textKey } from "../normalize";
import { forecastFields, quote } from "./util";

export const nonCanonicalValue: TableRule = {
  id: "non-canonical-value",
  severity: "info",
  scope: "table",
  messages: {
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
  },
  docs: {
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
  },
  check({ table, schema, lang, report }) {
    const listed: { field: FieldId; listId: string }[] = [
      ...FIELD_IDS.filter((f) => schema.fields[f].values).map((field) => ({
        field: field as FieldId,
        listId: schema.fields[field].values!,
      })),
      ...forecastFields(table).map(({ field }) => ({ field, listId: schema.forecast.values })),
    ].filter(({ field }) => table.columns[field] !== undefined);
    const themeSpellings = new Map<string, { exact: Set<string>; name: string }>();
    const strategies =
      table.year === null
        ? schema.strategies
        : [strategyForYear(schema, table.year)].filter((s) => s !== undefined);
    for (const theme of strategies.flatMap((s) => s.themes)) {
      for (const spelling of [theme.name, ...theme.aliases]) {
        const entry = themeSpellings.get(textKey(spelling)) ?? { exact: new Set<string>(), name: spelling };
        entry.exact.add(spelling);
        themeSpellings.set(textKey(spelling), entry);
      }
    }
    const decimalComma = lang !== "en";
    for (const row of table.rows) {
      for (const { field, listId } of listed) {
        const cell = row.cells[field];
        const reading = readListValue(cell, schema.valueLists[listId]);
        if (reading.kind === "ok" && !reading.canonical) {
          report({
            messageId: "spelling",
            cell,
            field,
            data: { value: quote(String(cell!.value)), canonical: reading.value },
          });
        }
      }
      const theme = row.cells.theme;
      const spelling = theme && !theme.empty && !theme.error ? themeSpellings.get(theme.key) : undefined;
      if (spelling && !spelling.exact.has(String(theme!.value))) {
        report({
          messageId: "spelling",
          cell: theme,
          field: "theme",
          data: { value: quote(String(theme!.value)), canonical: spelling.name },
        });
      }
      const numeric = numericReading(row);
      if (numeric?.ok && numeric.form !== "formatted") {
        report({
          messageId: numeric.form === "text" ? "percentText" : "percentPlain",
          cell: row.cells.numeric,
          field: "numeric",
          data: {
            value: quote(row.cells.numeric!.text),
            percent: formatPercent(numeric.percent, decimalComma),
          },
        });
      }
    }
  },
};
