import type { TableCell } from "../table";
import { defineRule } from "./rule";
import { docs, messages } from "./duplicate-goal.docs";

export const duplicateGoal = defineRule({
  id: "duplicate-goal",
  severity: "warning",
  scope: "table",
  reads: ["goal"],
  check({ table, report }) {
    // The first cell of each goal, whose address is made only for a duplicate (not for 200 000 goals).
    const firstCell = new Map<string, TableCell>();
    for (const row of table.rows) {
      const cell = row.cells.goal;
      if (!cell || cell.empty || cell.error) continue;
      const first = firstCell.get(cell.key);
      if (first === undefined) firstCell.set(cell.key, cell);
      // Rows under one merged goal cell are one goal, not a duplicate.
      else if (first.address !== cell.address)
        report({ messageId: "duplicate", cell, field: "goal", data: { first: first.address } });
    }
  },
  messages,
  docs,
});
