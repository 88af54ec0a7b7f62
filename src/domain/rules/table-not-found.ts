import { defineRule } from "./rule";
import { docs, messages } from "./table-not-found.docs";
import { HEADER_SEARCH_ROWS } from "../table";

export const tableNotFound = defineRule({
  id: "table-not-found",
  severity: "error",
  scope: "workbook",
  check({ analysis, report }) {
    if (analysis.tables.length === 0) report({ messageId: "notFound", data: { rows: HEADER_SEARCH_ROWS } });
  },
  messages,
  docs,
});
