/** axe-core in the playground: the serious and critical violations in a part of the page, as lines. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

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

export function blocking(violations: Result[]): string[] {
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** The blocking violations inside `selector`; `rules` narrows or widens the rules axe runs. */
export async function scan(
  page: Page,
  selector: string,
  rules: (builder: AxeBuilder) => AxeBuilder = (builder) => builder,
): Promise<string[]> {
  const results = await rules(new AxeBuilder({ page }).include(selector)).analyze();
  return blocking(results.violations);
}
