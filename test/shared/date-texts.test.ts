import { describe, expect, it } from 'vitest';
import { withDateTexts } from '../../shared/date-texts.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import type { Tab } from '../../shared/workbook.ts';
import { aTab, aWorkbook, FORM_HEADER, formRow, NOW } from '../builders.ts';

const workbook = () =>
  aWorkbook(
    [
      formRow({
        時間戳記: 46115.586875,
        填報單位: '民政課',
        具體作法: '2-1',
        填報期間: 46082,
        辦理狀態: '辦理中',
        辦理日期: 46096,
        執行成效: '問卷',
        量化成果: 46100,
      }),
      formRow({
        時間戳記: '2026/4/8 下午 3:12:45',
        填報單位: '民政課',
        具體作法: '2-1',
        填報期間: 1150401,
        辦理狀態: '辦理中',
        執行成效: '問卷',
        量化成果: 3,
      }),
    ],
    [
      aTab('填報-社會課', [
        ['填報期間', '具體作法', '辦理狀態', '執行成效'],
        [46082, '2-1', '辦理中', '訪視'],
      ]),
      aTab('備註', [['日期'], [46082]]),
    ],
  );
const tab = (tabs: readonly Tab[], name: string) => tabs.find((t) => t.name === name)?.rows;

describe('withDateTexts', () => {
  it('writes the date serials of 時間戳記, 填報期間 and 辦理日期 as dates in text, and leaves other numbers alone', () => {
    const tabs = withDateTexts(workbook().tabs);
    expect(tab(tabs, '表單回應 1')?.[1]).toEqual(
      formRow({
        時間戳記: '2026/4/3 下午 2:05:06',
        填報單位: '民政課',
        具體作法: '2-1',
        填報期間: '115年3月1日',
        辦理狀態: '辦理中',
        辦理日期: '115年3月15日',
        執行成效: '問卷',
        量化成果: 46100,
      }),
    );
    // A date typed as digits (1150401) is what the user typed, not a serial.
    expect(tab(tabs, '表單回應 1')?.[2]?.[FORM_HEADER.indexOf('填報期間')]).toBe(1150401);
    expect(tab(tabs, '填報-社會課')?.[1]?.[0]).toBe('115年3月1日');
    expect(tab(tabs, '備註')?.[1]?.[0]).toBe(46082);
  });

  it('writes a dated 完成期限 of 計畫 below its header, a title row above it or not', () => {
    const plan = aTab('計畫', [
      ['一一五年度計畫'],
      ['項次', '實施要項', '具體作法', '執行單位', '完成期限'],
      ['1-1', '一、便民', '延長服務', '民政課', 46203],
      ['1-2', '', '線上預約', '民政課', '持續辦理'],
    ]);
    expect(tab(withDateTexts([plan]), '計畫')?.slice(2)).toEqual([
      ['1-1', '一、便民', '延長服務', '民政課', '115年6月30日'],
      ['1-2', '', '線上預約', '民政課', '持續辦理'],
    ]);
  });

  it('gives a workbook that checks as the original did', () => {
    const verdictsOf = (tabs: readonly Tab[]) => {
      const run = runConsolidation({ snapshot: { tabs }, now: NOW });
      if (!run.ok) throw new Error(run.reason);
      return run.value.changes.verdicts.map((column) => column.values.map((value) => value?.replace(/「[^」]*」/gu, '「…」')));
    };
    expect(verdictsOf(withDateTexts(workbook().tabs))).toEqual(verdictsOf(workbook().tabs));
  });
});
