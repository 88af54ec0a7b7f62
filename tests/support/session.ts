/** The Excel host over an emulated workbook, and a real session on it: for the adapter, session and pane tests. */
import type { Lang } from "../../src/domain";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import type { EmulatedExcel, EmulatorOptions } from "../../src/emulator/emulator";
import type { ExcelFeatures, ExcelHost } from "../../src/excel/host";
import { detectFeatures, excelHost } from "../../src/excel/host";
import { Session } from "../../src/app/session";
import type { SessionState } from "../../src/app/session";
import { SAMPLE } from "./paths";

/** The session's clock in tests, so that "checked at" is known. */
export const NOW = new Date("2026-11-27T12:00:00Z");

/** The host the add-in gets in Excel, here backed by the emulator, with the features that Excel claims (or some off). */
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

/**
 * Resolves at the first state of the session that `holds` accepts: for work the session starts itself, such as
 * live validation after an edit. Await it inside act; the test's own time limit catches a state that never comes.
 */
export function untilState(session: Session, holds: (state: SessionState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = session.subscribe((state) => {
      if (!holds(state)) return;
      stop();
      resolve();
    });
  });
}
