/**
 * The playground's own state beside the add-in's: the emulated workbook, the file it came from, and a
 * version that changes whenever the workbook may have changed (after every `Excel.run` batch and every
 * edit), so that the spreadsheet view redraws. The add-in's state stays in its own session.
 */
import type { EmulatedExcel } from "../emulator";
import type { CellArea } from "../emulator/address";
import { formatArea } from "../emulator/address";
import type { SheetModel } from "../emulator/model";

export interface Notice {
  kind: "error" | "info";
  text: string;
}

type Listener = () => void;

export class PlaygroundStore {
  private listeners = new Set<Listener>();
  private scheduled = false;
  version = 0;
  notice: Notice | null = null;
  paneOpen = true;

  constructor(
    public emulator: EmulatedExcel,
    public fileName: string,
  ) {}

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Redraws once per task however many batches ran in it. */
  changed = (): void => {
    this.version += 1;
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      for (const listener of this.listeners) listener();
    });
  };

  setNotice(notice: Notice | null): void {
    this.notice = notice;
    this.changed();
  }

  get model() {
    return this.emulator.model;
  }

  visibleSheets(): SheetModel[] {
    return this.model.sheets.filter((s) => s.visibility === "Visible");
  }

  activeSheet(): SheetModel | undefined {
    const model = this.model;
    const active = model.activeSheetId ? model.sheetById(model.activeSheetId) : undefined;
    return active?.visibility === "Visible" ? active : this.visibleSheets()[0];
  }

  /** The selected area on the active sheet (A1 when nothing was selected there). */
  selection(): CellArea {
    const sheet = this.activeSheet();
    const selection = this.model.selection;
    if (sheet && selection?.sheetId === sheet.id && selection.areas[0]) return selection.areas[0];
    return { top: 1, left: 1, bottom: 1, right: 1 };
  }

  /** A user clicking a tab: the sheet becomes the active one (no Office.js involved, like a click in Excel). */
  activate(sheetId: string): void {
    this.model.activeSheetId = sheetId;
    this.changed();
  }

  /** A user selecting cells: through the emulator, so the add-in's `onSelectionChanged` handlers hear it. */
  select(area: CellArea): void {
    const sheet = this.activeSheet();
    if (!sheet) return;
    this.emulator.selectCells(sheet.name, formatArea(area));
    this.changed();
  }

  /**
   * A user typing into a cell: through the emulator's `editCells`, so the value is read as typed input and
   * the add-in's `onChanged` handlers (live validation) run. Errors (a protected cell, a failing handler)
   * become the notice.
   */
  edit(sheetName: string, address: string, text: string, messages: { protectedCell: string }): void {
    try {
      this.emulator.editCells(sheetName, address, [[text]]);
    } catch (error) {
      const code = (error as { code?: string }).code;
      this.setNotice({
        kind: "error",
        text: code === "AccessDenied" ? messages.protectedCell : String((error as Error).message ?? error),
      });
      return;
    }
    this.changed();
    this.emulator.settle().then(this.changed, (error: unknown) => {
      this.setNotice({ kind: "error", text: String((error as Error)?.message ?? error) });
    });
  }
}
