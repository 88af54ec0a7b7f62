/** Renders `docs/rules/<id>.md` from the rule modules' metadata, so that docs and code cannot drift. */
import type { Lang } from "./i18n";
import { severityName } from "./i18n";
import type { Rule } from "./rules";

const SECTIONS: Record<
  Lang,
  { heading: string; severity: string; what: string; why: string; example: string; fix: string }
> = {
  fi: {
    heading: "Suomeksi",
    severity: "Vakavuus",
    what: "Mitä tarkistetaan",
    why: "Miksi",
    example: "Esimerkki",
    fix: "Näin korjaat",
  },
  sv: {
    heading: "På svenska",
    severity: "Allvarlighetsgrad",
    what: "Vad kontrolleras",
    why: "Varför",
    example: "Exempel",
    fix: "Så här rättar du",
  },
  en: {
    heading: "In English",
    severity: "Severity",
    what: "What it checks",
    why: "Why",
    example: "Example",
    fix: "How to fix",
  },
};

const ORDER: Lang[] = ["fi", "sv", "en"];

function severities(rule: Rule, lang: Lang): string {
  const names = [rule.severity, rule.escalatesTo]
    .filter((s) => s !== undefined)
    .map((s) => severityName(s, lang));
  return names.join(" / ");
}

export function renderRuleDoc(rule: Rule): string {
  const parts = [
    `# \`${rule.id}\`\n`,
    "<!-- Generated from src/domain/rules by `npm run docs`; edit the rule module, not this file. -->\n",
  ];
  for (const lang of ORDER) {
    const doc = rule.docs[lang];
    const s = SECTIONS[lang];
    parts.push(
      `## ${s.heading}: ${doc.title}\n`,
      `**${s.severity}:** ${severities(rule, lang)}\n`,
      `**${s.what}.** ${doc.description}\n`,
      `**${s.why}.** ${doc.rationale}\n`,
      `**${s.example}.** ${doc.example}\n`,
      `**${s.fix}.** ${doc.fix}\n`,
    );
  }
  return parts.join("\n");
}

export function renderRuleIndex(rules: readonly Rule[]): string {
  const rows = rules.map(
    (r) => `| [\`${r.id}\`](${r.id}.md) | ${severities(r, "en")} | ${r.docs.fi.title} | ${r.docs.en.title} |`,
  );
  return [
    "# Sitova rules / Sitovan säännöt\n",
    "<!-- Generated from src/domain/rules by `npm run docs`. -->\n",
    "| rule | severity | suomeksi | in English |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
