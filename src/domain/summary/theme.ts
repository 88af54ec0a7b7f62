/** Grouping goals by strategy theme: the schema's name when a spelling is known, else the text as written. */
import type { CompiledSchema } from "../schema/compile";
import type { TableCell } from "../table";

/**
 * Labels the theme cells of one table. A known spelling gets the schema's theme name; an unknown one is
 * kept as first written, so that its variants in case or spacing still fall into one group.
 */
export class ThemeLabeller {
  private readonly names: ReadonlyMap<string, string>;
  private readonly firstSpelling = new Map<string, string>();

  constructor(schema: CompiledSchema, year: number | null) {
    this.names = schema.themesFor(year).nameByKey;
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
