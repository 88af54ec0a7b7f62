/** Messages for what can go wrong in Excel, in the user's language, saying what to do. */
import type { Lang } from "../domain";
import { SitovaExcelError } from "../excel/host";

/**
 * Excel's error codes that the user can act on (learn.microsoft.com/office/dev/add-ins/testing/
 * application-specific-api-error-handling). Each gets a message that says what to do; any other error is
 * "unexpected" with Excel's own text.
 */
const EXCEL_CODES = {
  /** The user is editing a cell (and this Excel cannot delay the run until they stop). */
  InvalidOperationInCellEditMode: "cell-edit",
  /** Another workbook has focus: adding or activating a sheet fails. */
  InactiveWorkbook: "inactive-workbook",
  /** A read-only or viewing-mode workbook, or a change the workbook does not allow. */
  AccessDenied: "access-denied",
  RequestPayloadSizeLimitExceeded: "payload",
  ResponsePayloadSizeLimitExceeded: "payload",
} as const;

type ExcelProblem = (typeof EXCEL_CODES)[keyof typeof EXCEL_CODES];
type Problem = SitovaExcelError["code"] | ExcelProblem | "unexpected";

const TEXTS: Record<Lang, Record<Problem, (subjects: string) => string>> = {
  fi: {
    "protected-sheet": (s) =>
      `Välilehti on suojattu (${s}), joten Sitova ei voinut tehdä siihen muutoksia (korostukset, syöttösäännöt). Mitään ei muutettu. Poista suojaus (Tarkista > Poista suojaus) ja yritä uudelleen.`,
    "protected-workbook": () =>
      "Työkirjan rakenne on suojattu, joten Sitova ei voi lisätä välilehteä. Mitään ei muutettu. Poista työkirjan suojaus ja yritä uudelleen.",
    "sheet-not-found": (s) => `Välilehteä ${s} ei enää ole. Tarkista työkirja uudelleen.`,
    "cell-not-found": (s) => `Solua ${s} ei löytynyt. Tarkista työkirja uudelleen.`,
    "cell-edit": () =>
      "Excel on solun muokkaustilassa, joten Sitova ei voinut lukea tai merkitä työkirjaa. Lopeta solun muokkaus ja yritä uudelleen (paina Enter tai Esc).",
    "inactive-workbook": () =>
      "Toinen työkirja tai ikkuna on aktiivisena, joten Sitova ei voinut lisätä välilehteä. Mitään ei muutettu. Palaa tähän työkirjaan (napsauta jotakin sen solua) ja yritä uudelleen.",
    "access-denied": () =>
      "Työkirja on vain luku -tilassa tai katselutilassa, joten Sitova ei voi tehdä siihen muutoksia. Valitse Muokkaa työkirjaa (tai tallenna oma kopio) ja yritä uudelleen.",
    payload: () =>
      "Excel hylkäsi pyynnön liian suurena (Excelin verkkoversion raja on 5 Mt). Tarkista uudelleen: Sitova kirjoittaa korostukset ja raportin joka kerta kokonaan. Jos virhe toistuu, tarkista työkirja välilehti kerrallaan tai käytä komentoriviä (npx sitova validate).",
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
    "cell-edit": () =>
      "Excel är i redigeringsläge för en cell, så Sitova kunde inte läsa eller markera arbetsboken. Avsluta redigeringen av cellen och försök igen (tryck på Enter eller Esc).",
    "inactive-workbook": () =>
      "En annan arbetsbok eller ett annat fönster är aktivt, så Sitova kunde inte lägga till ett blad. Inget ändrades. Gå tillbaka till den här arbetsboken (klicka på en cell i den) och försök igen.",
    "access-denied": () =>
      "Arbetsboken är skrivskyddad eller i visningsläge, så Sitova kan inte ändra den. Välj Redigera arbetsbok (eller spara en egen kopia) och försök igen.",
    payload: () =>
      "Excel avvisade begäran som för stor (gränsen i Excel på webben är 5 MB). Granska på nytt: Sitova skriver markeringarna och rapporten helt varje gång. Om felet upprepas, granska arbetsboken ett blad i taget eller använd kommandoraden (npx sitova validate).",
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
    "cell-edit": () =>
      "Excel is in cell edit mode, so Sitova could not read or mark the workbook. Finish editing the cell and try again (press Enter or Esc).",
    "inactive-workbook": () =>
      "Another workbook or window is active, so Sitova could not add a sheet. Nothing was changed. Go back to this workbook (click one of its cells) and try again.",
    "access-denied": () =>
      "The workbook is read-only or in viewing mode, so Sitova cannot change it. Choose Edit Workbook (or save your own copy) and try again.",
    payload: () =>
      "Excel refused the request as too large (Excel on the web allows 5 MB). Check again: Sitova rewrites its highlights and report in full each time. If it happens again, check the workbook one sheet at a time or use the command line (npx sitova validate).",
    unexpected: (s) =>
      `Unexpected error: ${s}. Try again; if it happens again, save the workbook and reopen it.`,
  },
};

/** What the user can do about an error, or "unexpected". */
export function problemOf(error: unknown): Problem {
  if (error instanceof SitovaExcelError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code in EXCEL_CODES) return EXCEL_CODES[code as keyof typeof EXCEL_CODES];
  return "unexpected";
}

export function errorMessage(error: unknown, lang: Lang): string {
  const problem = problemOf(error);
  if (error instanceof SitovaExcelError) return TEXTS[lang][error.code](error.subjects.join(", "));
  if (problem !== "unexpected") return TEXTS[lang][problem]("");
  const detail = error instanceof Error ? error.message : String(error);
  return TEXTS[lang].unexpected(detail);
}
