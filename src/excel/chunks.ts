/**
 * Excel on the web refuses requests and responses over 5 MB. Reads and writes are split into chunks sized
 * by cell count, with room for long texts (a goal comment may hold a thousand characters).
 */

/** Cells per read chunk (values and number formats). 10 000 cells of 200 characters ≈ 4 MB. */
export const READ_CHUNK_CELLS = 10_000;
/** Addresses per `getRanges` call: Excel limits an address list to 8 192 characters. */
export const ADDRESS_LIST_CHARS = 8_000;
/** `getRanges` address lists per sync: 200 lists of 8 000 characters stay near 1.6 MB. */
export const ADDRESS_LISTS_PER_SYNC = 200;
/** Per-cell proxies (e.g. fill look-ups) per sync. */
export const CELL_PROXIES_PER_SYNC = 2_000;
/** Cells per report-sheet write. */
export const WRITE_CHUNK_CELLS = 10_000;

export interface RowBlock {
  /** 0-based offset of the first row within the range. */
  start: number;
  count: number;
}

/** Splits `rows` rows of `columns` cells into blocks of at most `maxCells` cells (at least one row each). */
export function rowBlocks(rows: number, columns: number, maxCells: number): RowBlock[] {
  const perBlock = Math.max(1, Math.floor(maxCells / Math.max(1, columns)));
  const blocks: RowBlock[] = [];
  for (let start = 0; start < rows; start += perBlock)
    blocks.push({ start, count: Math.min(perBlock, rows - start) });
  return blocks;
}

/** Splits items into groups of at most `size`. */
export function groupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/** Joins addresses into comma-separated lists of at most `maxChars` characters, for `getRanges`. */
export function addressLists(addresses: readonly string[], maxChars = ADDRESS_LIST_CHARS): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}
