/** The counts as text: "6 virhettä, 2 varoitusta" (infos only when there are some). */
import type { Stats } from "../domain";
import type { Translator } from "./strings";

export function countsText(stats: Stats, t: Translator): string {
  const parts = [t.count("errors", stats.errors), t.count("warnings", stats.warnings)];
  if (stats.infos > 0) parts.push(t.count("infos", stats.infos));
  return parts.join(", ");
}

/** The headline: "Kunnossa" when there are no errors, else the counts. */
export function summaryText(stats: Stats, t: Translator): string {
  return stats.errors === 0 ? t("statusOk") : countsText(stats, t);
}
