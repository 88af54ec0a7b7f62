/**
 * The one home of the engine's text machinery: languages, message rendering, severity names and count
 * phrases with correct plurals. Findings carry a message id and data; they are rendered here, at the edges
 * (CLI, pane, report sheet), in whatever language the user has chosen.
 */
import { formatPercent, hasOwn } from "./normalize";

/** Languages of the engine's messages: Finnish first, Swedish and English. */
export type Lang = "fi" | "sv" | "en";
export const LANGS: readonly Lang[] = ["fi", "sv", "en"];

export type Localized = Record<Lang, string>;

/** Picks a supported language from a locale such as `sv-FI`; anything else falls back to English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const code = (locale ?? "").slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : "en";
}

/** A percentage on the 0–100 scale, shown in the reader's language (`85,5 %`, `85.5 %`). */
export interface PercentValue {
  readonly percent: number;
  /** Shown in quotes, as a cell's own value is. */
  readonly quoted?: boolean;
}

/**
 * A placeholder's value. Text and numbers are shown as they are; a list of values as `"a", "b" tai "c"`;
 * a percentage in the reader's language. Data stays language-free, so a finding renders in any language.
 */
export type MessageValue = string | number | readonly string[] | PercentValue;
export type MessageData = Readonly<Record<string, MessageValue>>;

const OR: Localized = { fi: "tai", sv: "eller", en: "or" };

/** Shows a cell's text in a message: quoted, and cut when long. */
export function quote(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${shown}"`;
}

function renderValue(value: MessageValue, lang: Lang): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const quoted = (value as readonly string[]).map((v) => `"${v}"`);
    return quoted.length > 1
      ? `${quoted.slice(0, -1).join(", ")} ${OR[lang]} ${quoted[quoted.length - 1]}`
      : quoted.join("");
  }
  const { percent, quoted } = value as PercentValue;
  const text = formatPercent(percent, lang !== "en");
  return quoted ? quote(text) : text;
}

/** Fills `{name}` placeholders; unknown names stay visible so that a missing parameter is noticed. */
export function formatMessage(template: string, data: MessageData, lang: Lang = "fi"): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    hasOwn(data, name) ? renderValue(data[name], lang) : whole,
  );
}

/** Severity names, the three languages side by side. */
const SEVERITY_NAMES: Record<"error" | "warning" | "info", Localized> = {
  error: { fi: "virhe", sv: "fel", en: "error" },
  warning: { fi: "varoitus", sv: "varning", en: "warning" },
  info: { fi: "huomio", sv: "info", en: "info" },
};

export function severityName(severity: "error" | "warning" | "info", lang: Lang): string {
  return SEVERITY_NAMES[severity][lang];
}

/** Things counted in user-visible text. */
export type Countable = "errors" | "warnings" | "infos" | "files" | "findings" | "goals" | "tables";

/**
 * The forms of each noun by plural category (`Intl.PluralRules`): Finnish takes the partitive after
 * numerals other than one ("1 virhe", "2 virhettä", "0 virhettä"). Side by side per language.
 */
const NOUNS: Record<Countable, Record<Lang, { one: string; other: string }>> = {
  errors: {
    fi: { one: "virhe", other: "virhettä" },
    sv: { one: "fel", other: "fel" },
    en: { one: "error", other: "errors" },
  },
  warnings: {
    fi: { one: "varoitus", other: "varoitusta" },
    sv: { one: "varning", other: "varningar" },
    en: { one: "warning", other: "warnings" },
  },
  infos: {
    fi: { one: "huomio", other: "huomiota" },
    sv: { one: "info", other: "info" },
    en: { one: "info", other: "info" },
  },
  files: {
    fi: { one: "tiedosto", other: "tiedostoa" },
    sv: { one: "fil", other: "filer" },
    en: { one: "file", other: "files" },
  },
  findings: {
    fi: { one: "havainto", other: "havaintoa" },
    sv: { one: "anmärkning", other: "anmärkningar" },
    en: { one: "finding", other: "findings" },
  },
  goals: {
    fi: { one: "tavoite", other: "tavoitetta" },
    sv: { one: "mål", other: "mål" },
    en: { one: "goal", other: "goals" },
  },
  tables: {
    fi: { one: "taulukko", other: "taulukkoa" },
    sv: { one: "tabell", other: "tabeller" },
    en: { one: "table", other: "tables" },
  },
};

const pluralRules: Record<Lang, Intl.PluralRules> = {
  fi: new Intl.PluralRules("fi"),
  sv: new Intl.PluralRules("sv"),
  en: new Intl.PluralRules("en"),
};

/** `1 virhe`, `2 virhettä`, `2 errors`: a number with its noun in the right form. */
export function countPhrase(n: number, noun: Countable, lang: Lang): string {
  const forms = NOUNS[noun][lang];
  return `${n} ${pluralRules[lang].select(n) === "one" ? forms.one : forms.other}`;
}

/** `6 virhettä, 2 varoitusta, 0 huomiota` */
export function statsPhrase(stats: { errors: number; warnings: number; infos: number }, lang: Lang): string {
  return [
    countPhrase(stats.errors, "errors", lang),
    countPhrase(stats.warnings, "warnings", lang),
    countPhrase(stats.infos, "infos", lang),
  ].join(", ");
}
