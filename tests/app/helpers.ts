/** A real session on an emulated workbook, for the session's and the task pane's tests. */
import * as path from "path";
import type { Lang } from "../../src/domain";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import type { EmulatedExcel, EmulatorOptions } from "../../src/emulator/emulator";
import type { ExcelFeatures, ExcelHost } from "../../src/excel/host";
import { detectFeatures, excelHost } from "../../src/excel/host";
import { Session } from "../../src/app/session";

export const FIXTURES = path.join(__dirname, "..", "fixtures");
export const SAMPLE = path.join(FIXTURES, "kuva-2021-sample.xlsx");
export const NO_TABLE = path.join(FIXTURES, "bad", "no-table.xlsx");
export const NOW = new Date("2026-11-27T12:00:00Z");

/** The add-in's host over an emulator, with the features that Excel claims (or some switched off). */
export function hostOf(emulator: EmulatedExcel, features: Partial<ExcelFeatures> = {}): ExcelHost {
  const claimed = detectFeatures((name, version) => emulator.isSetSupported(name, version));
  return excelHost(emulator.run, { ...claimed, ...features });
}

export interface SessionSetup {
  file?: string;
  options?: EmulatorOptions;
  lang?: Lang;
  features?: Partial<ExcelFeatures>;
}

export async function sessionOn(
  setup: SessionSetup = {},
): Promise<{ emulator: EmulatedExcel; session: Session }> {
  const emulator = await loadEmulatorFromXlsx(setup.file ?? SAMPLE, setup.options ?? {});
  const session = new Session(hostOf(emulator, setup.features), setup.lang ?? "fi", () => NOW);
  return { emulator, session };
}

/** A second session on the same workbook, as after closing and reopening the pane or the file. */
export function sessionAgain(emulator: EmulatedExcel, lang: Lang = "fi"): Session {
  return new Session(hostOf(emulator), lang, () => NOW);
}
