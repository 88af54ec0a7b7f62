/**
 * Diagnostiikka in the settings: runs the self-test (src/excel/diagnostics.ts, through the session) and
 * shows a pass/fail list, which can be copied as text for IT. Results live in this component: the view
 * stays mounted, so they survive switching tabs.
 */
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useContext, useId, useState } from "react";
import type { DiagnosticResult, DiagnosticStatus } from "../../excel/diagnostics";
import { HostInfoContext, locale, useSession, useT } from "../context";
import { diagnosticCounts, diagnosticsText } from "../diagnostics";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  badge: { flexShrink: 0 },
  detail: {
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: "anywhere",
  },
  // The text box fits the pane (a textarea's default width is its columns'); its lines wrap.
  text: { fontFamily: tokens.fontFamilyMonospace, minWidth: 0, maxWidth: "100%" },
  textarea: { minWidth: 0 },
});

const BADGE_COLOR: Record<DiagnosticStatus, BadgeProps["color"]> = {
  pass: "success",
  fail: "danger",
  limited: "warning",
  skipped: "informative",
};

type Copy = "idle" | "copied" | "failed";

interface Run {
  results: DiagnosticResult[];
  at: Date;
}

export function DiagnosticsView() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const headingId = useId();
  const [running, setRunning] = useState(false);
  const [run, setRun] = useState<Run | null>(null);
  const [copy, setCopy] = useState<Copy>("idle");
  const hostInfo = useContext(HostInfoContext);
  const text = run ? diagnosticsText(run.results, t, run.at.toLocaleString(locale(t.lang)), hostInfo) : "";

  const start = async () => {
    setRunning(true);
    setCopy("idle");
    try {
      setRun({ results: await session.diagnose(), at: new Date() });
    } finally {
      setRunning(false);
    }
  };

  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy("copied");
    } catch {
      // Office's web views may refuse the clipboard; the text box below stays for Ctrl+C.
      setCopy("failed");
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        <Subtitle2>{t("diagHeading")}</Subtitle2>
      </h4>
      <Body1>{t("diagIntro")}</Body1>
      <div className={styles.actions}>
        <Button disabledFocusable={running} onClick={() => void start()}>
          {t("diagRun")}
        </Button>
        {running && <Spinner size="extra-tiny" label={t("diagRunning")} />}
      </div>
      <div aria-live="polite">
        {run && !running && <Body1Strong>{t("diagSummary", diagnosticCounts(run.results))}</Body1Strong>}
      </div>
      {run && (
        <>
          <ul className={styles.list} aria-label={t("diagResults")}>
            {run.results.map((result) => (
              <li key={result.id} className={styles.row}>
                <span className={styles.title}>
                  <Badge className={styles.badge} appearance="tint" color={BADGE_COLOR[result.status]}>
                    {t(`diagStatus_${result.status}`)}
                  </Badge>
                  <Body1>{t(`diag_${result.id}`)}</Body1>
                </span>
                {result.status !== "pass" && <Caption1>{t(`diagHelp_${result.id}`)}</Caption1>}
                <Caption1 className={styles.detail}>{result.detail}</Caption1>
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button onClick={() => void copyText()}>{t("diagCopy")}</Button>
          </div>
          <div aria-live="polite">
            {copy !== "idle" && (
              <MessageBar intent={copy === "copied" ? "success" : "warning"} layout="multiline">
                <MessageBarBody>{t(copy === "copied" ? "diagCopied" : "diagCopyFailed")}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <Field label={t("diagText")}>
            <Textarea
              className={styles.text}
              textarea={{ className: styles.textarea }}
              readOnly
              value={text}
              resize="vertical"
              rows={6}
            />
          </Field>
        </>
      )}
    </section>
  );
}
