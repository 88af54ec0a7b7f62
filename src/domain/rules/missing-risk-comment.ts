import { defineRule } from "./rule";
import { docs, messages } from "./missing-risk-comment.docs";
import { textKey } from "../normalize";

export const missingRiskComment = defineRule({
  id: "missing-risk-comment",
  severity: "warning",
  escalatesTo: "error",
  scope: "row",
  reads: ["comments"],
  check(goal, { schema, report }) {
    const cell = goal.row.cells.comments!;
    if (cell.empty) {
      if (goal.atRisk) report({ messageId: "emptyAtRisk", cell, field: "comments", severity: "error" });
      else if (goal.changed) {
        report({
          messageId: "emptyChanged",
          cell,
          field: "comments",
          severity: "error",
          data: { previous: goal.previous!, latest: goal.latest! },
        });
      } else report({ messageId: "empty", cell, field: "comments", severity: "warning" });
    } else if (goal.atRisk && !textKey(cell.text).includes(schema.riskWord)) {
      report({ messageId: "noRisk", cell, field: "comments", severity: "error" });
    }
  },
  messages,
  docs,
});
