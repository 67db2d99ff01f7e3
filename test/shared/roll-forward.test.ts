import { describe, expect, it } from 'vitest';
import { dateToSerial } from '../../shared/dates.ts';
import { parsePlan } from '../../shared/plan.ts';
import { REVIEW_HEADER, rollForward } from '../../shared/roll-forward.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import type { Snapshot } from '../../shared/workbook.ts';
import { aWorkbook, goodForm, NOW, planTab, settingsTab } from '../builders.ts';

function rolled(snapshot: Snapshot) {
  const run = runConsolidation({ snapshot, now: NOW });
  if (!run.ok) throw new Error(run.reason);
  return rollForward(snapshot, run.value);
}
const rowsOf = (tabs: ReturnType<typeof rolled>['tabs'], name: string) => tabs.find((tab) => tab.name === name)?.rows ?? [];

describe('rollForward', () => {
  const snapshot = aWorkbook([
    goodForm({
      時間戳記: '2026/6/2 上午 9:15:00',
      填報單位: '秘書室',
      具體作法: '1-2',
      填報期間: '115年5月',
      辦理狀態: '已完成',
      執行成效: '已更新',
    }),
    goodForm({ 填報單位: '民政課', 具體作法: '2-1', 填報期間: '115年4月', 辦理狀態: '落後', 落後原因: '預算未核定', 改善措施: '追加預算' }),
    goodForm({ 填報單位: '社會課', 具體作法: '2-1', 填報期間: '115年4月', 辦理狀態: '辦理中' }),
  ]);

  it('writes next year: 設定 one year on, the plan name with it, and only 設定, 計畫, 單位 and notes', () => {
    const next = rolled(snapshot);
    expect(next.rocYear).toBe(116);
    expect(next.tabs.map((tab) => tab.name)).toEqual(['設定', '計畫', '單位', '匯入說明']);
    expect(rowsOf(next.tabs, '設定')).toContainEqual(['計畫年度', 116]);
    expect(rowsOf(next.tabs, '設定')).toContainEqual(['計畫名稱', '116年度提升服務品質執行計畫']);
  });

  it('starts 單位 with its header when this year had no 單位 tab', () => {
    const withoutUnits = { tabs: snapshot.tabs.filter((tab) => tab.name !== '單位') };
    expect(rowsOf(rolled(withoutUnits).tabs, '單位')).toEqual([['單位', '別名', '填報人電子郵件', '填報試算表']]);
  });

  it.each([
    ['一一五年度提升服務品質執行計畫', '一一六年度提升服務品質執行計畫'],
    ['民國一百一十五年提升服務品質執行計畫', '民國一百一十六年提升服務品質執行計畫'],
    ['１１５年度提升服務品質執行計畫', '１１６年度提升服務品質執行計畫'],
  ])('rewrites the year of the plan name %s in the style it is written in', (name, next) => {
    const written = { tabs: [settingsTab({ 計畫名稱: name }), ...snapshot.tabs.slice(1)] };
    expect(rowsOf(rolled(written).tabs, '設定')).toContainEqual(['計畫名稱', next]);
  });

  it('moves dated 完成期限 a year, keeps recurring and continuous ones, and says how each practice ended', () => {
    const plan = rowsOf(rolled(snapshot).tabs, '計畫');
    expect(plan[0]).toEqual(['項次', '實施要項', '執行策略', '具體作法', '執行單位', '完成期限', '預期目標', REVIEW_HEADER]);
    expect(plan.map((row) => [row[0], row[5], row[7]])).toEqual([
      ['項次', '完成期限', REVIEW_HEADER],
      ['1-1', '持續辦理', '未填報'],
      ['1-2', '116年6月底前', '已完成（最近填報：115年5月）'],
      ['2-1', '預定於2~5月份辦理', '落後（最近填報：115年4月）；落後原因：【民政課】預算未核定'],
      ['', '3月17、18日辦理', '未填報'],
    ]);
  });

  it('names beside the status the responsible units that never reported, so a practice one unit finished is not simply 已完成', () => {
    const half = aWorkbook([goodForm({ 填報單位: '民政課', 具體作法: '2-1', 填報期間: '115年4月', 辦理狀態: '已完成' })]);
    const review = rowsOf(rolled(half).tabs, '計畫').find((row) => row[0] === '2-1')?.[7];
    expect(review).toBe('已完成（社會課未填報；最近填報：115年4月）');
  });

  it('moves 完成期限 typed as dates a year, keeps them dates, and counts them', () => {
    const serial = (year: number, month: number, day: number) => dateToSerial({ year, month, day });
    const plan = planTab();
    const dated = {
      name: '計畫',
      rows: plan.rows.map((row, r) => (r === 2 ? row.with(5, serial(2026, 6, 30)) : r === 3 ? row.with(5, serial(2025, 12, 31)) : row)),
    };
    const next = rolled({ tabs: snapshot.tabs.map((tab) => (tab.name === '計畫' ? dated : tab)) });
    const nextPlan = next.tabs.find((tab) => tab.name === '計畫');
    expect(nextPlan?.rows.map((row) => row[5])).toEqual([
      '完成期限',
      '持續辦理',
      serial(2027, 6, 30),
      serial(2025, 12, 31),
      '3月17、18日辦理',
    ]);
    expect(nextPlan?.dates).toEqual([
      { row: 2, column: 5 },
      { row: 3, column: 5 },
    ]);
    const notes = rowsOf(next.tabs, '匯入說明');
    expect(notes).toContainEqual([
      '計畫',
      4,
      '2-1',
      '',
      '完成期限「114年12月31日」早於計畫年度，或明年沒有這一天，未改動；請改寫為新年度的期限。',
    ]);
    expect(notes.map((row) => row[4])).toContainEqual(expect.stringContaining('其中 1 項的完成期限改到 116 年'));
  });

  it('counts in 匯入說明 only the 完成期限 it rewrote, not those with no year to move (第2季, 上半年)', () => {
    const serial = dateToSerial({ year: 2026, month: 6, day: 30 });
    const deadlines = ['115年6月底', '第2季', '上半年', serial];
    const plan = planTab();
    const mixed = { name: '計畫', rows: plan.rows.map((row, r) => (r === 0 ? row : row.with(5, deadlines[r - 1] ?? null))) };
    const next = rolled({ tabs: snapshot.tabs.map((tab) => (tab.name === '計畫' ? mixed : tab)) });
    expect(rowsOf(next.tabs, '計畫').map((row) => row[5])).toEqual(['完成期限', '116年6月底', '第2季', '上半年', serial + 365]);
    const notes = rowsOf(next.tabs, '匯入說明').map((row) => row[4]);
    expect(notes).toContainEqual(expect.stringContaining('沿用 4 項具體作法，其中 2 項的完成期限改到 116 年'));
  });

  it("makes a workbook that parses as next year's plan, with no submissions", () => {
    const tabs = rolled(snapshot).tabs;
    const parsed = parsePlan({ tabs });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.plan.settings.rocYear).toBe(116);
    expect(parsed.value.plan.practices.find((p) => p.id === '1-2')?.deadline).toMatchObject({ kind: 'month', year: 2027, month: 6 });
    expect(tabs.some((tab) => tab.name.startsWith('表單回應'))).toBe(false);
  });

  it("replaces last year's 檢討 rather than adding another", () => {
    const once = rolled(snapshot);
    const formTab = aWorkbook([]).tabs.filter((tab) => tab.name.startsWith('表單回應'));
    const again = rolled({ tabs: [...once.tabs, ...formTab] });
    expect(rowsOf(again.tabs, '計畫')[0]?.filter((cell) => cell === REVIEW_HEADER)).toHaveLength(1);
    expect(rowsOf(again.tabs, '設定')).toContainEqual(['計畫年度', 117]);
  });
});
