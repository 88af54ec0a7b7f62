/**
 * The workbook's state in one line, so the findings get the pane's height: OK or the counts, and Tarkista;
 * under it when it was checked and a details button. The details (what each severity means, the tables
 * found) open in a popover instead of taking the pane's height.
 */
import {
  Button,
  Caption1,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { useId } from "react";
import type { TableInfo } from "../../domain";
import { useSessionState, useT, locale } from "../context";
import type { Translator } from "../strings";
import { InfoIcon, OkIcon, SeverityIcon } from "../icons";
import { OK_TOKEN, SEVERITY_TOKENS } from "../theme";
import { CheckButton, CheckPhase } from "./CheckButton";
import { CheckProgress } from "./CheckProgress";
import { usePanePositioning } from "../layout";
import { countsText } from "../summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  // The counts, and under them when and the details: beside Tarkista, so the status takes two short lines.
  block: { flex: "1 1 8em", minWidth: 0, display: "flex", flexDirection: "column" },
  summary: {
    minWidth: 0,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  icon: { flexShrink: 0 },
  ok: { color: tokens[OK_TOKEN] },
  error: { color: tokens[SEVERITY_TOKENS.error] },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  details: { minWidth: 0, height: "auto", padding: 0 },
  surface: {
    // Less padding than Fluent's 16 px: in a 175 px pane every pixel of line length counts.
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    maxWidth: "20rem",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
  },
  explained: { margin: 0 },
  caption: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  tables: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  sheet: { fontWeight: tokens.fontWeightSemibold },
});

/** The goal tables found, one line each: a list reflows in a narrow pane where a four-column table cannot. */
function TablesFound({ tables, t }: { tables: TableInfo[]; t: Translator }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div>
      <p id={id} className={styles.caption}>
        {t("tablesCaption")}
      </p>
      <ul className={styles.tables} aria-labelledby={id}>
        {tables.map((table) => (
          <li key={table.sheet}>
            <span className={styles.sheet}>{table.sheet}</span>
            {`: ${t("tableRows")} ${table.rows} · ${t("tableYear")} ${table.year ?? t("unknown")} · ${t(
              "tableRounds",
            )} ${table.rounds.join(", ") || t("unknown")}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What each severity means, and the tables found: a popover, inline so it stays in the pane's DOM. */
function CheckDetails({ tables, t }: { tables: TableInfo[] | null; t: Translator }) {
  const styles = useStyles();
  const positioning = usePanePositioning("below-start");
  return (
    <Popover inline withArrow positioning={positioning}>
      <PopoverTrigger disableButtonEnhancement>
        <Tooltip content={t("statusDetails")} relationship="label">
          <Button appearance="subtle" size="small" className={styles.details} icon={<InfoIcon />} />
        </Tooltip>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label={t("statusDetails")}>
        <p className={styles.explained}>{t("severityExplained")}</p>
        {tables && tables.length > 0 && <TablesFound tables={tables} t={t} />}
      </PopoverSurface>
    </Popover>
  );
}

export function StatusHeader() {
  const styles = useStyles();
  const t = useT();
  const { report, checkedAt, lang } = useSessionState();
  const ok = report !== null && report.stats.errors === 0;
  const advice = ok && (report.stats.warnings > 0 || report.stats.infos > 0);
  return (
    <section className={styles.root} aria-labelledby="sitova-status">
      <div className={styles.line}>
        <div className={styles.block}>
          <h2 id="sitova-status" className={styles.summary}>
            {report === null ? (
              t("notChecked")
            ) : ok ? (
              <>
                <OkIcon className={`${styles.icon} ${styles.ok}`} />
                {advice ? `${t("statusOk")}: ${countsText(report.stats, t)}` : t("statusOk")}
              </>
            ) : (
              <>
                <SeverityIcon severity="error" className={`${styles.icon} ${styles.error}`} />
                {countsText(report.stats, t)}
              </>
            )}
          </h2>
          <div className={styles.meta}>
            {checkedAt && (
              <Caption1 className={styles.muted}>
                {t("checkedAt", {
                  time: checkedAt.toLocaleString(locale(lang), { dateStyle: "short", timeStyle: "short" }),
                })}
              </Caption1>
            )}
            <CheckDetails tables={report?.tables ?? null} t={t} />
          </div>
        </div>
        <CheckButton />
      </div>
      <CheckPhase />
      <CheckProgress />
    </section>
  );
}
