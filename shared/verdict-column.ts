import { SUBMISSION_COLUMNS } from './input-columns.ts';
import { findSubmissionSources, type SubmissionSource } from './submission-tabs.ts';
import { cellText } from './text.ts';
import type { UnitLookup } from './unit-tab-names.ts';
import type { Cell, Snapshot } from './workbook.ts';

// Where the system writes 檢核結果 in a submission tab, and under which header: the one rule every
// writer, and the rebuild's check that its input did not change, follow.

/** The header written above a new 檢核結果 column. */
export const VERDICT_HEADER = SUBMISSION_COLUMNS.檢核結果[0];

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

/** Where a submission tab's 檢核結果 goes. */
export interface VerdictPlace {
  /** 0-based: the column its header names, else the first free one. */
  readonly column: number;
  /** The header to write: the tab's own (`檢核結果（系統填寫）` stays as typed), else 檢核結果. */
  readonly header: string;
  /** 0-based row the header goes in: the tab's header row, below any title rows. */
  readonly headerRow: number;
}

/** Where a submission tab's 檢核結果 goes and the header it is written under. */
export function verdictPlaceOf(source: SubmissionSource): VerdictPlace {
  const { headerRow } = source;
  const named = source.header.檢核結果;
  if (named === undefined) return { column: firstFreeColumn(source.tab.rows), header: VERDICT_HEADER, headerRow };
  return { column: named, header: cellText(source.tab.rows[headerRow]?.[named] ?? null), headerRow };
}

/**
 * The 檢核結果 column of each submission tab of a workbook that has one, by tab name: the cells a
 * run writes. `unitSpreadsheet`: the workbook is a unit's own spreadsheet, whose tabs count as
 * submission tabs by a rule of their own (findSubmissionSources); `units`: the plan's, which tell
 * the variants of a unit tab's name.
 */
export function verdictColumnsOf(snapshot: Snapshot, unitSpreadsheet = false, units?: UnitLookup): ReadonlyMap<string, number> {
  const columns = new Map<string, number>();
  // Which tabs of a unit's spreadsheet are submission tabs does not depend on the unit's name.
  for (const source of findSubmissionSources(snapshot, unitSpreadsheet ? { unit: '', label: '' } : undefined, units)) {
    const column = source.header.檢核結果;
    if (column !== undefined) columns.set(source.tab.name, column);
  }
  return columns;
}
