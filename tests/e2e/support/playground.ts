/**
 * The e2e harness: the built playground (SITOVA_PLAYGROUND_DIR, set by tests/e2e/run.js) on a free
 * loopback port, Debian's Chromium through playwright-core with a fresh user-data dir, and helpers that act
 * as a user would (the task pane by its roles and names, the spreadsheet view through its name box,
 * formula bar, grid and sheet tabs).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { Lang } from "../../../src/domain";
import type { Translator } from "../../../src/taskpane/strings";
import { translator } from "../../../src/taskpane/strings";
import { ROOT } from "../../support/paths";

// CommonJS helpers shared with npm scripts.

const { chromiumPath, missingChromiumHint } = require("./chromium") as {
  chromiumPath: () => string;
  missingChromiumHint: (path: string) => string;
};

const { startPlaygroundServer } = require("../../../scripts/playground") as {
  startPlaygroundServer: (options: { root?: string; port?: number; host?: string }) => Promise<{
    url: string;
    close: () => Promise<void>;
  }>;
};

/** The task pane's views, by the suffix of their tab's text key (`view_results`, …). */
export type PaneView = "results" | "settings" | "input";

/** What the playground page exposes for tests (see src/playground/main.tsx). */
interface PlaygroundWindow {
  sitovaPlayground: {
    store: {
      emulator: {
        snapshotFormats(): unknown;
        sheetNames(): string[];
        conditionalFormats(sheet: string): ConditionalFormatView[];
        profile: { name: string };
      };
    };
    session: { getState(): { phase: string; checkedAt: Date | null; lang: string } };
  };
}

/**
 * How long a journey waits for what it expects to see (Playwright's waits and `eventually`). A guard against a
 * hang, not a speed check: well above what a busy machine needs, and under Jest's limit in
 * tests/e2e/jest.config.js, so that a failure names what was awaited.
 */
const WAIT_MS = 60_000;
export const SCREENSHOTS = path.join(ROOT, "test-results", "e2e");

/** Chromium as root needs --no-sandbox; the rest keeps it off the (closed) network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Harness {
  context: BrowserContext;
  baseUrl: string;
  open(query?: string): Promise<PlaygroundPage>;
  close(): Promise<void>;
}

/**
 * One browser and playground server for a suite: started before its tests, closed after them. Returns
 * the harness, for use inside the tests.
 */
export function harnessForSuite(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());
  return () => harness!;
}

export async function startHarness(): Promise<Harness> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) throw new Error(missingChromiumHint(executablePath));
  const root = process.env.SITOVA_PLAYGROUND_DIR ?? path.join(ROOT, "dist-playground");
  const server = await startPlaygroundServer({ root, port: 0, host: "127.0.0.1" });
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(userData, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(WAIT_MS);
  const pages: PlaygroundPage[] = [];
  return {
    context,
    baseUrl: server.url,
    async open(query = "") {
      const page = await context.newPage();
      const playground = new PlaygroundPage(page);
      pages.push(playground);
      await page.goto(`${server.url}playground.html${query}`);
      await playground.ready();
      return playground;
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userData, { recursive: true, force: true });
    },
  };
}

/** A conditional format as the emulator lists it (`emulator.conditionalFormats(sheet)`). */
export interface ConditionalFormatView {
  ranges: string[];
  formula: string;
  fill: string | null;
}

/** Sitova's highlight rules carry `Sitova` in their formula (src/excel/highlightMark.ts). */
export const isSitovaRule = (format: ConditionalFormatView): boolean => format.formula.includes("Sitova");

/** What the spreadsheet view shows as selected. */
export interface ViewSelection {
  sheet: string;
  /** The active cell, e.g. `G8`. */
  cell: string;
  nameBox: string;
}

export class PlaygroundPage {
  /** Uncaught errors in the page: a journey fails when there are any. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on("pageerror", (error) => this.errors.push(error.message));
  }

  async ready(): Promise<void> {
    await this.page.locator("body[data-ready=true]").waitFor();
    await this.pane.getByRole("tabpanel").first().waitFor({ state: "attached" });
  }

  /** The task pane's language, as its root element says. */
  async paneLang(): Promise<Lang> {
    return (await this.pane.locator("[lang]").first().getAttribute("lang")) as Lang;
  }

  /** The pane's texts in its current language. */
  async t(): Promise<Translator> {
    return translator(await this.paneLang());
  }

  get pane(): Locator {
    return this.page.locator("#root");
  }

  get grid(): Locator {
    return this.page.locator("#pg-main table[role=grid]");
  }

  cell(address: string): Locator {
    return this.grid.locator(`td[data-address="${address}"]`);
  }

  get nameBox(): Locator {
    return this.page.locator("input.pg-name-box");
  }

  get formulaBar(): Locator {
    return this.page.locator("input.pg-formula");
  }

  /** A button of the ribbon group drawn from the manifest, by its control id (e.g. `Sitova.Validate`). */
  ribbon(controlId: string): Locator {
    return this.page.locator(`#pg-header [data-control="${controlId}"]`);
  }

  async showSheet(name: string): Promise<void> {
    await this.page.locator("#pg-main").getByRole("tab", { name, exact: true }).click();
    await this.page.locator(`#pg-main table[data-sheet="${name}"]`).waitFor();
  }

  /** Selects a cell as a user does, through the name box (`G5` or `Enn2!G5`). */
  async selectCell(address: string): Promise<void> {
    await this.nameBox.fill(address);
    await this.nameBox.press("Enter");
    const cell = address.split("!").pop() as string;
    await this.page.locator(`#pg-main td.pg-active[data-address="${cell}"]`).waitFor();
  }

  /** Types into a cell through the formula bar, as a user does. */
  async typeInCell(address: string, text: string): Promise<void> {
    await this.selectCell(address);
    await this.formulaBar.fill(text);
    await this.formulaBar.press("Enter");
  }

  async selection(): Promise<ViewSelection> {
    return {
      sheet: (await this.grid.getAttribute("data-sheet")) ?? "",
      cell: (await this.page.locator("#pg-main td.pg-active").getAttribute("data-address")) ?? "",
      nameBox: await this.nameBox.inputValue(),
    };
  }

  /** The fill the view paints on a cell (`#RRGGBB`), or null. */
  async fill(address: string): Promise<string | null> {
    return this.cell(address).getAttribute("data-fill");
  }

  /** Every formatted cell of the emulated workbook (the emulator's own view, not the DOM). */
  formats(): Promise<Record<string, Record<string, unknown>>> {
    return this.page.evaluate(
      () =>
        (window as unknown as PlaygroundWindow).sitovaPlayground.store.emulator.snapshotFormats() as Record<
          string,
          Record<string, unknown>
        >,
    );
  }

  sheetNames(): Promise<string[]> {
    return this.page.locator("#pg-main [role=tab]").allInnerTexts();
  }

  /** Every sheet's conditional formats, by sheet name (the emulator's own view). */
  conditionalFormats(): Promise<Record<string, ConditionalFormatView[]>> {
    return this.page.evaluate(() => {
      const emulator = (window as unknown as PlaygroundWindow).sitovaPlayground.store.emulator;
      return Object.fromEntries(
        emulator.sheetNames().map((sheet) => [sheet, emulator.conditionalFormats(sheet)]),
      );
    });
  }

  /** The Excel profile the playground's emulator runs (`?excel=`). */
  profileName(): Promise<string> {
    return this.page.evaluate(
      () => (window as unknown as PlaygroundWindow).sitovaPlayground.store.emulator.profile.name,
    );
  }

  /** The finding buttons of the pane's list (each names severity, place, rule and message), not the cards' fix buttons. */
  findingButtons(): Locator {
    return this.pane.locator("li[data-finding] > div:first-child > button:first-child");
  }

  async findingTexts(): Promise<string[]> {
    return (await this.findingButtons().allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
  }

  /** Waits until the add-in's session has finished a check that started at `since` (ms) or later. */
  async checkedSince(since: number): Promise<void> {
    await this.page.waitForFunction((t0) => {
      const session = (window as unknown as PlaygroundWindow).sitovaPlayground.session;
      const state = session.getState();
      return state.phase === "done" && state.checkedAt !== null && state.checkedAt.getTime() >= t0;
    }, since);
  }

  /** Presses the pane's Tarkista and waits for the check to finish. */
  async validateFromPane(): Promise<void> {
    const t = await this.t();
    const since = Date.now();
    await this.pane.getByRole("button", { name: t("check"), exact: true }).click();
    await this.checkedSince(since);
  }

  /** Shows one of the pane's views by its tab, as a user does. */
  async showView(view: PaneView): Promise<void> {
    const t = await this.t();
    await this.pane.getByRole("tab", { name: t(`view_${view}`) }).click();
    await this.pane.locator(`[data-testid="panel-${view}"]:not([hidden])`).waitFor();
  }

  /**
   * Opens the results' Valinnat popover (Korostukset, Jatkuva tarkistus, Yhteenveto), if it is not open;
   * a click elsewhere closes it, as Fluent's popovers do.
   */
  async openOptions(): Promise<void> {
    const t = await this.t();
    const surface = this.pane.getByRole("group", { name: t("optionsButton") });
    if (await surface.isVisible()) return;
    await this.pane.getByRole("button", { name: t("optionsButton") }).click();
    await surface.waitFor();
  }

  /** Opens the settings' collapsed Ylläpito section (the schema file and Diagnostiikka). */
  async openAdministration(): Promise<void> {
    const t = await this.t();
    const header = this.pane.getByRole("button", { name: new RegExp(`^${t("adminHeading")}`) });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    await this.pane.getByRole("button", { name: t("diagRun") }).waitFor();
  }

  /**
   * Makes the task pane's web view (`#root`, under the pane's title bar) `height` CSS px tall, as Excel's
   * pane is on a given screen; its width comes from `?paneWidth=`.
   */
  async fitPaneHeight(height: number): Promise<void> {
    const top = await this.pane.evaluate((root) => root.getBoundingClientRect().top);
    const viewport = this.page.viewportSize() ?? { width: 1440, height: 900 };
    await this.page.setViewportSize({ width: viewport.width, height: Math.round(top + height) });
    await this.page.waitForFunction(
      (h) => Math.abs((document.getElementById("root")?.getBoundingClientRect().height ?? 0) - h) < 1,
      height,
    );
  }

  async screenshot(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), animations: "disabled" });
  }

  /**
   * Waits until no animation runs: Fluent's popovers fade in, and half-faded text would fail a contrast
   * check or look wrong on a screenshot.
   */
  async animationsDone(): Promise<void> {
    await this.page.waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState !== "running"),
    );
  }

  /**
   * A screenshot of the task pane alone (its title bar and web view), once its animations have ended: the
   * page, clipped to the pane.
   */
  async paneScreenshot(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    // The mouse away, so that no tooltip covers the pane (headless Chromium painted the page blank
    // behind an open Fluent tooltip in a screenshot).
    await this.page.mouse.move(0, 0);
    await this.page.waitForFunction(() =>
      [...document.querySelectorAll('[role="tooltip"]')].every((tip) => !tip.checkVisibility()),
    );
    await this.animationsDone();
    const clip = await this.page.locator("#pg-pane").boundingBox();
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), clip: clip ?? undefined });
  }
}

/** Polls `read` until `accept` holds (or throws the last value after `timeout` ms). */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeout = WAIT_MS,
): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** `Enn2!G8` in a finding's text → { sheet, cell }. */
export function placeOf(text: string): { sheet: string; cell: string } | null {
  const match = /(?:'([^']+)'|([^\s!']+))!([A-Z]{1,3}\d+)/.exec(text);
  return match ? { sheet: match[1] ?? match[2], cell: match[3] } : null;
}
