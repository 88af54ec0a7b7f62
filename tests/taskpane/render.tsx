/** Renders the real task pane over a real session on an emulated workbook. */
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { Session } from "../../src/app/session";
import type { SessionSetup } from "../support/session";
import { sessionOn } from "../support/session";

/** What jsdom lacks and Fluent asks for. */
export function installDomShims(): void {
  if (!window.matchMedia)
    Object.defineProperty(window, "matchMedia", {
      configurable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
}

/**
 * Records every promise the session's methods return until it settles: the work a click started (a check,
 * a summary, saving a setting). Waiting for exactly that work, not for a time, keeps the tests independent
 * of the machine's speed.
 */
function trackWork(session: Session): () => Promise<void> {
  const pending = new Set<Promise<unknown>>();
  for (const name of Object.getOwnPropertyNames(Session.prototype)) {
    const method = (session as unknown as Record<string, unknown>)[name];
    if (name === "constructor" || typeof method !== "function") continue;
    Object.defineProperty(session, name, {
      configurable: true,
      value: (...args: unknown[]) => {
        const result: unknown = method.apply(session, args);
        if (result instanceof Promise) {
          pending.add(result);
          const done = () => pending.delete(result);
          result.then(done, done);
        }
        return result;
      },
    });
  }
  return async () => {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };
}

/** The next animation frame, by which Fluent's tabs have moved their selection indicator. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The pane over a session; `hostInfo` is the Office it says it runs in (Office.context.diagnostics). */
export function renderSession(session: Session, dark = false, hostInfo: string | null = null) {
  installDomShims();
  const idle = trackWork(session);
  const user = userEvent.setup();
  const view = render(<App session={session} dark={dark} hostInfo={hostInfo} />);
  /** Waits, inside act, until the session's work has finished and the pane has drawn its result. */
  const settled = () =>
    act(async () => {
      await idle();
      await nextFrame();
    });
  return { user, settled, ...view };
}

export async function renderPane(setup: SessionSetup = {}, dark = false) {
  const { emulator, session } = await sessionOn(setup);
  const rendered = renderSession(session, dark);
  await rendered.settled();
  expect(session.getState().settingsLoaded).toBe(true);
  return { emulator, session, ...rendered };
}

/** The pane on the sample workbook after Tarkista: every finding listed (6 errors, 2 warnings). */
export async function checkedPane() {
  const pane = await renderPane();
  await pane.user.click(screen.getByRole("button", { name: "Tarkista" }));
  await pane.settled();
  expect(screen.getByRole("heading", { name: /6 virhettä, 2 varoitusta/ })).toBeInTheDocument();
  return pane;
}
