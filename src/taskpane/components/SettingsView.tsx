/**
 * Settings for officials: language, then the workbook's rules by name and one-line description in the
 * user's language (the id small, for those who read docs/rules), each with its severity in words. The
 * schema file and Diagnostiikka are for administrators: under Ylläpito, collapsed.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
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
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  ruleHint: { display: "flex", flexDirection: "column" },
  // A native select is as wide as its longest option unless told otherwise (a 175 px pane at 200 % zoom).
  select: { minWidth: 0, maxWidth: "100%" },
  ruleId: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  admin: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  adminHeader: { margin: 0 },
  adminPanel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, margin: 0 },
});

export function LanguageSetting() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { lang } = useSessionState();
  return (
    <Field label={t("language")} hint={t("languageHint")}>
      <Select
        className={styles.select}
        select={{ className: styles.select }}
        value={lang}
        onChange={(_, data) => session.setLang(data.value as Lang)}
      >
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
          <Field
            key={rule.id}
            label={rule.docs[t.lang].title}
            hint={
              <span className={styles.ruleHint}>
                <span>{rule.docs[t.lang].description}</span>
                <Caption1 className={styles.ruleId}>{t("ruleId", { id: rule.id })}</Caption1>
              </span>
            }
          >
            <Select
              className={styles.select}
              select={{ className: styles.select }}
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

/** Ylläpito: the schema file and Diagnostiikka, collapsed, as officials seldom need them. */
function Administration() {
  const styles = useStyles();
  const t = useT();
  return (
    <Accordion collapsible className={styles.admin}>
      <AccordionItem value="admin">
        <AccordionHeader as="h3" className={styles.adminHeader} expandIconPosition="end">
          <span>
            <Subtitle2>{t("adminHeading")}</Subtitle2>
            <br />
            <Caption1>{t("adminHint")}</Caption1>
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.adminPanel}>
          <SchemaSetting />
          <DiagnosticsView />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

export function SettingsView() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <LanguageSetting />
      <RuleSettings />
      <Administration />
    </div>
  );
}
