/**
 * Yhteenveto: writes the coordinators' summary sheet with its charts (the same action as the ribbon's); on a
 * workbook without goal tables it says why no sheet was written.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useSession, useSessionState, useT } from "../context";
import { ChartIcon } from "../icons";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  button: { alignSelf: "flex-start" },
  done: { color: tokens.colorNeutralForeground2 },
});

export function SummaryButton() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { phase, summaryNotice } = useSessionState();
  const [sheet, setSheet] = useState<string | null>(null);
  const busy = phase === "reading" || phase === "checking" || phase === "marking";
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        icon={<ChartIcon />}
        disabledFocusable={busy}
        title={t("summaryHint")}
        onClick={async () => setSheet(await session.insertSummary())}
      >
        {t("summary")}
      </Button>
      <Caption1 aria-live="polite" className={styles.done}>
        {summaryNotice === "noTables" ? t("summaryNoTables") : sheet ? t("summaryDone", { sheet }) : ""}
      </Caption1>
    </div>
  );
}
