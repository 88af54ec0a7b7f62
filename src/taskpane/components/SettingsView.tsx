/** Settings: language, the workbook's rule settings, the schema in use and Diagnostiikka. */
import {
  Body1,
  Button,
  Field,
  makeStyles,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { Lang, RuleSetting } from "../../domain";
import { LANGS, rules } from "../../domain";
import { useSession, useSessionState, useT } from "../context";
import { DiagnosticsView } from "./DiagnosticsView";
import { SchemaSetting } from "./SchemaSetting";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function LanguageSetting() {
  const session = useSession();
  const t = useT();
  const { lang } = useSessionState();
  return (
    <Field label={t("language")} hint={t("languageHint")}>
      <Select value={lang} onChange={(_, data) => session.setLang(data.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang_${l}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

const CHOICES: RuleSetting[] = ["error", "warning", "info", "off"];

export function RuleSettings() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { ruleSettings, schema, task } = useSessionState();
  return (
    <section className={styles.section} aria-labelledby="sitova-rules">
      <h3 id="sitova-rules" className={styles.heading}>
        <Subtitle2>{t("rulesHeading")}</Subtitle2>
      </h3>
      <Body1>{t("rulesHint")}</Body1>
      {rules.map((rule) => {
        const fallback = schema.rules[rule.id] ?? rule.severity;
        const name = (setting: RuleSetting) =>
          setting === "off" ? t("ruleOff") : t(`ruleSetting_${setting}`);
        // A rule that escalates (missing-risk-comment) shows both, as its docs do.
        const escalates = schema.rules[rule.id] === undefined && rule.escalatesTo;
        const defaultLabel = escalates ? `${name(fallback)} / ${name(rule.escalatesTo!)}` : name(fallback);
        return (
          <Field key={rule.id} label={rule.docs[t.lang].title} hint={rule.id}>
            <Select
              value={ruleSettings[rule.id] ?? ""}
              onChange={(_, data) =>
                void session.setRuleSetting(rule.id, (data.value || null) as RuleSetting | null)
              }
            >
              <option value="">
                {t("ruleDefault", { severity: defaultLabel.toLocaleLowerCase(t.lang) })}
              </option>
              {CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {choice === "off" ? t("ruleOff") : t(`ruleSetting_${choice}`)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <div className={styles.actions}>
        <Button
          disabled={Object.keys(ruleSettings).length === 0}
          onClick={() => void session.resetRuleSettings()}
        >
          {t("resetRules")}
        </Button>
        {task === "settings" && <Spinner size="extra-tiny" label={t("saving")} />}
      </div>
    </section>
  );
}

export function SettingsView() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <LanguageSetting />
      <RuleSettings />
      <SchemaSetting />
      <DiagnosticsView />
    </div>
  );
}
