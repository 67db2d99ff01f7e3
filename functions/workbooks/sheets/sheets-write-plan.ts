// The batchUpdates that carry one Workbook.write(). Normally there is exactly one: Sheets applies
// a batchUpdate atomically (every subrequest is validated first; if one fails nothing is applied),
// so the output tabs are replaced — resized, cleared, filled, formatted — and the 檢核結果 columns
// written all at once or not at all. Output tabs keep their sheet ids, so links to them stay valid.
//
// Rows appended to user tabs (prepare-period) go last, as appendCells.
//
// Only a write larger than PAYLOAD_LIMIT is split. Then each output is first built in a hidden
// staging tab (as many batchUpdates as its size needs), one batchUpdate swaps every staging tab in
// for its output, and the 檢核結果 columns follow in as many batchUpdates as they need. A failure
// before the swap leaves the old outputs; the next run deletes the leftover staging tabs.
import type { sheets_v4 } from '@googleapis/sheets';
import { placeKeyedColumns } from '../../../shared/keyed-columns.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import type { Cell, Changes, KeyedColumns, OutputTab, RowAppend, VerdictColumn } from '../../../shared/workbook.ts';
import { cellData, rowData, tabRowData } from './sheets-cells.ts';
import { layoutRequests, outputGrid } from './sheets-layout.ts';
import type { SheetInfo, SpreadsheetInfo } from './sheets-metadata.ts';

type Request = sheets_v4.Schema$Request;
type RowData = sheets_v4.Schema$RowData;

/**
 * The request body size we stay under. Sheets rejects bodies over 10,485,760 bytes ("Request
 * payload size exceeds the limit: 10485760 bytes", 400); Google recommends 2 MB for speed, but one
 * atomic request matters more to us than speed, so we split only near the hard limit.
 */
export const PAYLOAD_LIMIT = 9 * 1024 * 1024;

const STAGING_PREFIX = msg.sheetsStagingTab('');

/** Whether a tab is a staging tab of ours (left over when a split write failed half-way). */
export function isStagingTab(title: string): boolean {
  return title.startsWith(STAGING_PREFIX);
}

/**
 * The batchUpdates that write `changes` into the spreadsheet `info` describes, in order; `rowsOf`
 * gives a tab's rows as read (where keyed columns go: keyed-columns.ts).
 */
export function planWrite(
  changes: Changes,
  info: SpreadsheetInfo,
  limit = PAYLOAD_LIMIT,
  rowsOf: (tab: string) => readonly (readonly Cell[])[] | undefined = () => undefined,
): Request[][] {
  const byTitle = new Map(info.sheets.map((sheet) => [sheet.title, sheet]));
  const ids = new SheetIds(info.sheets);
  const cleanup = info.sheets.filter((sheet) => isStagingTab(sheet.title)).map((sheet) => ({ deleteSheet: { sheetId: sheet.sheetId } }));
  const verdictWrites = changes.verdicts.flatMap((verdicts) => verdictRequests(verdicts, byTitle.get(verdicts.tab), Infinity));
  const appends = (changes.appends ?? []).flatMap((append) => appendRequests(append, byTitle.get(append.tab)));
  const keyed = (changes.keyedColumns ?? []).flatMap((change) => keyedRequests(change, byTitle.get(change.tab), rowsOf(change.tab), ids));
  const direct: Request[] = [...cleanup];
  for (const output of changes.outputs) direct.push(...replaceInPlace(output, byTitle.get(output.name), ids));
  direct.push(...verdictWrites.flat(), ...appends, ...keyed);
  if (size(direct) <= limit) return [direct];

  const staging: Request[] = [...cleanup];
  const swap: Request[] = [];
  for (const output of changes.outputs) {
    const old = byTitle.get(output.name);
    const sheetId = ids.next(STAGING_PREFIX + output.name);
    const { rows, columns } = extent(output.rows);
    staging.push({
      addSheet: {
        properties: { sheetId, title: msg.sheetsStagingTab(output.name), hidden: true, gridProperties: outputGrid(rows, columns) },
      },
    });
    const data = tabRowData(output);
    staging.push(...chunked(data.rows, limit, (chunk, offset) => writeRows(sheetId, offset, 0, chunk, data.fields)));
    if (old) swap.push({ deleteSheet: { sheetId: old.sheetId } });
    swap.push({
      updateSheetProperties: {
        properties: { sheetId, title: output.name, hidden: false, ...(old ? { index: old.index } : {}) },
        fields: old ? 'title,hidden,index' : 'title,hidden',
      },
    });
    swap.push(...layoutRequests(sheetId, rows, columns, output.layout, 0));
  }
  const verdictBatches = changes.verdicts.flatMap((verdicts) => verdictRequests(verdicts, byTitle.get(verdicts.tab), limit));
  return [
    ...pack(staging, limit),
    swap,
    ...verdictBatches.flatMap((requests) => pack(requests, limit)),
    ...pack(appends, limit),
    ...pack(keyed, limit),
  ];
}

// The system's columns of a tab a user edits too, placed in the rows as read: each run of cells a
// column changes is one updateCells of values only, so no other cell (a coordinator's text) is
// written, and its format stays; keys the tab lacks are appendCells; a missing tab is added and
// laid out like an output tab. A tab that appeared after the read is left for the next run.
function keyedRequests(
  change: KeyedColumns,
  sheet: SheetInfo | undefined,
  rows: readonly (readonly Cell[])[] | undefined,
  ids: SheetIds,
): Request[] {
  if (sheet && (!sheet.grid || rows === undefined)) return [];
  const edit = placeKeyedColumns(sheet ? rows : undefined, change);
  if (!edit) return [];
  if (!sheet || edit.create) {
    const made = edit.create ?? [];
    const { rows: height, columns } = extent(made);
    const sheetId = ids.next(change.tab);
    return [
      { addSheet: { properties: { sheetId, title: change.tab, gridProperties: outputGrid(height, columns) } } },
      writeRows(sheetId, 0, 0, made.map(rowData)),
      ...layoutRequests(sheetId, height, columns, change.layout, 0),
    ];
  }
  const requests: Request[] = [];
  const widest = Math.max(...edit.columns.keys(), -1) + 1;
  if (widest > sheet.columnCount)
    requests.push({ appendDimension: { sheetId: sheet.sheetId, dimension: 'COLUMNS', length: widest - sheet.columnCount } });
  const tallest = Math.max(0, ...[...edit.columns.values()].map((values) => values.length));
  if (tallest > sheet.rowCount)
    requests.push({ appendDimension: { sheetId: sheet.sheetId, dimension: 'ROWS', length: tallest - sheet.rowCount } });
  for (const [column, values] of edit.columns) {
    let run: RowData[] = [];
    let start = 0;
    const flush = () => {
      if (run.length > 0) requests.push(writeRows(sheet.sheetId, start, column, run));
      run = [];
    };
    for (let r = 0; r < values.length; r++) {
      const value = values[r];
      if (value === undefined) {
        flush();
        continue;
      }
      if (run.length === 0) start = r;
      run.push({ values: [cellData(value)] });
    }
    flush();
  }
  if (edit.appended.length > 0)
    requests.push({ appendCells: { sheetId: sheet.sheetId, rows: edit.appended.map(rowData), fields: 'userEnteredValue' } });
  return requests;
}

/** Whether a batch adds rows (appendCells), which a repeat would add twice. */
export function appendsRows(batch: readonly Request[]): boolean {
  return batch.some((request) => request.appendCells !== undefined);
}

// Rows after the last row with data when Sheets applies the batch (not where the read saw the end),
// so a row a unit typed meanwhile is kept; the grid grows to hold them.
function appendRequests(append: RowAppend, sheet: SheetInfo | undefined): Request[] {
  if (!sheet?.grid || append.rows.length === 0) return [];
  return [{ appendCells: { sheetId: sheet.sheetId, rows: append.rows.map(rowData), fields: 'userEnteredValue' } }];
}

// Resize, clear everything (values, formats, notes, validation), write, format — in one tab that keeps its id.
function replaceInPlace(output: OutputTab, old: SheetInfo | undefined, ids: SheetIds): Request[] {
  const { rows, columns } = extent(output.rows);
  const grid = outputGrid(rows, columns);
  const requests: Request[] = [];
  let sheetId: number;
  if (old) {
    sheetId = old.sheetId;
    requests.push(
      {
        updateSheetProperties: {
          properties: { sheetId, hidden: false, gridProperties: grid },
          fields: 'hidden,gridProperties(rowCount,columnCount,frozenRowCount)',
        },
      },
      { updateCells: { range: { sheetId }, fields: '*' } },
    );
  } else {
    sheetId = ids.next(output.name);
    requests.push({ addSheet: { properties: { sheetId, title: output.name, gridProperties: grid } } });
  }
  if (output.rows.length > 0) {
    const data = tabRowData(output);
    requests.push(writeRows(sheetId, 0, 0, data.rows, data.fields));
  }
  requests.push(...layoutRequests(sheetId, rows, columns, output.layout, old?.conditionalRules ?? 0));
  return requests;
}

// Only the 檢核結果 cells: one column from row 1 down, the column added when the grid lacks it.
// Rows a user deleted since the read are not written (the grid no longer has them).
function verdictRequests(verdicts: VerdictColumn, sheet: SheetInfo | undefined, limit: number): Request[][] {
  if (!sheet?.grid) return [];
  const values = verdicts.values.slice(0, sheet.rowCount);
  const widen: Request[] =
    verdicts.column >= sheet.columnCount
      ? [{ appendDimension: { sheetId: sheet.sheetId, dimension: 'COLUMNS', length: verdicts.column + 1 - sheet.columnCount } }]
      : [];
  const rows = values.map((value): RowData => ({ values: [cellData(value)] }));
  const writes = chunked(rows, limit, (chunk, offset) => writeRows(sheet.sheetId, offset, verdicts.column, chunk));
  return [widen, ...writes.map((request) => [request])].filter((batch) => batch.length > 0);
}

function writeRows(sheetId: number, rowIndex: number, columnIndex: number, rows: RowData[], fields = 'userEnteredValue'): Request {
  return { updateCells: { start: { sheetId, rowIndex, columnIndex }, rows, fields } };
}

// Rows split so that each request built from a chunk stays under the limit (with room for its envelope).
function chunked(rows: readonly RowData[], limit: number, build: (chunk: RowData[], offset: number) => Request): Request[] {
  const room = Math.max(1, limit - 1024);
  const requests: Request[] = [];
  let chunk: RowData[] = [];
  let offset = 0;
  let bytes = 0;
  for (const [index, row] of rows.entries()) {
    const rowBytes = size(row) + 1;
    if (chunk.length > 0 && bytes + rowBytes > room) {
      requests.push(build(chunk, offset));
      chunk = [];
      offset = index;
      bytes = 0;
    }
    chunk.push(row);
    bytes += rowBytes;
  }
  if (chunk.length > 0) requests.push(build(chunk, offset));
  return requests;
}

// Consecutive requests grouped into batches under the limit; a request alone over it goes alone.
function pack(requests: readonly Request[], limit: number): Request[][] {
  const batches: Request[][] = [];
  let batch: Request[] = [];
  let bytes = 0;
  for (const request of requests) {
    const requestBytes = size(request) + 1;
    if (batch.length > 0 && bytes + requestBytes > limit - 64) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(request);
    bytes += requestBytes;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function extent(rows: readonly (readonly Cell[])[]): { rows: number; columns: number } {
  let columns = 0;
  for (const row of rows) columns = Math.max(columns, row.length);
  return { rows: rows.length, columns };
}

/** The request body's size in bytes, as it goes on the wire ({"requests":[…]}). */
function size(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

// Ids we choose for new tabs: derived from the title (so a retried batch asks for the same id) and
// never one in use. Sheets accepts any non-negative 31-bit id chosen by the caller.
class SheetIds {
  readonly #taken: Set<number>;
  constructor(sheets: readonly SheetInfo[]) {
    this.#taken = new Set(sheets.map((sheet) => sheet.sheetId));
  }
  next(title: string): number {
    let hash = 0x811c9dc5;
    for (const char of title) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
    let id = (hash % 2_000_000_000) + 1;
    while (this.#taken.has(id)) id = (id % 2_000_000_000) + 1;
    this.#taken.add(id);
    return id;
  }
}
