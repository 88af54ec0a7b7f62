/** Renders the real task pane over a real session on an emulated workbook. */
import { act, render, screen, waitFor } from "@testing-library/react";
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

type User = ReturnType<typeof userEvent.setup>;

/**
 * Opens one of the pane's popovers by its button (Valinnat, Suodata) and returns its surface (a group,
 * named by `name` when that differs from the button's name).
 */
export async function openPopover(user: User, button: string, name: string = button) {
  await user.click(screen.getByRole("button", { name: button }));
  return screen.findByRole("group", { name });
}

/** Closes the open popover as a keyboard user does (Escape). */
export async function closePopover(user: User) {
  const surface = document.querySelector(".fui-PopoverSurface");
  expect(surface).not.toBeNull();
  await user.keyboard("{Escape}");
  await waitFor(() => expect(surface).not.toBeInTheDocument());
}

/** Opens the settings tab's Ylläpito section (the schema file and Diagnostiikka). */
export async function openAdministration(user: User, tab = "Asetukset", heading = /^Ylläpito/) {
  await user.click(screen.getByRole("tab", { name: tab }));
  await user.click(screen.getByRole("button", { name: heading }));
}

/**
 * jsdom has no layout, and Fluent's arrow navigation (Tabster) moves only to elements it sees on screen,
 * by their boxes: this gives each finding card a row of its own (100 px) and its buttons a column each,
 * so the arrow keys can be tested here; the real layout is tested in Chromium (tests/e2e/paneLayout).
 */
export function stubCardLayout(): void {
  const box = (left: number, top: number, width: number, height: number) =>
    ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
  const boxOf = (element: HTMLElement) => {
    const card = element.closest("li[data-finding]");
    if (!card) return box(0, 0, 320, 10_000);
    const row = [...document.querySelectorAll("li[data-finding]")].indexOf(card);
    const column = [...card.querySelectorAll("button, input")].indexOf(element);
    return column < 0 ? box(0, row * 100, 320, 96) : box(column * 60, row * 100 + 8, 56, 40);
  };
  // A method, so that `this` is the element the layout is asked of (restored by jest.restoreAllMocks).
  const layout = {
    getBoundingClientRect() {
      return boxOf(this as unknown as HTMLElement);
    },
  };
  jest.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(layout.getBoundingClientRect);
  jest.spyOn(HTMLElement.prototype, "offsetParent", "get").mockImplementation(() => document.body);
}
