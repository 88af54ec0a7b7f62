/**
 * The task pane at Excel's sizes (issue 13): a 320 px pane on a 1366 × 768 screen is about 626 CSS px tall;
 * the same 350 px pane at 200 % zoom is 175 × 540 CSS px (WCAG 2.2 1.4.10 reflow). After Tarkista on the
 * sample the findings fill the pane (at least five cards fully in view, also with eight goal sheets), only
 * the list scrolls, nothing scrolls sideways or is cut at the right edge in any view, the focused finding
 * has a visible focus ring (WCAG 2.4.7, 2.4.11) that the arrow keys move, and axe finds no serious or
 * critical violation. Screenshots of each view at both sizes: test-results/e2e/pane-<width>-<view>.png.
 */
import * as path from "node:path";
import { FIXTURES } from "../support/paths";
import type { PlaygroundPage } from "./support/playground";
import { harnessForSuite } from "./support/playground";
import { scan } from "./support/axe";

interface PaneSize {
  width: number;
  height: number;
}

const EXCEL_PANE: PaneSize = { width: 320, height: 626 };
const ZOOMED_PANE: PaneSize = { width: 175, height: 540 };
const MIN_CARDS_IN_VIEW = 5;
const DIVISION_FILES = ["kasko-2023.xlsx", "kymp-2023.xlsx", "SOTE_ennusteet_2023.xlsx"].map((file) =>
  path.join(FIXTURES, "divisions", file),
);

async function openPane(open: (query: string) => Promise<PlaygroundPage>, size: PaneSize, lang = "fi") {
  const pg = await open(`?lang=${lang}&paneWidth=${size.width}`);
  await pg.fitPaneHeight(size.height);
  return pg;
}

/** Finding cards whose whole box is inside the pane and inside the list's scroll area. */
function cardsFullyInView(pg: PlaygroundPage): Promise<number> {
  return pg.pane.evaluate((root) => {
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.top >= outer.top - 0.5 &&
      inner.bottom <= outer.bottom + 0.5 &&
      inner.left >= outer.left - 0.5 &&
      inner.right <= outer.right + 0.5;
    const pane = root.getBoundingClientRect();
    const list = root.querySelector('[data-testid="findings-scroll"]')!.getBoundingClientRect();
    return [...root.querySelectorAll("li[data-finding]")].filter((card) => {
      const box = card.getBoundingClientRect();
      return inside(box, pane) && inside(box, list);
    }).length;
  });
}

interface Overflow {
  /** Elements (the pane's web view, each view, the list) whose content is wider than their box. */
  scrollers: string[];
  /** Visible elements that reach past the pane's right or left edge (cut off, so unreachable). */
  cut: string[];
  /** Whether the pane's web view itself scrolls vertically (only the findings list may, in the results). */
  paneScrolls: boolean;
}

function overflow(pg: PlaygroundPage): Promise<Overflow> {
  return pg.pane.evaluate((root) => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${
        el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""
      } "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    const boxes = [root, ...root.querySelectorAll('[role="tabpanel"], [data-testid="findings-scroll"]')];
    const scrollers = boxes
      .filter((el) => !(el as HTMLElement).hidden && el.scrollWidth > el.clientWidth)
      .map((el) => `${name(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
    const pane = root.getBoundingClientRect();
    const cut = [...root.querySelectorAll("*")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return false; // visually hidden text, empty elements
        const style = getComputedStyle(el);
        if (style.visibility === "hidden" || style.display === "none") return false;
        return box.right > pane.right + 0.5 || box.left < pane.left - 0.5;
      })
      .map(
        (el) =>
          `${name(el)}: ${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)}`,
      );
    return { scrollers, cut, paneScrolls: root.scrollHeight > root.clientHeight };
  });
}

/** The views a user can reach, each shown as the user would see it, with a screenshot. */
const VIEWS: { name: string; show: (pg: PlaygroundPage) => Promise<void> }[] = [
  { name: "results", show: (pg) => pg.showView("results") },
  {
    name: "filters",
    show: async (pg) => {
      await pg.showView("results");
      const t = await pg.t();
      await pg.pane.getByRole("button", { name: t("filterButton") }).click();
      await pg.pane.getByRole("group", { name: t("filtersLabel") }).waitFor();
    },
  },
  { name: "options", show: (pg) => pg.openOptions() },
  {
    name: "details",
    show: async (pg) => {
      const t = await pg.t();
      await pg.pane.getByRole("button", { name: t("statusDetails") }).click();
      await pg.pane.getByText(t("severityExplained")).waitFor();
    },
  },
  { name: "settings", show: (pg) => pg.showView("settings") },
  {
    name: "admin",
    show: async (pg) => {
      await pg.showView("settings");
      await pg.openAdministration();
      const t = await pg.t();
      await pg.pane.getByRole("button", { name: t("diagRun") }).click();
      await pg.pane.getByRole("list", { name: t("diagResults") }).waitFor();
    },
  },
  { name: "input", show: (pg) => pg.showView("input") },
  {
    name: "combine",
    show: async (pg) => {
      // Kokoa työkirjoista with three long-named division files chosen, as a coordinator sees it.
      await pg.openOptions();
      const t = await pg.t();
      await pg.pane.getByRole("button", { name: t("combine"), exact: true }).click();
      const view = pg.pane.getByRole("region", { name: t("combine") });
      await view.getByLabel(t("combinePick")).setInputFiles(DIVISION_FILES);
      await view.getByRole("list", { name: t("combineFiles") }).waitFor();
    },
  },
];

async function checkedPane(open: (query: string) => Promise<PlaygroundPage>, size: PaneSize) {
  const pg = await openPane(open, size);
  await pg.validateFromPane();
  return pg;
}

describe.each([
  ["320 × 626 (a pane on a 1366 × 768 screen)", EXCEL_PANE],
  ["175 × 540 (the same pane at 200 % zoom)", ZOOMED_PANE],
])("the task pane at %s", (_label, size) => {
  const harness = harnessForSuite();
  const open = (query: string) => harness().open(query);

  it("shows the findings in a list that alone scrolls", async () => {
    const pg = await checkedPane(open, size);
    const shown = await cardsFullyInView(pg);
    if (size === EXCEL_PANE) expect(shown).toBeGreaterThanOrEqual(MIN_CARDS_IN_VIEW);
    else expect(shown).toBeGreaterThanOrEqual(1);
    const { paneScrolls } = await overflow(pg);
    expect(paneScrolls).toBe(false);
    // The list scrolls: its last card can be brought into view, and the status line is still there.
    const t = await pg.t();
    await pg.pane.locator("li[data-finding]").last().scrollIntoViewIfNeeded();
    expect(await pg.pane.getByRole("button", { name: t("check"), exact: true }).isVisible()).toBe(true);
    expect((await overflow(pg)).paneScrolls).toBe(false);
    await pg.paneScreenshot(`pane-${size.width}-list-end`);
    expect(pg.errors).toEqual([]);
    await pg.page.close();
  });

  it.each(VIEWS.map((view) => [view.name, view] as const))(
    "%s: nothing scrolls sideways or is cut, no serious axe violation",
    async (name, view) => {
      const pg = await checkedPane(open, size);
      await view.show(pg);
      await pg.animationsDone();
      const { scrollers, cut } = await overflow(pg);
      expect(scrollers).toEqual([]);
      expect(cut).toEqual([]);
      expect(await scan(pg.page, "#root")).toEqual([]);
      await pg.paneScreenshot(`pane-${size.width}-${name}`);
      expect(pg.errors).toEqual([]);
      await pg.page.close();
    },
  );

  it("rings the focused finding, and the arrow keys move the ring", async () => {
    const pg = await checkedPane(open, size);
    const cards = pg.findingButtons();
    // A keyboard user's arrows (Fluent shows the ring after keyboard input, not after a click).
    await cards.first().focus();
    await pg.page.keyboard.press("ArrowDown");
    await pg.page.keyboard.press("ArrowUp");
    const focusedText = () =>
      pg.page.evaluate(() => (document.activeElement?.textContent ?? "").replace(/\s+/g, " ").trim());
    expect(await focusedText()).toBe((await pg.findingTexts())[0]);
    expect(await ringCoverage(pg)).toBeGreaterThan(0.8);
    await pg.page.keyboard.press("ArrowDown");
    expect(await focusedText()).toBe((await pg.findingTexts())[1]);
    expect(await ringCoverage(pg)).toBeGreaterThan(0.8);
    // The card left behind has no ring.
    await cards.first().evaluate((card) => card.setAttribute("data-ring-probe", ""));
    expect(await ringCoverage(pg, "[data-ring-probe]")).toBeLessThan(0.2);
    await pg.paneScreenshot(`pane-${size.width}-focus`);
    expect(pg.errors).toEqual([]);
    await pg.page.close();
  });
});

/**
 * How much of the 2 px band just outside an element is drawn dark, from a screenshot: Fluent's focus ring
 * (createFocusOutlineStyle) is a 2 px line of colorStrokeFocus2 (black in the light theme) around the
 * element. The pixels are read in the page (a canvas), as the test has no image decoder.
 */
async function ringCoverage(pg: PlaygroundPage, selector?: string): Promise<number> {
  const RING = 2;
  const box = await pg.page.evaluate(
    ([sel, ring]) => {
      const el = (sel ? document.querySelector(sel) : document.activeElement) as HTMLElement;
      const r = el.getBoundingClientRect();
      return { x: r.left - ring, y: r.top - ring, width: r.width + 2 * ring, height: r.height + 2 * ring };
    },
    [selector ?? "", RING] as const,
  );
  const png = await pg.page.screenshot({ clip: box, animations: "disabled" });
  return pg.page.evaluate(
    async ([base64, ring]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
      let band = 0;
      let dark = 0;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          if (x >= ring && y >= ring && x < width - ring && y < height - ring) continue;
          band++;
          const i = (y * width + x) * 4;
          if (data[i] + data[i + 1] + data[i + 2] < 3 * 96) dark++;
        }
      return dark / band;
    },
    [png.toString("base64"), RING] as const,
  );
}

describe("Swedish and English at 320 × 626", () => {
  const harness = harnessForSuite();

  it.each(["sv", "en"])("%s: at least five findings without scrolling", async (lang) => {
    const pg = await openPane((query) => harness().open(query), EXCEL_PANE, lang);
    await pg.validateFromPane();
    expect(await cardsFullyInView(pg)).toBeGreaterThanOrEqual(MIN_CARDS_IN_VIEW);
    await pg.paneScreenshot(`pane-320-results-${lang}`);
    expect(pg.errors).toEqual([]);
    await pg.page.close();
  });
});

describe("eight goal sheets at 320 × 626", () => {
  const harness = harnessForSuite();

  it("still shows at least five findings without scrolling", async () => {
    const pg = await openPane((query) => harness().open(query), EXCEL_PANE);
    // Six more goal sheets: copies of the sample's Enn2, made in the emulated Excel as a user's copies are.
    await pg.page.evaluate(async () => {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Enn2");
        for (let i = 0; i < 6; i++) sheet.copy("End");
        await context.sync();
      });
    });
    await pg.validateFromPane();
    const tables = await pg.page.evaluate(
      () =>
        (
          window as unknown as {
            sitovaPlayground: { session: { getState(): { report: { tables: unknown[] } | null } } };
          }
        ).sitovaPlayground.session.getState().report?.tables.length ?? 0,
    );
    expect(tables).toBe(8);
    expect(await cardsFullyInView(pg)).toBeGreaterThanOrEqual(MIN_CARDS_IN_VIEW);
    await pg.paneScreenshot("pane-320-eight-sheets");
    expect(pg.errors).toEqual([]);
  });
});
