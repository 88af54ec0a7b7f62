/**
 * Errors that say what to do, and the Excel features this version lacks (what is off and why). Where a
 * write of this Excel clears the user's undo history (no ExcelApi 1.20 undo groups), the pane says so
 * before the first write, and again while live validation is on: it writes after every edit.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useSession, useSessionState, useT } from "../context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function Notices() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { error, features, live, undoLost } = useSessionState();
  const [undoRead, setUndoRead] = useState(false);
  // Before the first write until read; while live validation is on, always: it writes after every edit.
  const undo = !undoLost ? null : live ? "undoLive" : undoRead ? null : "undoBody";
  if (!error && features.mergedAreas && !undo) return null;
  return (
    <div className={styles.root}>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => session.dismissError()}>
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {undo && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("undoTitle")}</MessageBarTitle>
            {t(undo)}
          </MessageBarBody>
          {undo === "undoBody" && (
            <MessageBarActions>
              <Button size="small" onClick={() => setUndoRead(true)}>
                {t("undoDismiss")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {!features.mergedAreas && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("featureMergedTitle")}</MessageBarTitle>
            {t("featureMergedBody")}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
