import { describe, expect, it } from 'vitest';
import { inputFingerprint } from '../../../functions/rebuild/input-fingerprint.ts';
import { applyChanges } from '../../../shared/apply-changes.ts';
import { runConsolidation } from '../../../shared/run-consolidation.ts';
import type { Snapshot, Tab } from '../../../shared/workbook.ts';
import { aTab, aWorkbook, goodForm, NOW } from '../../builders.ts';

/** The workbook as it is after one run wrote its outputs and 檢核結果 columns. */
function afterRun(snapshot: Snapshot): Snapshot {
  const run = runConsolidation({ snapshot, now: NOW });
  if (!run.ok) throw new Error(run.reason);
  return { tabs: applyChanges(snapshot, run.value.changes) };
}

describe('inputFingerprint against what a run writes', () => {
  const ownTab = (header: string): Tab =>
    aTab('填報-民政課', [
      ['具體作法', '填報期間', '辦理狀態', '執行成效', header],
      ['2-1', '115年4月', '辦理中', '回收問卷', '舊的結果'],
    ]);

  it.each(['檢核結果', ' 檢核結果 ', '檢核結果（系統填寫，請勿修改）', '檢核結果(系統填寫)'])(
    "is the same after the run's own write when the column is headed %j",
    (header) => {
      const before = aWorkbook([goodForm()], [ownTab(header)]);
      const after = afterRun(before);
      expect(after.tabs.find((tab) => tab.name === '填報-民政課')?.rows).toEqual([
        ['具體作法', '填報期間', '辦理狀態', '執行成效', header],
        ['2-1', '115年4月', '辦理中', '回收問卷', '通過'],
      ]);
      expect(inputFingerprint(after)).toBe(inputFingerprint(before));
    },
  );

  it("is the same after the run's own write into a unit tab named as people name them (填報_民政課)", () => {
    const variant = aTab('填報_民政課', [
      ['具體作法', '填報期間', '辦理狀態', '執行成效', '檢核結果'],
      ['2-1', '115年4月', '辦理中', '回收問卷', '舊的結果'],
    ]);
    const before = aWorkbook([goodForm()], [variant]);
    const after = afterRun(before);
    expect(after.tabs.find((tab) => tab.name === '填報_民政課')?.rows[1]?.[4]).toBe('通過');
    expect(inputFingerprint(after)).toBe(inputFingerprint(before));
  });

  it('is the same after a first run adds the column beside a note in a column without a header', () => {
    const noted = aTab('填報-民政課', [
      ['具體作法', '填報期間', '辦理狀態', '執行成效'],
      ['2-1', '115年4月', '辦理中', '回收問卷', '主管交辦'],
    ]);
    const before = aWorkbook([goodForm()], [noted]);
    expect(inputFingerprint(afterRun(before))).toBe(inputFingerprint(before));
  });

  it('still sees a user editing a cell of the noted 檢核結果 tab outside that column', () => {
    const before = aWorkbook([goodForm()], [ownTab('檢核結果（系統填寫）')]);
    const edited = {
      tabs: before.tabs.map((tab) =>
        tab.name === '填報-民政課' ? { ...tab, rows: [tab.rows[0] ?? [], ['2-1', '115年4月', '已完成', '回收問卷', '舊的結果']] } : tab,
      ),
    };
    expect(inputFingerprint(edited)).not.toBe(inputFingerprint(before));
  });
});

describe('inputFingerprint over the tabs a run writes whole', () => {
  it.each(['執行成效', '年度執行成效一覽表', '單位成效-民政課', ' 單位成效-社會課 '])('does not change when %j changes', (name) => {
    const before = aWorkbook([goodForm()], [aTab(name, [['項次'], ['1-1']])]);
    const after = aWorkbook([goodForm()], [aTab(name, [['項次'], ['2-1'], ['2-2']])]);
    expect(inputFingerprint(after)).toBe(inputFingerprint(before));
  });

  it('changes when a tab of the user’s own changes, even one named like a summary', () => {
    const before = aWorkbook([goodForm()], [aTab('單位成效', [['備註'], ['甲']])]);
    const after = aWorkbook([goodForm()], [aTab('單位成效', [['備註'], ['乙']])]);
    expect(inputFingerprint(after)).not.toBe(inputFingerprint(before));
  });

  it('sees a row moved down past an empty row, and a number that became text', () => {
    const before = aWorkbook([goodForm()], [aTab('備註', [['甲'], [1]])]);
    expect(inputFingerprint(aWorkbook([goodForm()], [aTab('備註', [['甲'], [], [1]])]))).not.toBe(inputFingerprint(before));
    expect(inputFingerprint(aWorkbook([goodForm()], [aTab('備註', [['甲'], ['1']])]))).not.toBe(inputFingerprint(before));
  });

  it('trims trailing blank cells and rows before hashing', () => {
    const before = aWorkbook([goodForm()], [aTab('備註', [['甲', '乙']])]);
    const after = aWorkbook([goodForm()], [aTab('備註', [['甲', '乙', null, ''], [], [null]])]);
    expect(inputFingerprint(after)).toBe(inputFingerprint(before));
  });
});
