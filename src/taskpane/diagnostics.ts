/** Diagnostiikka's results as counts and as the text IT copies (in the pane's language). */
import type { DiagnosticResult, DiagnosticStatus } from "../excel/diagnostics";
import type { Translator } from "./strings";

export const DIAGNOSTIC_STATUSES: readonly DiagnosticStatus[] = ["pass", "fail", "limited", "skipped"];

export function diagnosticCounts(results: readonly DiagnosticResult[]): Record<DiagnosticStatus, number> {
  const counts = { pass: 0, fail: 0, limited: 0, skipped: 0 };
  for (const result of results) counts[result.status] += 1;
  return counts;
}

/**
 * One line per probe (`Toimii     Välilehden lisääminen: Sitova-diagnostiikka-…`), the meaning of each
 * one that did not pass, and the counts; headed by the time it ran and which Office it ran in.
 */
export function diagnosticsText(
  results: readonly DiagnosticResult[],
  t: Translator,
  time: string,
  hostInfo: string | null = null,
): string {
  const width = Math.max(...DIAGNOSTIC_STATUSES.map((s) => t(`diagStatus_${s}`).length));
  const lines = [`Sitova – ${t("diagHeading")} – ${t("diagRanAt", { time })}`];
  if (hostInfo) lines.push(hostInfo);
  lines.push("");
  for (const result of results) {
    lines.push(
      `${t(`diagStatus_${result.status}`).padEnd(width)}  ${t(`diag_${result.id}`)}: ${result.detail}`,
    );
    if (result.status !== "pass") lines.push(`${" ".repeat(width)}  ${t(`diagHelp_${result.id}`)}`);
  }
  lines.push("", t("diagSummary", diagnosticCounts(results)));
  return lines.join("\n");
}
