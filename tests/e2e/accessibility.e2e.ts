/**
 * Accessibility: axe-core scans the task pane in each of its views (with findings listed and one finding's
 * explanation open, Diagnostiikka's results shown, and the undo notice of an Excel without ExcelApi 1.20)
 * and the playground around it; no serious or critical violation is allowed. In a real browser axe also
 * checks colour contrast, which the jsdom tests cannot.
 */
import AxeBuilder from "@axe-core/playwright";
import type { PlaygroundPage } from "./support/playground";
import { harnessForSuite } from "./support/playground";

type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

const BLOCKING = new Set(["serious", "critical"]);

/**
 * Fluent UI's focus manager (Tabster) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` at
 * the edges of arrow-key groups (tab lists, toolbars): they only pass the focus on, and axe's
 * aria-hidden-focus rule reports them. It is a known false positive (microsoft/tabster#288,
 * microsoft/fluentui#25133), which Microsoft's own Accessibility Insights suppresses the same way
 * (microsoft/accessibility-insights-web#7605): only those nodes, only for that rule.
 */
function isTabsterDummy(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /\sdata-tabster-dummy(=|\s|>)/.test(html);
}

function blocking(violations: Result[]): string[] {
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

async function scan(pg: PlaygroundPage, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page: pg.page }).include(selector).analyze();
  return blocking(results.violations);
}

describe("accessibility", () => {
  const harness = harnessForSuite();

  it("finds no serious or critical violation in the task pane", async () => {
    const pg = await harness().open("?lang=fi");
    expect(await scan(pg, "#root")).toEqual([]); // before the first check
    await pg.validateFromPane();
    await pg.findingButtons().first().focus();
    await pg.page.keyboard.press("ArrowRight"); // open the first finding's explanation
    expect(await scan(pg, "#root")).toEqual([]);
    const t = await pg.t();
    for (const view of ["view_settings", "view_input"] as const) {
      await pg.pane.getByRole("tab", { name: t(view) }).click();
      expect({ view, violations: await scan(pg, "#root") }).toEqual({ view, violations: [] });
    }
    await pg.pane.getByRole("tab", { name: t("view_results") }).click();
    await pg.screenshot("accessibility-pane");
    expect(pg.errors).toEqual([]);
  });

  it("finds none in Diagnostiikka's results (on the hostile profile: a failed row too) or the undo notice", async () => {
    const pg = await harness().open("?lang=fi&excel=fi-desktop&excelApi=1.19");
    const t = await pg.t();
    await pg.pane.getByText(t("undoTitle")).waitFor();
    expect(await scan(pg, "#root")).toEqual([]);
    await pg.pane.getByRole("tab", { name: t("view_settings") }).click();
    await pg.pane.getByRole("button", { name: t("diagRun") }).click();
    await pg.pane.getByRole("list", { name: t("diagResults") }).waitFor();
    await pg.pane.getByText(t("diagStatus_fail"), { exact: true }).first().waitFor();
    expect(await scan(pg, "#root")).toEqual([]);
    await pg.screenshot("accessibility-diagnostics");
    expect(pg.errors).toEqual([]);
  });

  it("finds no serious or critical violation in the playground around the pane", async () => {
    const pg = await harness().open("?lang=en");
    await pg.validateFromPane();
    expect(await scan(pg, "#pg-header")).toEqual([]);
    expect(await scan(pg, "#pg-main")).toEqual([]);
    expect(await scan(pg, "#pg-pane-frame")).toEqual([]);
    expect(pg.errors).toEqual([]);
  });
});
