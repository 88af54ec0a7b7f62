/** The keys `sitova summarize --format json` promises (issue 5): every group, and every goal at risk. */
export const SUMMARY_GROUP_KEYS = [
  "division",
  "file",
  "sheet",
  "year",
  "round",
  "goals",
  "latest",
  "byTheme",
  "changes",
  "atRisk",
] as const;

export const AT_RISK_KEYS = ["sheet", "cell", "goal", "forecast", "numeric"] as const;
