/** Grouping goals by strategy theme: the schema's name when a spelling is known, else the text as written. */
import type { Schema } from "../schema";
import { strategyForYear } from "../schema";
import { textKey } from "../normalize";
import type { TableCell } from "../table";

const namesBySchema = new WeakMap<Schema, Map<number | null, Map<string, string>>>();

/** The themes a table of this year may use: its period's, or every period's when the year is unknown. */
function themeNames(schema: Schema, year: number | null): Map<string, string> {
  let byYear = namesBySchema.get(schema);
  if (!byYear) namesBySchema.set(schema, (byYear = new Map()));
  let names = byYear.get(year);
  if (!names) {
    names = new Map();
    const strategy = year === null ? undefined : strategyForYear(schema, year);
    const strategies = year === null ? schema.strategies : strategy ? [strategy] : [];
    for (const { themes } of strategies) {
      for (const theme of themes) {
        for (const spelling of [theme.name, ...theme.aliases]) {
          if (!names.has(textKey(spelling))) names.set(textKey(spelling), theme.name);
        }
      }
    }
    byYear.set(year, names);
  }
  return names;
}

/**
 * Labels the theme cells of one table. A known spelling gets the schema's theme name; an unknown one is
 * kept as first written, so that its variants in case or spacing still fall into one group.
 */
export class ThemeLabeller {
  private readonly names: Map<string, string>;
  private readonly firstSpelling = new Map<string, string>();

  constructor(schema: Schema, year: number | null) {
    this.names = themeNames(schema, year);
  }

  /** The theme's label, or null when the cell is empty (or an Excel error: no theme can be read). */
  label(cell: TableCell | undefined): string | null {
    if (!cell || cell.empty || cell.error) return null;
    const known = this.names.get(cell.key);
    if (known !== undefined) return known;
    if (!this.firstSpelling.has(cell.key)) this.firstSpelling.set(cell.key, cell.text);
    return this.firstSpelling.get(cell.key)!;
  }
}
