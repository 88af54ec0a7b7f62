/**
 * The playground's download keeps every text of the user's cells exactly and stays well-formed XML, also
 * for characters XML cannot hold: they are stored as Excel stores them (`_x001B_`, src/domain/excelText.ts).
 */
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { encodeXstring } from "../../src/domain/excelText";
import { exportXlsx } from "../../src/playground/exportWorkbook";
import { emulatorFromXlsx } from "../../src/playground/loadWorkbook";

const TEXTS = [
  "\x1b[2J\x1b[1;32mOK",
  "kommentti \uFFFE\uFFFF",
  "yksinäinen \uD800 ja \uDC00",
  "_x0041_ ei ole A",
  "rivi\r\nrivi",
  "NUL \x00 ja BEL \x07",
];

const arrayBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function columnA(bytes: Uint8Array): Promise<unknown[]> {
  const emulator = await emulatorFromXlsx(arrayBuffer(bytes), "lataus.xlsx");
  const sheet = emulator.toSnapshot().sheets[0];
  return sheet.values.map((row) => row[0]);
}

it("writes the texts back exactly, and every XML part passes xmllint", async () => {
  const source = new ExcelJS.Workbook();
  const sheet = source.addWorksheet("Tekstit");
  TEXTS.forEach((text, i) => (sheet.getCell(i + 1, 1).value = encodeXstring(text)));
  const loaded = new Uint8Array(await source.xlsx.writeBuffer());
  expect(await columnA(loaded)).toEqual(TEXTS);

  const emulator = await emulatorFromXlsx(arrayBuffer(loaded), "tekstit.xlsx");
  const downloaded = await exportXlsx(emulator);
  expect(await columnA(downloaded)).toEqual(TEXTS);

  const zip = await JSZip.loadAsync(downloaded);
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const run = spawnSync("xmllint", ["--noout", "-"], { input: await zip.file(name)!.async("string") });
    expect([name, run.status, run.error]).toEqual([name, 0, undefined]);
  }
});
