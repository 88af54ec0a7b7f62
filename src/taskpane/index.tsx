/*
 * Task pane entry. The page is also the shared runtime of the ribbon commands, so the pane renders the
 * same session the commands use: a Tarkista from the ribbon shows its results here. The only Office
 * calls of the pane are here (the theme) and in src/app/runtime.ts (the session); components talk to
 * the session.
 */
import { createRoot } from "react-dom/client";
import { getSession } from "../app/runtime";
import { App } from "./App";
import { isDarkOfficeTheme } from "./theme";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const dark = isDarkOfficeTheme(Office.context.officeTheme);
  createRoot(container).render(<App session={getSession()} dark={dark} />);
});
