import type { Session } from "../../src/app/session";

// The commands module registers its handlers as it loads (not in Office.onReady, which never calls back
// here): a first click before onReady must find them (office-js #5176, #3378).
const associated = new Map<string, (event: Office.AddinCommands.Event) => Promise<void>>();
const calls: string[] = [];
const showAsTaskpane = jest.fn(() => {
  calls.push("showAsTaskpane");
  return Promise.resolve();
});
Object.assign(globalThis, {
  Office: {
    onReady: () => new Promise(() => undefined),
    actions: {
      associate: (id: string, handler: (event: Office.AddinCommands.Event) => Promise<void>) =>
        associated.set(id, handler),
    },
    addin: { showAsTaskpane },
  },
});
afterAll(() => Reflect.deleteProperty(globalThis, "Office"));

const { COMMAND_IDS, runCommand } =
  require("../../src/commands/commands") as typeof import("../../src/commands/commands");

function fakeSession(overrides: Partial<Session>): Session {
  return { getState: () => ({ error: null }), ...overrides } as unknown as Session;
}

const eventMock = () =>
  ({ completed: jest.fn(() => calls.push("completed")) }) as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };

describe("ribbon commands", () => {
  it("registers every function the manifest names", () => {
    expect([...associated.keys()]).toEqual([...COMMAND_IDS]);
  });

  it("validates, completes the event, and only then opens the pane on the results (#5176, #3250)", async () => {
    calls.length = 0;
    const validate = jest.fn(() => Promise.resolve(null));
    const event = eventMock();
    await runCommand("validateWorkbook", event, fakeSession({ validate }));
    expect(validate).toHaveBeenCalled();
    expect(calls).toEqual(["completed", "showAsTaskpane"]);
  });

  it("completes the event even when the action fails", async () => {
    const event = eventMock();
    const failing = fakeSession({ validate: () => Promise.reject(new Error("boom")) });
    await expect(runCommand("validateWorkbook", event, failing)).rejects.toThrow("boom");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("inserts the summary, opening the pane only when it failed", async () => {
    showAsTaskpane.mockClear();
    const insertSummary = jest.fn(() => Promise.resolve("Yhteenveto"));
    const event = eventMock();
    await runCommand("insertSummary", event, fakeSession({ insertSummary }));
    expect(insertSummary).toHaveBeenCalled();
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("opens the pane when clearing highlights failed, so the user sees why", async () => {
    showAsTaskpane.mockClear();
    const event = eventMock();
    const session = fakeSession({
      clearHighlights: () => Promise.resolve(),
      getState: () => ({ error: "suojattu" }) as never,
    });
    await runCommand("clearHighlights", event, session);
    expect(showAsTaskpane).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
