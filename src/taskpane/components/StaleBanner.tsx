/**
 * For the pane's layout (13C): place above the findings list, under the status line. Shown only when the
 * results are out of date: a checked sheet was edited while live validation is off (`state.stale`). One
 * click checks again, which clears it.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useSession, useSessionState, useT } from "../context";

// In the results' flex column: never squeezed under the toolbar (its action must stay clickable).
const useStyles = makeStyles({ root: { flexShrink: 0 } });

export function StaleBanner() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { stale, phase } = useSessionState();
  if (!stale) return null;
  const busy = phase === "reading" || phase === "checking" || phase === "marking";
  return (
    <MessageBar className={styles.root} intent="warning" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{t("staleTitle")}</MessageBarTitle>
        {t("staleBody", { sheets: stale.sheets.join(", ") })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={busy} onClick={() => void session.validate()}>
          {t("staleRecheck")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
