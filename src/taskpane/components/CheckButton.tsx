/**
 * Tarkista (it announces the result), and the phase of a running check as a progress bar and text: the
 * button sits on the status line, the phase under it at the pane's full width (with CheckProgress's
 * counts and Peruuta).
 */
import { Button, Caption1, makeStyles, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import type { Phase } from "../../app/session";
import { useSession, useSessionState, useT } from "../context";
import { countsText } from "../summary";
import { VISUALLY_HIDDEN } from "../theme";

const useStyles = makeStyles({
  button: { minWidth: 0, flexShrink: 0 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  phase: { color: tokens.colorNeutralForeground2 },
  live: VISUALLY_HIDDEN,
});

const RUNNING: Phase[] = ["reading", "checking", "marking"];

const isRunning = (phase: Phase) => RUNNING.includes(phase);

export function CheckButton() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { phase, report, checkedAt } = useSessionState();
  const running = isRunning(phase);
  return (
    <>
      <Button
        appearance="primary"
        className={styles.button}
        disabledFocusable={running}
        icon={running ? <Spinner size="extra-tiny" aria-hidden="true" /> : undefined}
        onClick={() => void session.validate()}
      >
        {running ? t("checking") : t("check")}
      </Button>
      <div role="status" aria-live="polite" className={styles.live}>
        {phase === "done" && report && checkedAt
          ? t("announceDone", { summary: countsText(report.stats, t) })
          : ""}
      </div>
    </>
  );
}

export function CheckPhase() {
  const styles = useStyles();
  const t = useT();
  const { phase, progress } = useSessionState();
  if (!isRunning(phase)) return null;
  const phaseText = t(`phase_${phase as "reading" | "checking" | "marking"}`);
  return (
    <div className={styles.progress}>
      <ProgressBar value={progress} max={1} aria-label={t("progressLabel")} aria-valuetext={phaseText} />
      <Caption1 className={styles.phase}>{phaseText}</Caption1>
    </div>
  );
}
