/** Tarkista, with the phase of a running check as a progress bar and text; announces the result. */
import { Button, Caption1, makeStyles, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import type { Phase } from "../../app/session";
import { useSession, useSessionState, useT } from "../context";
import { countsText } from "../summary";
import { VISUALLY_HIDDEN } from "../theme";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  button: { alignSelf: "flex-start" },
  phase: { color: tokens.colorNeutralForeground2 },
  live: VISUALLY_HIDDEN,
});

const RUNNING: Phase[] = ["reading", "checking", "marking"];

export function CheckButton() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { phase, progress, report, checkedAt } = useSessionState();
  const running = RUNNING.includes(phase);
  const phaseText = running ? t(`phase_${phase as "reading" | "checking" | "marking"}`) : "";
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        className={styles.button}
        disabledFocusable={running}
        icon={running ? <Spinner size="extra-tiny" aria-hidden="true" /> : undefined}
        onClick={() => void session.validate()}
      >
        {running ? t("checking") : t("check")}
      </Button>
      {running && (
        <>
          <ProgressBar value={progress} max={1} aria-label={t("progressLabel")} aria-valuetext={phaseText} />
          <Caption1 className={styles.phase}>{phaseText}</Caption1>
        </>
      )}
      <div role="status" aria-live="polite" className={styles.live}>
        {phase === "done" && report && checkedAt
          ? t("announceDone", { summary: countsText(report.stats, t) })
          : ""}
      </div>
    </div>
  );
}
