import type { SubmissionSource } from './submission-tabs.ts';
import type { Cell } from './workbook.ts';

// Where the system writes 檢核結果 in a submission tab: the one rule every writer follows.

/**
 * The first column with no value in any row of a tab. A new 檢核結果 column goes there, so it
 * never lands on a user's cell: units keep notes in columns without a header, and a header-only
 * rule would write over them on every run. Whitespace counts as a value (it is still what was typed).
 */
export function firstFreeColumn(rows: readonly (readonly Cell[])[]): number {
  let free = 0;
  for (const row of rows) {
    for (let i = row.length - 1; i >= free; i--) {
      const cell = row[i];
      if (cell !== null && cell !== undefined && cell !== '') {
        free = i + 1;
        break;
      }
    }
  }
  return free;
}

/** The 0-based column of a submission tab's 檢核結果: the column its header names, else the first free one. */
export function checkColumnOf(source: SubmissionSource): number {
  return source.header.檢核結果 ?? firstFreeColumn(source.tab.rows);
}
