/**
 * A schema compiled once for the engine: the header matcher, the value lists' indexes, the list fields,
 * the explicit met / not met values, the themes of a year and the division matcher. Everything the rules
 * and the summary used to work out (and cache) on their own lives here, on the compiled object.
 */
import type { Division, FieldSpec, FixedFieldId, RuleSetting, Schema, Strategy, ValueList } from "./index";
import { FIELD_IDS, divisionValidIn, strategyForYear } from "./index";
import { HeaderMatcher } from "../table";
import { collapseSpace, escapeRegExp, textKey } from "../normalize";

export type ListReading =
  | { readonly kind: "empty" }
  | { readonly kind: "error" }
  /** An allowed value; `canonical` is false for another case or spacing. */
  | { readonly kind: "ok"; readonly value: string; readonly canonical: boolean }
  /** "Partly met": not a value a binding goal can have. */
  | { readonly kind: "partial" }
  | { readonly kind: "invalid" };

/** A value list with its lookups: readings are shared, immutable objects. */
export interface CompiledList {
  readonly id: string;
  /** The allowed values as the schema spells them, in its order. */
  readonly values: readonly string[];
  /** An accepted spelling (a value or an alias, exactly as written) → its canonical reading. */
  readonly exact: ReadonlyMap<string, ListReading>;
  /** Comparison key → the reading of another case or spacing. */
  readonly variants: ReadonlyMap<string, ListReading>;
  readonly partial: ReadonlySet<string>;
}

/** A fixed field whose cells come from a value list. */
export interface ListField {
  readonly field: FixedFieldId;
  readonly list: CompiledList;
}

/** The themes a table of one year may use: its period's, or every period's when the year is unknown. */
export interface YearThemes {
  readonly strategies: readonly Strategy[];
  /** Theme names, for suggestions. */
  readonly names: readonly string[];
  /** Comparison key of a name or alias → the schema's theme name (the first theme wins). */
  readonly nameByKey: ReadonlyMap<string, string>;
  /** Comparison key → the spellings written exactly so, and the name shown as the standard form. */
  readonly spellings: ReadonlyMap<string, { readonly exact: ReadonlySet<string>; readonly name: string }>;
}

function compileList(id: string, list: ValueList): CompiledList {
  const exact = new Map<string, ListReading>();
  const variants = new Map<string, ListReading>();
  for (const v of list.values) {
    for (const spelling of [v.value, ...v.aliases]) {
      exact.set(spelling, { kind: "ok", value: v.value, canonical: true });
      variants.set(textKey(spelling), { kind: "ok", value: v.value, canonical: false });
    }
  }
  return {
    id,
    values: list.values.map((v) => v.value),
    exact,
    variants,
    partial: new Set(list.partial.map(textKey)),
  };
}

function compileThemes(strategies: readonly Strategy[]): YearThemes {
  const names: string[] = [];
  const nameByKey = new Map<string, string>();
  const spellings = new Map<string, { exact: Set<string>; name: string }>();
  for (const theme of strategies.flatMap((s) => s.themes)) {
    names.push(theme.name);
    for (const spelling of [theme.name, ...theme.aliases]) {
      const key = textKey(spelling);
      if (!nameByKey.has(key)) nameByKey.set(key, theme.name);
      const entry = spellings.get(key) ?? { exact: new Set<string>(), name: spelling };
      entry.exact.add(spelling);
      spellings.set(key, entry);
    }
  }
  return { strategies, names, nameByKey, spellings };
}

/**
 * Finds division codes in texts, for a year. One pattern for all division spellings, longest first so that a
 * name wins over a code it contains. Whole words: no letter or digit may touch the match (`_`, `-` and `.`
 * may, as in `KUVA_Enn2.xlsx`). No lookbehind, which older Safari (Excel on Mac) cannot parse.
 */
class DivisionMatcher {
  private readonly divisions = new Map<string, Division>();
  /** Comparison key of a spelling → the codes spelt so, in the schema's order. */
  private readonly codesByKey = new Map<string, string[]>();
  private readonly pattern: RegExp;

  constructor(divisions: readonly Division[]) {
    for (const division of divisions) {
      this.divisions.set(division.code, division);
      for (const spelling of [division.code, ...division.aliases]) {
        const key = textKey(spelling);
        const codes = this.codesByKey.get(key) ?? [];
        if (key && !codes.includes(division.code)) this.codesByKey.set(key, [...codes, division.code]);
      }
    }
    const alternatives = [...this.codesByKey.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  }

  /**
   * The code in use in `year` for a division: itself while valid, its successor (and theirs) after its last
   * year; null before its first year or when nobody took over.
   */
  private inYear(code: string, year: number | null): string | null {
    const seen = new Set<string>();
    for (let division = this.divisions.get(code); division && !seen.has(division.code);) {
      seen.add(division.code);
      if (divisionValidIn(division, year)) return division.code;
      const ended = division.to !== undefined && year !== null && year > division.to;
      division = ended && division.successor ? this.divisions.get(division.successor) : undefined;
    }
    return null;
  }

  /** The first mention in the text that names a division in use in `year`. */
  find(text: string, year: number | null): string | null {
    if (this.codesByKey.size === 0) return null;
    for (const match of collapseSpace(text).matchAll(this.pattern)) {
      const codes = this.codesByKey.get(textKey(match[1])) ?? [];
      // A division spelt so and in use that year comes before a successor of one that has ended.
      const current =
        codes.find((code) => divisionValidIn(this.divisions.get(code)!, year)) ??
        codes.map((code) => this.inYear(code, year)).find((code) => code !== null);
      if (current !== undefined) return current;
    }
    return null;
  }
}

export class CompiledSchema {
  readonly version: string;
  readonly headers: HeaderMatcher;
  readonly forecastList: CompiledList;
  /** The forecast value that means the goal will be met ("Toteutuu"), as the schema declares it. */
  readonly met: string;
  /** The forecast value that means it will not ("Ei toteudu"). */
  readonly notMet: string;
  /** Fixed fields with a value list, in field order (forecast columns come per table). */
  readonly listFields: readonly ListField[];
  readonly riskWord: string;
  readonly ruleSettings: Readonly<Record<string, RuleSetting>>;
  private readonly lists = new Map<string, CompiledList>();
  // Bounded by the years the workbooks name: one entry per distinct table year.
  private readonly themesByYear = new Map<number | null, YearThemes>();
  private readonly divisionMatcher: DivisionMatcher;
  /** Division code → its place in the schema's list, the order summaries list divisions in. */
  private readonly divisionRanks: ReadonlyMap<string, number>;

  constructor(readonly source: Schema) {
    this.version = source.version;
    this.headers = new HeaderMatcher(source);
    for (const [id, list] of Object.entries(source.valueLists)) this.lists.set(id, compileList(id, list));
    this.forecastList = this.lists.get(source.forecast.values)!;
    this.met = source.forecast.met;
    this.notMet = source.forecast.notMet;
    this.listFields = FIELD_IDS.flatMap((field) => {
      const listId = source.fields[field].values;
      return listId === undefined ? [] : [{ field, list: this.lists.get(listId)! }];
    });
    this.riskWord = source.riskWord;
    this.ruleSettings = source.rules;
    this.divisionMatcher = new DivisionMatcher(source.divisions);
    this.divisionRanks = new Map(source.divisions.map((d, i) => [d.code, i]));
  }

  field(field: FixedFieldId): FieldSpec {
    return this.source.fields[field];
  }

  themesFor(year: number | null): YearThemes {
    let themes = this.themesByYear.get(year);
    if (!themes) {
      const strategy = year === null ? undefined : strategyForYear(this.source, year);
      themes = compileThemes(year === null ? this.source.strategies : strategy ? [strategy] : []);
      this.themesByYear.set(year, themes);
    }
    return themes;
  }

  /**
   * The division code named in a text, the earliest mention winning; null when none. With a year, only a
   * code in use that year: a name of a division that had ended by then counts as its successor's (a 2023
   * sheet titled "Sosiaali- ja terveystoimiala" is SOTEPE's), one that had not begun yet is skipped.
   */
  divisionIn(text: string, year: number | null = null): string | null {
    return this.divisionMatcher.find(text, year);
  }

  /** Orders division codes as the schema lists them; unknown codes after them, alphabetically; null last. */
  compareDivisions(a: string | null, b: string | null): number {
    if (a === b) return 0;
    if (a === null || b === null) return a === null ? 1 : -1;
    const rank = (code: string) => this.divisionRanks.get(code) ?? Infinity;
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  }
}

export function compileSchema(schema: Schema): CompiledSchema {
  return new CompiledSchema(schema);
}
