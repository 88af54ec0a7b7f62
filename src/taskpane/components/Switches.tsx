/** Highlights and live validation on/off. */
import { makeStyles, Switch, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useSession, useSessionState, useT } from "../context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column" },
  hint: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    margin: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXL}`,
  },
});

export function Switches() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { highlights, live, undoLost } = useSessionState();
  const id = useId();
  return (
    <div className={styles.root}>
      <Switch
        checked={highlights}
        label={t("highlights")}
        aria-describedby={`${id}-h`}
        onChange={(_, data) => void session.setHighlights(data.checked)}
      />
      <span id={`${id}-h`} className={styles.hint}>
        {t("highlightsHint")}
      </span>
      <Switch
        checked={live}
        label={t("live")}
        aria-describedby={`${id}-l`}
        onChange={(_, data) => void session.setLive(data.checked)}
      />
      <span id={`${id}-l`} className={styles.hint}>
        {t("liveHint")}
        {/* Said before it is switched on: every live update is a write, and each clears the undo history here. */}
        {undoLost && ` ${t("undoLiveHint")}`}
      </span>
    </div>
  );
}
