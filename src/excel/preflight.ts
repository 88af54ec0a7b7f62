/**
 * Before a check writes anything: can both its highlights and its report sheet be written? A protected
 * sheet or workbook is reported before the first write, so that a check never leaves half its results.
 */
import type { Finding } from "../domain";
import type { ExcelHost } from "./host";
import { loadState } from "./state";
import { assertSheetsWritable, assertWorkbookWritable, loadProtection } from "./protection";

export async function assertResultsWritable(
  host: ExcelHost,
  findings: readonly Finding[],
  highlights: boolean,
): Promise<void> {
  await host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const protection = context.workbook.protection;
    protection.load("protected");
    const { state } = await loadState(context);
    const flagged = new Set(highlights ? findings.map((f) => f.sheet) : []);
    const touched = worksheets.items.filter(
      (s) => flagged.has(s.name) || s.id in state.highlights || s.id === state.ownSheets.report,
    );
    loadProtection(touched);
    await context.sync();
    if (!worksheets.items.some((s) => s.id === state.ownSheets.report)) assertWorkbookWritable(protection);
    assertSheetsWritable(touched);
  });
}
