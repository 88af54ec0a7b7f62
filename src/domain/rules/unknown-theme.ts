import type { TableRule } from "./rule";
import type { Schema, Strategy } from "../schema";
import { strategyForYear } from "../schema";
import { closest, textKey } from "../normalize";
import { quote } from "./util";

/** The strategies whose themes a table of this year may use: its period's, or all when the year is unknown. */
function strategiesFor(schema: Schema, year: number | null): Strategy[] {
  if (year === null) return schema.strategies;
  const strategy = strategyForYear(schema, year);
  return strategy ? [strategy] : [];
}

export const unknownTheme: TableRule = {
  id: "unknown-theme",
  severity: "warning",
  scope: "table",
  messages: {
    unknown: {
      fi: 'Teema {value} ei ole strategian "{strategy}" teema. Tarkoititko "{suggestion}"?',
      sv: 'Temat {value} är inte ett tema i strategin "{strategy}". Menade du "{suggestion}"?',
      en: 'The theme {value} is not a theme of the strategy "{strategy}". Did you mean "{suggestion}"?',
    },
  },
  docs: {
    fi: {
      title: "Tuntematon strategian teema",
      description:
        'Teema ei ole taulukon vuoden kaupunkistrategian teemaluettelossa (2017–2021 "Maailman toimivin kaupunki", 2022–2025 "Kasvun paikka"). Viesti ehdottaa lähintä teemaa.',
      rationale:
        "Yhteenvedot kootaan teemoittain; väärin kirjoitettu teema jää omaksi ryhmäkseen ja vääristää kuvaa.",
      example: '"Uudistuvat palvelu" vuonna 2021 (oikein "Uudistuvat palvelut").',
      fix: "Kopioi teeman nimi strategian teemaluettelosta. Uuden strategiakauden teemat lisää ylläpitäjä skeematiedostoon.",
    },
    sv: {
      title: "Okänt strategitema",
      description:
        'Temat finns inte i temalistan för tabellens år (2017–2021 "Maailman toimivin kaupunki", 2022–2025 "Kasvun paikka"). Meddelandet föreslår det närmaste temat.',
      rationale:
        "Sammanställningar görs per tema; ett felstavat tema blir en egen grupp och snedvrider bilden.",
      example: '"Uudistuvat palvelu" år 2021 (rätt: "Uudistuvat palvelut").',
      fix: "Kopiera temats namn från strategins temalista. Teman för en ny strategiperiod läggs till i schemafilen av administratören.",
    },
    en: {
      title: "Unknown strategy theme",
      description:
        'The theme is not in the theme list of the table\'s year (2017–2021 "Maailman toimivin kaupunki", 2022–2025 "Kasvun paikka"). The message suggests the closest theme.',
      rationale:
        "Summaries are built per theme; a misspelt theme becomes a group of its own and skews the picture.",
      example: '"Uudistuvat palvelu" in 2021 (correct: "Uudistuvat palvelut").',
      fix: "Copy the theme's name from the strategy's list. An administrator adds a new period's themes to the schema file.",
    },
  },
  check({ table, schema, report }) {
    const strategies = strategiesFor(schema, table.year);
    if (strategies.length === 0 || table.columns.theme === undefined) return;
    const known = new Set<string>();
    const names: string[] = [];
    for (const strategy of strategies) {
      for (const theme of strategy.themes) {
        names.push(theme.name);
        for (const spelling of [theme.name, ...theme.aliases]) known.add(textKey(spelling));
      }
    }
    const suggestions = new Map<string, string>(); // the same misspelling tends to repeat down a column
    for (const row of table.rows) {
      const cell = row.cells.theme;
      if (!cell || cell.empty || cell.error || known.has(cell.key)) continue;
      let suggestion = suggestions.get(cell.key);
      if (suggestion === undefined) {
        suggestion = closest(cell.text, names)!;
        suggestions.set(cell.key, suggestion);
      }
      const strategy = strategies.find((s) => s.themes.some((t) => t.name === suggestion))!;
      report({
        messageId: "unknown",
        cell,
        field: "theme",
        data: { value: quote(cell.text), suggestion, strategy: strategy.name },
      });
    }
  },
};
