import { cellsHash } from './row-identity.ts';
import type { Cell, CheckColumn } from './workbook.ts';

// Where a run's 檢核結果 go in a tab read again just before writing. Between the read the verdicts
// came from and the write, a unit may sort its tab, a Form response may land, a row may be typed
// in: writing the verdicts by position would put them beside the wrong rows. So each verdict
// carries the identity of its row (CheckColumn.identities) and goes only where that row is now.

/**
 * For each row of `rows` (the tab as it is now, row 1 first), the 檢核結果 to write there, or
 * undefined to leave the cell as it is: a row the run did not check (added since), or one it
 * cannot tell apart (its cells now match no checked row, or several). A row is found at its old
 * position when it is still there, else by its identity when exactly one checked row and one row
 * now have it. Without identities, values go by position and rows past them are left alone.
 */
export function placeVerdicts(rows: readonly (readonly Cell[])[], check: CheckColumn): (string | undefined)[] {
  const { values, identities, column } = check;
  if (identities === undefined) return Array.from({ length: Math.max(rows.length, values.length) }, (_, r) => values[r]);
  const placed: (string | undefined)[] = new Array<string | undefined>(rows.length);
  const now = rows.map((row) => cellsHash(row, column));
  let moved: ((identity: number) => number | undefined) | null = null;
  for (let r = 0; r < rows.length; r++) {
    const identity = now[r] as number;
    if (r < values.length && identities[r] === identity) {
      placed[r] = values[r] ?? '';
      continue;
    }
    moved ??= movedRows(identities, now);
    const from = moved(identity);
    if (from !== undefined) placed[r] = values[from] ?? '';
  }
  return placed;
}

// Where a row now holding `identity` was when read, when that identity is unique then and now
// (worked out once, and only when some row is not where it was).
function movedRows(then: readonly number[], now: readonly number[]): (identity: number) => number | undefined {
  const once = (identities: readonly number[]) => {
    const at = new Map<number, number>();
    const repeated = new Set<number>();
    identities.forEach((identity, index) => {
      if (at.has(identity)) repeated.add(identity);
      else at.set(identity, index);
    });
    for (const identity of repeated) at.delete(identity);
    return at;
  };
  const before = once(then);
  const after = once(now);
  return (identity) => (after.has(identity) ? before.get(identity) : undefined);
}
