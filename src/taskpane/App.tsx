/**
 * The task pane: a one-line status with Tarkista, the views as small tabs, then the view. The results
 * view gives the rest of the height to the findings list (its only scrolling part); the settings and
 * input rules views scroll as a whole. Nothing scrolls sideways, down to a 175 px pane (200 % zoom).
 */
import { FluentProvider, makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Session, View } from "../app/session";
import { HostInfoContext, SessionProvider, useSession, useSessionState, useT } from "./context";
import { fluentTheme } from "./theme";
import { PaneBoundaryContext } from "./layout";
import { InputRulesView } from "./components/InputRulesView";
import { Notices } from "./components/Notices";
import { ResultsView } from "./components/ResultsView";
import { CombineView } from "./components/CombineView";
import { SettingsView } from "./components/SettingsView";
import { StaleBanner } from "./components/StaleBanner";
import { StatusHeader } from "./components/StatusHeader";

const useStyles = makeStyles({
  provider: { height: "100%" },
  root: {
    boxSizing: "border-box",
    height: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowX: "hidden",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Three tabs take about 250 px: in a narrower pane (200 % zoom) they wrap instead of scrolling sideways.
  tabs: { flexWrap: "wrap", flexShrink: 0, marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  main: { flexGrow: 1, minHeight: 0, display: "flex", flexDirection: "column" },
  panel: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    overflowX: "hidden",
    paddingRight: tokens.spacingHorizontalXS,
    paddingBottom: tokens.spacingVerticalL,
  },
  // The results scroll only their findings list (ResultsView), so the toolbar stays in view.
  results: { overflowY: "hidden", paddingRight: 0, paddingBottom: 0 },
});

/** The views with a tab; the combine view has none (it opens from beside Yhteenveto). */
const TAB_VIEWS: Exclude<View, "combine">[] = ["results", "settings", "input"];

function Pane() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { view, lang } = useSessionState();
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    void session.init();
  }, [session]);
  // Closing the combine view returns to the results, with focus on their tab rather than lost on the page.
  const closeCombine = () => {
    session.setView("results");
    document.getElementById("sitova-tab-results")?.focus();
  };
  return (
    <PaneBoundaryContext.Provider value={root}>
      <div ref={setRoot} className={styles.root} lang={lang}>
        <header className={styles.header}>
          <StatusHeader />
          <StaleBanner />
          <Notices />
        </header>
        <TabList
          selectedValue={view}
          onTabSelect={(_, data) => session.setView(data.value as View)}
          aria-label={t("viewsLabel")}
          size="small"
          className={styles.tabs}
        >
          {TAB_VIEWS.map((v) => (
            <Tab key={v} value={v} id={`sitova-tab-${v}`} aria-controls={`sitova-panel-${v}`}>
              {t(`view_${v}`)}
            </Tab>
          ))}
        </TabList>
        {/* Every view stays mounted, so filters, scroll position and inputs survive switching and live updates. */}
        <main className={styles.main}>
          {TAB_VIEWS.map((v) => (
            <div
              key={v}
              id={`sitova-panel-${v}`}
              role="tabpanel"
              aria-labelledby={`sitova-tab-${v}`}
              hidden={view !== v}
              className={mergeClasses(styles.panel, v === "results" && styles.results)}
              data-testid={`panel-${v}`}
            >
              {v === "results" ? <ResultsView /> : v === "settings" ? <SettingsView /> : <InputRulesView />}
            </div>
          ))}
          <div hidden={view !== "combine"} className={styles.panel} data-testid="panel-combine">
            <CombineView open={view === "combine"} onClose={closeCombine} />
          </div>
        </main>
      </div>
    </PaneBoundaryContext.Provider>
  );
}

export function App({
  session,
  dark,
  hostInfo = null,
}: {
  session: Session;
  dark: boolean;
  hostInfo?: string | null;
}) {
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(dark)} className={styles.provider}>
      <SessionProvider value={session}>
        <HostInfoContext.Provider value={hostInfo}>
          <Pane />
        </HostInfoContext.Provider>
      </SessionProvider>
    </FluentProvider>
  );
}
