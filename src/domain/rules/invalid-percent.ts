import { defineRule } from "./rule";
import { docs, messages } from "./invalid-percent.docs";
import { quote } from "../i18n";
import { isPercentFormat } from "../normalize";

export const invalidPercent = defineRule({
  id: "invalid-percent",
  severity: "error",
  scope: "row",
  reads: ["numeric"],
  check({ row, numericReading: reading }, { report }) {
    if (!reading || reading.ok) return;
    const cell = row.cells.numeric!;
    report({
      messageId: reading.reason === "out-of-range" ? "outOfRange" : "notPercent",
      cell,
      field: "numeric",
      data: {
        // A percent-formatted number is shown as Excel shows it (1.2 → "120 %").
        value:
          typeof cell.value === "number" && isPercentFormat(cell.numberFormat)
            ? { percent: cell.value * 100, quoted: true }
            : quote(cell.text),
        percent: reading.percent === undefined ? "" : { percent: reading.percent },
      },
    });
  },
  messages,
  docs,
});
