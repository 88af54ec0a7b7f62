/** Filters by severity and rule, and a text search. Controlled: the results view owns the filter state. */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../domain";
import { SEVERITIES } from "../../domain";
import type { Filters } from "../findings";
import { NO_FILTERS, isFiltered, ruleTitle, rulesPresent } from "../findings";
import type { Translator } from "../strings";
import type { FiltersHandler } from "../types";
import { SeverityIcon } from "../icons";
import { SEVERITY_TOKENS } from "../theme";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    padding: 0,
    margin: 0,
  },
  severities: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    border: "none",
    padding: 0,
    margin: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  label: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  error: { color: tokens[SEVERITY_TOKENS.error] },
  warning: { color: tokens[SEVERITY_TOKENS.warning] },
  info: { color: tokens[SEVERITY_TOKENS.info] },
  footer: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface FindingFiltersProps {
  findings: readonly Finding[];
  shown: number;
  filters: Filters;
  onChange: FiltersHandler;
  t: Translator;
}

export function FindingFilters({ findings, shown, filters, onChange, t }: FindingFiltersProps) {
  const styles = useStyles();
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const toggle = (severity: Severity, on: boolean) =>
    onChange({
      ...filters,
      severities: SEVERITIES.filter((s) => (s === severity ? on : filters.severities.includes(s))),
    });
  const rules = rulesPresent(findings);
  return (
    <section className={styles.root} aria-label={t("filtersLabel")}>
      <fieldset className={styles.severities}>
        <legend className={styles.legend}>{t("severityFilter")}</legend>
        {SEVERITIES.map((severity) => (
          <Checkbox
            key={severity}
            checked={filters.severities.includes(severity)}
            onChange={(_, data) => toggle(severity, data.checked === true)}
            label={
              <span className={styles.label}>
                <SeverityIcon severity={severity} className={styles[severity]} />
                {t("groupCount", { label: t(`sevGroup_${severity}`), n: count(severity) })}
              </span>
            }
          />
        ))}
      </fieldset>
      <Field label={t("ruleFilter")}>
        <Select
          value={filters.rule ?? ""}
          onChange={(_, data) => onChange({ ...filters, rule: data.value || null })}
        >
          <option value="">{t("allRules")}</option>
          {rules.map((id) => (
            <option key={id} value={id}>
              {ruleTitle(id, t.lang)} ({findings.filter((f) => f.rule === id).length})
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("search")}>
        <Input
          type="search"
          value={filters.search}
          placeholder={t("searchPlaceholder")}
          onChange={(_, data) => onChange({ ...filters, search: data.value })}
        />
      </Field>
      <div className={styles.footer}>
        <Caption1 className={styles.muted} aria-live="polite">
          {t("showing", { shown, total: findings.length })}
        </Caption1>
        {isFiltered(filters) && (
          <Button size="small" appearance="subtle" onClick={() => onChange(NO_FILTERS)}>
            {t("clearFilters")}
          </Button>
        )}
      </div>
    </section>
  );
}
