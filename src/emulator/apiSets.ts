/**
 * ExcelApi requirement sets. The emulator claims one version (`EmulatorOptions.excelApi`, the newest it
 * models by default); a member of a newer set fails its batch with `ApiNotFound`, as Office.js does when
 * the host lacks the API (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets,
 * "ApiNotFound" in learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
import { ErrorCode, officeError } from "./errors";
import type { ExecState } from "./exec";

/** The newest ExcelApi set whose members Sitova uses and the emulator models (`mergeUndoGroup`). */
export const NEWEST_EMULATED_API = "1.20";

/** `1.9` < `1.13`: requirement-set versions compare part by part as numbers. */
export function compareApiVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function supportsApi(claimed: string, wanted: string): boolean {
  return compareApiVersions(claimed, wanted) >= 0;
}

/** Fails the batch when the emulated Excel is older than the member's requirement set. */
export function requireApiSet(exec: ExecState, version: string, member: string): void {
  if (!supportsApi(exec.host.excelApi, version)) {
    throw officeError(
      ErrorCode.apiNotFound,
      `${member} needs ExcelApi ${version}, this Excel has ${exec.host.excelApi}`,
    );
  }
}
