/**
 * A fake `Office` global for the tests that need one (the ribbon commands, Office's display language), put
 * back as it was after each test, so that no test sees another's Office.
 */
const NONE = Symbol("no Office global");
let saved: unknown = NONE;

/** Sets `globalThis.Office` for the current test; undone after it. */
export function fakeOffice(office: object): void {
  if (saved === NONE)
    saved = "Office" in globalThis ? (globalThis as { Office?: unknown }).Office : undefined;
  Object.assign(globalThis, { Office: office });
}

/** Puts back the `Office` global that was there before `fakeOffice` (or none). */
export function restoreOffice(): void {
  if (saved === NONE) return;
  if (saved === undefined) delete (globalThis as { Office?: unknown }).Office;
  else Object.assign(globalThis, { Office: saved });
  saved = NONE;
}

afterEach(restoreOffice);
