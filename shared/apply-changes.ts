import { placeKeyedColumns, rowsAfterEdit } from './keyed-columns.ts';
import { filledLength, withoutTrailingBlanks, withoutTrailingEmptyRows } from './trailing-blanks.ts';
import { placeVerdicts } from './verdict-placement.ts';
import type { Cell, Changes, OutputTab, RowAppend, Snapshot, Tab, VerdictColumn } from './workbook.ts';

/**
 * The workbook as it is after `changes`: user tabs keep every cell but their 檢核結果 column, and
 * get the appended rows below their last row; a tab with keyed columns gets them (keyed-columns.ts);
 * output tabs are replaced whole (or added at the end), and so is a keyed tab that was missing.
 * Backends that rewrite a whole file use it.
 */
export function applyChanges(snapshot: Snapshot, changes: Changes): OutputTab[] {
  const outputs = new Map(changes.outputs.map((tab) => [tab.name, tab]));
  const verdictColumns = new Map(changes.verdicts.map((verdicts) => [verdicts.tab, verdicts]));
  const keyed = new Map((changes.keyedColumns ?? []).map((change) => [change.tab, change]));
  const result: OutputTab[] = [];
  for (const tab of snapshot.tabs) {
    if (outputs.has(tab.name)) continue;
    const verdicts = verdictColumns.get(tab.name);
    const appended = withAppends(verdicts ? withColumn(tab, verdicts) : tab, changes.appends ?? []);
    const change = keyed.get(tab.name);
    const edit = change ? placeKeyedColumns(appended.rows, change) : null;
    result.push(edit ? { name: tab.name, rows: rowsAfterEdit(appended.rows, edit) } : appended);
    keyed.delete(tab.name);
  }
  for (const tab of changes.outputs) result.push(tab);
  for (const change of keyed.values()) {
    const edit = placeKeyedColumns(undefined, change);
    if (edit) result.push({ name: change.tab, rows: rowsAfterEdit([], edit), ...(change.layout ? { layout: change.layout } : {}) });
  }
  return result;
}

/** The tab's rows with `appends` for it below its last row holding anything. */
export function rowsWithAppends(rows: readonly (readonly Cell[])[], appended: readonly (readonly Cell[])[]): (readonly Cell[])[] {
  return [...withoutTrailingEmptyRows(rows.map(withoutTrailingBlanks)), ...appended.map(withoutTrailingBlanks)];
}

function withAppends(tab: Tab, appends: readonly RowAppend[]): Tab {
  const appended = appends.filter((append) => append.tab === tab.name).flatMap((append) => append.rows);
  return appended.length === 0 ? tab : { name: tab.name, rows: rowsWithAppends(tab.rows, appended) };
}

function withColumn(tab: Tab, verdicts: VerdictColumn): Tab {
  return { name: tab.name, rows: [...rowsWithVerdicts(tab.rows, verdicts)] };
}

/** The rows (the tab as it is now) after `verdicts` is written: each verdict beside its own row (verdict-placement.ts). */
function rowsWithVerdicts(rows: readonly (readonly Cell[])[], verdicts: VerdictColumn): Generator<Cell[]> {
  return rowsWithColumn(rows, verdicts.column, placeVerdicts(rows, verdicts));
}

/** The rows with one column set to `values` (row 1 first; undefined leaves a row as it is), as a user tab looks after its 檢核結果 is written. */
export function* rowsWithColumn(
  rows: readonly (readonly Cell[])[],
  column: number,
  values: readonly (string | undefined)[],
): Generator<Cell[]> {
  const height = Math.max(rows.length, values.length);
  for (let r = 0; r < height; r++) yield rowWithValue(rows[r] ?? [], column, values[r]);
}

/** A copy of the row with one column set to `value` ('' empties it; undefined sets nothing), without its empty trailing cells. */
export function rowWithValue(row: readonly Cell[], column: number, value: string | undefined): Cell[] {
  // One copy per row, trimmed in place: a 100,000-row tab is written this way.
  const copy: Cell[] = row.slice();
  if (value !== undefined) {
    while (copy.length < column) copy.push(null);
    copy[column] = value === '' ? null : value;
  }
  copy.length = filledLength(copy);
  return copy;
}
