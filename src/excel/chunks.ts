/**
 * Excel on the web refuses requests and responses over 5 MB (learn.microsoft.com/office/dev/add-ins/
 * concepts/resource-limits-and-performance-optimization). Writes are sent in chunks sized by request bytes;
 * reads are sized by cells (workbookRead.ts).
 */

/** UTF-8 length of a text, as Excel counts a request (no TextEncoder: the pane's tests run in jsdom). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Request bytes per write sync, well under Excel on the web's 5 MB limit. */
export const WRITE_SYNC_BYTES = 2_500_000;

/**
 * Writes queued in order and sent in as few syncs as the request limit allows: each write says roughly
 * how many request bytes it adds, and a sync goes out before the next write would pass `maxBytes`.
 */
export class WriteBatch {
  private readonly writes: { bytes: number; queue: () => void }[] = [];

  add(bytes: number, queue: () => void): void {
    this.writes.push({ bytes, queue });
  }

  get size(): number {
    return this.writes.length;
  }

  async send(context: Excel.RequestContext, maxBytes = WRITE_SYNC_BYTES): Promise<void> {
    let bytes = 0;
    for (const write of this.writes) {
      if (bytes > 0 && bytes + write.bytes > maxBytes) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-size chunk
        await context.sync();
        bytes = 0;
      }
      write.queue();
      bytes += write.bytes;
    }
    if (this.writes.length > 0) await context.sync();
    this.writes.length = 0;
  }
}
