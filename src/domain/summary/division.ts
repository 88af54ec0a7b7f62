/** Which division a goal table belongs to, from the codes and names listed in the schema. */
import type { Schema } from "../schema";
import { collapseSpace, textKey } from "../normalize";

export interface DivisionSources {
  /** Text of the rows above the header (`GoalTable.titleLines`). */
  titleLines: readonly string[];
  sheet: string;
  /** The file name or path; only its last part is searched. */
  file?: string | null;
}

interface DivisionMatcher {
  pattern: RegExp;
  /** Comparison key of a code or alias → the division's code. */
  codes: Map<string, string>;
}

const matchers = new WeakMap<Schema, DivisionMatcher | null>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One pattern for all spellings, longest first so that a name wins over a code it contains. Whole words:
 * no letter or digit may touch the match (`_`, `-` and `.` may, as in `KUVA_Enn2.xlsx`). No lookbehind,
 * which older Safari (Excel on Mac) cannot parse.
 */
function compileMatcher(schema: Schema): DivisionMatcher | null {
  const codes = new Map<string, string>();
  for (const division of schema.divisions) {
    for (const spelling of [division.code, ...division.aliases]) {
      const key = textKey(spelling);
      if (key && !codes.has(key)) codes.set(key, division.code);
    }
  }
  if (codes.size === 0) return null;
  const alternatives = [...codes.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "iu");
  return { pattern, codes };
}

function matcherFor(schema: Schema): DivisionMatcher | null {
  if (!matchers.has(schema)) matchers.set(schema, compileMatcher(schema));
  return matchers.get(schema)!;
}

/** The division code named in a text, the earliest mention winning; null when none. */
export function divisionInText(schema: Schema, text: string): string | null {
  const matcher = matcherFor(schema);
  const match = matcher?.pattern.exec(collapseSpace(text));
  return match ? (matcher!.codes.get(textKey(match[1])) ?? null) : null;
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}

/** The division from the title rows above the header, else the sheet name, else the file name; else null. */
export function detectDivision(schema: Schema, sources: DivisionSources): string | null {
  const texts = [...sources.titleLines, sources.sheet, sources.file ? baseName(sources.file) : ""];
  for (const text of texts) {
    const code = divisionInText(schema, text);
    if (code !== null) return code;
  }
  return null;
}
