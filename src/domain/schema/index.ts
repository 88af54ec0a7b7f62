/**
 * The domain schema as data: fields and their header aliases, value lists, strategy themes per period,
 * divisions and rule settings. The built-in schema is `default-schema.json`; a city administrator can
 * replace it or extend it (`"extends": "builtin"`) with a JSON file, without a release.
 */
import builtinSchemaJson from "./default-schema.json";
import type { Severity } from "../report";
import { SEVERITIES } from "../report";

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
}

export type RuleSetting = Severity | "off";

export interface Schema {
  version: string;
  fields: Record<FixedFieldId, FieldSpec>;
  forecast: { headers: string[]; values: string };
  valueLists: Record<string, ValueList>;
  strategies: Strategy[];
  divisions: Division[];
  /** A comment speaks of risks when one of its words contains this (case-insensitive). */
  riskWord: string;
  /** Per-rule severity overrides, or `off`. */
  rules: Record<string, RuleSetting>;
}

export class SchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchemaError";
  }
}

type Json = unknown;

function fail(path: string, expected: string): never {
  throw new SchemaError(`schema: ${path} must be ${expected}`);
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function strings(value: Json, path: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) fail(path, "a list of strings");
  return value as string[];
}

function text(value: Json, path: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(path, "a non-empty string");
  return value;
}

function year(value: Json, path: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1900 || value > 2200)
    fail(path, "a year");
  return value;
}

function parseField(value: Json, path: string): FieldSpec {
  if (!isObject(value)) fail(path, "an object");
  const spec: FieldSpec = {
    headers: strings(value.headers, `${path}.headers`),
    columnRequired: value.columnRequired === true,
    valueRequired: value.valueRequired === true,
  };
  if (spec.headers.length === 0) fail(`${path}.headers`, "a non-empty list");
  if (value.values !== undefined) spec.values = text(value.values, `${path}.values`);
  return spec;
}

function parseValueList(value: Json, path: string): ValueList {
  if (!isObject(value) || !Array.isArray(value.values)) fail(path, "an object with a list `values`");
  return {
    values: value.values.map((v, i) => {
      if (!isObject(v)) fail(`${path}.values[${i}]`, "an object");
      return {
        value: text(v.value, `${path}.values[${i}].value`),
        aliases: strings(v.aliases ?? [], `${path}.values[${i}].aliases`),
      };
    }),
    partial: strings(value.partial ?? [], `${path}.partial`),
  };
}

function parseStrategy(value: Json, path: string): Strategy {
  if (!isObject(value) || !Array.isArray(value.themes)) fail(path, "an object with a list `themes`");
  const strategy: Strategy = {
    name: text(value.name, `${path}.name`),
    from: year(value.from, `${path}.from`),
    to: year(value.to, `${path}.to`),
    themes: value.themes.map((t, i) => {
      if (typeof t === "string") return { name: t, aliases: [] };
      if (!isObject(t)) fail(`${path}.themes[${i}]`, "a string or an object");
      return {
        name: text(t.name, `${path}.themes[${i}].name`),
        aliases: strings(t.aliases ?? [], `${path}.themes[${i}].aliases`),
      };
    }),
  };
  if (strategy.to < strategy.from) fail(`${path}.to`, "a year not before `from`");
  return strategy;
}

function parseDivision(value: Json, path: string): Division {
  if (!isObject(value)) fail(path, "an object");
  return { code: text(value.code, `${path}.code`), aliases: strings(value.aliases ?? [], `${path}.aliases`) };
}

function parseRules(value: Json, path: string): Record<string, RuleSetting> {
  if (value === undefined) return {};
  if (!isObject(value)) fail(path, "an object");
  const settings: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (setting !== "off" && !(SEVERITIES as readonly Json[]).includes(setting))
      fail(`${path}.${id}`, "error, warning, info or off");
    settings[id] = setting as RuleSetting;
  }
  return settings;
}

/** Checks a complete schema document and returns it typed; throws SchemaError naming the bad path. */
export function parseSchema(document: Json): Schema {
  if (!isObject(document)) fail("the document", "a JSON object");
  if (!isObject(document.fields)) fail("fields", "an object");
  const fields = {} as Record<FixedFieldId, FieldSpec>;
  for (const id of FIELD_IDS) fields[id] = parseField(document.fields[id], `fields.${id}`);
  if (!isObject(document.forecast)) fail("forecast", "an object");
  const forecastHeaders = strings(document.forecast.headers, "forecast.headers");
  for (const [i, h] of forecastHeaders.entries()) {
    if (!h.includes("{round}")) fail(`forecast.headers[${i}]`, "a header with {round}");
  }
  if (!isObject(document.valueLists)) fail("valueLists", "an object");
  const valueLists: Record<string, ValueList> = {};
  for (const [id, list] of Object.entries(document.valueLists))
    valueLists[id] = parseValueList(list, `valueLists.${id}`);
  const forecastValues = text(document.forecast.values, "forecast.values");
  for (const [path, listId] of [
    ["forecast.values", forecastValues],
    ...FIELD_IDS.map((id) => [`fields.${id}.values`, fields[id].values]),
  ]) {
    if (listId !== undefined && !valueLists[listId])
      fail(path as string, `the id of a list in valueLists (got ${listId})`);
  }
  if (!Array.isArray(document.strategies)) fail("strategies", "a list");
  if (!Array.isArray(document.divisions)) fail("divisions", "a list");
  return {
    version: text(document.version, "version"),
    fields,
    forecast: { headers: forecastHeaders, values: forecastValues },
    valueLists,
    strategies: document.strategies.map((s, i) => parseStrategy(s, `strategies[${i}]`)),
    divisions: document.divisions.map((d, i) => parseDivision(d, `divisions[${i}]`)),
    riskWord: text(document.riskWord, "riskWord").toLowerCase(),
    rules: parseRules(document.rules, "rules"),
  };
}

export const builtinSchema: Schema = parseSchema(builtinSchemaJson);

function mergeByKey<T>(base: T[], extra: T[], key: (item: T) => string): T[] {
  const replaced = new Set(extra.map(key));
  return [...base.filter((item) => !replaced.has(key(item))), ...extra];
}

/**
 * Loads a custom schema document. With `"extends": "builtin"` it adds to the built-in schema: header
 * aliases are added, value lists, strategies and divisions of the same name replace the built-in ones,
 * and rule settings are merged. Without it the document must be a complete schema.
 */
export function loadSchema(document: Json, base: Schema = builtinSchema): Schema {
  if (!isObject(document)) fail("the document", "a JSON object");
  if (document.extends === undefined) return parseSchema(document);
  if (document.extends !== "builtin") fail("extends", '"builtin" when present');
  const fields = { ...base.fields };
  if (document.fields !== undefined) {
    if (!isObject(document.fields)) fail("fields", "an object");
    for (const [id, extra] of Object.entries(document.fields)) {
      if (!(FIELD_IDS as readonly string[]).includes(id))
        fail(`fields.${id}`, `one of ${FIELD_IDS.join(", ")}`);
      if (!isObject(extra)) fail(`fields.${id}`, "an object");
      const current = fields[id as FixedFieldId];
      fields[id as FixedFieldId] = {
        ...current,
        headers: [...current.headers, ...strings(extra.headers ?? [], `fields.${id}.headers`)],
      };
    }
  }
  const forecast = isObject(document.forecast)
    ? {
        ...base.forecast,
        headers: [...base.forecast.headers, ...strings(document.forecast.headers ?? [], "forecast.headers")],
      }
    : base.forecast;
  const merged = {
    version: typeof document.version === "string" ? document.version : base.version,
    fields,
    forecast,
    valueLists: { ...base.valueLists, ...(isObject(document.valueLists) ? document.valueLists : {}) },
    strategies: mergeByKey(base.strategies as Json[], (document.strategies ?? []) as Json[], (s) =>
      String((s as Strategy).name),
    ),
    divisions: mergeByKey(base.divisions as Json[], (document.divisions ?? []) as Json[], (d) =>
      String((d as Division).code),
    ),
    riskWord: document.riskWord ?? base.riskWord,
    rules: { ...base.rules, ...(isObject(document.rules) ? document.rules : {}) },
  };
  return parseSchema(merged);
}

/** The strategy whose period covers the year, if the schema knows one. */
export function strategyForYear(schema: Schema, forYear: number): Strategy | undefined {
  return schema.strategies.find((s) => s.from <= forYear && forYear <= s.to);
}
