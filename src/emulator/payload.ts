/**
 * Payload sizes. Excel on the web rejects a request or a response over 5 MB; the emulator estimates each
 * sync's sizes as the UTF-8 length of the JSON of what is sent (written values, formats, addresses) and
 * returned (loaded values), which is close to what Office.js puts on the wire.
 */

/** 5 MB as the documentation states it; decimal megabytes make the emulator the stricter side. */
export const DEFAULT_PAYLOAD_LIMIT = 5_000_000;

/** UTF-8 byte length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Length(JSON.stringify(value) ?? "");
}
