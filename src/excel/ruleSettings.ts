/**
 * The reviewer's rule settings (a rule switched off, or its severity changed), kept in the workbook's
 * Sitova state so that they travel with the file.
 */
import type { RuleSetting } from "../domain";
import { SEVERITIES } from "../domain";
import type { ExcelHost } from "./host";
import { loadState, queueSaveState } from "./state";

export interface WorkbookSettings {
  ruleSettings: Record<string, RuleSetting>;
  /** How many input rule ranges Sitova has installed in the workbook. */
  inputRules: number;
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
    return { ruleSettings: cleanRuleSettings(state.ruleSettings), inputRules: state.inputRules?.length ?? 0 };
  });
}

export async function saveRuleSettings(
  host: ExcelHost,
  settings: Record<string, RuleSetting>,
): Promise<void> {
  await host.run(async (context) => {
    const stored = await loadState(context);
    stored.state.ruleSettings = { ...settings };
    queueSaveState(context, stored);
    await context.sync();
  });
}
