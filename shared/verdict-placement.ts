import { cellsHash, sameCells } from './row-identity.ts';
import type { Cell, VerdictColumn } from './workbook.ts';

// Where a run's 檢核結果 go in a tab read again just before writing. Between the read the verdicts
// came from and the write, a unit may sort its tab, a Form response may land, a row may be typed
// in: writing the verdicts by position would put them beside the wrong rows. So the verdicts come
// with the rows they were computed for (VerdictColumn.readRows), and each goes only where its row is now.

/**
 * For each row of `rows` (the tab as it is now, row 1 first), the 檢核結果 to write there, or
 * undefined to leave the cell as it is: a row the run did not check (added since), or one it
 * cannot tell apart (its cells now match no checked row, or several). A row is found at its old
 * position when it is still there, else by its cells when exactly one checked row and one row now
 * hold them. Without readRows, values go by position and rows past them are left alone.
 */
export function placeVerdicts(rows: readonly (readonly Cell[])[], verdicts: VerdictColumn): (string | undefined)[] {
  const { values, readRows, column } = verdicts;
  if (readRows === undefined) return Array.from({ length: Math.max(rows.length, values.length) }, (_, r) => values[r]);
  const placed: (string | undefined)[] = new Array<string | undefined>(rows.length);
  let moved: ((row: readonly Cell[]) => number | undefined) | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    // The common case, a tab nobody touched: the same row at the same place (often the very array read).
    if (r < values.length && sameCells(row, readRows[r] ?? [], column)) {
      placed[r] = values[r] ?? '';
      continue;
    }
    moved ??= movedRows(readRows.slice(0, values.length), rows, column);
    const from = moved(row);
    if (from !== undefined) placed[r] = values[from] ?? '';
  }
  return placed;
}

// Where a row now holding these cells was when read, when no other row held them then or holds
// them now (hashed once, and only when some row is not where it was).
function movedRows(
  then: readonly (readonly Cell[])[],
  now: readonly (readonly Cell[])[],
  column: number,
): (row: readonly Cell[]) => number | undefined {
  const once = (rows: readonly (readonly Cell[])[]) => {
    const at = new Map<number, number>();
    const repeated = new Set<number>();
    rows.forEach((row, index) => {
      const identity = cellsHash(row, column);
      if (at.has(identity)) repeated.add(identity);
      else at.set(identity, index);
    });
    for (const identity of repeated) at.delete(identity);
    return at;
  };
  const before = once(then);
  const after = once(now);
  return (row) => {
    const identity = cellsHash(row, column);
    const from = after.has(identity) ? before.get(identity) : undefined;
    // A hash is not the row: the cells are compared before a verdict moves.
    return from !== undefined && sameCells(row, then[from] ?? [], column) ? from : undefined;
  };
}
