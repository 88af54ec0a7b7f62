import { defineRule } from "./rule";
import { docs, messages } from "./duplicate-goal.docs";

export const duplicateGoal = defineRule({
  id: "duplicate-goal",
  severity: "warning",
  scope: "table",
  reads: ["goal"],
  check({ table, report }) {
    const firstCell = new Map<string, string>();
    for (const row of table.rows) {
      const cell = row.cells.goal;
      if (!cell || cell.empty || cell.error) continue;
      const first = firstCell.get(cell.key);
      if (first === undefined) firstCell.set(cell.key, cell.address);
      // Rows under one merged goal cell are one goal, not a duplicate.
      else if (first !== cell.address)
        report({ messageId: "duplicate", cell, field: "goal", data: { first } });
    }
  },
  messages,
  docs,
});
