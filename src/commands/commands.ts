/*
 * Ribbon commands of the shared runtime (placeholder). The manifest's ExecuteFunction buttons name
 * these ids; the real handlers (validate, summary, clear) replace the bodies in a later change.
 * Every handler must call event.completed() on every path, errors included.
 */

/** The FunctionName values used by manifest.xml. */
export const COMMAND_IDS = ["validateWorkbook", "insertSummary", "clearHighlights"] as const;

function placeholder(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  for (const id of COMMAND_IDS) Office.actions.associate(id, placeholder);
});
