/**
 * The playground's URL parameters:
 *   ?lang=fi|sv|en        Office's display language (the task pane and the ribbon start in it); default fi
 *   ?workbook=<url>       a workbook to open, relative to the page (same origin only)
 *   ?excelApi=1.9         the newest ExcelApi requirement set this "Excel" claims (default: all the
 *                         emulator models, 1.20)
 *   ?excel=fi-desktop     the emulator's Excel profile (src/emulator/profile.ts): `fi-desktop` is real
 *                         Excel's documented hostile behaviour; default `default`. Syncs take 40 ms here.
 *   ?paneWidth=320        the task pane's width in CSS px (160–1000; default 360), to try the pane at Excel's
 *                         sizes: 320–350 px is a pane on a 1366 × 768 screen, 175 px the same pane at 200 %
 *                         zoom (WCAG 1.4.10 reflow)
 */
import type { Lang } from "../domain";
import type { ExcelProfileName } from "../emulator";
import { NEWEST_EMULATED_API, compareApiVersions, isExcelProfileName } from "../emulator";

export const DEFAULT_WORKBOOK = "assets/samples/kuva-2021-sample.xlsx";
export const LANGS: readonly Lang[] = ["fi", "sv", "en"];
/** Office's display language for each playground language. */
export const DISPLAY_LANGUAGE: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-US" };
/** ExcelApi sets the emulator implements (up to `mergeUndoGroup`, 1.20). */
export const MAX_EXCEL_API = NEWEST_EMULATED_API;
/** A round trip to Excel on the web takes tens of milliseconds ("Performance", excel/performance). */
export const PLAYGROUND_SYNC_DELAY_MS = 40;

export interface PlaygroundParams {
  lang: Lang;
  /** The workbook's URL when `?workbook=` names one, resolved against the page. */
  workbook: URL | null;
  /** Why `?workbook=` was refused, if it was. */
  workbookProblem: string | null;
  excelApi: string;
  /** `?excel=`: the emulator's Excel profile. */
  excel: ExcelProfileName;
  /** `?paneWidth=`: the task pane's width in CSS px, or null for the page's default. */
  paneWidth: number | null;
}

/** The narrowest and widest task pane `?paneWidth=` accepts (CSS px). */
export const PANE_WIDTH_RANGE = { min: 160, max: 1000 } as const;

/** `?paneWidth=320` → 320; anything else (not a whole number, out of range) → null, the default width. */
export function parsePaneWidth(raw: string | null): number | null {
  if (raw === null || !/^\d{1,4}$/.test(raw.trim())) return null;
  const width = Number(raw.trim());
  return width >= PANE_WIDTH_RANGE.min && width <= PANE_WIDTH_RANGE.max ? width : null;
}

export function parseParams(location: { href: string; search: string }): PlaygroundParams {
  const query = new URLSearchParams(location.search);
  const rawLang = (query.get("lang") ?? "").toLowerCase();
  const lang = (LANGS as readonly string[]).includes(rawLang) ? (rawLang as Lang) : "fi";
  const rawApi = query.get("excelApi") ?? "";
  const excelApi = /^1\.\d{1,2}$/.test(rawApi) ? rawApi : MAX_EXCEL_API;
  let workbook: URL | null = null;
  let workbookProblem: string | null = null;
  const rawWorkbook = query.get("workbook");
  if (rawWorkbook) {
    try {
      const url = new URL(rawWorkbook, location.href);
      if (url.origin !== new URL(location.href).origin) workbookProblem = rawWorkbook;
      else workbook = url;
    } catch {
      workbookProblem = rawWorkbook;
    }
  }
  const rawExcel = query.get("excel");
  const excel = isExcelProfileName(rawExcel) ? rawExcel : "default";
  const paneWidth = parsePaneWidth(query.get("paneWidth"));
  return { lang, workbook, workbookProblem, excelApi, excel, paneWidth };
}

/** `1.9` < `1.13`: requirement-set versions compare part by part as numbers. */
export const compareVersions = compareApiVersions;

/** The page's URL with one parameter changed (or removed with `null`), for links and reloads. */
export function withParam(href: string, name: string, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.toString();
}
