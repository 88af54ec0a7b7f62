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
  // fflate's streaming decoder keeps a character split between two chunks whole; it uses the platform's
  // TextDecoder where there is one, its own code elsewhere (which throws on bad UTF-8).
  const decoder = new DecodeUTF8((decoded) => write(decoded));
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
