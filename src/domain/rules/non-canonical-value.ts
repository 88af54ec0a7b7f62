import { defineRule } from "./rule";
import { docs, messages } from "./non-canonical-value.docs";
import { readListValue } from "../goal";
import { quote } from "../i18n";
import { forecastFields } from "./util";

export const nonCanonicalValue = defineRule({
  id: "non-canonical-value",
  severity: "info",
  scope: "table",
  check({ table, schema, report }) {
    const listed = [
      ...schema.listFields,
      ...forecastFields(table).map(({ field }) => ({ field, list: schema.forecastList })),
    ].filter(({ field }) => table.columns[field] !== undefined);
    const { spellings } = schema.themesFor(table.year);
    for (const goal of table.goals) {
      const { row } = goal;
      for (const { field, list } of listed) {
        const cell = row.cells[field];
        const reading = readListValue(cell, list);
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
      const spelling = theme && !theme.empty && !theme.error ? spellings.get(theme.key) : undefined;
      if (spelling && !spelling.exact.has(String(theme!.value))) {
        report({
          messageId: "spelling",
          cell: theme,
          field: "theme",
          data: { value: quote(String(theme!.value)), canonical: spelling.name },
        });
      }
      const numeric = goal.numericReading;
      if (numeric?.ok && numeric.form !== "formatted") {
        report({
          messageId: numeric.form === "text" ? "percentText" : "percentPlain",
          cell: row.cells.numeric,
          field: "numeric",
          data: { value: quote(row.cells.numeric!.text), percent: { percent: numeric.percent } },
        });
      }
    }
  },
  messages,
  docs,
});
