/** Errors that say what to do, and the Excel features this version lacks (what is off and why). */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useSession, useSessionState, useT } from "../context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function Notices() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { error, features } = useSessionState();
  if (!error && features.mergedAreas) return null;
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
