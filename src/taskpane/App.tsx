/** The task pane: status and Tarkista on top, then the results, settings and input rules views. */
import { FluentProvider, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { Session, View } from "../app/session";
import { HostInfoContext, SessionProvider, useSession, useSessionState, useT } from "./context";
import { fluentTheme } from "./theme";
import { InputRulesView } from "./components/InputRulesView";
import { Notices } from "./components/Notices";
import { ResultsView } from "./components/ResultsView";
import { SettingsView } from "./components/SettingsView";
import { StatusHeader } from "./components/StatusHeader";

const useStyles = makeStyles({
  provider: { height: "100%" },
  root: {
    boxSizing: "border-box",
    height: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  main: { flexGrow: 1, minHeight: 0, display: "flex", flexDirection: "column" },
  panel: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    paddingRight: tokens.spacingHorizontalXS,
    paddingBottom: tokens.spacingVerticalL,
  },
});

const VIEWS: View[] = ["results", "settings", "input"];

function Pane() {
  const styles = useStyles();
  const session = useSession();
  const t = useT();
  const { view, lang } = useSessionState();
  useEffect(() => {
    void session.init();
  }, [session]);
  return (
    <div className={styles.root} lang={lang}>
      <header className={styles.header}>
        <StatusHeader />
        <Notices />
      </header>
      <TabList
        selectedValue={view}
        onTabSelect={(_, data) => session.setView(data.value as View)}
        aria-label={t("viewsLabel")}
        size="small"
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v} id={`sitova-tab-${v}`} aria-controls={`sitova-panel-${v}`}>
            {t(`view_${v}`)}
          </Tab>
        ))}
      </TabList>
      {/* Every view stays mounted, so filters, scroll position and inputs survive switching and live updates. */}
      <main className={styles.main}>
        {VIEWS.map((v) => (
          <div
            key={v}
            id={`sitova-panel-${v}`}
            role="tabpanel"
            aria-labelledby={`sitova-tab-${v}`}
            hidden={view !== v}
            className={styles.panel}
            data-testid={`panel-${v}`}
          >
            {v === "results" ? <ResultsView /> : v === "settings" ? <SettingsView /> : <InputRulesView />}
          </div>
        ))}
      </main>
    </div>
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
