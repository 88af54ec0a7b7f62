/** The workbook's state at a glance: OK or the counts, the tables found, when it was checked; and Tarkista. */
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { TableInfo } from "../../domain";
import { useSessionState, useT, locale } from "../context";
import type { Translator } from "../strings";
import { OkIcon, SeverityIcon } from "../icons";
import { OK_TOKEN, SEVERITY_TOKENS } from "../theme";
import { CheckButton } from "./CheckButton";
import { SummaryButton } from "./SummaryButton";
import { CombineButton } from "./CombineView";
import { countsText } from "../summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  ok: { color: tokens[OK_TOKEN] },
  error: { color: tokens[SEVERITY_TOKENS.error] },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalM },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  cell: {
    textAlign: "left",
    padding: `0 ${tokens.spacingHorizontalM} 0 0`,
    fontWeight: tokens.fontWeightRegular,
  },
  head: {
    textAlign: "left",
    padding: `0 ${tokens.spacingHorizontalM} 0 0`,
    fontWeight: tokens.fontWeightSemibold,
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
});

function TablesFound({ tables, t }: { tables: TableInfo[]; t: Translator }) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t("tablesCaption")}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>
            {t("tableSheet")}
          </th>
          <th scope="col" className={styles.head}>
            {t("tableRows")}
          </th>
          <th scope="col" className={styles.head}>
            {t("tableYear")}
          </th>
          <th scope="col" className={styles.head}>
            {t("tableRounds")}
          </th>
        </tr>
      </thead>
      <tbody>
        {tables.map((table) => (
          <tr key={table.sheet}>
            <th scope="row" className={styles.cell}>
              {table.sheet}
            </th>
            <td className={styles.cell}>{table.rows}</td>
            <td className={styles.cell}>{table.year ?? t("unknown")}</td>
            <td className={styles.cell}>{table.rounds.join(", ") || t("unknown")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatusHeader() {
  const styles = useStyles();
  const t = useT();
  const { report, checkedAt, lang } = useSessionState();
  const ok = report !== null && report.stats.errors === 0;
  return (
    <section className={styles.root} aria-labelledby="sitova-status">
      <h2 id="sitova-status" className={styles.summary}>
        {report === null ? (
          <Subtitle2>{t("notChecked")}</Subtitle2>
        ) : ok ? (
          <>
            <OkIcon className={styles.ok} />
            <Subtitle2>{t("statusOk")}</Subtitle2>
          </>
        ) : (
          <>
            <SeverityIcon severity="error" className={styles.error} />
            <Subtitle2>{countsText(report.stats, t)}</Subtitle2>
          </>
        )}
      </h2>
      {ok && (report.stats.warnings > 0 || report.stats.infos > 0) && (
        <Caption1 className={styles.muted}>{countsText(report.stats, t)}</Caption1>
      )}
      {checkedAt && (
        <Caption1 className={styles.muted}>
          {t("checkedAt", {
            time: checkedAt.toLocaleString(locale(lang), { dateStyle: "short", timeStyle: "short" }),
          })}
        </Caption1>
      )}
      {report && report.tables.length > 0 && <TablesFound tables={report.tables} t={t} />}
      <div className={styles.actions}>
        <CheckButton />
        <SummaryButton />
        <CombineButton />
      </div>
    </section>
  );
}
