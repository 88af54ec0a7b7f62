import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { inspectWorkbookBytes, zipEntryNames } from "../../src/xlsx/inspectBytes";
import { readWorkbookBuffer, readWorkbookFile, UnreadableWorkbookError } from "../../src/xlsx/readWorkbook";
import type { UnreadableKind } from "../../src/xlsx/unreadable";
import { oneLine, unreadableReason } from "../../src/xlsx/unreadable";
import { FIXTURES, VALID as GOOD } from "../support/paths";

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-unreadable-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function tempFile(name: string, bytes: Buffer | string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The error readWorkbookFile throws for the file; fails the test when it reads the file. */
async function failure(file: string): Promise<UnreadableWorkbookError> {
  try {
    await readWorkbookFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    return error as UnreadableWorkbookError;
  }
  throw new Error(`${file} was read, but should not be`);
}

describe("readWorkbookFile: files that are not readable workbooks", () => {
  const cases: [string, () => string, UnreadableKind][] = [
    ["a missing file", () => path.join(tmp, "nope.xlsx"), "missing"],
    ["a path through a file", () => path.join(GOOD, "inside.xlsx"), "missing"],
    ["a directory", () => tmp, "directory"],
    ["an empty file", () => tempFile("empty.xlsx", Buffer.alloc(0)), "empty"],
    ["a text file named .xlsx", () => path.join(FIXTURES, "bad", "not-a-workbook.xlsx"), "not-zip"],
    ["a zip without a workbook", () => path.join(FIXTURES, "bad", "zip-not-xlsx.xlsx"), "not-workbook"],
    ["a truncated workbook", () => path.join(FIXTURES, "bad", "truncated.xlsx"), "truncated"],
    [
      "an encrypted workbook",
      () =>
        tempFile(
          "encrypted.xlsx",
          Buffer.concat([
            OLE_SIGNATURE,
            Buffer.alloc(504),
            Buffer.from("EncryptionInfo", "utf16le"),
            Buffer.alloc(64),
          ]),
        ),
      "encrypted",
    ],
    ["a file with only the OLE signature", () => tempFile("ole.xlsx", OLE_SIGNATURE), "ole-document"],
  ];

  it.each(cases)("%s", async (_name, makeFile, kind) => {
    const file = makeFile();
    const error = await failure(file);
    expect(error.kind).toBe(kind);
    expect(error.file).toBe(file);
    expect(error.message).toBe(`${file}: ${unreadableReason(kind, "en")}`);
    expect(error.message).not.toMatch(/\n|\bat \w/);
  });

  it("reports a zip whose compressed data is damaged as corrupt, in its own words and one line", async () => {
    const bytes = fs.readFileSync(GOOD);
    // Inside the sheet's compressed data (its local header's name comes first); the directory stays intact.
    const data = bytes.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    for (let i = data + 200; i < data + 240; i++) bytes[i] ^= 0x5a;
    const error = await failure(tempFile("damaged.xlsx", bytes));
    expect(["corrupt", "corrupt-xml"]).toContain(error.kind);
    // The inflater's or the XML parser's own message is never the reason a reviewer reads.
    expect(error.detail).toBeUndefined();
    expect(error.message).toBe(`${error.file}: ${unreadableReason(error.kind, "en")}`);
  });

  it("reports a workbook part that is not XML as corrupt XML", async () => {
    // The smallest zip that names xl/workbook.xml: a stored entry holding "<<<".
    const file = tempFile("bad-xml.xlsx", storedZip({ "xl/workbook.xml": "<<<" }));
    expect((await failure(file)).kind).toBe("corrupt-xml");
  });

  it("reports a zip holding another Office document as not a workbook", async () => {
    const file = tempFile(
      "letter.xlsx",
      storedZip({
        "_rels/.rels":
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Target="word/document.xml" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>' +
          "</Relationships>",
        "word/document.xml": '<w:document xmlns:w="urn:w"><w:body/></w:document>',
      }),
    );
    expect((await failure(file)).kind).toBe("not-workbook");
  });

  it("reads the good fixture (the checks do not reject real workbooks)", async () => {
    const snapshot = await readWorkbookFile(GOOD);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Enn2"]);
  });
});

describe("UnreadableWorkbookError", () => {
  it("gives the reason in the user's language", () => {
    const error = new UnreadableWorkbookError("a.xlsx", "encrypted");
    expect(error.localizedReason("fi")).toMatch(/salasana/);
    expect(error.localizedReason("sv")).toMatch(/lösenord/);
    expect(error.localizedReason("en")).toMatch(/password/);
    expect(error.reason).toBe(error.localizedReason("en"));
  });

  it("appends a detail after a colon", () => {
    expect(new UnreadableWorkbookError("a.xlsx", "corrupt", "bad XML").message).toBe(
      "a.xlsx: the workbook is corrupt: bad XML",
    );
  });

  it("oneLine keeps the first line and shortens long messages", () => {
    expect(oneLine(new Error("first\n    at stack (x.js:1:1)"))).toBe("first");
    expect(oneLine("x".repeat(500))).toHaveLength(160);
  });
});

describe("inspectWorkbookBytes", () => {
  it("accepts a real workbook", () => {
    expect(inspectWorkbookBytes(fs.readFileSync(GOOD))).toBeNull();
  });

  it("lists the entries of a zip's central directory", () => {
    const names = zipEntryNames(fs.readFileSync(GOOD));
    expect(names).toContain("xl/workbook.xml");
    expect(names).toContain("xl/worksheets/sheet1.xml");
  });

  it("finds a cut-off zip however much is missing", () => {
    const bytes = fs.readFileSync(GOOD);
    for (const keep of [10, 30, bytes.length / 2, bytes.length - 30, bytes.length - 1]) {
      expect(inspectWorkbookBytes(bytes.subarray(0, Math.floor(keep)))).toBe("truncated");
    }
  });

  it("calls an empty zip not a workbook", () => {
    expect(inspectWorkbookBytes(storedZip({}))).toBe("not-workbook");
  });

  it("rejects a buffer passed directly, naming the given file", async () => {
    await expect(readWorkbookBuffer(Buffer.from("a;b;c\n"), "upload.xlsx")).rejects.toThrow(
      "upload.xlsx: not an .xlsx workbook",
    );
  });
});

/** A minimal zip (stored, no compression) with the given entries; CRCs are not checked by the readers. */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(text, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
