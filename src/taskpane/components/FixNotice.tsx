/**
 * For the pane's layout (13C): place above the findings list (near StaleBanner). After a quick fix it says
 * how many cells were fixed and offers *Peru*, which writes the old values back where the cells still hold
 * Sitova's value (Excel's own undo may be gone: an add-in's write clears it before ExcelApi 1.20). After
 * *Peru* it says how many were restored and how many had changed and were left alone.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from "@fluentui/react-components";
import { useSession, useSessionState, useT } from "../context";

// In the results' flex column: never squeezed under the toolbar (its action must stay clickable).
const useStyles = makeStyles({ root: { flexShrink: 0 } });

export function FixNotice() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { lastFix, undoableFix, task } = useSessionState();
  if (!lastFix) return null;
  const text = [
    t(lastFix.action === "fix" ? "fixDone" : "fixUndone", { n: lastFix.written }),
    lastFix.changed ? t("fixChanged", { n: lastFix.changed }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <MessageBar
      className={styles.root}
      intent={lastFix.changed ? "warning" : "success"}
      layout="multiline"
      role="status"
    >
      <MessageBarBody>{text}</MessageBarBody>
      {undoableFix && (
        <MessageBarActions>
          <Button
            size="small"
            title={t("undoFixHint")}
            disabled={task !== null}
            onClick={() => void session.undoFix()}
          >
            {t("undoFix")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
