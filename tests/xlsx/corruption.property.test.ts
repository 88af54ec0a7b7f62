/**
 * Random corruptions of valid workbooks (truncations, bit flips, overwritten bytes, absurd size
 * declarations in the zip's directory): the reader either reads a snapshot or refuses the file with an
 * `UnreadableWorkbookError` of one line; it never crashes with another error. A few go through the
 * command line too: exit 0, 1 or 2, and at most one line on stderr.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable";
import { readCentralDirectory } from "../../src/xlsx/zip";
import { runCli } from "../cli/runCli";
import { FIXTURES, VALID } from "../support/paths";

const WORKBOOKS = [
  path.join(FIXTURES, "corpus", "openpyxl.xlsx"),
  path.join(FIXTURES, "corpus", "libreoffice.xlsx"),
  path.join(FIXTURES, "corpus", "exceljs.xlsx"),
  VALID,
].map((file) => new Uint8Array(fs.readFileSync(file)));

type Corruption = (bytes: Uint8Array) => Uint8Array;

const truncation = fc
  .double({ min: 0, max: 1, noNaN: true })
  .map<Corruption>((share) => (bytes) => bytes.slice(0, Math.floor(bytes.length * share)));

const bitFlips = fc
  .array(
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 7 })),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map<Corruption>((flips) => (bytes) => {
    const copy = bytes.slice();
    for (const [at, bit] of flips) copy[Math.floor(at * copy.length)] ^= 1 << bit;
    return copy;
  });

const overwrittenRun = fc
  .tuple(
    fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    fc.uint8Array({ minLength: 1, maxLength: 64 }),
  )
  .map<Corruption>(([at, run]) => (bytes) => {
    const copy = bytes.slice();
    copy.set(run.subarray(0, copy.length - Math.floor(at * copy.length)), Math.floor(at * copy.length));
    return copy;
  });

/** The central directory entry's compressed (offset 20) or inflated (24) size replaced with any 32-bit value. */
const sizeDeclaration = fc
  .tuple(
    fc.nat(),
    fc.constantFrom(20, 24),
    fc.oneof(fc.constant(0xffffffff), fc.constant(0), fc.nat({ max: 0xffffffff })),
  )
  .map<Corruption>(([entry, field, size]) => (bytes) => {
    const copy = bytes.slice();
    const view = new DataView(copy.buffer);
    const entries = readCentralDirectory(copy);
    // Find the chosen entry's central record: the directory is in order, names follow 46-byte headers.
    let at = view.getUint32(copy.length - 22 + 16, true);
    for (let i = 0; i < entry % entries.length; i++) {
      at +=
        46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    view.setUint32(at + field, size, true);
    return copy;
  });

const corruption = fc.oneof(truncation, bitFlips, overwrittenRun, sizeDeclaration);

function readOrRefuse(bytes: Uint8Array): "read" | "refused" {
  try {
    readXlsx(bytes, "corrupted.xlsx");
    return "read";
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.detail).toBeUndefined();
    return "refused";
  }
}

it("reads or refuses every corrupted workbook, never crashing", () => {
  const outcomes = { read: 0, refused: 0 };
  fc.assert(
    fc.property(fc.nat({ max: WORKBOOKS.length - 1 }), corruption, (which, corrupt) => {
      outcomes[readOrRefuse(corrupt(WORKBOOKS[which]))]++;
    }),
    { numRuns: 600, seed: 10 },
  );
  // Both outcomes occur: the corruptions do reach the parts the reader reads.
  expect(outcomes.read).toBeGreaterThan(0);
  expect(outcomes.refused).toBeGreaterThan(0);
});

it("refuses an absurd inflated size before inflating anything", () => {
  fc.assert(
    fc.property(fc.integer({ min: 513 * 1024 * 1024, max: 0xffffffff }), (size) => {
      const bytes = WORKBOOKS[0].slice();
      const view = new DataView(bytes.buffer);
      const directory = view.getUint32(bytes.length - 22 + 16, true);
      let at = directory;
      // Every entry declares the absurd size; whichever part is read first must refuse it.
      for (let i = 0; i < readCentralDirectory(bytes).length; i++) {
        view.setUint32(at + 24, size, true);
        at +=
          46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      }
      expect(() => readXlsx(bytes, "big.xlsx")).toThrow(/too large/);
    }),
    { numRuns: 50, seed: 10 },
  );
});

describe("through the command line", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-corrupt-"));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("exits 0, 1 or 2 with at most one line on stderr", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: WORKBOOKS.length - 1 }), corruption, async (which, corrupt) => {
        const file = path.join(tmp, "corrupted.xlsx");
        fs.writeFileSync(file, corrupt(WORKBOOKS[which]));
        const run = await runCli("validate", file);
        expect([0, 1, 2]).toContain(run.code);
        expect(run.stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(1);
        if (run.code === 2) expect(run.stderr).toMatch(/^sitova: /);
      }),
      { numRuns: 40, seed: 10 },
    );
  });
});

describe("sheets of random SpreadsheetML", () => {
  // Mostly small rows; now and then Excel's last row or one past it (a sheet reaching row 1,048,576 costs
  // a million empty rows in the snapshot, so it stays rare to keep the test quick).
  const rowNumber = fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 40 }), weight: 20 },
    { arbitrary: fc.constantFrom(1_048_576, 1_048_577, 2_000_000_000), weight: 1 },
  );
  const reference = fc.oneof(
    fc.constant(undefined),
    fc
      .tuple(fc.constantFrom("A", "B", "Z", "AA", "XFD", "XFE", "a"), rowNumber)
      .map(([letters, row]) => `${letters}${row}`),
    fc.constantFrom("", "1A", "$B$2", "A1:B2", "ABCDE1"),
  );
  const attribute = (name: string, value: string | undefined) =>
    value === undefined ? "" : ` ${name}="${value}"`;
  const cell = fc
    .tuple(
      reference,
      fc.constantFrom(undefined, "s", "str", "inlineStr", "b", "e", "d", "n", "x"),
      fc.oneof(
        fc.constant(undefined),
        fc.string({ maxLength: 6 }).map((s) => s.replace(/[<&"]/g, "")),
        fc.constantFrom("0", "1", "-3.5", "2021-06-30", "#N/A", "1e999"),
      ),
    )
    .map(
      ([r, t, v]) =>
        `<c${attribute("r", r)}${attribute("t", t)}>${v === undefined ? "" : `<v>${v}</v>`}${t === "inlineStr" ? "<is><t>x</t></is>" : ""}</c>`,
    );
  const row = fc
    .tuple(
      fc.oneof(fc.constant(undefined), rowNumber.map(String)),
      fc.boolean(),
      fc.array(cell, { maxLength: 4 }),
    )
    .map(
      ([r, hidden, cells]) =>
        `<row${attribute("r", r)}${hidden ? ' hidden="1"' : ""}>${cells.join("")}</row>`,
    );
  const merge = reference.map(
    (r) => `<mergeCell${attribute("ref", r === undefined ? undefined : `A1:${r}`)}/>`,
  );
  const sheetXml = fc
    .tuple(
      fc.array(row, { maxLength: 6 }),
      fc.array(merge, { maxLength: 3 }),
      fc.array(cell, { maxLength: 2 }),
    )
    .map(
      ([rows, merges, loose]) =>
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${loose.join("")}${rows.join("")}</sheetData>` +
        `<mergeCells>${merges.join("")}</mergeCells></worksheet>`,
    );

  /** The base workbook (kuva-enn2-2021.xlsx) with its sheet replaced, stored so no deflate is needed. */
  function withSheet(xml: string): Uint8Array {
    const parts = unzipSync(WORKBOOKS[3]);
    parts["xl/worksheets/sheet1.xml"] = strToU8(xml);
    return zipSync(parts, { level: 0 });
  }

  it("reads a snapshot inside Excel's grid, or refuses the file in one line", () => {
    fc.assert(
      fc.property(sheetXml, (xml) => {
        try {
          const sheet = readXlsx(withSheet(xml), "random.xlsx").sheets[0];
          expect(sheet.origin.row).toBeGreaterThanOrEqual(1);
          expect(sheet.origin.column).toBeGreaterThanOrEqual(1);
          expect(sheet.origin.row + sheet.values.length - 1).toBeLessThanOrEqual(1_048_576);
          for (const area of sheet.merges)
            expect(area.bottom).toBeLessThanOrEqual(sheet.origin.row + sheet.values.length - 1);
        } catch (error) {
          if (!(error instanceof UnreadableWorkbookError)) throw error;
          expect(error.message).not.toMatch(/[\r\n]/);
        }
      }),
      { numRuns: 300, seed: 10 },
    );
  });
});
