/**
 * Search, and the filters by severity and rule behind one Suodata button (a popover, so the list keeps the
 * pane's height), and a line that says how many are shown. Controlled: the results view owns the state.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Select,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../domain";
import { SEVERITIES } from "../../domain";
import type { Filters } from "../findings";
import { NO_FILTERS, isFiltered, ruleTitle, rulesPresent } from "../findings";
import type { Translator } from "../strings";
import type { FiltersHandler } from "../types";
import { FilterIcon, SeverityIcon } from "../icons";
import { usePanePositioning } from "../layout";
import { SEVERITY_TOKENS, VISUALLY_HIDDEN } from "../theme";

const useStyles = makeStyles({
  search: { flex: "1 1 6em", minWidth: 0 },
  surface: {
    // Less padding than Fluent's 16 px: in a 175 px pane every pixel of line length counts.
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  severities: {
    display: "flex",
    flexDirection: "column",
    border: "none",
    padding: 0,
    margin: 0,
    minWidth: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  label: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  error: { color: tokens[SEVERITY_TOKENS.error] },
  warning: { color: tokens[SEVERITY_TOKENS.warning] },
  info: { color: tokens[SEVERITY_TOKENS.info] },
  rule: { minWidth: 0, maxWidth: "100%" },
  // A native select is as wide as its longest option unless told otherwise.
  select: { minWidth: 0, maxWidth: "100%" },
  status: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  hidden: VISUALLY_HIDDEN,
  muted: { color: tokens.colorNeutralForeground3 },
  button: { minWidth: 0, flexShrink: 0 },
});

export interface FindingFiltersProps {
  findings: readonly Finding[];
  filters: Filters;
  onChange: FiltersHandler;
  t: Translator;
}

/** How many filters are on: a severity left out counts once, as do a rule and a search. */
export function activeFilters(filters: Filters): number {
  return (
    (filters.severities.length !== SEVERITIES.length ? 1 : 0) +
    (filters.rule !== null ? 1 : 0) +
    (filters.search.trim() !== "" ? 1 : 0)
  );
}

export function FindingSearch({ filters, onChange, t }: Omit<FindingFiltersProps, "findings">) {
  const styles = useStyles();
  return (
    <Input
      className={styles.search}
      size="small"
      type="search"
      aria-label={t("search")}
      title={t("search")}
      value={filters.search}
      placeholder={t("searchPlaceholder")}
      onChange={(_, data) => onChange({ ...filters, search: data.value })}
    />
  );
}

export function FindingFilters({ findings, filters, onChange, t }: FindingFiltersProps) {
  const styles = useStyles();
  const positioning = usePanePositioning();
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const toggle = (severity: Severity, on: boolean) =>
    onChange({
      ...filters,
      severities: SEVERITIES.filter((s) => (s === severity ? on : filters.severities.includes(s))),
    });
  const rules = rulesPresent(findings);
  // The search has its own box; the button counts the filters hidden behind it.
  const hidden = activeFilters({ ...filters, search: "" });
  // An icon button (with the number of filters on) keeps the search wide; the tooltip is its name.
  const label = hidden > 0 ? t("filterButtonActive", { n: hidden }) : t("filterButton");
  const ruleName = filters.rule === null ? t("allRules") : ruleTitle(filters.rule, t.lang);
  return (
    <Popover inline withArrow positioning={positioning}>
      <PopoverTrigger disableButtonEnhancement>
        <Tooltip content={label} relationship="label">
          <Button className={styles.button} size="small" icon={<FilterIcon />} aria-pressed={hidden > 0}>
            {hidden > 0 ? hidden : null}
          </Button>
        </Tooltip>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label={t("filtersLabel")}>
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
        {/* A long rule name is cut in the closed list; the tooltip (title) says it whole. */}
        <Field label={t("ruleFilter")} className={styles.rule}>
          <Select
            className={styles.select}
            select={{ className: styles.select }}
            value={filters.rule ?? ""}
            title={ruleName}
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
      </PopoverSurface>
    </Popover>
  );
}

/** "Näytetään 3/8 löydöstä" and Tyhjennä suodattimet, seen while filtered; always a live region. */
export function FilterStatus({
  filters,
  shown,
  total,
  onChange,
  t,
}: {
  filters: Filters;
  shown: number;
  total: number;
  onChange: FiltersHandler;
  t: Translator;
}) {
  const styles = useStyles();
  const filtered = isFiltered(filters);
  return (
    <div className={mergeClasses(styles.status, !filtered && styles.hidden)}>
      <Caption1 className={styles.muted} aria-live="polite">
        {t("showing", { shown, total })}
      </Caption1>
      {filtered && (
        <Button size="small" appearance="subtle" onClick={() => onChange(NO_FILTERS)}>
          {t("clearFilters")}
        </Button>
      )}
    </div>
  );
}
