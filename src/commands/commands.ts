/*
 * Ribbon commands of the shared runtime. They act through the same session as the task pane, so the pane
 * shows what a command did, errors included. event.completed() is called on every path.
 */
import type { Session } from "../app/session";
import { getSession } from "../app/runtime";

/** The FunctionName values used by manifest.xml. */
export const COMMAND_IDS = ["validateWorkbook", "insertSummary", "clearHighlights"] as const;

type CommandId = (typeof COMMAND_IDS)[number];

/** Opens the task pane on the results; a client that cannot is not an error for the command. */
async function showPane(): Promise<void> {
  await Office.addin.showAsTaskpane().catch(() => undefined);
}

const ACTIONS: Record<CommandId, (session: Session) => Promise<void>> = {
  validateWorkbook: async (session) => {
    await session.validate();
    await showPane();
  },
  insertSummary: async (session) => {
    await session.insertSummary();
    if (session.getState().error) await showPane();
  },
  clearHighlights: async (session) => {
    await session.clearHighlights();
    if (session.getState().error) await showPane();
  },
};

export async function runCommand(
  id: CommandId,
  event: Office.AddinCommands.Event,
  session: Session = getSession(),
): Promise<void> {
  try {
    await ACTIONS[id](session);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  for (const id of COMMAND_IDS)
    Office.actions.associate(id, (event: Office.AddinCommands.Event) => runCommand(id, event));
});
