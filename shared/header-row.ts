import { type HeaderMap, mapHeader } from './input-columns.ts';
import { isBlank } from './text.ts';
import type { Tab } from './workbook.ts';

// A table pasted from a document, or a tab a unit dressed up, often has a title row or two above its
// header (「戶籍課 115年度 填報表」). One rule finds the header of every tab typed by hand — 設定, 計畫,
// the submission tabs — so a title row never reads as a header missing every column.

/** How far down title rows may push the header of a tab typed by hand. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Where a tab's header is (0-based) and its columns: the first of the first rows naming every
 * `required` column; else the row naming the most columns, so the column said to be missing is the
 * one really missing; else the first non-blank row.
 */
export function findHeaderRow<C extends string>(
  rows: Tab['rows'],
  columns: Record<C, readonly string[]>,
  required: readonly NoInfer<C>[],
): { index: number; header: HeaderMap<C> } {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS).map((row) => mapHeader(row, columns));
  const found = candidates.findIndex((map) => required.every((column) => map[column] !== undefined));
  const named = (index: number) => Object.keys(candidates[index] ?? {}).length;
  const most = candidates.reduce((best, _, index) => (named(index) > named(best) ? index : best), 0);
  const index =
    found >= 0
      ? found
      : named(most) > 0
        ? most
        : Math.max(
            0,
            rows.findIndex((row) => !row.every(isBlank)),
          );
  return { index, header: candidates[index] ?? {} };
}
