/** Building and adding up the counts of the summary model. */
import type { Finding, Severity } from "../report";
import { SEVERITIES, countFindings } from "../report";
import type { CompiledSchema } from "../schema/compile";
import { textKey } from "../normalize";
import type { ChangeCounts, ForecastCounts, GroupCounts, ValidationCounts } from "./model";
import { MISSING_KEY } from "./model";

export const NEW = "new";
export const UNKNOWN = "unknown";

export function changeKey(previous: string, latest: string): string {
  return `${previous}->${latest}`;
}

export function emptyForecastCounts(schema: CompiledSchema): ForecastCounts {
  return { [schema.met]: 0, [schema.notMet]: 0, missing: 0, invalid: 0 };
}

/** All four pairs are present even when zero, so that a chart or a table always has the same columns. */
export function emptyChangeCounts(schema: CompiledSchema): ChangeCounts {
  const values = [schema.met, schema.notMet];
  const counts: ChangeCounts = {};
  for (const previous of values) for (const latest of values) counts[changeKey(previous, latest)] = 0;
  counts[NEW] = 0;
  counts[UNKNOWN] = 0;
  return counts;
}

/** Adds `source` into `target`, key by key; keys `target` lacks are added. */
export function addCounts<T extends Record<string, number>>(target: T, source: Readonly<T>): T {
  const sum = target as Record<string, number>;
  for (const [key, n] of Object.entries(source)) sum[key] = (sum[key] ?? 0) + n;
  return target;
}

/** A zeroed copy with the same keys in the same order. */
export function zeroed<T extends Record<string, number>>(template: Readonly<T>): T {
  return Object.fromEntries(Object.keys(template).map((key) => [key, 0])) as T;
}

export function shareMet(latest: ForecastCounts, goals: number, met: string): number | null {
  return goals === 0 ? null : (latest[met] ?? 0) / goals;
}

/**
 * Adds counts per label (theme, division) into `target`. Labels that differ only in case or spacing are one
 * group under the first spelling seen, and `missing` stays last.
 */
export function mergeLabelled(
  target: Record<string, ForecastCounts>,
  source: Readonly<Record<string, ForecastCounts>>,
): Record<string, ForecastCounts> {
  const labelByKey = new Map(Object.keys(target).map((label) => [textKey(label), label]));
  for (const [label, counts] of Object.entries(source)) {
    const known = labelByKey.get(textKey(label));
    if (known !== undefined) addCounts(target[known], counts);
    else {
      labelByKey.set(textKey(label), label);
      target[label] = addCounts(zeroed(counts), counts);
    }
  }
  return missingLast(target);
}

export function missingLast<T>(record: Record<string, T>): Record<string, T> {
  if (!(MISSING_KEY in record)) return record;
  const { [MISSING_KEY]: missing, ...rest } = record;
  return { ...rest, [MISSING_KEY]: missing };
}

export function emptyValidationCounts(): ValidationCounts {
  return { errors: 0, warnings: 0, infos: 0, byRule: {} };
}

function zeroSeverities(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
}

function sortedByRule(byRule: ValidationCounts["byRule"]): ValidationCounts["byRule"] {
  return Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b)));
}

export function validationCounts(findings: readonly Finding[]): ValidationCounts {
  const byRule: ValidationCounts["byRule"] = {};
  for (const finding of findings) {
    byRule[finding.rule] ??= zeroSeverities();
    byRule[finding.rule][finding.severity]++;
  }
  return { ...countFindings(findings), byRule: sortedByRule(byRule) };
}

export function addValidationCounts(target: ValidationCounts, source: ValidationCounts): ValidationCounts {
  const byRule = { ...target.byRule };
  for (const [rule, counts] of Object.entries(source.byRule))
    byRule[rule] = addCounts({ ...(byRule[rule] ?? zeroSeverities()) }, counts);
  return {
    errors: target.errors + source.errors,
    warnings: target.warnings + source.warnings,
    infos: target.infos + source.infos,
    byRule: sortedByRule(byRule),
  };
}

/** Adds several groups' counts together; the groups must come from the same schema, whose "met" value is `met`. */
export function sumGroups(groups: readonly GroupCounts[], met: string): GroupCounts {
  const [first] = groups;
  const sum: GroupCounts = {
    goals: 0,
    latest: zeroed(first.latest),
    previous: zeroed(first.previous),
    shareMet: null,
    byTheme: {},
    changes: zeroed(first.changes),
    atRisk: [],
    validation: emptyValidationCounts(),
  };
  for (const group of groups) {
    sum.goals += group.goals;
    addCounts(sum.latest, group.latest);
    addCounts(sum.previous, group.previous);
    sum.byTheme = mergeLabelled(sum.byTheme, group.byTheme);
    addCounts(sum.changes, group.changes);
    sum.atRisk.push(...group.atRisk);
    sum.validation = addValidationCounts(sum.validation, group.validation);
  }
  sum.shareMet = shareMet(sum.latest, sum.goals, met);
  return sum;
}
