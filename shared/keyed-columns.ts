import { cellText, matchKey } from './text.ts';
import { firstFreeColumn } from './verdict-column.ts';
import type { Cell, KeyedColumns } from './workbook.ts';

// Where a KeyedColumns change lands in a tab as it is when the write happens (every backend reads
// the tab again, or uses its read, and asks this): each key's values go into the row holding the
// key, whatever the row's position now; a key no row holds is added at the end; every cell that is
// not one of the system's columns in a keyed row stays exactly as it is.

/** How far down a header row is looked for (a title row or two above it is allowed). */
const HEADER_SEARCH_ROWS = 5;

/** What writing a KeyedColumns change does to a tab. */
export interface KeyedEdit {
  /** The tab is missing: it is made with these rows, header first. */
  readonly create: readonly (readonly Cell[])[] | null;
  /** Cells to set, by column index: the value for each row index (undefined leaves that row's cell as it is). */
  readonly columns: ReadonlyMap<number, readonly (string | undefined)[]>;
  /** Rows to add below the last row holding anything, each from column A. */
  readonly appended: readonly (readonly Cell[])[];
}

/**
 * Where `change` goes in the tab whose rows are `rows` now (undefined: there is no such tab). Null
 * when the tab holds cells but no header naming the key column: nothing can be placed, nothing is written.
 */
export function placeKeyedColumns(rows: readonly (readonly Cell[])[] | undefined, change: KeyedColumns): KeyedEdit | null {
  const position = new Map(change.header.map((name, index) => [name, index]));
  const laidOut = (key: string, values: readonly string[], at: (name: string) => number | undefined): Cell[] => {
    const row: Cell[] = [];
    const set = (column: number | undefined, value: string) => {
      if (column === undefined || value === '') return;
      while (row.length < column) row.push(null);
      row[column] = value;
    };
    set(at(change.key), key);
    change.columns.forEach((name, i) => {
      set(at(name), values[i] ?? '');
    });
    return row;
  };
  const fresh = [[...change.header], ...change.rows.map(({ key, values }) => laidOut(key, values, (name) => position.get(name)))];
  if (rows === undefined) return { create: fresh, columns: new Map(), appended: [] };
  if (rows.every((row) => row.every((cell) => cellText(cell ?? null) === ''))) {
    // An empty tab (made by hand, or emptied): written as if new, cell by cell.
    const width = fresh.reduce((widest, row) => Math.max(widest, row.length), 0);
    const columns = new Map<number, (string | undefined)[]>();
    for (let c = 0; c < width; c++)
      columns.set(
        c,
        fresh.map((row) => cellText(row[c] ?? null)),
      );
    return { create: null, columns, appended: [] };
  }

  const headerRow = keyedHeaderRow(rows, change.key);
  if (headerRow < 0) return null;
  const header = rows[headerRow] ?? [];
  const keyColumn = headerIndex(header, change.key) ?? 0;
  const columns = new Map<number, (string | undefined)[]>();
  const set = (column: number, row: number, value: string) => {
    let values = columns.get(column);
    if (!values) columns.set(column, (values = []));
    values[row] = value;
  };
  // A system column the tab lacks goes after the last column used in any row, as 檢核結果 does.
  let free = firstFreeColumn(rows);
  const at = new Map<string, number>([[change.key, keyColumn]]);
  for (const name of change.columns) {
    const found = headerIndex(header, name);
    if (found !== undefined) at.set(name, found);
    else {
      at.set(name, free);
      set(free++, headerRow, name);
    }
  }

  const pending = new Map(change.rows.map((row) => [matchKey(row.key), row]));
  for (let r = headerRow + 1; r < rows.length; r++) {
    const key = matchKey(cellText(rows[r]?.[keyColumn] ?? null));
    const row = key ? pending.get(key) : undefined;
    if (!row) continue;
    // The first row holding a key is its row; a copy further down is the user's and stays as it is.
    pending.delete(key);
    change.columns.forEach((name, i) => {
      const column = at.get(name) ?? 0;
      const value = row.values[i] ?? '';
      if (cellText(rows[r]?.[column] ?? null) !== value) set(column, r, value);
    });
  }
  const appended = [...pending.values()].map(({ key, values }) => laidOut(key, values, (name) => at.get(name)));
  return { create: null, columns, appended };
}

/** Whether an edit writes nothing: the tab already holds every value. */
export function isEmptyEdit(edit: KeyedEdit): boolean {
  return edit.create === null && edit.columns.size === 0 && edit.appended.length === 0;
}

/** The tab's rows after `edit` (for a backend that writes whole tabs): cells set in place, rows appended after the last row holding anything. */
export function rowsAfterEdit(rows: readonly (readonly Cell[])[], edit: KeyedEdit): Cell[][] {
  if (edit.create) return edit.create.map((row) => [...row]);
  const result = rows.map((row) => [...row]);
  for (const [column, values] of edit.columns) {
    values.forEach((value, r) => {
      if (value === undefined) return;
      while (result.length <= r) result.push([]);
      const row = result[r] ?? [];
      while (row.length < column) row.push(null);
      row[column] = value === '' ? null : value;
    });
  }
  let end = result.length;
  while (end > 0 && (result[end - 1] ?? []).every((cell) => cellText(cell ?? null) === '')) end--;
  return [...result.slice(0, end), ...edit.appended.map((row) => [...row])];
}

/** The index of the tab's header row: the first of its first rows naming the key column, -1 when none does. */
export function keyedHeaderRow(rows: readonly (readonly Cell[])[], key: string): number {
  return rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => headerIndex(row, key) !== undefined);
}

/** The column a header row names `name` in (a note in brackets aside), undefined when none does. */
export function headerIndex(header: readonly Cell[], name: string): number | undefined {
  const wanted = matchKey(name);
  const index = header.findIndex((cell) => {
    const text = cellText(cell ?? null);
    return matchKey(text) === wanted || matchKey(text.replace(/[(（[【〔].*?[)）\]】〕]/gu, '')) === wanted;
  });
  return index < 0 ? undefined : index;
}
