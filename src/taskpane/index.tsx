/*
 * Task pane entry. The page is also the shared runtime of the ribbon commands, so the pane renders the
 * same session the commands use: a Tarkista from the ribbon shows its results here. The only Office
 * calls of the pane are here (the theme, which Office it is) and in src/app/runtime.ts (the session);
 * components talk to the session.
 */
import { createRoot } from "react-dom/client";
import { getSession } from "../app/runtime";
import { App } from "./App";
import { isDarkOfficeTheme } from "./theme";

/** `Excel PC 16.0.17328.20162`, for Diagnostiikka's text; null outside Office (the playground). */
function officeHostInfo(): string | null {
  const info = Office.context.diagnostics;
  return info ? `${info.host} ${info.platform} ${info.version}` : null;
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const dark = isDarkOfficeTheme(Office.context.officeTheme);
  createRoot(container).render(<App session={getSession()} dark={dark} hostInfo={officeHostInfo()} />);
});
