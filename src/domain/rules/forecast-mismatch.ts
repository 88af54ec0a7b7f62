import { defineRule } from "./rule";
import { docs, messages } from "./forecast-mismatch.docs";

export const forecastMismatch = defineRule({
  id: "forecast-mismatch",
  severity: "error",
  scope: "row",
  reads: ["numeric"],
  check({ row, latest, numeric }, { schema, report }) {
    if (latest === null || numeric === null) return;
    const cell = row.cells.numeric!;
    if (latest === schema.met && numeric < 100) {
      report({
        messageId: "metButBelow",
        cell,
        field: "numeric",
        data: { latest, percent: { percent: numeric } },
      });
    } else if (latest === schema.notMet && numeric === 100) {
      report({ messageId: "notMetButFull", cell, field: "numeric", data: { latest } });
    }
  },
  messages,
  docs,
});
