// The spreadsheets.values endpoints of the fake: get / batchGet (trailing empty cells and rows
// trimmed, `values` omitted when the range holds nothing, as the real API answers), update /
// append / batchUpdate (valueInputOption RAW or USER_ENTERED, required), clear / batchClear.
import { columnName, quoteTitle } from './sheets-a1.ts';
import { badRequest } from './sheets-api-errors.ts';
import { isObject } from './sheets-field-mask.ts';
import { boundsForRead, boundsForWrite, cellAt, echo, ensureGrid, type FakeSpreadsheet, setCell } from './sheets-model.ts';
import {
  type DateTimeRenderOption,
  enteredCell,
  renderCell,
  type Scalar,
  type ValueInputOption,
  type ValueRenderOption,
} from './sheets-values.ts';

type Json = Record<string, unknown>;

/** The query options of a values read. */
export interface ReadOptions {
  readonly majorDimension: 'ROWS' | 'COLUMNS';
  readonly valueRenderOption: ValueRenderOption;
  readonly dateTimeRenderOption: DateTimeRenderOption;
}

/** Reads the options from a query string, with the API's defaults; a 400 for a value outside the enum. */
export function readOptions(query: URLSearchParams): ReadOptions {
  return {
    majorDimension: oneOf(query, 'majorDimension', ['ROWS', 'COLUMNS'], 'ROWS', 'google.apps.sheets.v4.Dimension'),
    valueRenderOption: oneOf(
      query,
      'valueRenderOption',
      ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'],
      'FORMATTED_VALUE',
      'google.apps.sheets.v4.ValueRenderOption',
    ),
    dateTimeRenderOption: oneOf(
      query,
      'dateTimeRenderOption',
      ['SERIAL_NUMBER', 'FORMATTED_STRING'],
      'SERIAL_NUMBER',
      'google.apps.sheets.v4.DateTimeRenderOption',
    ),
  };
}

/** values.get: one range as a ValueRange. */
export function getValues(book: FakeSpreadsheet, range: string, options: ReadOptions): Json {
  const bounds = boundsForRead(book, range);
  const rows: Scalar[][] = [];
  for (let r = bounds.startRow; r < bounds.endRow; r++) {
    const row: Scalar[] = [];
    const cells = bounds.sheet.cells[r];
    if (cells) {
      for (let c = bounds.startColumn; c < Math.min(bounds.endColumn, cells.length); c++) {
        row.push(renderCell(cells[c], options.valueRenderOption, options.dateTimeRenderOption));
      }
    }
    while (row.length > 0 && row.at(-1) === '') row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
  const values = options.majorDimension === 'COLUMNS' ? transpose(rows) : rows;
  return { range: echo(bounds), majorDimension: options.majorDimension, ...(values.length > 0 ? { values } : {}) };
}

/** values.update: writes a ValueRange's values at the range (growing the grid as needed). */
export function updateValues(book: FakeSpreadsheet, range: string, body: unknown, query: URLSearchParams): Json {
  const option = inputOption(query.get('valueInputOption'));
  return writeValueRange(book, range, body, option, '');
}

/** values.batchUpdate: several ValueRanges, all or nothing. */
export function batchUpdateValues(book: FakeSpreadsheet, body: unknown): Json {
  if (!isObject(body)) throw badRequest('Invalid JSON payload received.');
  const option = inputOption(typeof body.valueInputOption === 'string' ? body.valueInputOption : null);
  const data = Array.isArray(body.data) ? body.data : [];
  const responses = data.map((valueRange, index) => {
    const range = isObject(valueRange) && typeof valueRange.range === 'string' ? valueRange.range : '';
    return writeValueRange(book, range, valueRange, option, `Invalid data[${index}]: `);
  });
  const total = (key: string) => responses.reduce((sum, response) => sum + (response[key] as number), 0);
  return {
    spreadsheetId: book.spreadsheetId,
    totalUpdatedRows: total('updatedRows'),
    totalUpdatedColumns: Math.max(0, ...responses.map((r) => r.updatedColumns as number)),
    totalUpdatedCells: total('updatedCells'),
    totalUpdatedSheets: new Set(responses.map((r) => String(r.updatedRange).split('!')[0])).size,
    responses,
  };
}

/** values.append: the rows go after the last row holding data in the range's columns. */
export function appendValues(book: FakeSpreadsheet, range: string, body: unknown, query: URLSearchParams): Json {
  const option = inputOption(query.get('valueInputOption'));
  const insert = (query.get('insertDataOption') ?? 'OVERWRITE') === 'INSERT_ROWS';
  const values = valuesOf(body, '');
  const table = boundsForRead(book, range);
  const { sheet } = table;
  let last = -1;
  for (let r = 0; r < sheet.cells.length; r++) {
    for (let c = table.startColumn; c < table.endColumn; c++) if (cellAt(sheet, r, c)?.userEnteredValue) last = r;
  }
  const start = Math.max(last + 1, table.startRow);
  if (insert) {
    sheet.cells.splice(start, 0, ...values.map(() => []));
    sheet.properties.gridProperties.rowCount += values.length;
  }
  const target = `${quoteTitle(sheet.properties.title)}!${columnName(table.startColumn)}${start + 1}`;
  const updates = writeValueRange(book, target, { values }, option, '');
  const tableRange = last >= 0 ? echo({ ...table, startRow: 0, endRow: last + 1 }) : undefined;
  return { spreadsheetId: book.spreadsheetId, ...(tableRange ? { tableRange } : {}), updates };
}

/** values.clear: values only; formats stay. */
export function clearValues(book: FakeSpreadsheet, range: string): Json {
  const bounds = boundsForRead(book, range);
  for (let r = bounds.startRow; r < bounds.endRow; r++) {
    for (let c = bounds.startColumn; c < bounds.endColumn; c++) {
      const cell = cellAt(bounds.sheet, r, c);
      if (cell?.userEnteredValue) {
        const { userEnteredValue: _cleared, ...rest } = cell;
        setCell(bounds.sheet, r, c, rest);
      }
    }
  }
  return { spreadsheetId: book.spreadsheetId, clearedRange: echo(bounds) };
}

function writeValueRange(book: FakeSpreadsheet, range: string, body: unknown, option: ValueInputOption, prefix: string): Json {
  const values = valuesOf(body, prefix);
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  const bounds = boundsForWrite(book, range, values.length, width);
  if (values.length > bounds.endRow - bounds.startRow) {
    throw badRequest(`${prefix}Requested writing within range [${range}], but tried writing to row [${bounds.startRow + values.length}]`);
  }
  if (width > bounds.endColumn - bounds.startColumn) {
    throw badRequest(`${prefix}Requested writing within range [${range}], but tried writing to column [${bounds.startColumn + width}]`);
  }
  // Writing values grows the grid, unlike updateCells.
  ensureGrid(bounds.sheet, bounds.startRow + values.length, bounds.startColumn + width);
  let cells = 0;
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return; // null leaves the cell as it is
      cells++;
      const entered = value === '' ? undefined : enteredCell(value, option);
      const { userEnteredValue: _old, ...kept } = cellAt(bounds.sheet, bounds.startRow + r, bounds.startColumn + c) ?? {};
      setCell(bounds.sheet, bounds.startRow + r, bounds.startColumn + c, entered ? { ...kept, ...entered } : kept);
    });
  });
  const written = { ...bounds, endRow: bounds.startRow + Math.max(values.length, 1), endColumn: bounds.startColumn + Math.max(width, 1) };
  return {
    spreadsheetId: book.spreadsheetId,
    updatedRange: echo(written),
    updatedRows: values.length,
    updatedColumns: width,
    updatedCells: cells,
  };
}

function valuesOf(body: unknown, prefix: string): (Scalar | null)[][] {
  if (!isObject(body)) throw badRequest(`${prefix}Invalid JSON payload received.`);
  const values = body.values ?? [];
  if (!Array.isArray(values)) throw badRequest(`${prefix}Invalid values: expected a list of rows.`);
  return values.map((row, r) => {
    if (!Array.isArray(row)) throw badRequest(`${prefix}Invalid values[${r}]: expected a list.`);
    return row.map((cell, c) => {
      if (cell === null || typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') return cell;
      throw badRequest(`${prefix}Invalid values[${r}][${c}]: list_value ${JSON.stringify(cell)}`);
    });
  });
}

function inputOption(value: string | null): ValueInputOption {
  if (value === null) throw badRequest("'valueInputOption' is required but not specified");
  if (value !== 'RAW' && value !== 'USER_ENTERED') {
    throw badRequest(`Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), "${value}"`);
  }
  return value;
}

function oneOf<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[], fallback: T, type: string): T {
  const value = query.get(name);
  if (value === null) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    const snake = name.replace(/[A-Z]/gu, (c) => `_${c.toLowerCase()}`);
    throw badRequest(`Invalid value at '${snake}' (type.googleapis.com/${type}), "${value}"`);
  }
  return value as T;
}

function transpose(rows: readonly Scalar[][]): Scalar[][] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return Array.from({ length: width }, (_, c) => {
    const column = rows.map((row) => row[c] ?? '');
    while (column.length > 0 && column.at(-1) === '') column.pop();
    return column;
  });
}
