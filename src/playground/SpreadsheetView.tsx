/**
 * The emulated workbook as Excel shows it: a name box and formula bar, the active sheet as a grid (fills,
 * with conditional formats' fills drawn over the cells' own as Excel does, fonts, alignment, number formats, merged areas, hidden rows and columns, sizes, the selection), its charts
 * floating over the cells, and the sheet tabs. Typing goes through the emulator's `editCells`, so the
 * add-in's change handlers run as they would in Excel.
 *
 * Keyboard: arrows move the selection (Shift extends it), Enter or F2 edits the active cell, typing starts an
 * edit, Delete clears, Escape cancels; in an edit Enter and Tab commit. Tab leaves the grid.
 */
import type { CSSProperties, KeyboardEvent, MouseEvent } from "react";
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { Tab, TabList } from "@fluentui/react-components";
import type { CellArea } from "../emulator/address";
import { containsCell, formatArea, parseAddress } from "../emulator/address";
import type { CellModel, SheetModel, TableModel } from "../emulator/model";
import { effectiveFill } from "../emulator/conditionalFormats";
import { ChartView, PX_PER_POINT } from "./ChartView";
import { displayValue, editText } from "./numberFormat";
import type { PlaygroundStore } from "./store";
import type { PlaygroundStrings } from "./strings";
import { listChoices, passes, validationAt } from "./validation";

export const DEFAULT_COLUMN_POINTS = 48;
export const DEFAULT_ROW_POINTS = 15;
export const MAX_RENDERED_ROWS = 1000;
const MAX_RENDERED_COLUMNS = 100;
const ROW_HEADER_PX = 44;
const HEADER_PX = 22;

export function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const cellAddress = (row: number, column: number) => `${columnName(column)}${row}`;

/** The rows and columns to draw: the used range (and charts) plus a margin, like an empty Excel window. */
function extent(sheet: SheetModel): { rows: number; columns: number; cut: boolean } {
  const used = sheet.usedArea(false);
  let rows = Math.max(30, (used?.bottom ?? 0) + 10);
  let columns = Math.max(12, (used?.right ?? 0) + 3);
  for (const chart of sheet.charts) {
    rows = Math.max(rows, Math.ceil((chart.top + chart.height) / DEFAULT_ROW_POINTS) + 2);
    columns = Math.max(columns, Math.ceil((chart.left + chart.width) / DEFAULT_COLUMN_POINTS) + 1);
  }
  return {
    rows: Math.min(rows, MAX_RENDERED_ROWS),
    columns: Math.min(columns, MAX_RENDERED_COLUMNS),
    cut: rows > MAX_RENDERED_ROWS,
  };
}

function cellStyle(
  cell: CellModel | undefined,
  fill: string | undefined,
  numeric: boolean,
  overflow: boolean,
  table: CSSProperties | undefined,
): CSSProperties {
  // A cell's own formats win over its table's style, as in Excel.
  const style: CSSProperties = { ...table };
  if (fill) style.backgroundColor = fill;
  const font = cell?.font;
  if (font?.bold) style.fontWeight = 700;
  if (font?.italic) style.fontStyle = "italic";
  if (font?.color) style.color = font.color;
  if (font?.size) style.fontSize = `${(font.size * 4) / 3}px`;
  if (font?.name) style.fontFamily = `"${font.name}", Calibri, Carlito, sans-serif`;
  const lines = [
    font?.underline && font.underline !== "None" ? "underline" : "",
    font?.strikethrough ? "line-through" : "",
  ];
  if (lines.some(Boolean)) style.textDecoration = lines.filter(Boolean).join(" ");
  const horizontal = cell?.horizontalAlignment;
  style.textAlign =
    horizontal === "Center" || horizontal === "CenterAcrossSelection"
      ? "center"
      : horizontal === "Right"
        ? "right"
        : horizontal === "Left"
          ? "left"
          : horizontal === "Justify"
            ? "justify"
            : numeric
              ? "right"
              : "left";
  if (cell?.verticalAlignment === "Top") style.verticalAlign = "top";
  else if (cell?.verticalAlignment === "Center") style.verticalAlign = "middle";
  if (cell?.wrapText) {
    style.whiteSpace = "pre-wrap";
    style.overflowWrap = "anywhere";
  } else if (overflow) {
    style.overflow = "visible";
  }
  return style;
}

/** Office's theme accents, as Excel's built-in table styles use them (the first is the neutral one). */
const TABLE_ACCENTS = ["#404040", "#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

/** `#4472C4` mixed with white: `share` of the colour (0..1). */
export function tint(hex: string, share: number): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(255 - (255 - value) * share)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`.toUpperCase();
}

/** How a cell of an Excel table looks under the table's built-in style (approximately, like Excel). */
export function tableCellStyle(table: TableModel, row: number): CSSProperties | undefined {
  const match = /^TableStyle(Light|Medium|Dark)(\d+)$/i.exec(table.style);
  if (!match) return undefined;
  const kind = match[1].toLowerCase();
  const accent = TABLE_ACCENTS[(Number(match[2]) - 1) % TABLE_ACCENTS.length];
  const header = table.showHeaders && row === table.area.top;
  const totals = table.showTotals && row === table.area.bottom;
  const first = table.area.top + (table.showHeaders ? 1 : 0);
  const banded = !header && !totals && (row - first) % 2 === 0;
  if (header) {
    if (kind === "light") return { fontWeight: 700, borderBottom: `1px solid ${accent}` };
    return { backgroundColor: kind === "dark" ? tint(accent, 1) : accent, color: "#FFFFFF", fontWeight: 700 };
  }
  const style: CSSProperties = {};
  if (kind === "dark") {
    style.backgroundColor = tint(accent, banded ? 0.75 : 0.6);
    style.color = "#FFFFFF";
  } else if (banded) style.backgroundColor = tint(accent, kind === "light" ? 0.15 : 0.2);
  if (totals) {
    style.fontWeight = 700;
    style.borderTop = `3px double ${accent}`;
  }
  return style;
}

/**
 * The row a chart's top edge is in, and how far below that row's top, from the model's row heights (the
 * geometry the emulator placed the chart with). The view then puts the chart at that row as drawn, so it
 * stays with its cells when rows grow to fit wrapped text, as a chart anchored to cells does in Excel.
 */
export function anchorRow(sheet: SheetModel, topPoints: number): { row: number; offset: number } {
  let y = 0;
  for (let row = 1; row < MAX_RENDERED_ROWS; row++) {
    if (sheet.hiddenRows.has(row)) continue;
    const height = sheet.rowHeights.get(row) ?? DEFAULT_ROW_POINTS;
    if (y + height > topPoints) return { row, offset: topPoints - y };
    y += height;
  }
  return { row: MAX_RENDERED_ROWS, offset: 0 };
}

interface Editing {
  address: string;
  text: string;
}

export function SpreadsheetView({
  store,
  strings,
  locale,
}: {
  store: PlaygroundStore;
  strings: PlaygroundStrings;
  locale: string;
}) {
  useSyncExternalStore(store.subscribe, store.getVersion);
  const sheet = store.activeSheet();
  const model = store.model;
  const selection = store.selection();
  const activeAddress = cellAddress(selection.top, selection.left);
  const activeCell = sheet?.cell(selection.top, selection.left);
  const formulaText = editText(activeCell?.value, activeCell?.numberFormat, activeCell?.formula);

  const [editing, setEditing] = useState<Editing | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusGrid = useRef(false);
  const promptRef = useRef<HTMLDivElement>(null);

  // A new selection (from the keyboard, a click or the add-in) is scrolled into view; the grid takes the
  // focus only when the user was working in it, so the add-in never steals it from the task pane.
  useLayoutEffect(() => {
    const grid = gridRef.current;
    const cell = grid?.querySelector<HTMLElement>(`td[data-address="${activeAddress}"]`);
    if (!cell || !scrollRef.current) return;
    const box = scrollRef.current;
    const top = cell.offsetTop - HEADER_PX;
    const left = cell.offsetLeft - ROW_HEADER_PX;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (cell.offsetTop + cell.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = cell.offsetTop + cell.offsetHeight - box.clientHeight;
    if (left < box.scrollLeft) box.scrollLeft = left;
    else if (cell.offsetLeft + cell.offsetWidth > box.scrollLeft + box.clientWidth)
      box.scrollLeft = cell.offsetLeft + cell.offsetWidth - box.clientWidth;
    // Excel's input message sits just below and right of the selected cell.
    if (promptRef.current) {
      promptRef.current.style.top = `${cell.offsetTop + cell.offsetHeight + 4}px`;
      promptRef.current.style.left = `${cell.offsetLeft + Math.min(cell.offsetWidth, 40)}px`;
    }
    if (focusGrid.current && !editing) {
      focusGrid.current = false;
      cell.focus({ preventScroll: true });
    }
  });

  // Charts follow their anchor rows as drawn.
  useLayoutEffect(() => {
    const grid = gridRef.current;
    const box = scrollRef.current;
    if (!grid || !box) return;
    for (const chart of Array.from(box.querySelectorAll<HTMLElement>(".pg-chart[data-anchor-row]"))) {
      const row = grid.querySelector<HTMLElement>(
        `tr[aria-rowindex="${Number(chart.dataset.anchorRow) + 1}"]`,
      );
      if (row) chart.style.top = `${row.offsetTop + Number(chart.dataset.anchorOffset) * PX_PER_POINT}px`;
    }
  });

  useEffect(() => {
    setDraft(null);
    setEditing(null);
  }, [activeAddress, sheet?.id]);

  if (!sheet) return null;
  const { rows, columns, cut } = extent(sheet);

  const commit = (address: string, text: string, move: "down" | "right" | "none") => {
    // Excel checks typing against the cell's data validation: a Stop alert refuses the entry.
    const target = parseAddress(address)?.area;
    const rule = target && validationAt(store.emulator, sheet.name, target.top, target.left);
    const format = target && sheet.cell(target.top, target.left)?.numberFormat;
    if (rule?.errorAlert.showAlert && !passes(rule, text, format)) {
      const alert = [rule.errorAlert.title, rule.errorAlert.message || strings.invalidEntry]
        .filter(Boolean)
        .join(": ");
      if (String(rule.errorAlert.style) === "Stop") {
        store.setNotice({ kind: "error", text: alert });
        setEditing(null);
        setDraft(null);
        return;
      }
      store.setNotice({ kind: "info", text: alert });
    }
    store.edit(sheet.name, address, text, strings);
    setEditing(null);
    setDraft(null);
    const area = parseAddress(address)?.area;
    if (!area) return;
    focusGrid.current = true;
    if (move === "down") moveTo(area.top + 1, area.left);
    else if (move === "right") moveTo(area.top, area.left + 1);
    else store.changed();
  };

  const visibleColumns: number[] = [];
  for (let c = 1; c <= columns; c++) if (!sheet.hiddenColumns.has(c)) visibleColumns.push(c);
  const visibleRows: number[] = [];
  for (let r = 1; r <= rows; r++) if (!sheet.hiddenRows.has(r)) visibleRows.push(r);

  function nextVisible(list: number[], from: number, delta: number, limit: number): number {
    let n = from + delta;
    const hidden = list === visibleRows ? sheet!.hiddenRows : sheet!.hiddenColumns;
    while (n >= 1 && n <= limit && hidden.has(n)) n += delta;
    return Math.min(Math.max(n, 1), limit);
  }

  function moveTo(row: number, column: number, extendFrom?: CellArea) {
    const r = Math.min(Math.max(row, 1), rows);
    const c = Math.min(Math.max(column, 1), columns);
    if (extendFrom) {
      store.select({
        top: Math.min(extendFrom.top, r),
        left: Math.min(extendFrom.left, c),
        bottom: Math.max(extendFrom.top, r),
        right: Math.max(extendFrom.left, c),
      });
    } else {
      const merge = sheet!.mergeAt(r, c);
      store.select(merge ?? { top: r, left: c, bottom: r, right: c });
    }
  }

  const onGridKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const { top, left } = selection;
    const anchor = { top, left, bottom: top, right: left };
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusGrid.current = true;
      if (event.shiftKey) {
        const r =
          move[0] === 0 ? selection.bottom : nextVisible(visibleRows, selection.bottom, move[0], rows);
        const c =
          move[1] === 0 ? selection.right : nextVisible(visibleColumns, selection.right, move[1], columns);
        moveTo(r, c, anchor);
      } else {
        const r =
          move[0] === 0 ? top : nextVisible(visibleRows, move[0] > 0 ? selection.bottom : top, move[0], rows);
        const c =
          move[1] === 0
            ? left
            : nextVisible(visibleColumns, move[1] > 0 ? selection.right : left, move[1], columns);
        moveTo(r, c);
      }
      return;
    }
    if (event.key === "Home") {
      event.preventDefault();
      focusGrid.current = true;
      moveTo(top, 1);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      setEditing({ address: activeAddress, text: formulaText });
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      commit(activeAddress, "", "none");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setEditing({ address: activeAddress, text: event.key });
    }
  };

  const onCellMouseDown = (event: MouseEvent<HTMLTableCellElement>, row: number, column: number) => {
    if (editing) return;
    focusGrid.current = true;
    if (event.shiftKey)
      moveTo(row, column, {
        top: selection.top,
        left: selection.left,
        bottom: selection.top,
        right: selection.left,
      });
    else moveTo(row, column);
  };

  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const merge of sheet.merges) {
    let rowSpan = 0;
    let colSpan = 0;
    for (let r = merge.top; r <= merge.bottom; r++) if (!sheet.hiddenRows.has(r)) rowSpan++;
    for (let c = merge.left; c <= merge.right; c++) if (!sheet.hiddenColumns.has(c)) colSpan++;
    spans.set(cellAddress(merge.top, merge.left), { rowSpan, colSpan });
    for (let r = merge.top; r <= merge.bottom; r++)
      for (let c = merge.left; c <= merge.right; c++)
        if (r !== merge.top || c !== merge.left) covered.add(cellAddress(r, c));
  }

  const tables = model.tables.filter((t) => t.sheetId === sheet.id);
  const frozen = Math.min(sheet.frozenRows, rows);
  const widthOf = (c: number) => (sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_POINTS) * PX_PER_POINT;
  const heightOf = (r: number) => (sheet.rowHeights.get(r) ?? DEFAULT_ROW_POINTS) * PX_PER_POINT;
  const isEmpty = (r: number, c: number) => {
    const cell = sheet.cell(r, c);
    return !cell || cell.value === null || cell.value === "";
  };

  const renderRow = (r: number) => (
    <tr key={r} style={{ height: heightOf(r) }} aria-rowindex={r + 1}>
      <th
        role="rowheader"
        scope="row"
        className={r >= selection.top && r <= selection.bottom ? "pg-head-selected" : undefined}
      >
        {r}
      </th>
      {visibleColumns.map((c) => {
        const address = cellAddress(r, c);
        if (covered.has(address)) return null;
        const cell = sheet.cell(r, c);
        // What Excel draws: a holding conditional format's fill over the cell's own.
        const fill = effectiveFill(sheet, r, c, cell);
        const numeric = typeof cell?.value === "number";
        const text = displayValue(cell?.value, cell?.numberFormat, locale);
        const span = spans.get(address);
        const selected = containsCell(selection, r, c);
        const active = r === selection.top && c === selection.left;
        const overflow = !numeric && text !== "" && isEmpty(r, c + 1) && !span;
        const table = tables.find((t) => containsCell(t.area, r, c));
        const className = [active ? "pg-active" : "", selected ? "pg-selected" : "", fill ? "pg-filled" : ""]
          .filter(Boolean)
          .join(" ");
        return (
          <td
            key={c}
            role="gridcell"
            data-address={address}
            data-fill={fill}
            aria-selected={selected}
            aria-colindex={c + 1}
            tabIndex={active ? 0 : -1}
            className={className || undefined}
            style={cellStyle(cell, fill, numeric, overflow, table && tableCellStyle(table, r))}
            data-table={table?.name}
            rowSpan={span && span.rowSpan > 1 ? span.rowSpan : undefined}
            colSpan={span && span.colSpan > 1 ? span.colSpan : undefined}
            title={cell?.formula ? cell.formula : undefined}
            onMouseDown={(e) => onCellMouseDown(e, r, c)}
            onDoubleClick={() =>
              setEditing({ address, text: editText(cell?.value, cell?.numberFormat, cell?.formula) })
            }
          >
            {editing?.address === address ? (
              <input
                className="pg-cell-editor"
                aria-label={`${strings.formulaBar} ${address}`}
                autoFocus
                value={editing.text}
                onChange={(e) => setEditing({ address, text: e.target.value })}
                onBlur={() => setEditing(null)}
                onKeyDown={(e) => {
                  e.stopPropagation();
                  if (e.key === "Enter") {
                    e.preventDefault();
                    commit(address, editing.text, "down");
                  } else if (e.key === "Tab") {
                    e.preventDefault();
                    commit(address, editing.text, "right");
                  } else if (e.key === "Escape") {
                    e.preventDefault();
                    focusGrid.current = true;
                    setEditing(null);
                  }
                }}
              />
            ) : (
              text
            )}
          </td>
        );
      })}
    </tr>
  );

  const validation = validationAt(store.emulator, sheet.name, selection.top, selection.left);
  const choices = listChoices(validation);
  const prompt =
    validation?.prompt.showPrompt && (validation.prompt.title || validation.prompt.message)
      ? validation.prompt
      : null;

  const nameValue =
    nameDraft ??
    (selection.top === selection.bottom && selection.left === selection.right
      ? activeAddress
      : formatArea(selection));

  return (
    <div className="pg-sheet">
      <div className="pg-formula-bar">
        <input
          className="pg-name-box"
          aria-label={strings.nameBox}
          value={nameValue}
          onChange={(e) => setNameDraft(e.target.value)}
          onBlur={() => setNameDraft(null)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              const parsed = parseAddress(nameValue);
              const target = parsed?.sheet ? model.sheetByName(parsed.sheet) : sheet;
              if (parsed && target && target.visibility === "Visible") {
                store.model.activeSheetId = target.id;
                store.select(parsed.area);
              }
              setNameDraft(null);
            } else if (e.key === "Escape") setNameDraft(null);
          }}
        />
        <span className="pg-fx" aria-hidden="true">
          fx
        </span>
        <input
          className="pg-formula"
          aria-label={strings.formulaBar}
          value={draft ?? formulaText}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && draft !== null) {
              e.preventDefault();
              commit(activeAddress, draft, "none");
            } else if (e.key === "Escape") setDraft(null);
          }}
        />
        {choices && (
          <select
            className="pg-choices"
            aria-label={`${strings.allowedValues} ${activeAddress}`}
            value={choices.includes(formulaText) ? formulaText : ""}
            onChange={(e) => commit(activeAddress, e.target.value, "none")}
          >
            <option value="" disabled>
              {strings.allowedValues}
            </option>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="pg-grid-scroll" ref={scrollRef}>
        <table
          className={`pg-grid${sheet.showGridlines ? "" : " pg-no-gridlines"}`}
          role="grid"
          aria-label={sheet.name}
          aria-rowcount={rows + 1}
          aria-colcount={columns + 1}
          aria-multiselectable="true"
          ref={gridRef}
          onKeyDown={onGridKeyDown}
          data-sheet={sheet.name}
        >
          <colgroup>
            <col style={{ width: ROW_HEADER_PX }} />
            {visibleColumns.map((c) => (
              <col key={c} style={{ width: widthOf(c) }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: HEADER_PX }}>
              <td className="pg-corner" role="presentation" />
              {visibleColumns.map((c) => (
                <th
                  key={c}
                  role="columnheader"
                  scope="col"
                  className={c >= selection.left && c <= selection.right ? "pg-head-selected" : undefined}
                >
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          {frozen > 0 && (
            <tbody className="pg-frozen" style={{ top: HEADER_PX }}>
              {visibleRows.filter((r) => r <= frozen).map(renderRow)}
            </tbody>
          )}
          <tbody>{visibleRows.filter((r) => r > frozen).map(renderRow)}</tbody>
        </table>
        {prompt && (
          <div className="pg-input-message" role="note" ref={promptRef}>
            {prompt.title && <strong>{prompt.title}</strong>}
            {prompt.message && <span>{prompt.message}</span>}
          </div>
        )}
        {sheet.charts.map((chart) => {
          const anchor = anchorRow(sheet, chart.top);
          return (
            <ChartView
              key={chart.id}
              model={model}
              chart={chart}
              strings={strings}
              anchor={anchor}
              locale={locale}
              style={{
                position: "absolute",
                top: HEADER_PX + chart.top * PX_PER_POINT,
                left: ROW_HEADER_PX + chart.left * PX_PER_POINT,
              }}
            />
          );
        })}
      </div>
      {cut && <p className="pg-cut">{strings.rowsCut(MAX_RENDERED_ROWS)}</p>}
      <TabList
        className="pg-tabs"
        aria-label={strings.sheets}
        size="small"
        selectedValue={sheet.id}
        onTabSelect={(_, data) => store.activate(String(data.value))}
      >
        {store.visibleSheets().map((s) => (
          <Tab
            key={s.id}
            value={s.id}
            data-sheet={s.name}
            style={s.tabColor ? { borderBottom: `3px solid ${s.tabColor}` } : undefined}
          >
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
