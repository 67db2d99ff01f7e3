// The fake's in-memory spreadsheets: tabs with their properties and a sparse grid of cells, and
// the grid operations every endpoint shares (find a tab, resolve a range, read, write, resize).
import { type A1Range, formatA1, parseA1 } from './sheets-a1.ts';
import { badRequest } from './sheets-api-errors.ts';
import type { FakeCell } from './sheets-values.ts';

/** A tab's properties as the API returns them. */
export interface SheetProperties {
  sheetId: number;
  title: string;
  index: number;
  sheetType: 'GRID';
  hidden?: boolean;
  gridProperties: { rowCount: number; columnCount: number; frozenRowCount?: number; frozenColumnCount?: number };
}

/** A grid range, 0-based, end exclusive, as in GridRange. */
export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

/** A tab of the fake: properties, cells and the formatting the backend sets. */
export interface FakeSheet {
  properties: SheetProperties;
  /** Rows of cells; missing rows and cells are empty. */
  cells: (FakeCell | undefined)[][];
  /** Column widths in pixels, by column index. */
  columnWidths: Record<number, number>;
  basicFilter?: { range: GridRange };
  conditionalFormats: Record<string, unknown>[];
  /** Embedded charts (addChart), as the API returns them. */
  charts?: Record<string, unknown>[];
  /** Merged ranges (mergeCells). */
  merges?: GridRange[];
}

/** Who the caller is to the spreadsheet: an editor, a viewer, or nobody it was shared with. */
export type Access = 'write' | 'read' | 'none';

/** A spreadsheet of the fake. */
export interface FakeSpreadsheet {
  spreadsheetId: string;
  properties: { title: string; locale: string; timeZone: string };
  sheets: FakeSheet[];
  access: Access;
}

/** The 10,000,000-cell cap of a spreadsheet. */
const MAX_CELLS = 10_000_000;

/** A new empty tab: 1000 × 26, as Sheets makes one. */
export function newSheet(sheetId: number, title: string, index: number): FakeSheet {
  return {
    properties: { sheetId, title, index, sheetType: 'GRID', gridProperties: { rowCount: 1000, columnCount: 26 } },
    cells: [],
    columnWidths: {},
    conditionalFormats: [],
  };
}

/** The tab a range names (the first visible tab when it names none); 400 when there is none. */
function sheetOf(book: FakeSpreadsheet, range: A1Range, text: string): FakeSheet {
  const sheet =
    range.sheet === null ? book.sheets.find((s) => !s.properties.hidden) : book.sheets.find((s) => s.properties.title === range.sheet);
  if (!sheet) throw badRequest(`Unable to parse range: ${text}`);
  return sheet;
}

/** The tab with this id (0 when unset, as proto3 omits it); 400 "No grid with id" when there is none. */
export function sheetById(book: FakeSpreadsheet, sheetId: number | undefined): FakeSheet {
  const sheet = book.sheets.find((s) => s.properties.sheetId === (sheetId ?? 0));
  if (!sheet) throw badRequest(`No grid with id: ${sheetId ?? 0}`);
  return sheet;
}

/** A resolved range: the tab and concrete bounds. */
export interface Bounds {
  readonly sheet: FakeSheet;
  readonly startRow: number;
  readonly endRow: number;
  readonly startColumn: number;
  readonly endColumn: number;
}

/**
 * Resolves an A1 range for reading: open ends run to the grid's edge, ends past the grid are
 * clamped, a start outside the grid is a 400 as in the real API.
 */
export function boundsForRead(book: FakeSpreadsheet, text: string): Bounds {
  const range = parseA1(text);
  const sheet = sheetOf(book, range, text);
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  const startRow = range.startRow ?? 0;
  const startColumn = range.startColumn ?? 0;
  if ((range.startRow !== undefined && startRow >= rowCount) || (range.startColumn !== undefined && startColumn >= columnCount)) {
    throw badRequest(`Range (${text}) exceeds grid limits. Max rows: ${rowCount}, max columns: ${columnCount}`);
  }
  return {
    sheet,
    startRow,
    startColumn,
    endRow: Math.min(range.endRow ?? rowCount, rowCount),
    endColumn: Math.min(range.endColumn ?? columnCount, columnCount),
  };
}

/** Resolves an A1 range for writing `height` × `width` values: open ends fit the data, and so does a single cell (the data starts there). */
export function boundsForWrite(book: FakeSpreadsheet, text: string, height: number, width: number): Bounds {
  const parsed = parseA1(text);
  const singleCell = !text.slice(text.lastIndexOf('!') + 1).includes(':');
  const range: A1Range = singleCell
    ? { sheet: parsed.sheet, ...pick(parsed.startRow, 'startRow'), ...pick(parsed.startColumn, 'startColumn') }
    : parsed;
  const sheet = sheetOf(book, range, text);
  const startRow = range.startRow ?? 0;
  const startColumn = range.startColumn ?? 0;
  return {
    sheet,
    startRow,
    startColumn,
    endRow: range.endRow ?? startRow + Math.max(height, 1),
    endColumn: range.endColumn ?? startColumn + Math.max(width, 1),
  };
}

function pick<K extends string>(value: number | undefined, key: K): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

/** The range as the API echoes it. */
export function echo(bounds: Bounds): string {
  return formatA1(bounds.sheet.properties.title, bounds.startRow, bounds.endRow, bounds.startColumn, bounds.endColumn);
}

/** The stored cell, or undefined when empty. */
export function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells[row]?.[column];
}

/** Stores a cell (undefined or an empty object empties it). */
export function setCell(sheet: FakeSheet, row: number, column: number, cell: FakeCell | undefined): void {
  const empty = cell === undefined || Object.keys(cell).length === 0;
  let cells = sheet.cells[row];
  if (!cells) {
    if (empty) return;
    cells = [];
    sheet.cells[row] = cells;
  }
  cells[column] = empty ? undefined : cell;
}

/** Grows the grid to hold `rows` × `columns` (never shrinks it). */
export function ensureGrid(sheet: FakeSheet, rows: number, columns: number): void {
  const grid = sheet.properties.gridProperties;
  grid.rowCount = Math.max(grid.rowCount, rows);
  grid.columnCount = Math.max(grid.columnCount, columns);
}

/** Sets the grid's size, dropping the cells outside it. */
export function resizeGrid(sheet: FakeSheet, rows: number, columns: number): void {
  sheet.properties.gridProperties.rowCount = rows;
  sheet.properties.gridProperties.columnCount = columns;
  sheet.cells.length = Math.min(sheet.cells.length, rows);
  for (const row of sheet.cells) if (row && row.length > columns) row.length = columns;
}

/** How many cells the spreadsheet's grids hold; Sheets refuses to go past MAX_CELLS. */
export function assertCellCap(book: FakeSpreadsheet, prefix: string): void {
  const cells = book.sheets.reduce((sum, s) => sum + s.properties.gridProperties.rowCount * s.properties.gridProperties.columnCount, 0);
  if (cells > MAX_CELLS) {
    throw badRequest(`${prefix}This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
  }
}

/** Renumbers `index` after tabs were added, moved or deleted. */
export function reindex(book: FakeSpreadsheet): void {
  book.sheets.forEach((sheet, index) => {
    sheet.properties.index = index;
  });
}

/** The spreadsheet resource of spreadsheets.get (no grid data); zeros and false omitted, as proto3 JSON does. */
export function spreadsheetResource(book: FakeSpreadsheet, rootUrl: string): Record<string, unknown> {
  return {
    spreadsheetId: book.spreadsheetId,
    properties: { ...book.properties, autoRecalc: 'ON_CHANGE' },
    sheets: book.sheets.map((sheet) => ({
      properties: withoutDefaults(structuredClone(sheet.properties)),
      ...(sheet.basicFilter ? { basicFilter: structuredClone(sheet.basicFilter) } : {}),
      ...(sheet.conditionalFormats.length > 0 ? { conditionalFormats: structuredClone(sheet.conditionalFormats) } : {}),
      ...(sheet.charts?.length ? { charts: structuredClone(sheet.charts) } : {}),
      ...(sheet.merges?.length ? { merges: withoutDefaults(structuredClone(sheet.merges)) } : {}),
    })),
    spreadsheetUrl: `${rootUrl}spreadsheets/d/${book.spreadsheetId}/edit`,
  };
}

function withoutDefaults<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutDefaults) as T;
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === 0 || field === false || field === undefined) continue;
    result[key] = withoutDefaults(field);
  }
  return result as T;
}
