/** What the validate command found for each file given: a report, or why there is none. */
import type { ValidationReport } from "../domain";

export type FileResult =
  | { file: string; report: ValidationReport; failure?: undefined }
  /** The file could not be read (or checked); `failure` is the one-line reason in the user's language. */
  | { file: string; report?: undefined; failure: string };

export function isUnreadable(result: FileResult): result is FileResult & { failure: string } {
  return result.failure !== undefined;
}
