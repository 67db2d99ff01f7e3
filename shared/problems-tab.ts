import { columnsTab, type OutputColumn } from './output-columns.ts';
import { OUTPUT_TABS, type OutputInput } from './output-tabs.ts';
import type { Problem } from './problem.ts';
import type { OutputTab } from './workbook.ts';

const PROBLEMS_COLUMNS: readonly OutputColumn<Problem>[] = [
  { header: '來源', width: 140, value: (problem) => problem.source },
  { header: '列', width: 50, value: (problem) => problem.row },
  { header: '單位', width: 90, value: (problem) => problem.unit },
  { header: '欄位', width: 90, value: (problem) => problem.column },
  { header: '說明', width: 480, value: (problem) => problem.message },
];

/** 檢核錯誤: one row per problem, plan problems first, then submissions in reading order. */
export function problemsTab({ problems }: OutputInput): OutputTab {
  return columnsTab(OUTPUT_TABS.problems, PROBLEMS_COLUMNS, problems);
}
