/** The faked Office global lasts one test: the next test sees what was there before (here, none). */
import { fakeOffice } from "./office";

const officeGlobal = () => (globalThis as { Office?: unknown }).Office;

it("sets Office for the test that asks for it", () => {
  expect("Office" in globalThis).toBe(false);
  fakeOffice({ context: { displayLanguage: "sv-FI" } });
  fakeOffice({ context: { displayLanguage: "en-US" } }); // a second fake in the same test replaces the first
  expect(officeGlobal()).toEqual({ context: { displayLanguage: "en-US" } });
});

it("has taken it away again before the next test", () => {
  expect("Office" in globalThis).toBe(false);
});
