// A consolidated year for the year-end builders: the builders' plan with a few months of reports.
import type { OutputInput } from '../../shared/output-tabs.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import type { Cell, Snapshot } from '../../shared/workbook.ts';
import { aWorkbook, goodForm, NOW } from '../builders.ts';

/** The output input of a run over `snapshot` at NOW (2026-11-23, Taipei). */
export function outputOf(snapshot: Snapshot): OutputInput {
  const result = runConsolidation({ snapshot, now: NOW });
  if (!result.ok) throw new Error(result.reason);
  return result.value.output;
}

/** 民政課 and 社會課 report on 2-1 over spring; 民政課 falls behind on 2-1-2; 秘書室 finishes 1-2. */
export const yearRows: readonly Cell[][] = [
  goodForm({ 填報單位: '民政課', 填報期間: '115年3月', 辦理狀態: '辦理中', 執行成效: '完成問卷設計', 量化成果: '辦理2場次，參加120人次' }),
  goodForm({
    填報單位: '民政課',
    時間戳記: '2026/5/2 上午 9:00:00',
    填報期間: '115年4月',
    辦理狀態: '已完成',
    辦理日期: '115/04/28',
    執行成效: '回收問卷300份',
    量化成果: '1場次、30人次',
  }),
  goodForm({
    填報單位: '社會課',
    電子郵件地址: 'social@test.example.gov.tw',
    時間戳記: '2026/4/3 上午 9:00:00',
    填報期間: '115年3月',
    辦理狀態: '辦理中',
    執行成效: '社會課問卷設計中',
  }),
  goodForm({
    填報單位: '民政課',
    具體作法: '2-1-2',
    時間戳記: '2026/4/6 上午 9:00:00',
    填報期間: '115年3月',
    辦理狀態: '落後',
    執行成效: '場地未定',
    落後原因: '講師檔期未定',
    改善措施: '改於4月辦理',
  }),
  goodForm({
    填報單位: '秘書室',
    電子郵件地址: 'sec@test.example.gov.tw',
    具體作法: '1-2',
    時間戳記: '2026/7/2 上午 9:00:00',
    填報期間: '115年6月',
    辦理狀態: '已完成',
    執行成效: '網站資訊已更新',
  }),
];

export const yearInput = (): OutputInput => outputOf(aWorkbook(yearRows));
