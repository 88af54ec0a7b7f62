/**
 * The summary sheet's plan, shared by both writers (the CLI's ExcelJS workbook and the add-in's Office.js
 * sheet): which blocks come in which order, what each block's table holds and which charts are drawn from
 * it. The writers only render the sections top-down (cells, styles, chart parts or Office.js charts); the
 * header lines above them (title, time, schema version, status link) stay theirs.
 */
import type { Lang } from "../i18n";
import type { WorkbookSummary } from "./model";
import type { AtRiskSheetTable, SummaryLabels, SummarySheetTable, UnreadableSource } from "./layout";
import {
  atRiskTable,
  changesTable,
  divisionChangesTable,
  latestTable,
  roundName,
  sourcesTable,
  themeTable,
  validationTable,
} from "./layout";
import type { SummaryChart } from "./chartStyle";
import { roundChartSections } from "./chartStyle";

/** One block of the summary sheet, top-down. */
export interface SummarySection {
  /** A heading written above the block's table title (a round's heading, on its first block). */
  heading?: string;
  /** The block's table; an at-risk table carries its goals for the links (`isAtRiskTable`). */
  table: SummarySheetTable | AtRiskSheetTable;
  /** Charts drawn from the table's cells (header row and `chart.rows` rows), side by side under it. */
  charts: SummaryChart[];
  /** On paper this block starts a page (before its heading), so that no chart is cut by a page break. */
  pageBreakBefore?: boolean;
  /** A line written under the table when it has no rows ("No goals at risk."). */
  emptyText?: string;
}

export interface SummarySectionsOptions {
  /** Files that could not be read: listed among the sources with their reason. */
  unreadable?: readonly UnreadableSource[];
}

/** Whether a section's table is the goals-at-risk list (its goals give each row's source cell). */
export function isAtRiskTable(table: SummarySheetTable): table is AtRiskSheetTable {
  return "goals" in table;
}

/**
 * The summary sheet's sections: the sources with their validation status; per year's latest round the
 * divisions with the city total, the themes and the previous round beside the latest (each block with its
 * charts, and after the first on a page of its own), then the changes per division; then the board's list of
 * goals not met or at risk, the validation findings per rule, and the details per table.
 */
export function summarySheetSections(
  summary: WorkbookSummary,
  labels: SummaryLabels,
  lang: Lang,
  options: SummarySectionsOptions = {},
): SummarySection[] {
  const sections: SummarySection[] = [
    { table: sourcesTable(summary, labels, options.unreadable), charts: [] },
  ];
  summary.latestRound.forEach((round, roundIndex) => {
    roundChartSections(summary, round, labels, lang).forEach((block, blockIndex) => {
      sections.push({
        ...(blockIndex === 0 ? { heading: labels.roundHeading(roundName(round)) } : {}),
        table: block.table,
        charts: block.charts,
        pageBreakBefore: roundIndex > 0 || blockIndex > 0,
      });
    });
    const rows = summary.divisions.filter((r) => r.year === round.year && r.round === round.round);
    sections.push({ table: divisionChangesTable(rows, round, labels), charts: [] });
  });
  const afterRounds = summary.latestRound.length > 0;
  sections.push(
    {
      table: atRiskTable(summary, labels),
      charts: [],
      pageBreakBefore: afterRounds,
      emptyText: labels.none,
    },
    { table: validationTable(summary, labels), charts: [], emptyText: labels.noFindings },
    {
      heading: labels.detailsHeading,
      table: latestTable(summary, labels),
      charts: [],
      pageBreakBefore: true,
    },
    { table: themeTable(summary, labels), charts: [] },
    { table: changesTable(summary, labels), charts: [] },
  );
  return sections;
}
