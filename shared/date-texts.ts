// A workbook converted into CSV files holds text only, so a date cell of a user's tab would arrive
// as the serial number behind it (時間戳記 46115.586875, 填報期間 46082): guankao reads those back as
// the same dates, but a person cannot. In the columns guankao reads as dates — 時間戳記, 填報期間
// and 辦理日期 of a submission tab, 完成期限 of 計畫 — a date serial becomes the date as text
// (formatDateSerial), which the readers read back as the same value, so the copy checks as the
// workbook did. Any other number (a 量化成果, a date typed as digits such as 1150305) is left alone.
import { formatDateSerial, isDateSerial } from './dates.ts';
import { isPlanTab, planHeader } from './plan.ts';
import { findSubmissionSources } from './submission-tabs.ts';
import type { Cell, Tab } from './workbook.ts';

const SUBMISSION_DATE_COLUMNS = ['時間戳記', '填報期間', '辦理日期'] as const;

/** The tabs with the date serials of the columns guankao reads as dates written as dates in text (115年3月1日, 2026/4/2 下午 2:05:06). */
export function withDateTexts<T extends Tab>(tabs: readonly T[]): T[] {
  const columns = new Map<string, { readonly from: number; readonly columns: readonly number[] }>();
  for (const source of findSubmissionSources({ tabs })) {
    columns.set(source.tab.name, { from: 1, columns: SUBMISSION_DATE_COLUMNS.flatMap((column) => source.columns[column] ?? []) });
  }
  for (const tab of tabs) {
    if (!isPlanTab(tab.name)) continue;
    const { index, header } = planHeader(tab);
    if (header.完成期限 !== undefined) columns.set(tab.name, { from: index + 1, columns: [header.完成期限] });
  }
  return tabs.map((tab) => {
    const dated = columns.get(tab.name);
    return dated && dated.columns.length > 0 ? { ...tab, rows: rowsWithDateTexts(tab.rows, dated.from, dated.columns) } : tab;
  });
}

function rowsWithDateTexts(rows: readonly (readonly Cell[])[], from: number, columns: readonly number[]): (readonly Cell[])[] {
  return rows.map((row, r) => {
    if (r < from || !columns.some((c) => isSerial(row[c]))) return row;
    return row.map((cell, c) => (typeof cell === 'number' && columns.includes(c) && isSerial(cell) ? formatDateSerial(cell) : cell));
  });
}

function isSerial(cell: Cell | undefined): cell is number {
  return typeof cell === 'number' && isDateSerial(cell);
}
