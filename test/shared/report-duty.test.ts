import { describe, expect, it } from 'vitest';
import { periodLabel } from '../../shared/period.ts';
import { carriedStatus, dutyFor, openPeriod } from '../../shared/report-duty.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import type { Settings } from '../../shared/settings.ts';
import { aWorkbook, goodForm, NOW, settingsTab } from '../builders.ts';

const monthly = { year: 2026, cycle: 'month', dueDay: 5 } as const satisfies Pick<Settings, 'year' | 'cycle' | 'dueDay'>;
const quarterly = { year: 2024, cycle: 'quarter', dueDay: 10 } as const satisfies Pick<Settings, 'year' | 'cycle' | 'dueDay'>;

describe('openPeriod', () => {
  it.each([
    { name: 'the month before, until its 填報截止日', settings: monthly, today: { year: 2026, month: 4, day: 5 }, expected: '115年3月' },
    {
      name: 'the month itself, once the one before is due',
      settings: monthly,
      today: { year: 2026, month: 4, day: 6 },
      expected: '115年4月',
    },
    {
      name: 'the first month on the first day of the year',
      settings: monthly,
      today: { year: 2026, month: 1, day: 1 },
      expected: '115年1月',
    },
    { name: 'December, until 116年1月5日', settings: monthly, today: { year: 2027, month: 1, day: 5 }, expected: '115年12月' },
    {
      name: 'the quarter whose reports are collected',
      settings: quarterly,
      today: { year: 2024, month: 4, day: 10 },
      expected: '113年第1季',
    },
    { name: 'the next quarter after the due day', settings: quarterly, today: { year: 2024, month: 4, day: 11 }, expected: '113年第2季' },
  ])('is $name', ({ settings, today, expected }) => {
    const period = openPeriod(settings, today);
    expect(period && periodLabel(period)).toBe(expected);
  });

  it('is none before the plan year begins and after its last period is due', () => {
    expect(openPeriod(monthly, { year: 2025, month: 12, day: 31 })).toBeNull();
    expect(openPeriod(monthly, { year: 2027, month: 1, day: 6 })).toBeNull();
  });
});

describe('dutyFor and carriedStatus', () => {
  const run = runConsolidation({
    snapshot: aWorkbook([
      goodForm({ 具體作法: '2-1', 填報期間: '115年3月', 辦理狀態: '辦理中' }),
      goodForm({ 具體作法: '2-1', 填報期間: '115年5月', 辦理狀態: '已完成', 執行成效: '完成', 時間戳記: '2026/6/2 上午 9:15:00' }),
      goodForm({ 具體作法: '1-1', 填報期間: '115年3月', 辦理狀態: '落後', 落後原因: '人力', 改善措施: '增派' }),
    ]),
    now: NOW,
  });
  if (!run.ok) throw new Error(run.reason);
  const { index, uncounted } = run.value;
  const month = (index: number) => ({ year: 2026, cycle: 'month', index }) as const;

  it('owes a report until one is made, and nothing after 已完成', () => {
    expect(dutyFor(index, '民政課', '2-1', month(2)).kind).toBe('owed');
    expect(dutyFor(index, '民政課', '2-1', month(3)).kind).toBe('reported');
    expect(dutyFor(index, '民政課', '2-1', month(4)).kind).toBe('owed');
    expect(dutyFor(index, '民政課', '2-1', month(5)).kind).toBe('reported');
    expect(dutyFor(index, '民政課', '2-1', month(6)).kind).toBe('finished');
  });

  it('carries 辦理中 and 持續辦理 from the period just before, never 落後 or a later report', () => {
    expect(carriedStatus(index, '民政課', '2-1', month(4), uncounted)).toBe('辦理中');
    expect(carriedStatus(index, '民政課', '2-1', month(3), uncounted)).toBeNull();
    expect(carriedStatus(index, '民政課', '1-1', month(4), uncounted)).toBeNull();
    expect(carriedStatus(index, '社會課', '2-1', month(4), uncounted)).toBeNull();
  });

  describe('when the period just before has no counted report, or its latest row does not count', () => {
    // Quarterly: 第1季 持續辦理; 第2季 and 第3季 落後 without reasons (not counted); 第4季 asked.
    const quarter = (index: number) => ({ year: 2026, cycle: 'quarter', index }) as const;
    const carried = (rows: Parameters<typeof goodForm>[0][], period: number) => {
      const snapshot = aWorkbook(rows.map((row) => goodForm({ 具體作法: '2-1', 辦理狀態: '持續辦理', ...row })));
      const tabs = snapshot.tabs.map((tab) => (tab.name === '設定' ? settingsTab({ 填報週期: '季' }) : tab));
      const result = runConsolidation({ snapshot: { tabs }, now: NOW });
      if (!result.ok) throw new Error(result.reason);
      return carriedStatus(result.value.index, '民政課', '2-1', quarter(period), result.value.uncounted);
    };
    const late = { 辦理狀態: '落後', 執行成效: '人力不足' };

    it('carries nothing older than the period just before: the 落後 the unit said since is not hidden', () => {
      const rows = [
        { 填報期間: '115年第1季', 時間戳記: '2026/4/2 上午 9:00:00' },
        { 填報期間: '115年第2季', 時間戳記: '2026/7/2 上午 9:00:00', ...late },
        { 填報期間: '115年第3季', 時間戳記: '2026/10/2 上午 9:00:00', ...late },
      ];
      expect(carried(rows, 2)).toBe('持續辦理');
      expect(carried(rows, 4)).toBeNull();
    });

    it('carries nothing when a row sent after the counted one for that period does not count, and carries it when that row came first', () => {
      const counted = { 填報期間: '115年第3季', 時間戳記: '2026/10/2 上午 9:00:00' };
      expect(carried([counted, { 填報期間: '115年第3季', 時間戳記: '2026/10/3 上午 9:00:00', ...late }], 4)).toBeNull();
      expect(carried([{ 填報期間: '115年第3季', 時間戳記: '2026/10/1 上午 9:00:00', ...late }, counted], 4)).toBe('持續辦理');
    });
  });
});
