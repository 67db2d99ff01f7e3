import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/apply-changes.ts';
import { OUTPUT_TABS } from '../../shared/output-tabs.ts';
import { appendOf, type PeriodRows, periodToPrepare, preparePeriodRows } from '../../shared/period-rows.ts';
import { type RunResult, runConsolidation } from '../../shared/run-consolidation.ts';
import { UNIT_TAB_COLUMNS } from '../../shared/submission-tabs.ts';
import type { Cell, Snapshot, Tab } from '../../shared/workbook.ts';
import { aTab, aWorkbook, goodForm, NOW, settingsTab } from '../builders.ts';

// NOW is 2026-11-23: 115年11月 is the period open for reports (10月 was due on 11月5日).
const NOVEMBER = { year: 2026, cycle: 'month', index: 11 } as const;
const civilTab = (...rows: Cell[][]): Tab => aTab('填報-民政課', [UNIT_TAB_COLUMNS, ...rows]);

function run(snapshot: Snapshot, now = NOW): RunResult {
  const result = runConsolidation({ snapshot, now });
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function prepare(snapshot: Snapshot): PeriodRows {
  return preparePeriodRows({ run: run(snapshot), snapshot, period: NOVEMBER });
}

// The workbook after prepare-period wrote its rows.
function prepared(snapshot: Snapshot): Snapshot {
  const rows = prepare(snapshot);
  return { tabs: applyChanges(snapshot, { outputs: [], verdicts: [], appends: rows.tabs.map(appendOf) }) };
}

const rowsOf = (snapshot: Snapshot, name: string) => snapshot.tabs.find((tab) => tab.name === name)?.rows ?? [];
const verdictsOf = (result: RunResult, tab: string) => result.changes.verdicts.find((c) => c.tab === tab)?.values ?? [];
const output = (result: RunResult, name: string) => result.changes.outputs.find((tab) => tab.name === name)?.rows ?? [];
const trackingRow = (result: RunResult, id: string, unit: string) =>
  output(result, OUTPUT_TABS.tracking).find((row) => row[0] === id && row[2] === unit) ?? [];

// 民政課 owns 1-1 (各課室), 2-1 and 2-1-2; it reported 1-1 持續辦理 in 10月, 2-1 for 11月 already, and finished 2-1-2 in 10月.
const history = () =>
  aWorkbook(
    [
      goodForm({ 具體作法: '1-1 檢討各項申請表單', 填報期間: '115年10月', 辦理狀態: '持續辦理', 時間戳記: '2026/11/2 上午 9:00:00' }),
      goodForm({ 具體作法: '2-1', 填報期間: '115年11月', 辦理狀態: '辦理中', 時間戳記: '2026/11/20 上午 9:00:00' }),
      goodForm({ 具體作法: '2-1-2', 填報期間: '115年10月', 辦理狀態: '已完成', 時間戳記: '2026/11/2 上午 9:00:00' }),
    ],
    [civilTab()],
  );

describe('preparePeriodRows', () => {
  it('adds a row for each practice owed, with the period, and the status carried from the period before', () => {
    const rows = prepare(history());
    expect(rows.tabs.map(appendOf)).toEqual([
      {
        tab: '填報-民政課',
        rows: [['1-1 檢討各項申請表單', '115年11月', '持續辦理', null, null, null, null, null, null, '待填報（狀態沿用上期，請確認）']],
      },
    ]);
    // 秘書室 and 社會課 owe reports too, but have no 填報 tab.
    expect(rows.withoutTab).toEqual(['秘書室', '社會課']);
  });

  it('adds nothing when run a second time', () => {
    const once = prepared(history());
    expect(prepare(once).tabs).toEqual([]);
    expect(rowsOf(prepared(once), '填報-民政課')).toEqual(rowsOf(once, '填報-民政課'));
  });

  it('adds no row for a practice the unit already has a row for, even one with a mistake', () => {
    const snapshot = aWorkbook([], [civilTab(['1-1', '115年11月', '已完成'], ['2-1', '115年11月', '辦理中', null, '問卷設計'])]);
    expect(prepare(snapshot).tabs[0]?.rows.map((row) => row.具體作法)).toEqual(['2-1-2 里鄰長研習']);
  });

  it('puts the 項次 alone under a column headed 項次, and 填報單位 where the tab has the column', () => {
    const snapshot = aWorkbook([], [aTab('填報-社會課', [['項次', '填報期間', '填報單位', '辦理狀態', '執行成效']])]);
    expect(prepare(snapshot).tabs.map(appendOf)).toEqual([
      {
        tab: '填報-社會課',
        rows: [
          ['1-1', '115年11月', '社會課'],
          ['2-1', '115年11月', '社會課'],
        ],
      },
    ]);
  });

  it("puts a unit's rows into its tab named as people name it (社會課填報)", () => {
    const snapshot = aWorkbook([], [aTab('社會課填報', [['項次', '填報期間', '辦理狀態', '執行成效']])]);
    expect(prepare(snapshot).tabs.map(appendOf)).toEqual([
      {
        tab: '社會課填報',
        rows: [
          ['1-1', '115年11月'],
          ['2-1', '115年11月'],
        ],
      },
    ]);
  });

  it('puts the rows of a unit with its own spreadsheet there, and names it when that spreadsheet was not read', () => {
    const snapshot = aWorkbook([], [civilTab()]);
    const units = snapshot.tabs.find((tab) => tab.name === '單位');
    const withOwn: Snapshot = {
      tabs: snapshot.tabs.map((tab) =>
        tab === units ? { ...tab, rows: tab.rows.map((row, i) => (i === 2 ? [...row.slice(0, 3), 'civil.xlsx'] : row)) } : tab,
      ),
    };
    const own = { unit: '民政課', snapshot: { tabs: [aTab('填報', [['具體作法', '填報期間', '辦理狀態', '執行成效']])] } };
    const result = runConsolidation({ snapshot: withOwn, unitWorkbooks: [own], now: NOW });
    if (!result.ok) throw new Error(result.reason);
    const rows = preparePeriodRows({ run: result.value, snapshot: withOwn, unitWorkbooks: [own], period: NOVEMBER });
    expect(rows.tabs.map((tab) => [tab.unit, tab.tab, tab.ownSpreadsheet, tab.rows.length])).toEqual([['民政課', '填報', true, 3]]);
    const notRead = preparePeriodRows({ run: run(withOwn), snapshot: withOwn, period: NOVEMBER });
    expect(notRead.notRead).toEqual(['民政課']);
  });
});

describe('periodToPrepare', () => {
  it.each([
    { cycle: '半年', today: { year: 2027, month: 2, day: 1 }, example: '115年下半年' },
    { cycle: '季', today: { year: 2027, month: 2, day: 1 }, example: '115年第4季' },
    { cycle: '年', today: { year: 2027, month: 2, day: 1 }, example: '115年' },
    { cycle: '月', today: { year: 2027, month: 2, day: 1 }, example: '115年12月' },
    { cycle: '半年', today: { year: 2025, month: 12, day: 1 }, example: '115年上半年' },
  ])('without an open period names an example of the plan’s own cycle ($cycle, $example)', ({ cycle, today, example }) => {
    const plan = run({ tabs: aWorkbook([]).tabs.map((tab) => (tab.name === '設定' ? settingsTab({ 填報週期: cycle }) : tab)) }).plan;
    const result = periodToPrepare(plan, undefined, today);
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? '' : result.reason).toContain(`例如 --period ${example}。`);
  });
});

describe('a prefilled row', () => {
  const TAB = '填報-民政課';

  it('is 待填報, neither a report nor an error, and 管考總表 shows 待填報 until the period is due', () => {
    const result = run(prepared(history()));
    expect(verdictsOf(result, TAB)).toEqual(['檢核結果', '待填報（狀態沿用上期，請確認）']);
    expect(output(result, OUTPUT_TABS.problems).filter((row) => row[0] === TAB)).toEqual([]);
    expect(result.counts).toMatchObject({ valid: 3, invalid: 0, awaiting: 1 });
    expect(trackingRow(result, '1-1', '民政課').slice(3, 3 + 12)).toEqual([...Array(9).fill('未填報'), '持續辦理', '待填報', '']);
  });

  it('is late like any missing report once the period is due', () => {
    const result = run(prepared(history()), Date.parse('2026-12-06T09:00:00+08:00'));
    expect(verdictsOf(result, TAB)).toEqual(['檢核結果', '待填報（狀態沿用上期，請確認）']);
    const row = trackingRow(result, '1-1', '民政課');
    expect(row.slice(3 + 9, 3 + 12)).toEqual(['持續辦理', '未填報', '']);
    expect(row.at(-1)).toBe('10期未填報');
  });

  it('counts once the unit fills 執行成效, with the carried status', () => {
    const filled = prepared(history());
    const tab = filled.tabs.find((t) => t.name === TAB);
    const rows = tab?.rows.map((row, i) => (i === 1 ? [row[0] ?? null, row[1] ?? null, row[2] ?? null, null, '持續檢討表單'] : row)) ?? [];
    const result = run({ tabs: filled.tabs.map((t) => (t === tab ? { name: TAB, rows } : t)) });
    expect(verdictsOf(result, TAB)).toEqual(['檢核結果', '通過']);
    expect(trackingRow(result, '1-1', '民政課')[3 + 10]).toBe('持續辦理');
  });

  it('partly filled is checked as usual: its missing fields are errors', () => {
    const filled = prepared(history());
    const tab = filled.tabs.find((t) => t.name === TAB);
    const partly = (change: (row: Cell[]) => void) => {
      const rows =
        tab?.rows.map((row, i) => {
          if (i !== 1) return row;
          const copy = [...row];
          change(copy);
          return copy;
        }) ?? [];
      return run({ tabs: filled.tabs.map((t) => (t === tab ? { name: TAB, rows } : t)) });
    };
    const withLink = partly((row) => {
      row[6] = 'https://x.example.gov.tw/1';
    });
    expect(verdictsOf(withLink, TAB)[1]).toBe('執行成效：辦理狀態為「持續辦理」時須填寫執行成效（僅「未開始」可留空）。');
    expect(output(withLink, OUTPUT_TABS.problems).map((row) => [row[0], row[1], row[3]])).toContainEqual([TAB, 2, '執行成效']);
    const otherStatus = partly((row) => {
      row[2] = '已完成';
    });
    expect(verdictsOf(otherStatus, TAB)[1]).toMatch(/^執行成效：/u);
  });

  it('is a report when the unit typed the status itself, without the mark beside it: an error without 執行成效', () => {
    const typed = civilTab(['1-1', '115年11月', '持續辦理']);
    const result = run({ tabs: history().tabs.map((t) => (t.name === TAB ? typed : t)) });
    expect(verdictsOf(result, TAB)[1]).toMatch(/^執行成效：/u);
    expect(result.counts.awaiting).toBe(0);
  });

  it('carries no status into a tab without a 檢核結果 column, where nothing could mark it as a suggestion', () => {
    const plain = aTab(TAB, [UNIT_TAB_COLUMNS.slice(0, -1)]);
    const rows = prepare({ tabs: history().tabs.map((t) => (t.name === TAB ? plain : t)) });
    expect(rows.tabs[0]?.rows[0]).toEqual({
      具體作法: '1-1 檢討各項申請表單',
      填報期間: '115年11月',
      填報單位: '民政課',
      檢核結果: '待填報',
    });
  });

  it('says so when the unit reported the same period through the Form meanwhile', () => {
    const filled = prepared(history());
    const form = filled.tabs.find((t) => t.name === '表單回應 1');
    const rows = [
      ...(form?.rows ?? []),
      goodForm({ 具體作法: '1-1', 填報期間: '115年11月', 辦理狀態: '已完成', 時間戳記: '2026/11/22 上午 9:00:00' }),
    ];
    const result = run({ tabs: filled.tabs.map((t) => (t === form ? { name: t.name, rows } : t)) });
    expect(verdictsOf(result, TAB)[1]).toBe('本期已由「表單回應 1」第5列填報，本列免填');
  });
});
