/**
 * For the pane's layout (13C): place beside or under the check's progress bar. While a check reads, the
 * counts (sheets n/N, rows) and *Peruuta*, which stops the check before anything is written; afterwards,
 * a cancelled check says that the workbook was not changed. Writing (the marking phase) cannot be
 * cancelled: the button is gone by then.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useSession, useSessionState, useT } from "../context";

const useStyles = makeStyles({
  root: {
    flexShrink: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  counts: { minWidth: 0, overflowWrap: "anywhere" },
});

export function CheckProgress() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { phase, readProgress, cancelling, cancelled } = useSessionState();
  const cancellable = phase === "reading" || phase === "checking";
  if (!cancellable) {
    return cancelled ? (
      <div className={styles.root} role="status">
        {t("checkCancelled")}
      </div>
    ) : null;
  }
  return (
    <div className={styles.root}>
      <span className={styles.counts} role="status" aria-live="polite">
        {readProgress
          ? t("readProgress", {
              read: readProgress.sheetsRead,
              total: readProgress.sheets,
              rows: readProgress.rowsRead,
            })
          : t("phase_reading")}
      </span>
      <Button size="small" disabled={cancelling} onClick={() => session.cancel()}>
        {t(cancelling ? "cancellingCheck" : "cancelCheck")}
      </Button>
    </div>
  );
}
