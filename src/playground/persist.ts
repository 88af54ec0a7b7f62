/**
 * A workbook the user opened or dropped, kept for this browser tab in IndexedDB, so that the page can
 * reload onto it: the add-in's shared runtime (its one session, its change handlers) starts afresh with
 * every workbook, as it does when Excel opens another file.
 */
const DB = "sitova-playground";
const STORE = "workbooks";
const TAB_KEY = "sitova-playground-workbook";

export interface StoredWorkbook {
  name: string;
  bytes: ArrayBuffer;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = run(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps the workbook for this tab; returns its key. */
export async function keepWorkbook(workbook: StoredWorkbook): Promise<void> {
  const key = sessionStorage.getItem(TAB_KEY) ?? `tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await transact("readwrite", (store) => store.put(workbook, key));
  sessionStorage.setItem(TAB_KEY, key);
}

/** The workbook this tab opened last, if any. */
export async function keptWorkbook(): Promise<StoredWorkbook | null> {
  const key = sessionStorage.getItem(TAB_KEY);
  if (!key) return null;
  try {
    return ((await transact("readonly", (store) => store.get(key))) as StoredWorkbook | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Forgets the tab's workbook (back to the sample or `?workbook=`). */
export async function forgetWorkbook(): Promise<void> {
  const key = sessionStorage.getItem(TAB_KEY);
  sessionStorage.removeItem(TAB_KEY);
  if (key) await transact("readwrite", (store) => store.delete(key)).catch(() => undefined);
}
