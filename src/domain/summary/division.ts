/** Which division a goal table belongs to, from the codes and names listed in the schema. */
import type { CompiledSchema } from "../schema/compile";

export interface DivisionSources {
  /** Text of the rows above the header (`GoalTable.titleLines`). */
  titleLines: readonly string[];
  sheet: string;
  /** The file name or path; only its last part is searched. */
  file?: string | null;
  /** The table's year: only a code in use that year is given (see `CompiledSchema.divisionIn`). */
  year?: number | null;
}

/** The last part of a path: a summary sheet names files without their folders. */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}

/** The division from the title rows above the header, else the sheet name, else the file name; else null. */
export function detectDivision(schema: CompiledSchema, sources: DivisionSources): string | null {
  const texts = [...sources.titleLines, sources.sheet, sources.file ? baseName(sources.file) : ""];
  for (const text of texts) {
    const code = schema.divisionIn(text, sources.year ?? null);
    if (code !== null) return code;
  }
  return null;
}
