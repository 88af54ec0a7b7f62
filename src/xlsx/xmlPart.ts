/**
 * Streams one XML part of the package through saxes, chunk by chunk as it is inflated, so that no part is
 * ever held whole in memory. Element and attribute names are given without their namespace prefix:
 * writers differ in prefixes (`x:c`, `c`), never in local names.
 */
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

function localAttributes(attributes: Record<string, string>): Attributes {
  const local: Attributes = {};
  for (const name in attributes) {
    // `r:id` keeps its prefix in the key too, since `id` alone may be another attribute.
    local[localName(name)] = attributes[name];
    if (name.includes(":")) local[name] = attributes[name];
  }
  return local;
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
    if (!failure) handler.open(localName(node.name), localAttributes(node.attributes as Attributes));
  });
  const close = handler.close;
  if (close) parser.on("closetag", (node) => !failure && close(localName(node.name)));
  const text = handler.text;
  if (text) parser.on("text", (value) => !failure && text(value));

  const decoder = new TextDecoder("utf-8");
  const write = (chunk: string): void => {
    parser.write(chunk);
    if (failure) throw new ZipProblem("corrupt-xml");
  };
  inflateEntry(bytes, entry, (chunk) => write(decoder.decode(chunk, { stream: true })));
  write(decoder.decode());
  parser.close();
  if (failure) throw new ZipProblem("corrupt-xml");
}
