/** Languages of the engine's messages: Finnish first, Swedish and English. */
export type Lang = "fi" | "sv" | "en";
export const LANGS: readonly Lang[] = ["fi", "sv", "en"];

export type Localized = Record<Lang, string>;

/** Picks a supported language from a locale such as `sv-FI`; anything else falls back to English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const code = (locale ?? "").slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : "en";
}

/** Fills `{name}` placeholders; unknown names stay visible so that a missing parameter is noticed. */
export function formatMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

const SEVERITY_NAMES: Record<Lang, Record<"error" | "warning" | "info", string>> = {
  fi: { error: "virhe", warning: "varoitus", info: "huomio" },
  sv: { error: "fel", warning: "varning", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

export function severityName(severity: "error" | "warning" | "info", lang: Lang): string {
  return SEVERITY_NAMES[lang][severity];
}
