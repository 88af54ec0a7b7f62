/** How components reach the session: they read its state and call its methods, never Office. */
import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import type { Session, SessionState } from "../app/session";
import type { Translator } from "./strings";
import { translator } from "./strings";

const SessionContext = createContext<Session | null>(null);

export const SessionProvider = SessionContext.Provider;

/**
 * Which Office the pane runs in, e.g. `Excel PC 16.0.17328.20162` (from `Office.context.diagnostics` in
 * index.tsx), for Diagnostiikka's copied text; null where Office does not say (the playground).
 */
export const HostInfoContext = createContext<string | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("Sitova: the task pane needs a SessionProvider");
  return session;
}

export function useSessionState(): SessionState {
  const session = useSession();
  return useSyncExternalStore(
    (onChange) => session.subscribe(onChange),
    () => session.getState(),
  );
}

/** The translator for the session's language. */
export function useT(): Translator {
  const { lang } = useSessionState();
  return useMemo(() => translator(lang), [lang]);
}

/** `fi` → `fi-FI`: the locale for dates and numbers. */
export function locale(lang: string): string {
  return lang === "en" ? "en-GB" : `${lang}-FI`;
}
