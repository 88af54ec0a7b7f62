/**
 * The results: one toolbar row (search, Suodata, Valinnat with the switches and Yhteenveto), then the
 * findings list, the only part that scrolls, so the findings get the pane's height. The filters live
 * here, so a live update (a new report) keeps them; this view stays mounted when hidden.
 */
import {
  Body1,
  Button,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Finding } from "../../domain";
import type { Filters } from "../findings";
import { NO_FILTERS, findingKey, groupFindings, matches } from "../findings";
import type { Translator } from "../strings";
import { useSession, useSessionState, useT } from "../context";
import { MoreIcon } from "../icons";
import { usePanePositioning } from "../layout";
import { EmptyState, NoTable } from "./EmptyState";
import { FilterStatus, FindingFilters, FindingSearch } from "./FindingFilters";
import { FindingList } from "./FindingList";
import { SummaryButton } from "./SummaryButton";
import { CombineButton } from "./CombineView";
import { Switches } from "./Switches";
import { FixNotice } from "./FixNotice";
import { IgnoredList } from "./IgnoredList";
import { ReportSheetSetting } from "./ReportSheetSetting";

const useStyles = makeStyles({
  root: {
    height: "100%",
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalXS,
  },
  button: { minWidth: 0, flexShrink: 0 },
  options: {
    // Less padding than Fluent's 16 px: in a 175 px pane every pixel of line length counts.
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    // A switch is as wide as its label by default: in a 175 px pane a long label must wrap instead.
    "& .fui-Switch": { maxWidth: "100%" },
    "& .fui-Switch__label": { minWidth: 0, overflowWrap: "break-word" },
  },
  // The one scrolling part of the results; a little room on the right keeps focus rings clear of the bar.
  scroll: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    overflowX: "hidden",
    paddingRight: tokens.spacingHorizontalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
});

/**
 * Korostukset, Jatkuva tarkistus, the report sheet, Yhteenveto and Kokoa työkirjoista: used now and then,
 * behind one button. It closes when another view opens (Kokoa työkirjoista is one).
 */
function PaneOptions({ t }: { t: Translator }) {
  const styles = useStyles();
  const positioning = usePanePositioning();
  const { view } = useSessionState();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (view !== "results") setOpen(false);
  }, [view]);
  return (
    <Popover
      inline
      withArrow
      positioning={positioning}
      open={open}
      onOpenChange={(_, data) => setOpen(data.open)}
    >
      <PopoverTrigger disableButtonEnhancement>
        <Tooltip content={t("optionsButton")} relationship="label">
          <Button className={styles.button} size="small" icon={<MoreIcon />} />
        </Tooltip>
      </PopoverTrigger>
      <PopoverSurface className={styles.options} aria-label={t("optionsButton")}>
        <Switches />
        <ReportSheetSetting />
        <SummaryButton />
        <CombineButton />
      </PopoverSurface>
    </Popover>
  );
}

export function ResultsView() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { report, schema, details } = useSessionState();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const findings: readonly Finding[] = useMemo(() => report?.findings ?? [], [report]);
  const shown = useMemo(
    () => findings.filter((f) => matches(f, filters, t.lang, details[findingKey(f)])),
    [findings, filters, t.lang, details],
  );
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const listed = findings.length > 0;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar} role="group" aria-label={t("toolbarLabel")}>
        {listed && (
          <>
            <FindingSearch filters={filters} onChange={setFilters} t={t} />
            <FindingFilters findings={findings} filters={filters} onChange={setFilters} t={t} />
          </>
        )}
        <PaneOptions t={t} />
      </div>
      {listed && (
        <FilterStatus
          filters={filters}
          shown={shown.length}
          total={findings.length}
          onChange={setFilters}
          t={t}
        />
      )}
      <FixNotice />
      <div className={styles.scroll} data-testid="findings-scroll">
        {!report ? (
          <EmptyState title={t("notChecked")}>
            <Body1>{t("notCheckedHint")}</Body1>
          </EmptyState>
        ) : (
          <>
            {report.tables.length === 0 && <NoTable schema={schema} t={t} />}
            {!listed ? (
              <EmptyState title={t("noFindingsTitle")}>
                <Body1>{t("noFindings")}</Body1>
              </EmptyState>
            ) : shown.length === 0 ? (
              <EmptyState title={t("noMatchesTitle")}>
                <Body1>{t("noMatches")}</Body1>
              </EmptyState>
            ) : (
              <FindingList groups={groups} t={t} onActivate={(f) => void session.goTo(f)} />
            )}
            <IgnoredList />
          </>
        )}
      </div>
    </div>
  );
}
