/**
 * Streams one XML part of the package through saxes, chunk by chunk as it is inflated, so that no part is
 * ever held whole in memory. Element names are given without their namespace prefix: writers differ in
 * prefixes (`x:c`, `c`), never in local names.
 */
import { DecodeUTF8 } from "fflate";
import { SaxesParser } from "saxes";
import type { ZipEntry } from "./zip";
import { ZipProblem, inflateEntry } from "./zip";

export type Attributes = Record<string, string>;

export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** UTF-8 bytes in, chunk by chunk; text out, with no character split between two chunks. */
interface Utf8Decoder {
  push(chunk: Uint8Array, final: boolean): void;
}

/** Where the bytes of a character cut off at the end of `bytes` start; `bytes.length` when none is. */
function completeLength(bytes: Uint8Array): number {
  let at = bytes.length - 1;
  let continuation = 0;
  while (at >= 0 && continuation < 3 && (bytes[at] & 0xc0) === 0x80) {
    at--;
    continuation++;
  }
  if (at < 0) return bytes.length;
  const lead = bytes[at];
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return length > continuation + 1 ? at : bytes.length;
}

/**
 * The platform's TextDecoder, called on whole characters: in streaming mode (`{ stream: true }`, as fflate's
 * DecodeUTF8 uses it) Node returns two-byte external strings, twice the memory of Finnish text, and every
 * shared string saxes slices from them keeps its whole chunk alive; a plain call returns one-byte strings
 * where the text allows (measured on a 200 000-row workbook: 104 MB of shared-string XML held, instead of
 * about 50). The bytes of a character cut off at a chunk's end wait for the next chunk. Without a
 * TextDecoder (jsdom), fflate's own streaming decoder, which throws on bad UTF-8.
 */
export function utf8Decoder(onText: (text: string) => void): Utf8Decoder {
  if (typeof TextDecoder === "undefined") return new DecodeUTF8((text) => onText(text));
  // The byte order mark is dropped at the start of the part only, as a streaming decoder does; a U+FEFF
  // inside the text is kept.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let pending: Uint8Array | null = null;
  let started = false;
  return {
    push(chunk, final) {
      let bytes = chunk;
      if (pending) {
        bytes = new Uint8Array(pending.length + chunk.length);
        bytes.set(pending);
        bytes.set(chunk, pending.length);
        pending = null;
      }
      if (!started) {
        if (bytes.length < 3 && !final) {
          pending = bytes.slice();
          return;
        }
        started = true;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
      const complete = completeLength(bytes);
      // A part that ends inside a character is cut off (fflate's decoder throws the same).
      if (final && complete < bytes.length) throw new Error("unexpected end of UTF-8 text");
      if (complete < bytes.length) pending = bytes.slice(complete);
      if (complete > 0) onText(decoder.decode(bytes.subarray(0, complete)));
    },
  };
}

/** Parses the entry's XML; throws `ZipProblem("corrupt-xml")` for XML that is not well-formed. */
export function parseXmlPart(bytes: Uint8Array, entry: ZipEntry, handler: XmlHandler): void {
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  // OPC (ECMA-376 Part 2) forbids DTDs in package parts; refusing them also rules out entity expansion.
  parser.on("doctype", () => {
    failure ??= new Error("DTD");
  });
  parser.on("opentag", (node) => {
    // SpreadsheetML's attributes are unqualified (`r`, `t`, `s`); the one qualified attribute Sitova reads,
    // a sheet's relationship id, is looked up by its `:id` ending.
    if (!failure) handler.open(localName(node.name), node.attributes as Attributes);
  });
  const close = handler.close;
  if (close) parser.on("closetag", (node) => !failure && close(localName(node.name)));
  const text = handler.text;
  if (text) parser.on("text", (value) => !failure && text(value));

  /** Set while saxes and the handler run: their errors pass through; only the decoder's are rewritten. */
  let writing = false;
  const write = (chunk: string): void => {
    writing = true;
    parser.write(chunk);
    writing = false;
    if (failure) throw new ZipProblem("corrupt-xml");
  };
  const decoder = utf8Decoder((decoded) => write(decoded));
  const decode = (chunk: Uint8Array, final: boolean): void => {
    try {
      decoder.push(chunk, final);
    } catch (error) {
      if (writing) throw error;
      throw new ZipProblem("corrupt-xml");
    }
  };
  inflateEntry(bytes, entry, (chunk) => decode(chunk, false));
  decode(new Uint8Array(0), true);
  parser.close();
  if (failure) throw new ZipProblem("corrupt-xml");
}
