/**
 * Reads the open workbook into the engine's snapshot: the users' sheets (never Sitova's own), in two syncs
 * for the layout and one per 20 000 cells (see workbookRead.ts). A check reads within its own run
 * (check.ts); this is for the summary, the input rules and tests.
 */
import type { WorkbookSnapshot } from "../domain";
import type { ExcelHost } from "./host";
import { readSnapshotOf } from "./check";
import { loadLayout } from "./workbookRead";

export { cellValue, parseAreaList } from "./workbookRead";

export async function readWorkbookSnapshot(host: ExcelHost): Promise<WorkbookSnapshot> {
  return host.run(async (context) => {
    const layout = await loadLayout(context, { mergedAreas: host.features.mergedAreas });
    return readSnapshotOf(context, layout);
  });
}
