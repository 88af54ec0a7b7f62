/**
 * Why a file cannot be read as a workbook, told in one short line a reviewer understands (never a stack
 * trace), in the three languages of the engine.
 */
import type { Lang, Localized } from "../domain/i18n";

export type UnreadableKind =
  | "missing"
  | "directory"
  | "not-regular"
  | "io"
  | "empty"
  | "not-zip"
  | "not-workbook"
  | "truncated"
  | "encrypted"
  | "ole-document"
  | "corrupt"
  | "corrupt-xml"
  | "missing-part"
  | "unsupported-compression"
  | "too-large"
  | "too-many-cells"
  | "beyond-grid";

const REASONS: Record<UnreadableKind, Localized> = {
  missing: { fi: "tiedostoa ei löydy", sv: "filen hittades inte", en: "file not found" },
  directory: {
    fi: "on kansio, ei tiedosto",
    sv: "är en mapp, inte en fil",
    en: "is a directory, not a file",
  },
  // A FIFO would block the reader for ever and a device such as /dev/zero never ends: only regular files
  // are read (src/cli/io.ts checks the opened handle).
  "not-regular": {
    fi: "ei ole tavallinen tiedosto vaan nimetty putki (FIFO), pistoke tai laite",
    sv: "är inte en vanlig fil utan en namngiven pipe (FIFO), en socket eller en enhet",
    en: "not a regular file but a named pipe (FIFO), a socket or a device",
  },
  io: { fi: "tiedostoa ei voi lukea", sv: "filen kan inte läsas", en: "the file cannot be read" },
  empty: { fi: "tiedosto on tyhjä", sv: "filen är tom", en: "the file is empty" },
  "not-zip": {
    fi: "ei ole .xlsx-työkirja (tiedosto ei ole zip-paketti)",
    sv: "är inte en .xlsx-arbetsbok (filen är inte ett zip-arkiv)",
    en: "not an .xlsx workbook (the file is not a zip archive)",
  },
  "not-workbook": {
    fi: "zip-paketti, mutta ei Excel-työkirja (xl/workbook.xml puuttuu)",
    sv: "ett zip-arkiv men inte en Excel-arbetsbok (xl/workbook.xml saknas)",
    en: "a zip archive but not an Excel workbook (no xl/workbook.xml)",
  },
  truncated: {
    fi: "tiedosto on katkennut tai vioittunut (zip-paketti on vajaa)",
    sv: "filen är avkortad eller skadad (zip-arkivet är ofullständigt)",
    en: "the file is truncated or corrupt (the zip archive is incomplete)",
  },
  encrypted: {
    fi: "työkirja on suojattu salasanalla (salattu); poista salasana ja tallenna uudelleen",
    sv: "arbetsboken är lösenordsskyddad (krypterad); ta bort lösenordet och spara igen",
    en: "the workbook is password-protected (encrypted); remove the password and save it again",
  },
  // Both an encrypted .xlsx and a legacy .xls are OLE compound files; without an EncryptionInfo stream we
  // cannot tell which, so the reason names both and the same fix.
  "ole-document": {
    fi: "salasanalla suojattu työkirja tai vanha .xls-tiedosto; tallenna suojaamattomana .xlsx-tiedostona",
    sv: "lösenordsskyddad arbetsbok eller gammal .xls-fil; spara som oskyddad .xlsx-fil",
    en: "a password-protected workbook or an old .xls file; save it as an unprotected .xlsx file",
  },
  corrupt: { fi: "työkirja on vioittunut", sv: "arbetsboken är skadad", en: "the workbook is corrupt" },
  "corrupt-xml": {
    fi: "työkirja on vioittunut (sen osa ei ole kelvollista XML:ää)",
    sv: "arbetsboken är skadad (en del av den är inte giltig XML)",
    en: "the workbook is corrupt (a part of it is not well-formed XML)",
  },
  "missing-part": {
    fi: "työkirja on vioittunut (siitä puuttuu osa, johon se viittaa)",
    sv: "arbetsboken är skadad (en del som den hänvisar till saknas)",
    en: "the workbook is corrupt (a part it refers to is missing)",
  },
  "unsupported-compression": {
    fi: "työkirja on pakattu tavalla, jota Excel ei käytä; tallenna se uudelleen Excelissä",
    sv: "arbetsboken är komprimerad på ett sätt som Excel inte använder; spara den igen i Excel",
    en: "the workbook is compressed in a way Excel does not use; save it again in Excel",
  },
  // The limits are those of zip.ts (MAX_ENTRY_BYTES, MAX_RATIO) and readXlsx.ts (MAX_SHEET_CELLS).
  "too-large": {
    fi: "työkirja on liian suuri: sen osa purkautuisi yli 512 megatavuksi tai yli 100-kertaiseksi; tarkista, että tiedosto on oikea työkirja, tai jaa se osiin",
    sv: "arbetsboken är för stor: en del av den skulle packas upp till över 512 MB eller över 100 gånger sin storlek; kontrollera att filen är en riktig arbetsbok eller dela upp den",
    en: "the workbook is too large: a part of it would unpack to over 512 MB or over 100 times its size; check that the file is a real workbook, or split it",
  },
  "too-many-cells": {
    fi: "työkirja on liian suuri: taulukossa on yli 20 miljoonaa solua; jaa se pienempiin työkirjoihin",
    sv: "arbetsboken är för stor: ett blad har över 20 miljoner celler; dela upp den i mindre arbetsböcker",
    en: "the workbook is too large: a sheet has over 20 million cells; split it into smaller workbooks",
  },
  "beyond-grid": {
    fi: "ei ole kelvollinen Excel-työkirja: se viittaa soluun Excelin viimeisen rivin (1 048 576) tai sarakkeen (XFD) jälkeen",
    sv: "inte en giltig Excel-arbetsbok: den hänvisar till en cell efter Excels sista rad (1 048 576) eller kolumn (XFD)",
    en: "not a valid Excel workbook: it refers to a cell beyond Excel's last row (1,048,576) or column (XFD)",
  },
};

/** The reason in the given language; `detail` (e.g. the library's own message) is appended after a colon. */
export function unreadableReason(kind: UnreadableKind, lang: Lang, detail?: string): string {
  const reason = REASONS[kind][lang];
  return detail ? `${reason}: ${detail}` : reason;
}

/** A file that is not a readable .xlsx workbook. `message` is `<file>: <reason>` in English. */
export class UnreadableWorkbookError extends Error {
  /** The reason in English; use `unreadableReason(kind, lang, detail)` for another language. */
  readonly reason: string;

  constructor(
    readonly file: string,
    readonly kind: UnreadableKind,
    readonly detail?: string,
  ) {
    const reason = unreadableReason(kind, "en", detail);
    super(`${file}: ${reason}`);
    this.name = "UnreadableWorkbookError";
    this.reason = reason;
  }

  /** The reason in the user's language. */
  localizedReason(lang: Lang): string {
    return unreadableReason(this.kind, lang, this.detail);
  }
}

/** The first line of a library's error message, kept short enough for one line on stderr. */
export function oneLine(error: unknown, max = 160): string {
  // Duck-typed rather than `instanceof Error`: errors from Node's built-ins or another realm count too.
  const message =
    typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
  const text = typeof message === "string" ? message : String(error);
  const line = text.split(/\r?\n/, 1)[0].trim() || "unknown error";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
