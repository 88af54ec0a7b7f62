/** Messages for what can go wrong in Excel, in the user's language, saying what to do. */
import type { Lang } from "../domain";
import { SitovaExcelError } from "../excel/host";

const TEXTS: Record<Lang, Record<SitovaExcelError["code"] | "unexpected", (subjects: string) => string>> = {
  fi: {
    "protected-sheet": (s) =>
      `Välilehti on suojattu (${s}), joten Sitova ei voinut tehdä siihen muutoksia (korostukset, syöttösäännöt). Mitään ei muutettu. Poista suojaus (Tarkista > Poista suojaus) ja yritä uudelleen.`,
    "protected-workbook": () =>
      "Työkirjan rakenne on suojattu, joten Sitova ei voi lisätä välilehteä. Mitään ei muutettu. Poista työkirjan suojaus ja yritä uudelleen.",
    "sheet-not-found": (s) => `Välilehteä ${s} ei enää ole. Tarkista työkirja uudelleen.`,
    "cell-not-found": (s) => `Solua ${s} ei löytynyt. Tarkista työkirja uudelleen.`,
    unexpected: (s) =>
      `Odottamaton virhe: ${s}. Yritä uudelleen; jos virhe toistuu, tallenna työkirja ja avaa se uudelleen.`,
  },
  sv: {
    "protected-sheet": (s) =>
      `Bladet är skyddat (${s}), så Sitova kunde inte göra ändringar i det (markeringar, inmatningsregler). Inget ändrades. Ta bort skyddet (Granska > Ta bort skydd) och försök igen.`,
    "protected-workbook": () =>
      "Arbetsbokens struktur är skyddad, så Sitova kan inte lägga till ett blad. Inget ändrades. Ta bort arbetsbokens skydd och försök igen.",
    "sheet-not-found": (s) => `Bladet ${s} finns inte längre. Granska arbetsboken på nytt.`,
    "cell-not-found": (s) => `Cellen ${s} hittades inte. Granska arbetsboken på nytt.`,
    unexpected: (s) =>
      `Oväntat fel: ${s}. Försök igen; om felet upprepas, spara arbetsboken och öppna den på nytt.`,
  },
  en: {
    "protected-sheet": (s) =>
      `The sheet is protected (${s}), so Sitova could not change it (highlights, input rules). Nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
    "protected-workbook": () =>
      "The workbook's structure is protected, so Sitova cannot add a sheet. Nothing was changed. Unprotect the workbook and try again.",
    "sheet-not-found": (s) => `The sheet ${s} no longer exists. Check the workbook again.`,
    "cell-not-found": (s) => `The cell ${s} was not found. Check the workbook again.`,
    unexpected: (s) =>
      `Unexpected error: ${s}. Try again; if it happens again, save the workbook and reopen it.`,
  },
};

export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof SitovaExcelError) return TEXTS[lang][error.code](error.subjects.join(", "));
  const detail = error instanceof Error ? error.message : String(error);
  return TEXTS[lang].unexpected(detail);
}
