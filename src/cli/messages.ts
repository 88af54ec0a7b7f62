/** The command line's own words (summary lines, places) in the engine's three languages. */
import type { Lang, Stats } from "../domain";
import { countPhrase, formatMessage, statsPhrase } from "../domain";

const WORDS: Record<
  Lang,
  {
    workbook: string;
    total: string;
    unreadable: string;
    internalError: string;
    invalidJson: string;
    /** A file named twice on the command line: `{first}` is the name it was read under. */
    sameWorkbook: string;
  }
> = {
  fi: {
    workbook: "(työkirja)",
    total: "Yhteensä",
    unreadable: "ei luettavissa",
    internalError: "sisäinen virhe tarkistuksessa",
    invalidJson: "ei ole kelvollista JSONia",
    sameWorkbook: "sama työkirja kuin {first}; mukana vain kerran",
  },
  sv: {
    workbook: "(arbetsbok)",
    total: "Totalt",
    unreadable: "kunde inte läsas",
    internalError: "internt fel i kontrollen",
    invalidJson: "är inte giltig JSON",
    sameWorkbook: "samma arbetsbok som {first}; tas med bara en gång",
  },
  en: {
    workbook: "(workbook)",
    total: "Total",
    unreadable: "unreadable",
    internalError: "internal error while checking",
    invalidJson: "is not valid JSON",
    sameWorkbook: "the same workbook as {first}; included only once",
  },
};

/** `Yhteensä: 6 virhettä, 2 varoitusta, 3 huomiota (3 tiedostoa, 1 ei luettavissa)` */
export function totalText(stats: Stats, files: number, unreadable: number, lang: Lang): string {
  const fileText =
    countPhrase(files, "files", lang) + (unreadable > 0 ? `, ${unreadable} ${WORDS[lang].unreadable}` : "");
  return `${WORDS[lang].total}: ${statsPhrase(stats, lang)} (${fileText})`;
}

export function words(lang: Lang): (typeof WORDS)["fi"] {
  return WORDS[lang];
}

/** `a2.xlsx: sama työkirja kuin a.xlsx; mukana vain kerran` */
export function sameWorkbookText(file: string, first: string, lang: Lang): string {
  return `${file}: ${formatMessage(WORDS[lang].sameWorkbook, { first })}`;
}
