/**
 * The reviewer's rule settings (a rule switched off, or its severity changed), kept in the workbook's
 * Sitova state so that they travel with the file.
 */
import type { IgnoreRecord, RuleSetting } from "../domain";
import { SEVERITIES } from "../domain";
import type { ExcelHost } from "./host";
import type { SitovaState } from "./state";
import { loadState, queueSaveState } from "./state";

export interface WorkbookSettings {
  ruleSettings: Record<string, RuleSetting>;
  /** How many input rule ranges Sitova has installed in the workbook. */
  inputRules: number;
  ignored: IgnoreRecord[];
  writeReport: boolean;
}

/** Keeps only well-formed entries: a part edited by hand or by another version must not break a check. */
export function cleanRuleSettings(raw: unknown): Record<string, RuleSetting> {
  const clean: Record<string, RuleSetting> = {};
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return clean;
  for (const [id, setting] of Object.entries(raw)) {
    if (setting === "off" || (SEVERITIES as readonly unknown[]).includes(setting))
      clean[id] = setting as RuleSetting;
  }
  return clean;
}

export async function loadWorkbookSettings(host: ExcelHost): Promise<WorkbookSettings> {
  return host.run(async (context) => {
    const { state } = await loadState(context);
    return settingsOf(state);
  });
}

/** The settings of a state as loaded (a check reads the state itself). */
export function settingsOf(state: SitovaState): WorkbookSettings {
  return {
    ruleSettings: cleanRuleSettings(state.ruleSettings),
    inputRules: state.inputRules?.length ?? 0,
    ignored: state.ignored ?? [],
    writeReport: state.writeReport === true,
  };
}

/**
 * Changes the saved state in one run: two syncs to read it, one to write. Read again each time, so that a
 * co-author's saved change to another field is kept.
 */
export async function changeSavedState(host: ExcelHost, change: (state: SitovaState) => void): Promise<void> {
  await host.run(async (context) => {
    const stored = await loadState(context);
    change(stored.state);
    queueSaveState(context, stored);
    await context.sync();
  });
}

export async function saveRuleSettings(
  host: ExcelHost,
  settings: Record<string, RuleSetting>,
): Promise<void> {
  await changeSavedState(host, (state) => {
    state.ruleSettings = { ...settings };
  });
}
