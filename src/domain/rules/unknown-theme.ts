import { defineRule } from "./rule";
import { docs, messages } from "./unknown-theme.docs";
import { closest } from "../normalize";
import { quote } from "../i18n";

export const unknownTheme = defineRule({
  id: "unknown-theme",
  severity: "warning",
  scope: "table",
  reads: ["theme"],
  check({ table, schema, report }) {
    const { strategies, names, nameByKey } = schema.themesFor(table.year);
    if (strategies.length === 0) return;
    const suggestions = new Map<string, string>(); // the same misspelling tends to repeat down a column
    for (const row of table.rows) {
      const cell = row.cells.theme;
      if (!cell || cell.empty || cell.error || nameByKey.has(cell.key)) continue;
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
  messages,
  docs,
});
