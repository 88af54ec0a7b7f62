/**
 * The domain schema as data: fields and their header aliases, value lists, strategy themes per period,
 * divisions and rule settings. The built-in schema is `default-schema.json`; a city administrator can
 * replace it or extend it (`"extends": "builtin"`) with a JSON file, without a release.
 */
import builtinSchemaJson from "./default-schema.json";
import { Validator } from "@cfworker/json-schema";
import type { Schema as Schema4Validator } from "@cfworker/json-schema";
import schemaFileSchema from "./schema-file.schema.json";
import type { Lang, Localized } from "../i18n";
import { hasOwn } from "../normalize";
import type { Severity } from "../report";

/** The fields the rules know, in the order a goal table usually has them. Forecast fields are `forecast<n>`. */
export const FIELD_IDS = ["theme", "goal", "metric", "recovery", "comments", "numeric", "links"] as const;
export type FixedFieldId = (typeof FIELD_IDS)[number];

export interface FieldSpec {
  headers: string[];
  /** A table without this column gets `missing-column`. */
  columnRequired: boolean;
  /** An empty cell gets `required-value`. */
  valueRequired: boolean;
  /** Id of the value list the cell must come from, if any. */
  values?: string;
}

export interface AllowedValue {
  value: string;
  aliases: string[];
}

export interface ValueList {
  values: AllowedValue[];
  /** Values that mean "partly met": invalid, with the explanation that a binding goal is met or not. */
  partial: string[];
}

export interface Theme {
  name: string;
  aliases: string[];
}

export interface Strategy {
  name: string;
  from: number;
  to: number;
  themes: Theme[];
}

export interface Division {
  code: string;
  aliases: string[];
  /** First and last year of the code (SOTE to 2022, SOTEPE from 2023); absent: no limit. */
  from?: number;
  to?: number;
  /** The code that took over the division's goals after `to`. */
  successor?: string;
}

export type RuleSetting = Severity | "off";

export interface Schema {
  version: string;
  fields: Record<FixedFieldId, FieldSpec>;
  /** `met` and `notMet` name the values of the forecast list that mean "will be met" and "will not". */
  forecast: { headers: string[]; values: string; met: string; notMet: string };
  valueLists: Record<string, ValueList>;
  strategies: Strategy[];
  divisions: Division[];
  /** A comment speaks of risks when one of its words contains this (case-insensitive). */
  riskWord: string;
  /** Per-rule severity overrides, or `off`. */
  rules: Record<string, RuleSetting>;
}

/** What is wrong with a schema file, at one path (`fields.theme.headers[0]`). */
export interface SchemaProblem {
  path: string;
  kind:
    | "unknownKey"
    | "unknownRule"
    | "missingKey"
    | "type"
    | "empty"
    | "template"
    | "oneOf"
    | "year"
    | "builtin"
    | "severity"
    | "listRef"
    | "forecastValue"
    | "sameValue"
    | "yearOrder"
    | "divisionRef";
  /** The key, list id, value or type the message names. */
  detail?: string;
}

const PROBLEM_TEXT: Record<SchemaProblem["kind"], Localized> = {
  unknownKey: { fi: "tuntematon avain", sv: "okänd nyckel", en: "unknown key" },
  unknownRule: { fi: "tuntematon sääntö", sv: "okänd regel", en: "unknown rule id" },
  missingKey: {
    fi: 'pakollinen avain "{detail}" puuttuu',
    sv: 'den obligatoriska nyckeln "{detail}" saknas',
    en: 'the required key "{detail}" is missing',
  },
  type: { fi: "pitää olla {detail}", sv: "ska vara {detail}", en: "must be {detail}" },
  empty: { fi: "ei saa olla tyhjä", sv: "får inte vara tom", en: "must not be empty" },
  template: {
    fi: "ennusteotsikossa pitää olla täsmälleen yksi {round} ja enintään yksi {year}",
    sv: "en prognosrubrik ska ha exakt ett {round} och högst ett {year}",
    en: "a forecast header needs exactly one {round} and at most one {year}",
  },
  oneOf: {
    fi: 'pitää olla teksti tai objekti, jossa on "name"',
    sv: 'ska vara en text eller ett objekt med "name"',
    en: 'must be a text or an object with "name"',
  },
  year: { fi: "pitää olla vuosi 1900–2200", sv: "ska vara ett år 1900–2200", en: "must be a year 1900–2200" },
  builtin: { fi: 'pitää olla "builtin"', sv: 'ska vara "builtin"', en: 'must be "builtin"' },
  severity: {
    fi: "pitää olla error, warning, info tai off",
    sv: "ska vara error, warning, info eller off",
    en: "must be error, warning, info or off",
  },
  listRef: {
    fi: 'arvolistaa "{detail}" ei ole kohdassa valueLists',
    sv: 'värdelistan "{detail}" finns inte i valueLists',
    en: 'the value list "{detail}" is not in valueLists',
  },
  forecastValue: {
    fi: '"{detail}" ei ole ennusteiden arvolistan arvo',
    sv: '"{detail}" är inte ett värde i prognosernas värdelista',
    en: '"{detail}" is not a value of the forecast value list',
  },
  yearOrder: {
    fi: "ei saa olla ennen from-vuotta",
    sv: "får inte vara före from",
    en: "must not be before from",
  },
  divisionRef: {
    fi: 'toimialaa "{detail}" ei ole kohdassa divisions',
    sv: 'sektorn "{detail}" finns inte i divisions',
    en: 'the division "{detail}" is not in divisions',
  },
  sameValue: {
    fi: "ei saa olla sama kuin forecast.met",
    sv: "får inte vara samma som forecast.met",
    en: "must differ from forecast.met",
  },
};

const TYPE_NAMES: Record<string, Localized> = {
  string: { fi: "teksti", sv: "en text", en: "a text" },
  array: { fi: "lista", sv: "en lista", en: "a list" },
  object: { fi: "objekti", sv: "ett objekt", en: "an object" },
  boolean: { fi: "true tai false", sv: "true eller false", en: "true or false" },
  integer: { fi: "kokonaisluku", sv: "ett heltal", en: "a whole number" },
  number: { fi: "luku", sv: "ett tal", en: "a number" },
};

const SCHEMA_WORD: Localized = { fi: "skeema", sv: "schema", en: "schema" };

/** A schema problem in a language: `rules.unknown-thme: tuntematon sääntö`. */
export function schemaProblemText(problem: SchemaProblem, lang: Lang): string {
  const detail =
    problem.kind === "type"
      ? (TYPE_NAMES[problem.detail ?? ""]?.[lang] ?? problem.detail ?? "")
      : problem.detail;
  const text = PROBLEM_TEXT[problem.kind][lang].replace("{detail}", detail ?? "");
  return problem.path ? `${problem.path}: ${text}` : text;
}

/** A schema file that cannot be used; every problem found is listed, each naming its key. */
export class SchemaError extends Error {
  constructor(readonly problems: readonly SchemaProblem[]) {
    super(`schema: ${problems.map((p) => schemaProblemText(p, "en")).join("; ")}`);
    this.name = "SchemaError";
  }

  /** The problems in the user's language, on one line. */
  localizedMessage(lang: Lang): string {
    return `${SCHEMA_WORD[lang]}: ${this.problems.map((p) => schemaProblemText(p, lang)).join("; ")}`;
  }
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const validator = new Validator(schemaFileSchema as unknown as Schema4Validator, "2020-12", false);

/** `#/fields/theme/headers/0` → `fields.theme.headers[0]` */
function pathOf(pointer: string): string {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((part) => part !== "")
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

function child(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The JSON Schema's complaints as problems: the leaf errors only, one per path, every wrong key named. */
function jsonSchemaProblems(document: Json): SchemaProblem[] {
  const result = validator.validate(document);
  if (result.valid) return [];
  const problems: SchemaProblem[] = [];
  const unknownRules = new Set<string>();
  for (const error of result.errors) {
    const path = pathOf(error.instanceLocation);
    const quoted = /"([^"]*)"/.exec(error.error)?.[1] ?? "";
    switch (error.keyword) {
      case "false":
        problems.push({ path, kind: "unknownKey" });
        break;
      case "propertyNames":
        unknownRules.add(child(path, quoted));
        problems.push({ path: child(path, quoted), kind: "unknownRule" });
        break;
      case "required":
        problems.push({ path, kind: "missingKey", detail: quoted });
        break;
      case "type":
        problems.push({ path, kind: "type", detail: /Expected "([^"]*)"/.exec(error.error)?.[1] });
        break;
      case "pattern":
        problems.push({ path, kind: /^forecast\.headers\[\d+\]$/.test(path) ? "template" : "empty" });
        break;
      case "minItems":
      case "minLength":
        problems.push({ path, kind: "empty" });
        break;
      case "oneOf":
        problems.push({ path, kind: "oneOf" });
        break;
      case "minimum":
      case "maximum":
        problems.push({ path, kind: "year" });
        break;
      case "const":
        problems.push({ path, kind: "builtin" });
        break;
      case "enum":
        if (!unknownRules.has(path)) problems.push({ path, kind: "severity" });
        break;
    }
  }
  // One problem per path: a theme that is neither text nor object is one problem, not three.
  const seen = new Set<string>();
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return problems.filter((p) => {
    const key = `${p.path}|${p.kind}|${p.detail ?? ""}`;
    if (seen.has(`${p.path}|oneOf`) || seen.has(key)) return false;
    seen.add(key);
    if (p.kind === "oneOf") seen.add(`${p.path}|oneOf`);
    return true;
  });
}

/** Checks JSON Schema cannot express: ids that must exist (own properties only), values in their list. */
function domainProblems(document: JsonObject): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const lists = document.valueLists as Record<string, { values: { value: string }[] }>;
  const forecast = document.forecast as { values: string; met: string; notMet: string };
  const fields = document.fields as Record<string, { values?: string }>;
  const refs: [string, string | undefined][] = [
    ["forecast.values", forecast.values],
    ...FIELD_IDS.map((id): [string, string | undefined] => [`fields.${id}.values`, fields[id].values]),
  ];
  for (const [path, id] of refs) {
    if (id !== undefined && !hasOwn(lists, id)) problems.push({ path, kind: "listRef", detail: id });
  }
  if (hasOwn(lists, forecast.values)) {
    const values = lists[forecast.values].values.map((v) => v.value);
    for (const key of ["met", "notMet"] as const) {
      if (!values.includes(forecast[key]))
        problems.push({ path: `forecast.${key}`, kind: "forecastValue", detail: forecast[key] });
    }
    if (forecast.met === forecast.notMet) problems.push({ path: "forecast.notMet", kind: "sameValue" });
  }
  (document.strategies as { from: number; to: number }[]).forEach((strategy, i) => {
    if (strategy.to < strategy.from) problems.push({ path: `strategies[${i}].to`, kind: "yearOrder" });
  });
  const divisions = document.divisions as Division[];
  const codes = new Set(divisions.map((d) => d.code));
  divisions.forEach((division, i) => {
    if (division.from !== undefined && division.to !== undefined && division.to < division.from)
      problems.push({ path: `divisions[${i}].to`, kind: "yearOrder" });
    const { successor } = division;
    if (successor !== undefined && !codes.has(successor))
      problems.push({ path: `divisions[${i}].successor`, kind: "divisionRef", detail: successor });
  });
  return problems;
}

function typed(document: JsonObject): Schema {
  type FieldJson = { headers: string[]; columnRequired?: boolean; valueRequired?: boolean; values?: string };
  type ListJson = { values: { value: string; aliases?: string[] }[]; partial?: string[] };
  type ThemeJson = string | { name: string; aliases?: string[] };
  type StrategyJson = { name: string; from: number; to: number; themes: ThemeJson[] };
  const fieldsJson = document.fields as Record<FixedFieldId, FieldJson>;
  const fields = {} as Record<FixedFieldId, FieldSpec>;
  for (const id of FIELD_IDS) {
    const f = fieldsJson[id];
    fields[id] = {
      headers: f.headers,
      columnRequired: f.columnRequired === true,
      valueRequired: f.valueRequired === true,
      ...(f.values !== undefined ? { values: f.values } : {}),
    };
  }
  // fromEntries defines own properties: a list named `__proto__` stays a list, not a prototype.
  const valueLists: Record<string, ValueList> = Object.fromEntries(
    Object.entries(document.valueLists as Record<string, ListJson>).map(([id, list]) => [
      id,
      {
        values: list.values.map((v) => ({ value: v.value, aliases: v.aliases ?? [] })),
        partial: list.partial ?? [],
      },
    ]),
  );
  const forecast = document.forecast as Schema["forecast"];
  return {
    version: document.version as string,
    fields,
    forecast: {
      headers: forecast.headers,
      values: forecast.values,
      met: forecast.met,
      notMet: forecast.notMet,
    },
    valueLists,
    strategies: (document.strategies as StrategyJson[]).map((s) => ({
      name: s.name,
      from: s.from,
      to: s.to,
      themes: s.themes.map((t) =>
        typeof t === "string" ? { name: t, aliases: [] } : { name: t.name, aliases: t.aliases ?? [] },
      ),
    })),
    divisions: (document.divisions as Division[]).map((d) => ({
      code: d.code,
      aliases: d.aliases ?? [],
      ...(d.from !== undefined ? { from: d.from } : {}),
      ...(d.to !== undefined ? { to: d.to } : {}),
      ...(d.successor !== undefined ? { successor: d.successor } : {}),
    })),
    riskWord: (document.riskWord as string).toLowerCase(),
    rules: { ...(document.rules as Record<string, RuleSetting> | undefined) },
  };
}

function isObject(value: Json): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks a complete schema document and returns it typed; throws SchemaError naming every bad key. */
export function parseSchema(document: Json): Schema {
  const problems = jsonSchemaProblems(document);
  if (problems.length === 0 && isObject(document) && document.extends !== undefined)
    problems.push({ path: "extends", kind: "unknownKey" });
  if (problems.length > 0) throw new SchemaError(problems);
  const domain = domainProblems(document as JsonObject);
  if (domain.length > 0) throw new SchemaError(domain);
  return typed(document as JsonObject);
}

export const builtinSchema: Schema = parseSchema(builtinSchemaJson);

function mergeByKey<T>(base: readonly T[], extra: readonly T[], key: (item: T) => string): T[] {
  const replaced = new Set(extra.map(key));
  return [...base.filter((item) => !replaced.has(key(item))), ...extra];
}

/**
 * Loads a schema file: the one checker for the command line and the pane. With `"extends": "builtin"` it
 * adds to the built-in schema: header aliases are added, value lists, strategies and divisions of the same
 * name replace the built-in ones, forecast values and rule settings are merged. Without it the document
 * must be a complete schema. Unknown keys and rule ids are refused, every one named.
 */
export function loadSchema(document: Json, base: Schema = builtinSchema): Schema {
  const problems = jsonSchemaProblems(document);
  if (problems.length > 0) throw new SchemaError(problems);
  const doc = document as JsonObject;
  if (doc.extends === undefined) return parseSchema(doc);
  const extraFields = (doc.fields ?? {}) as Record<string, { headers?: string[] }>;
  const fields = Object.fromEntries(
    FIELD_IDS.map((id) => [
      id,
      {
        ...base.fields[id],
        headers: [
          ...base.fields[id].headers,
          ...(hasOwn(extraFields, id) ? (extraFields[id].headers ?? []) : []),
        ],
      },
    ]),
  );
  const extraForecast = (doc.forecast ?? {}) as Partial<Schema["forecast"]>;
  const merged: JsonObject = {
    version: doc.version ?? base.version,
    fields,
    forecast: {
      ...base.forecast,
      ...extraForecast,
      headers: [...base.forecast.headers, ...(extraForecast.headers ?? [])],
    },
    valueLists: { ...base.valueLists, ...(doc.valueLists as JsonObject | undefined) },
    strategies: mergeByKey(base.strategies as Json[], (doc.strategies ?? []) as Json[], (s) =>
      String((s as Strategy).name),
    ),
    divisions: mergeByKey(base.divisions as Json[], (doc.divisions ?? []) as Json[], (d) =>
      String((d as Division).code),
    ),
    riskWord: doc.riskWord ?? base.riskWord,
    rules: { ...base.rules, ...(doc.rules as JsonObject | undefined) },
  };
  return parseSchema(merged);
}

/** Whether a division's code is in use in a year (always, when the year is unknown). */
export function divisionValidIn(division: Division, year: number | null): boolean {
  if (year === null) return true;
  return (
    (division.from === undefined || division.from <= year) &&
    (division.to === undefined || year <= division.to)
  );
}

/** The strategy whose period covers the year, if the schema knows one. */
export function strategyForYear(schema: Schema, forYear: number): Strategy | undefined {
  return schema.strategies.find((s) => s.from <= forYear && forYear <= s.to);
}
