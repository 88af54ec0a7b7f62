/**
 * A schema compiled once for the engine: the header matcher, the value lists' indexes, the list fields,
 * the explicit met / not met values, the themes of a year and the division matcher. Everything the rules
 * and the summary used to work out (and cache) on their own lives here, on the compiled object.
 */
import type { FieldSpec, FixedFieldId, RuleSetting, Schema, Strategy, ValueList } from "./index";
import { FIELD_IDS, strategyForYear } from "./index";
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
 * One pattern for all division spellings, longest first so that a name wins over a code it contains.
 * Whole words: no letter or digit may touch the match (`_`, `-` and `.` may, as in `KUVA_Enn2.xlsx`). No
 * lookbehind, which older Safari (Excel on Mac) cannot parse.
 */
function compileDivisions(schema: Schema): ((text: string) => string | null) | null {
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
  return (text) => {
    const match = pattern.exec(collapseSpace(text));
    return match ? (codes.get(textKey(match[1])) ?? null) : null;
  };
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
  private readonly divisionMatcher: ((text: string) => string | null) | null;

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
    this.divisionMatcher = compileDivisions(source);
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

  /** The division code named in a text, the earliest mention winning; null when none. */
  divisionIn(text: string): string | null {
    return this.divisionMatcher ? this.divisionMatcher(text) : null;
  }
}

export function compileSchema(schema: Schema): CompiledSchema {
  return new CompiledSchema(schema);
}
