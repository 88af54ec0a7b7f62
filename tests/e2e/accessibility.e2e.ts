/**
 * Accessibility: axe-core scans the task pane in each of its views (with findings listed and one finding's
 * explanation open, Diagnostiikka's results shown, and the undo notice of an Excel without ExcelApi 1.20)
 * and the playground around it; no serious or critical violation is allowed. In a real browser axe also
 * checks colour contrast, which the jsdom tests cannot.
 */
import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import { scan as scanPage } from "./support/axe";
import type { PlaygroundPage } from "./support/playground";
import { harnessForSuite } from "./support/playground";

async function scan(
  pg: PlaygroundPage,
  selector: string,
  rules?: (builder: AxeBuilder) => AxeBuilder,
): Promise<string[]> {
  return scanPage(pg.page, selector, rules);
}

/**
 * The spreadsheet view has an element per cell (several hundred), and each of axe's ARIA rules takes about a
 * second on them, so its scan is split: the other rules in one test, the ARIA rules a few per test. Every
 * rule runs once, and no test holds the whole scan.
 */
const ARIA_RULES = axe.getRules(["cat.aria"]).map((rule) => rule.ruleId);
const ARIA_RULES_PER_TEST = 5;
const GRID_SCANS: [string, (builder: AxeBuilder) => AxeBuilder][] = [
  ["every rule but the ARIA rules", (builder) => builder.disableRules(ARIA_RULES)],
  ...Array.from({ length: Math.ceil(ARIA_RULES.length / ARIA_RULES_PER_TEST) }, (_, i) => {
    const rules = ARIA_RULES.slice(i * ARIA_RULES_PER_TEST, (i + 1) * ARIA_RULES_PER_TEST);
    return [rules.join(", "), (builder: AxeBuilder) => builder.withRules(rules)] as [
      string,
      (builder: AxeBuilder) => AxeBuilder,
    ];
  }),
];

/** A checked workbook in the pane, with one finding's explanation open. */
async function checked(pg: PlaygroundPage): Promise<PlaygroundPage> {
  await pg.validateFromPane();
  await pg.findingButtons().first().focus();
  await pg.page.keyboard.press("ArrowRight"); // to the first finding's explanation button
  await pg.page.keyboard.press("Enter"); // and open it
  await pg.pane.locator("li[data-finding] dl").first().waitFor();
  return pg;
}

describe("accessibility of the task pane, one view per test", () => {
  const harness = harnessForSuite();

  it("before the first check", async () => {
    const pg = await harness().open("?lang=fi");
    expect(await scan(pg, "#root")).toEqual([]);
    expect(pg.errors).toEqual([]);
  });

  it("the findings, with an explanation open", async () => {
    const pg = await checked(await harness().open("?lang=fi"));
    expect(await scan(pg, "#root")).toEqual([]);
    await pg.screenshot("accessibility-pane");
    expect(pg.errors).toEqual([]);
  });

  it.each([
    ["settings, Ylläpito open", "settings"],
    ["input rules", "input"],
  ] as const)("the %s tab", async (_name, view) => {
    const pg = await checked(await harness().open("?lang=fi"));
    await pg.showView(view);
    if (view === "settings") await pg.openAdministration();
    expect(await scan(pg, "#root")).toEqual([]);
    expect(pg.errors).toEqual([]);
  });

  it("the undo notice of an Excel without undo groups (hostile profile)", async () => {
    const pg = await harness().open("?lang=fi&excel=fi-desktop&excelApi=1.19");
    const t = await pg.t();
    await pg.pane.getByText(t("undoTitle")).waitFor();
    expect(await scan(pg, "#root")).toEqual([]);
    expect(pg.errors).toEqual([]);
  });

  it("Diagnostiikka's results, a failed row too (hostile profile)", async () => {
    const pg = await harness().open("?lang=fi&excel=fi-desktop&excelApi=1.19");
    const t = await pg.t();
    await pg.showView("settings");
    await pg.openAdministration();
    await pg.pane.getByRole("button", { name: t("diagRun") }).click();
    await pg.pane.getByRole("list", { name: t("diagResults") }).waitFor();
    await pg.pane.getByText(t("diagStatus_fail"), { exact: true }).first().waitFor();
    expect(await scan(pg, "#root")).toEqual([]);
    await pg.screenshot("accessibility-diagnostics");
    expect(pg.errors).toEqual([]);
  });
});

describe("accessibility of the playground around the pane", () => {
  const harness = harnessForSuite();

  it.each(["#pg-header", "#pg-pane-frame"])("%s", async (selector) => {
    const pg = await harness().open("?lang=en");
    await pg.validateFromPane();
    expect(await scan(pg, selector)).toEqual([]);
    expect(pg.errors).toEqual([]);
  });

  it.each(GRID_SCANS)("the spreadsheet view (#pg-main): %s", async (_rules, rules) => {
    const pg = await harness().open("?lang=en");
    await pg.validateFromPane();
    expect(await scan(pg, "#pg-main", rules)).toEqual([]);
    expect(pg.errors).toEqual([]);
  });
});
