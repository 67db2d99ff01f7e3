import type { Cell, Changes, OutputTab, Snapshot, Tab } from './workbook.ts';

/**
 * The workbook as it is after `changes`: user tabs keep every cell but their 檢核結果 column,
 * output tabs are replaced whole (or added at the end). Backends that rewrite a whole file use it.
 */
export function applyChanges(snapshot: Snapshot, changes: Changes): OutputTab[] {
  const outputs = new Map(changes.outputs.map((tab) => [tab.name, tab]));
  const checks = new Map(changes.checks.map((check) => [check.tab, check]));
  const result: OutputTab[] = [];
  for (const tab of snapshot.tabs) {
    if (outputs.has(tab.name)) continue;
    const check = checks.get(tab.name);
    result.push(check ? withColumn(tab, check.column, check.values) : tab);
  }
  for (const tab of changes.outputs) result.push(tab);
  return result;
}

function withColumn(tab: Tab, column: number, values: readonly string[]): Tab {
  return { name: tab.name, rows: [...rowsWithColumn(tab.rows, column, values)] };
}

/** The rows with one column replaced by `values` (row 1 first), as a user tab looks after its 檢核結果 is written. */
export function* rowsWithColumn(rows: readonly (readonly Cell[])[], column: number, values: readonly string[]): Generator<Cell[]> {
  const height = Math.max(rows.length, values.length);
  for (let r = 0; r < height; r++) {
    const row: Cell[] = [...(rows[r] ?? [])];
    while (row.length < column) row.push(null);
    const value = values[r];
    row[column] = value === undefined || value === '' ? null : value;
    yield trimTrailingEmpty(row);
  }
}

function trimTrailingEmpty(row: Cell[]): Cell[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === '')) end--;
  return row.slice(0, end);
}
