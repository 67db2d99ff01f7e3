// spreadsheets.batchUpdate in the fake: every request of the batch is applied in order to a copy
// of the spreadsheet, and the copy replaces it only when all succeeded — as in the real API, an
// invalid request fails the whole batch ("Invalid requests[i].<kind>: …") and nothing is applied.
import { badRequest, FakeApiError } from './sheets-api-errors.ts';
import { isObject, maskPaths, setAt, valueAt } from './sheets-field-mask.ts';
import {
  assertCellCap,
  cellAt,
  type FakeSheet,
  type FakeSpreadsheet,
  type GridRange,
  newSheet,
  reindex,
  resizeGrid,
  setCell,
  sheetById,
} from './sheets-model.ts';
import type { FakeCell } from './sheets-values.ts';

type Json = Record<string, unknown>;
type Apply = (book: FakeSpreadsheet, body: Json, newId: () => number) => Json;

/** Applies a batchUpdate body to a copy of `book`; returns the new spreadsheet and the replies. */
export function applyBatchUpdate(book: FakeSpreadsheet, body: unknown, newId: () => number): { book: FakeSpreadsheet; replies: Json[] } {
  if (!isObject(body) || !Array.isArray(body.requests))
    throw badRequest("Invalid JSON payload received. Expected an object with 'requests'.");
  const copy = structuredClone(book);
  const replies: Json[] = [];
  for (const [index, request] of body.requests.entries()) {
    const kinds = isObject(request) ? Object.keys(request) : [];
    const kind = kinds[0];
    const apply = kind === undefined ? undefined : APPLY[kind];
    if (kinds.length !== 1 || kind === undefined || !apply) {
      throw badRequest(`Invalid JSON payload received. Unknown name "${kinds.join(',')}" at 'requests[${index}]': Cannot find field.`);
    }
    const prefix = `Invalid requests[${index}].${kind}: `;
    try {
      replies.push(apply(copy, (request as Json)[kind] as Json, newId));
      assertCellCap(copy, prefix);
    } catch (error) {
      if (error instanceof FakeApiError && !error.message.startsWith('Invalid requests['))
        throw new FakeApiError(error.status, prefix + error.message);
      throw error;
    }
  }
  return { book: copy, replies };
}

const APPLY: Record<string, Apply> = {
  addSheet(book, body, newId) {
    const properties = (body.properties ?? {}) as Json;
    const sheetId = typeof properties.sheetId === 'number' ? properties.sheetId : newId();
    const title = typeof properties.title === 'string' ? properties.title : `工作表${book.sheets.length + 1}`;
    if (book.sheets.some((s) => s.properties.title.toLowerCase() === title.toLowerCase())) {
      throw badRequest(`A sheet with the name "${title}" already exists. Please enter another name.`);
    }
    if (book.sheets.some((s) => s.properties.sheetId === sheetId)) throw badRequest(`Sheet with id ${sheetId} already exists.`);
    const sheet = newSheet(sheetId, title, 0);
    const grid = (properties.gridProperties ?? {}) as Json;
    resizeGrid(sheet, num(grid.rowCount, 1000), num(grid.columnCount, 26));
    if (typeof grid.frozenRowCount === 'number') sheet.properties.gridProperties.frozenRowCount = grid.frozenRowCount;
    if (properties.hidden === true) sheet.properties.hidden = true;
    const at = typeof properties.index === 'number' ? Math.min(properties.index, book.sheets.length) : book.sheets.length;
    book.sheets.splice(at, 0, sheet);
    reindex(book);
    assertFrozenFits(sheet);
    return { addSheet: { properties: structuredClone(sheet.properties) } };
  },
  deleteSheet(book, body) {
    const sheet = sheetById(book, num(body.sheetId, 0));
    if (!sheet.properties.hidden && book.sheets.filter((s) => !s.properties.hidden).length === 1) {
      throw badRequest("You can't remove all the visible sheets in a document.");
    }
    book.sheets.splice(book.sheets.indexOf(sheet), 1);
    reindex(book);
    return {};
  },
  updateSheetProperties(book, body) {
    const properties = (body.properties ?? {}) as Json;
    const fields = requireFields(body);
    const sheet = sheetById(book, num(properties.sheetId, 0));
    for (const path of maskPaths(fields)) {
      const value = valueAt(properties, path);
      switch (path.join('.')) {
        case 'title': {
          const title = String(value ?? '');
          if (book.sheets.some((s) => s !== sheet && s.properties.title.toLowerCase() === title.toLowerCase())) {
            throw badRequest(`A sheet with the name "${title}" already exists. Please enter another name.`);
          }
          sheet.properties.title = title;
          break;
        }
        case 'hidden':
          if (value === true) sheet.properties.hidden = true;
          else delete sheet.properties.hidden;
          if (book.sheets.every((s) => s.properties.hidden)) throw badRequest("You can't hide all the visible sheets in a document.");
          break;
        case 'index': {
          book.sheets.splice(book.sheets.indexOf(sheet), 1);
          book.sheets.splice(Math.min(num(value, 0), book.sheets.length), 0, sheet);
          reindex(book);
          break;
        }
        case 'gridProperties.rowCount':
          resizeGrid(sheet, positive(value, 'rowCount'), sheet.properties.gridProperties.columnCount);
          break;
        case 'gridProperties.columnCount':
          resizeGrid(sheet, sheet.properties.gridProperties.rowCount, positive(value, 'columnCount'));
          break;
        case 'gridProperties.frozenRowCount':
          sheet.properties.gridProperties.frozenRowCount = num(value, 0);
          break;
        default:
          throw badRequest(`Field not supported by the fake: ${path.join('.')}`);
      }
    }
    assertFrozenFits(sheet);
    return {};
  },
  updateCells(book, body) {
    const fields = requireFields(body);
    const rows = (Array.isArray(body.rows) ? body.rows : []) as Json[];
    const paths = maskPaths(fields);
    if (isObject(body.range)) {
      const range = body.range as GridRange;
      const sheet = sheetById(book, range.sheetId);
      const bounds = gridBounds(sheet, range);
      if (fields.trim() === '*' && rows.length === 0 && isWholeSheet(sheet, bounds)) {
        sheet.cells = [];
        return {};
      }
      for (let r = bounds.startRow; r < bounds.endRow; r++) {
        const values = (rows[r - bounds.startRow]?.values ?? []) as Json[];
        for (let c = bounds.startColumn; c < bounds.endColumn; c++)
          writeCell(sheet, r, c, values[c - bounds.startColumn] ?? {}, fields, paths);
      }
      return {};
    }
    const start = (body.start ?? {}) as Json;
    const sheet = sheetById(book, num(start.sheetId, 0));
    const rowIndex = num(start.rowIndex, 0);
    const columnIndex = num(start.columnIndex, 0);
    const width = rows.reduce((max, row) => Math.max(max, Array.isArray(row.values) ? row.values.length : 0), 0);
    assertInGrid(sheet, rowIndex + rows.length, columnIndex + width);
    rows.forEach((row, r) => {
      const values = (Array.isArray(row.values) ? row.values : []) as Json[];
      values.forEach((cell, c) => {
        writeCell(sheet, rowIndex + r, columnIndex + c, cell, fields, paths);
      });
    });
    return {};
  },
  appendCells(book, body) {
    const fields = requireFields(body);
    const sheet = sheetById(book, num(body.sheetId, 0));
    const rows = (Array.isArray(body.rows) ? body.rows : []) as Json[];
    const paths = maskPaths(fields);
    let last = sheet.cells.length - 1;
    while (last >= 0 && !(sheet.cells[last] ?? []).some((cell) => cell?.userEnteredValue)) last--;
    const grid = sheet.properties.gridProperties;
    const width = rows.reduce((max, row) => Math.max(max, Array.isArray(row.values) ? row.values.length : 0), 0);
    resizeGrid(sheet, Math.max(grid.rowCount, last + 1 + rows.length), grid.columnCount);
    assertInGrid(sheet, last + 1 + rows.length, width);
    rows.forEach((row, r) => {
      ((Array.isArray(row.values) ? row.values : []) as Json[]).forEach((cell, c) => {
        writeCell(sheet, last + 1 + r, c, cell, fields, paths);
      });
    });
    return {};
  },
  repeatCell(book, body) {
    const fields = requireFields(body);
    const range = (body.range ?? {}) as GridRange;
    const sheet = sheetById(book, range.sheetId);
    const bounds = gridBounds(sheet, range);
    const paths = maskPaths(fields);
    const cell = (body.cell ?? {}) as Json;
    for (let r = bounds.startRow; r < bounds.endRow; r++) {
      for (let c = bounds.startColumn; c < bounds.endColumn; c++) writeCell(sheet, r, c, cell, fields, paths);
    }
    return {};
  },
  updateDimensionProperties(book, body) {
    requireFields(body);
    const range = (body.range ?? {}) as Json;
    const sheet = sheetById(book, num(range.sheetId, 0));
    const pixelSize = ((body.properties ?? {}) as Json).pixelSize;
    if (range.dimension === 'COLUMNS' && typeof pixelSize === 'number') {
      const end = num(range.endIndex, sheet.properties.gridProperties.columnCount);
      assertInGrid(sheet, 1, end);
      for (let c = num(range.startIndex, 0); c < end; c++) sheet.columnWidths[c] = pixelSize;
    }
    return {};
  },
  appendDimension(book, body) {
    const sheet = sheetById(book, num(body.sheetId, 0));
    const length = positive(body.length, 'length');
    const grid = sheet.properties.gridProperties;
    if (body.dimension === 'COLUMNS') grid.columnCount += length;
    else if (body.dimension === 'ROWS') grid.rowCount += length;
    else throw badRequest('dimension must be ROWS or COLUMNS');
    return {};
  },
  setBasicFilter(book, body) {
    const filter = (body.filter ?? {}) as Json;
    const range = (filter.range ?? {}) as GridRange;
    const sheet = sheetById(book, range.sheetId);
    gridBounds(sheet, range);
    sheet.basicFilter = { range: structuredClone(range) };
    return {};
  },
  clearBasicFilter(book, body) {
    delete sheetById(book, num(body.sheetId, 0)).basicFilter;
    return {};
  },
  addConditionalFormatRule(book, body) {
    const rule = (body.rule ?? {}) as Json;
    const ranges = (Array.isArray(rule.ranges) ? rule.ranges : []) as GridRange[];
    const first = ranges[0];
    if (!first) throw badRequest('A conditional format rule needs at least one range.');
    const sheet = sheetById(book, first.sheetId);
    for (const range of ranges) {
      if ((range.sheetId ?? 0) !== (first.sheetId ?? 0))
        throw badRequest('All ranges of a conditional format rule must be on the same sheet.');
      gridBounds(sheet, range);
    }
    const index = num(body.index, 0);
    if (index > sheet.conditionalFormats.length) throw badRequest(`Invalid index: ${index}`);
    sheet.conditionalFormats.splice(index, 0, structuredClone(rule));
    return {};
  },
  deleteConditionalFormatRule(book, body) {
    const sheet = sheetById(book, num(body.sheetId, 0));
    const index = num(body.index, 0);
    if (index >= sheet.conditionalFormats.length)
      throw badRequest(`No conditional format on sheet: ${sheet.properties.sheetId} at index: ${index}`);
    const [rule] = sheet.conditionalFormats.splice(index, 1);
    return { deleteConditionalFormatRule: { rule } };
  },
  mergeCells(book, body) {
    const range = (body.range ?? {}) as GridRange;
    const sheet = sheetById(book, range.sheetId);
    const bounds = gridBounds(sheet, range);
    if (body.mergeType !== 'MERGE_ALL' && body.mergeType !== 'MERGE_ROWS' && body.mergeType !== 'MERGE_COLUMNS')
      throw badRequest('mergeType must be MERGE_ALL, MERGE_COLUMNS or MERGE_ROWS');
    const overlaps = (sheet.merges ?? []).some(
      (m) =>
        (m.startRowIndex ?? 0) < bounds.endRow &&
        bounds.startRow < (m.endRowIndex ?? 0) &&
        (m.startColumnIndex ?? 0) < bounds.endColumn &&
        bounds.startColumn < (m.endColumnIndex ?? 0),
    );
    if (overlaps) throw badRequest('You cannot merge cells that overlap an existing merge.');
    // MERGE_ALL makes one merge, MERGE_COLUMNS one per column, MERGE_ROWS one per row; each keeps
    // only its top-left value, as Sheets does (the API then reads the covered cells as empty).
    const merges: Region[] =
      body.mergeType === 'MERGE_COLUMNS'
        ? Array.from({ length: bounds.endColumn - bounds.startColumn }, (_, c) => ({
            ...bounds,
            startColumn: bounds.startColumn + c,
            endColumn: bounds.startColumn + c + 1,
          }))
        : body.mergeType === 'MERGE_ROWS'
          ? Array.from({ length: bounds.endRow - bounds.startRow }, (_, r) => ({
              ...bounds,
              startRow: bounds.startRow + r,
              endRow: bounds.startRow + r + 1,
            }))
          : [bounds];
    for (const merge of merges) {
      for (let r = merge.startRow; r < merge.endRow; r++) {
        for (let c = merge.startColumn; c < merge.endColumn; c++) {
          if (r === merge.startRow && c === merge.startColumn) continue;
          const cell = cellAt(sheet, r, c);
          if (cell?.userEnteredValue === undefined) continue;
          const kept = { ...cell };
          delete kept.userEnteredValue;
          setCell(sheet, r, c, kept);
        }
      }
    }
    const sheetId = sheet.properties.sheetId;
    sheet.merges = [
      ...(sheet.merges ?? []),
      ...merges.map((m) => ({
        sheetId,
        startRowIndex: m.startRow,
        endRowIndex: m.endRow,
        startColumnIndex: m.startColumn,
        endColumnIndex: m.endColumn,
      })),
    ];
    return {};
  },
  // Charts are checked as the API checks them: a basicChart's sources and its anchor must be on existing tabs, inside their grids.
  addChart(book, body, newId) {
    const chart = (body.chart ?? {}) as Json;
    const spec = (chart.spec ?? {}) as Json;
    const basic = spec.basicChart as Json | undefined;
    if (!basic) throw badRequest('The fake supports basicChart only.');
    if (!['BAR', 'COLUMN', 'LINE', 'AREA', 'SCATTER', 'COMBO', 'STEPPED_AREA'].includes(String(basic.chartType)))
      throw badRequest(`Invalid value at 'chartType': ${String(basic.chartType)}`);
    const sources = [
      ...((basic.domains ?? []) as Json[]).map((d) => d.domain),
      ...((basic.series ?? []) as Json[]).map((s) => s.series),
    ].flatMap((data) => (((data as Json | undefined)?.sourceRange as Json | undefined)?.sources ?? []) as GridRange[]);
    if (((basic.series ?? []) as Json[]).length === 0 || sources.length === 0)
      throw badRequest('A chart needs a domain and at least one series with a sourceRange.');
    for (const source of sources) gridBounds(sheetById(book, source.sheetId), source);
    const anchor = (((chart.position ?? {}) as Json).overlayPosition as Json | undefined)?.anchorCell as Json | undefined;
    if (!anchor) throw badRequest('The fake supports overlayPosition charts only.');
    const host = sheetById(book, num(anchor.sheetId, 0));
    assertInGrid(host, num(anchor.rowIndex, 0) + 1, num(anchor.columnIndex, 0) + 1);
    const stored = { ...structuredClone(chart), chartId: typeof chart.chartId === 'number' ? chart.chartId : newId() };
    host.charts = [...(host.charts ?? []), stored];
    return { addChart: { chart: stored } };
  },
  updateSpreadsheetProperties(book, body) {
    const properties = (body.properties ?? {}) as Json;
    for (const path of maskPaths(requireFields(body))) {
      const key = path.join('.');
      if (key !== 'title' && key !== 'timeZone' && key !== 'locale') throw badRequest(`Field not supported by the fake: ${key}`);
      book.properties[key as 'title'] = String(valueAt(properties, path) ?? '');
    }
    return {};
  },
};

// Writes the masked fields of a CellData into a cell. The common masks skip the generic path walk:
// a 50,000-row write should not take the fake seconds.
function writeCell(sheet: FakeSheet, row: number, column: number, source: Json, fields: string, paths: readonly string[][]): void {
  const existing = cellAt(sheet, row, column);
  if (fields === '*') {
    setCell(sheet, row, column, structuredClone(source) as FakeCell);
    return;
  }
  if (fields === 'userEnteredValue') {
    const value = source.userEnteredValue as FakeCell['userEnteredValue'];
    const next: FakeCell = { ...existing };
    if (value) next.userEnteredValue = { ...value };
    else delete next.userEnteredValue;
    setCell(sheet, row, column, next);
    return;
  }
  const next = structuredClone(existing ?? {}) as Json;
  for (const path of paths) setAt(next, path, valueAt(source, path));
  setCell(sheet, row, column, next as FakeCell);
}

interface Region {
  readonly startRow: number;
  readonly endRow: number;
  readonly startColumn: number;
  readonly endColumn: number;
}

// A GridRange's bounds; unset ends are the grid's edges; a range past the grid is a 400.
function gridBounds(sheet: FakeSheet, range: GridRange): Region {
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  const region = {
    startRow: range.startRowIndex ?? 0,
    endRow: range.endRowIndex ?? rowCount,
    startColumn: range.startColumnIndex ?? 0,
    endColumn: range.endColumnIndex ?? columnCount,
  };
  assertInGrid(sheet, region.endRow, region.endColumn);
  return region;
}

function isWholeSheet(sheet: FakeSheet, region: Region): boolean {
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  return region.startRow === 0 && region.startColumn === 0 && region.endRow >= rowCount && region.endColumn >= columnCount;
}

function assertInGrid(sheet: FakeSheet, rows: number, columns: number): void {
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  if (rows > rowCount || columns > columnCount) {
    throw badRequest(`Range ('${sheet.properties.title}') exceeds grid limits. Max rows: ${rowCount}, max columns: ${columnCount}`);
  }
}

function assertFrozenFits(sheet: FakeSheet): void {
  const { frozenRowCount = 0, rowCount } = sheet.properties.gridProperties;
  if (frozenRowCount >= rowCount) throw badRequest("You can't freeze all visible rows on the sheet.");
}

function requireFields(body: Json): string {
  if (typeof body.fields !== 'string' || body.fields.trim() === '') throw badRequest("At least one field must be specified in 'fields'.");
  return body.fields;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function positive(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw badRequest(`${name} must be a positive integer.`);
  return value;
}
