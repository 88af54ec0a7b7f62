/**
 * The results: switches, filters and the findings list, or an empty state that says what to do. The
 * filters live here, so a live update (a new report) keeps them; this view stays mounted when hidden.
 */
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding } from "../../domain";
import type { Filters } from "../findings";
import { NO_FILTERS, groupFindings, matches } from "../findings";
import { useSession, useSessionState, useT } from "../context";
import { EmptyState, NoTable } from "./EmptyState";
import { FindingFilters } from "./FindingFilters";
import { FindingList } from "./FindingList";
import { Switches } from "./Switches";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function ResultsView() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { report, schema } = useSessionState();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const findings: readonly Finding[] = useMemo(() => report?.findings ?? [], [report]);
  const shown = useMemo(
    () => findings.filter((f) => matches(f, filters, t.lang)),
    [findings, filters, t.lang],
  );
  const groups = useMemo(() => groupFindings(shown), [shown]);

  if (!report)
    return (
      <div className={styles.root}>
        <EmptyState title={t("notChecked")}>
          <Body1>{t("notCheckedHint")}</Body1>
        </EmptyState>
        <Switches />
      </div>
    );

  return (
    <div className={styles.root}>
      <Switches />
      {report.tables.length === 0 && <NoTable schema={schema} t={t} />}
      {findings.length === 0 ? (
        <EmptyState title={t("noFindingsTitle")}>
          <Body1>{t("noFindings")}</Body1>
        </EmptyState>
      ) : (
        <>
          <FindingFilters
            findings={findings}
            shown={shown.length}
            filters={filters}
            onChange={setFilters}
            t={t}
          />
          {shown.length === 0 ? (
            <EmptyState title={t("noMatchesTitle")}>
              <Body1>{t("noMatches")}</Body1>
            </EmptyState>
          ) : (
            <FindingList groups={groups} t={t} onActivate={(f) => void session.goTo(f)} />
          )}
        </>
      )}
    </div>
  );
}
