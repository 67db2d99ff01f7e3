import { isBlank } from './text.ts';
import type { Cell } from './workbook.ts';

// A merged cell shows one value over several cells, but every backend stores it in the first cell
// only (.ods covered cells, .xlsx <mergeCells>, a Google spreadsheet's merges). A 執行單位 merged
// over two practices, or a 填報期間 merged over two reports, belongs to each row it spans, so the
// readers hand the domain each such row with the value in it (README, Decisions › Merged cells).
// Only down the merge's first column: a merge across columns is a wider cell (a heading across the
// table, a 執行成效 widened over 量化成果), whose text is no value of the columns it covers.

/** A merged range of cells, 0-based: its first row and column, and how many rows and columns it spans. */
export interface MergedRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The rows with each merged range's value copied down its first column into every row it spans
 * that holds something of its own (a row with nothing else in it stays blank, so no empty row
 * becomes a report). Rows not changed are the same arrays; `rows` itself is never changed.
 * @example fillMergedCells([['民政課', 'a'], [null, 'b']], [{ row: 0, column: 0, rows: 2, columns: 1 }]) // → [['民政課', 'a'], ['民政課', 'b']]
 */
export function fillMergedCells(rows: readonly (readonly Cell[])[], merges: readonly MergedRange[]): (readonly Cell[])[] {
  const filled: (readonly Cell[])[] = [...rows];
  for (const merge of merges) {
    const value = rows[merge.row]?.[merge.column] ?? null;
    if (merge.rows < 2 || isBlank(value)) continue;
    const end = Math.min(rows.length, merge.row + merge.rows);
    for (let r = merge.row + 1; r < end; r++) {
      const own = rows[r] ?? [];
      if (!own.some((cell) => !isBlank(cell)) || !isBlank(own[merge.column] ?? null)) continue;
      const row = [...(filled[r] ?? own)];
      while (row.length < merge.column) row.push(null);
      row[merge.column] = value;
      filled[r] = row;
    }
  }
  return filled;
}
