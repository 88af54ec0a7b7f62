/** The shared runtime's single session, created on first use after `Office.onReady`. */
import { langFromLocale } from "../domain";
import { officeHost } from "../excel/host";
import { Session } from "./session";

let session: Session | undefined;

export function getSession(): Session {
  session ??= new Session(officeHost(), langFromLocale(Office.context.displayLanguage));
  return session;
}
