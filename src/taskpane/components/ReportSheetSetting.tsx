/**
 * For the pane's layout (13C): place with the options (Valinnat) or in the settings. The report sheet is
 * written only when wanted: a switch saved in the workbook (off unless a reviewer turns it on), and
 * *Kirjoita raportti nyt* for the last check. Never for a workbook without goal tables: it says so.
 */
import { Button, makeStyles, Switch, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useSession, useSessionState, useT } from "../context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  hint: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    margin: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXL}`,
  },
  outcome: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export function ReportSheetSetting() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { writeReport, report, reportSheet, task } = useSessionState();
  const id = useId();
  return (
    <div className={styles.root}>
      <Switch
        checked={writeReport}
        label={t("writeReport")}
        aria-describedby={`${id}-hint`}
        disabled={task !== null}
        onChange={(_, data) => void session.setWriteReport(data.checked)}
      />
      <span id={`${id}-hint`} className={styles.hint}>
        {t("writeReportHint")}
      </span>
      {report && (
        <Button size="small" disabled={task !== null} onClick={() => void session.writeReportSheetNow()}>
          {t("writeReportNow")}
        </Button>
      )}
      {reportSheet && (
        <span className={styles.outcome} role="status">
          {"written" in reportSheet
            ? t("reportWritten", { sheet: reportSheet.written })
            : t("reportNoTables")}
        </span>
      )}
    </div>
  );
}
