/** Renders the real task pane over a real session on an emulated workbook. */
import { render, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { SessionSetup } from "../support/session";
import { sessionOn } from "../support/session";
import type { Session } from "../../src/app/session";

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

export function renderSession(session: Session, dark = false) {
  installDomShims();
  const user = userEvent.setup();
  const view = render(<App session={session} dark={dark} />);
  return { user, ...view };
}

export async function renderPane(setup: SessionSetup = {}, dark = false) {
  const { emulator, session } = await sessionOn(setup);
  const rendered = renderSession(session, dark);
  await waitFor(() => expect(session.getState().settingsLoaded).toBe(true));
  return { emulator, session, ...rendered };
}
