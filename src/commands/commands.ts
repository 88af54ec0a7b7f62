/*
 * Ribbon commands of the shared runtime. They act through the same session as the task pane, so the pane
 * shows what a command did, errors included.
 *
 * - The handlers are associated when this module loads, not inside `Office.onReady`: a first click that
 *   arrives before `onReady` fires would otherwise find no handler and be lost (office-js #5176, #3378;
 *   learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands).
 * - `event.completed()` is called on every path, and before `showAsTaskpane()`: the pane can wait for the
 *   command to complete, so showing it first could hang the command (#3250, #2877;
 *   learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in).
 */
import type { Session } from "../app/session";
import { getSession } from "../app/runtime";

/** The FunctionName values used by manifest.xml. */
export const COMMAND_IDS = ["validateWorkbook", "insertSummary", "clearHighlights"] as const;

type CommandId = (typeof COMMAND_IDS)[number];

/** Runs a command; resolves whether the pane should open afterwards (to show results or an error). */
const ACTIONS: Record<CommandId, (session: Session) => Promise<boolean>> = {
  validateWorkbook: async (session) => {
    await session.validate();
    return true;
  },
  insertSummary: async (session) => {
    await session.insertSummary();
    return session.getState().error !== null;
  },
  clearHighlights: async (session) => {
    await session.clearHighlights();
    return session.getState().error !== null;
  },
};

export async function runCommand(
  id: CommandId,
  event: Office.AddinCommands.Event,
  session: Session = getSession(),
): Promise<void> {
  let showPane = false;
  try {
    showPane = await ACTIONS[id](session);
  } finally {
    event.completed();
  }
  // A client that cannot show the pane is not an error for the command.
  if (showPane) await Office.addin.showAsTaskpane().catch(() => undefined);
}

for (const id of COMMAND_IDS)
  Office.actions.associate(id, (event: Office.AddinCommands.Event) => runCommand(id, event));
