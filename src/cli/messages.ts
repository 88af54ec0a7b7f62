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
    /** `-o` names one of the inputs. */
    outputIsInput: string;
    /** `-o` names an existing file and `--force` was not given. */
    outputExists: string;
    /** Writing `-o` failed; `{code}` is the system's error code, e.g. ENOSPC. */
    cannotWrite: string;
  }
> = {
  fi: {
    workbook: "(työkirja)",
    total: "Yhteensä",
    unreadable: "ei luettavissa",
    internalError: "sisäinen virhe tarkistuksessa",
    invalidJson: "ei ole kelvollista JSONia",
    sameWorkbook: "sama työkirja kuin {first}; mukana vain kerran",
    outputIsInput: "on syötetiedosto; syötteisiin ei koskaan kirjoiteta, valitse toinen nimi",
    outputExists: "tiedosto on jo olemassa; korvaa se valitsimella --force tai valitse toinen nimi",
    cannotWrite: "kirjoittaminen ei onnistu ({code}); aiempi tiedosto on ennallaan",
  },
  sv: {
    workbook: "(arbetsbok)",
    total: "Totalt",
    unreadable: "kunde inte läsas",
    internalError: "internt fel i kontrollen",
    invalidJson: "är inte giltig JSON",
    sameWorkbook: "samma arbetsbok som {first}; tas med bara en gång",
    outputIsInput: "är en indatafil; indata skrivs aldrig över, välj ett annat namn",
    outputExists: "filen finns redan; ersätt den med --force eller välj ett annat namn",
    cannotWrite: "kan inte skrivas ({code}); den tidigare filen är oförändrad",
  },
  en: {
    workbook: "(workbook)",
    total: "Total",
    unreadable: "unreadable",
    internalError: "internal error while checking",
    invalidJson: "is not valid JSON",
    sameWorkbook: "the same workbook as {first}; included only once",
    outputIsInput: "is an input file; the inputs are never written, choose another name",
    outputExists: "the file exists; use --force to write over it, or choose another name",
    cannotWrite: "cannot write ({code}); any previous file is unchanged",
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
