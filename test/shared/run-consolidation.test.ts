import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages/domain/index.ts';
import { type RunResult, runConsolidation } from '../../shared/run-consolidation.ts';
import type { Cell, Snapshot } from '../../shared/workbook.ts';
import { aTab, aWorkbook, FORM_HEADER, goodForm, NOW, settingsTab, unitsTab } from '../builders.ts';

// Which run wrote each output tab: NOW in Taipei (shared/run-stamp.ts).
const STAMP = '彙整時間：115/11/23 10:00:00';

function run(snapshot: Snapshot): RunResult {
  const result = runConsolidation({ snapshot, now: NOW });
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const tab = (result: RunResult, name: string) => result.changes.outputs.find((t) => t.name === name)?.rows ?? [];
const column = (rows: readonly (readonly Cell[])[], header: string) => {
  const index = rows[0]?.indexOf(header) ?? -1;
  return rows.slice(1).map((row) => row[index]);
};

describe('runConsolidation', () => {
  it('gathers the latest report of each responsible unit into 執行成效, in plan order', () => {
    const result = run(
      aWorkbook([
        goodForm({ 填報單位: '民政課', 執行成效: '問卷設計中' }),
        goodForm({ 填報單位: '社會課', 時間戳記: '2026/4/3 上午 9:00:00', 辦理狀態: '已完成', 執行成效: '完成社會課問卷' }),
        goodForm({
          填報單位: '民政課',
          時間戳記: '2026/5/2 上午 9:00:00',
          填報期間: '115年4月',
          辦理狀態: '已完成',
          執行成效: '回收問卷 300 份',
          佐證資料: 'https://x.example.gov.tw/a',
        }),
      ]),
    );
    const results = tab(result, '執行成效');
    expect(results[0]).toEqual(['項次', '實施要項', '具體作法', '執行單位', '執行成效', '辦理狀態', '最近填報', '佐證資料', STAMP]);
    expect(column(results, '項次')).toEqual(['1-1', '1-2', '2-1', '2-1-2']);
    const row = results[3];
    expect(row?.[4]).toBe('【民政課】回收問卷 300 份\n【社會課】完成社會課問卷');
    expect(row?.[5]).toBe('已完成');
    expect(row?.[6]).toBe('115年4月（115/05/02 09:00）');
    expect(row?.[7]).toBe('https://x.example.gov.tw/a');
    expect(column(results, '辦理狀態')).toEqual(['未填報', '未填報', '已完成', '未填報']);
  });

  it('marks superseded and duplicate rows in 檢核結果 and counts them once', () => {
    const first = goodForm({ 執行成效: '第一版' });
    const result = run(aWorkbook([first, goodForm({ 時間戳記: '2026/4/3 上午 9:00:00', 執行成效: '第二版' }), first]));
    const verdicts = result.changes.verdicts.find((c) => c.tab === '表單回應 1');
    expect(verdicts?.values).toEqual(['檢核結果', '通過（已由第3列取代）', '通過', '通過（與第2列重複，僅計一次）']);
    expect(verdicts?.column).toBe(12);
    expect(tab(result, '執行成效')[3]?.[4]).toBe('第二版');
  });

  it('adds 檢核結果 after the last value of any row, so a note in a column without a header is kept', () => {
    const noted = aTab('填報-民政課', [
      ['具體作法', '填報期間', '辦理狀態', '執行成效'],
      ['2-1', '115年3月', '辦理中', '完成問卷設計', '主管交辦：下週再確認'],
      ['2-1', '115年4月', '辦理中', '回收問卷', null, ' '],
      ['2-1', '115年5月', '辦理中', '分析問卷'],
    ]);
    const verdicts = run(aWorkbook([], [noted])).changes.verdicts.find((c) => c.tab === '填報-民政課');
    expect(verdicts?.column).toBe(6);
    expect(verdicts?.values).toEqual(['檢核結果', '通過', '通過', '通過']);
  });

  it("writes 檢核結果 under the tab's own header when it has one, a note in brackets included", () => {
    const own = aTab('填報-民政課', [
      ['具體作法', '檢核結果（系統填寫，請勿修改）', '填報期間', '辦理狀態', '執行成效'],
      ['2-1', '舊的結果', '115年3月', '辦理中', '完成問卷設計'],
    ]);
    const verdicts = run(aWorkbook([], [own])).changes.verdicts.find((c) => c.tab === own.name);
    expect(verdicts).toMatchObject({ tab: own.name, column: 1, values: ['檢核結果（系統填寫，請勿修改）', '通過'] });
  });

  it("reads a 填報‑<單位> tab named with a look-alike dash as that unit's tab", () => {
    const typed = aTab('填報\u2011民政課', [
      ['具體作法', '填報期間', '辦理狀態', '執行成效'],
      ['2-1', '115年3月', '辦理中', '完成問卷設計'],
    ]);
    const result = run(aWorkbook([], [typed]));
    expect(result.changes.verdicts.find((c) => c.tab === typed.name)?.values).toEqual(['檢核結果', '通過']);
    expect(tab(result, '檢核錯誤').filter((row) => row[0] === typed.name)).toEqual([]);
  });

  describe('unit tabs named as people name them', () => {
    const report = (name: string) =>
      aTab(name, [
        ['具體作法', '填報期間', '辦理狀態', '執行成效'],
        ['2-1', '115年3月', '辦理中', '完成問卷設計'],
      ]);

    it.each([['填報_民政課'], ['填報（民政課）'], ['民政課填報'], ['填報 民政'], ['民政股-填報']])("reads %s as 民政課's tab", (name) => {
      const result = run(aWorkbook([], [report(name)]));
      expect(result.changes.verdicts.find((c) => c.tab === name)?.values).toEqual(['檢核結果', '通過']);
      expect(tab(result, '執行成效')[3]?.[4]).toBe('完成問卷設計');
      expect(tab(result, '檢核錯誤').filter((row) => row[0] === name)).toEqual([]);
    });

    it('names in 檢核錯誤 a tab holding reports that no rule reads, with the rows it left out', () => {
      const result = run(
        aWorkbook([], [report('工務課填報'), aTab('填報說明', [['請依下列方式填報'], ['具體作法：選項目']]), report('填報')]),
      );
      expect(tab(result, '檢核錯誤').filter((row) => row[3] === '分頁')).toEqual([
        ['工務課填報', null, '', '分頁', msg.reportTabNotRead('工務課填報', 1)],
        ['填報', null, '', '分頁', msg.bareUnitTabNotRead('填報', 1)],
      ]);
      expect(result.changes.verdicts.map((verdicts) => verdicts.tab)).toEqual(['表單回應 1']);
    });

    it("reads a bare 填報 tab whose rows name their unit, as a Form's", () => {
      const shared = aTab('填報', [
        ['填報單位', '具體作法', '填報期間', '辦理狀態', '執行成效'],
        ['社會課', '2-1', '115年3月', '辦理中', '發放問卷'],
      ]);
      const result = run(aWorkbook([], [shared]));
      expect(result.changes.verdicts.find((c) => c.tab === '填報')?.values).toEqual(['檢核結果', '通過']);
      expect(tab(result, '管考總表').find((row) => row[0] === '2-1' && row[2] === '社會課')?.[5]).toBe('辦理中');
    });
  });

  it('lists every bad row in 檢核錯誤 with its tab, row and column, and writes its problems beside it', () => {
    const result = run(aWorkbook([goodForm(), goodForm({ 辦理狀態: '落後', 佐證資料: '見附件' }), [], goodForm({ 填報單位: '工務課' })]));
    const problems = tab(result, '檢核錯誤').filter((row) => row[0] === '表單回應 1');
    expect(problems.map((row) => [row[1], row[2], row[3]])).toEqual([
      [3, '民政課', '佐證資料'],
      [3, '民政課', '落後原因'],
      [3, '民政課', '改善措施'],
      [5, '工務課', '填報單位'],
    ]);
    const verdicts = result.changes.verdicts.find((c) => c.tab === '表單回應 1');
    expect(verdicts?.values[2]).toMatch(/^佐證資料：.*\n落後原因：.*\n改善措施：/u);
    expect(verdicts?.values[3]).toBe('');
  });

  it('reports a unit tab missing a required column once, names it on each row, and consolidates the other units', () => {
    const noPeriod = aTab('填報-社會課', [
      ['具體作法', '辦理狀態', '執行成效'],
      ['2-1', '辦理中', 'A'],
      ['2-1', '已完成', 'B'],
      ['2-1', '落後', 'C'],
    ]);
    const result = run(aWorkbook([goodForm()], [noPeriod]));
    expect(tab(result, '檢核錯誤').filter((row) => row[0] === '填報-社會課')).toEqual([
      ['填報-社會課', null, '社會課', '填報期間', '此分頁缺少「填報期間」欄，其中 3 列都無法檢核；請在第1列加上「填報期間」欄。'],
      ['填報-社會課', 4, '社會課', '落後原因', '辦理狀態為「落後」時須填寫落後原因。'],
      ['填報-社會課', 4, '社會課', '改善措施', '辦理狀態為「落後」時須填寫改善措施。'],
    ]);
    const verdicts = result.changes.verdicts.find((c) => c.tab === '填報-社會課');
    expect(verdicts?.values.slice(1, 3)).toEqual(['此分頁缺少「填報期間」欄，無法檢核本列。', '此分頁缺少「填報期間」欄，無法檢核本列。']);
    expect(tab(result, '執行成效')[3]?.[4]).toBe('完成問卷設計');
  });

  it("reads a unit tab whose header is below a title row: a missing column is named at the header's row, the header is no data row", () => {
    const titled = aTab('填報-社會課', [
      ['社會課 115年度 填報表'],
      ['具體作法', '辦理狀態', '執行成效'],
      ['2-1', '辦理中', 'A'],
      ['2-1', '已完成', 'B'],
    ]);
    const result = run(aWorkbook([goodForm()], [titled]));
    expect(tab(result, '檢核錯誤').filter((row) => row[0] === '填報-社會課')).toEqual([
      ['填報-社會課', null, '社會課', '填報期間', '此分頁缺少「填報期間」欄，其中 2 列都無法檢核；請在第2列加上「填報期間」欄。'],
    ]);
    const verdicts = result.changes.verdicts.find((c) => c.tab === '填報-社會課');
    expect(verdicts?.values).toEqual([
      '',
      '檢核結果',
      '此分頁缺少「填報期間」欄，無法檢核本列。',
      '此分頁缺少「填報期間」欄，無法檢核本列。',
    ]);
  });

  describe('a Form answer made before a row was inserted into a plan with generated 項次', () => {
    // 1-3 was 電話禮貌測試 when the Form's choices were made; a practice inserted above it took 1-3.
    const renumbered = (answer: string, unit = '秘書室'): RunResult => {
      const plan = aTab('計畫', [
        ['實施要項', '具體作法', '執行單位', '完成期限'],
        ['一、便民', '推動謄本免附', '民政課', '持續辦理'],
        [null, '建置線上預約', '社會課', '持續辦理'],
        [null, '新增：設置哺乳室', '秘書室', '持續辦理'],
        [null, '電話禮貌測試', '秘書室', '持續辦理'],
      ]);
      const form = aTab('表單回應 1', [
        [...FORM_HEADER],
        goodForm({ 填報單位: unit, 具體作法: answer, 辦理狀態: '持續辦理', 執行成效: '測試1次' }),
      ]);
      return run({ tabs: [settingsTab(), unitsTab(), plan, form] });
    };

    it('counts for the practice its text names, not for the one that now has its 項次, and says so in 檢核結果', () => {
      const result = renumbered('1-3 電話禮貌測試');
      const results = tab(result, '執行成效');
      expect(results.slice(3).map((row) => [row[0], row[2], row[4], row[5]])).toEqual([
        ['1-3', '新增：設置哺乳室', '', '未填報'],
        ['1-4', '電話禮貌測試', '測試1次', '持續辦理'],
      ]);
      expect(result.changes.verdicts[0]?.values[1]).toBe(
        '通過（具體作法「1-3 電話禮貌測試」的項次與計畫不符，依作法文字計入 1-4；計畫的項次已變動，請改用新的選項）',
      );
    });

    it('names the practice its text chose, and why, when the unit is not responsible for that one', () => {
      const result = renumbered('1-3 電話禮貌測試', '社會課');
      expect(result.changes.verdicts[0]?.values[1]).toBe(
        '具體作法：具體作法「1-3 電話禮貌測試」的項次與計畫不符，依作法文字為 1-4；社會課不是 1-4 的執行單位（執行單位：秘書室）。',
      );
    });

    it("is an error naming both practices when its text names none of the plan's practices", () => {
      const result = renumbered('1-3 里鄰長研習');
      expect(
        tab(result, '執行成效')
          .slice(3)
          .map((row) => row[5]),
      ).toEqual(['未填報', '未填報']);
      expect(
        tab(result, '檢核錯誤')
          .filter((row) => row[0] === '表單回應 1')
          .map((row) => [row[3], row[4]]),
      ).toEqual([
        [
          '具體作法',
          '具體作法「1-3 里鄰長研習」與計畫不符：計畫中項次 1-3 是「1-3 新增：設置哺乳室」，作法文字不同。計畫的項次可能因增刪列而變動，無法確定是哪一項：請改選正確的作法（表單請先「依計畫更新表單」）。',
        ],
      ]);
    });
  });

  it('shows each period in 管考總表 and what is overdue', () => {
    const result = run(aWorkbook([goodForm({ 填報單位: '民政課', 具體作法: '2-1', 填報期間: '115年3月', 辦理狀態: '辦理中' })]));
    const rows = tab(result, '管考總表');
    expect(rows[0]?.slice(0, 4)).toEqual(['項次', '具體作法', '單位', '115年1月']);
    expect(rows[0]?.slice(-2)).toEqual(['逾期', STAMP]);
    const civil = rows.find((row) => row[0] === '2-1' && row[2] === '民政課') ?? [];
    expect(civil.slice(3, 15)).toEqual([
      '未填報',
      '未填報',
      '辦理中',
      '未填報',
      '未填報',
      '未填報',
      '未填報',
      '未填報',
      '未填報',
      '未填報',
      '',
      '',
    ]);
    expect(civil.at(-1)).toBe('9期未填報；已逾完成期限（115年5月31日）');
  });

  it("counts each unit's practices by latest status in 單位摘要", () => {
    const result = run(aWorkbook([goodForm({ 辦理狀態: '已完成' })]));
    const rows = tab(result, '單位摘要');
    expect(rows[0]).toEqual([
      '單位',
      '負責作法數',
      '已填報',
      '已完成',
      '辦理中',
      '持續辦理',
      '落後',
      '未開始',
      '未填報',
      '完成率',
      '最近填報',
      STAMP,
    ]);
    expect(rows.find((row) => row[0] === '民政課')?.slice(0, 10)).toEqual(['民政課', 3, 1, 1, 0, 0, 0, 0, 2, '33.3%']);
  });

  it("lets a Form answer sent later supersede a row typed into the unit's own tab", () => {
    const typed = aTab('填報-民政課', [
      ['具體作法', '填報期間', '辦理狀態', '執行成效'],
      ['2-1', '115年3月', '辦理中', '三月初打字的'],
    ]);
    const result = run(aWorkbook([goodForm({ 時間戳記: '2026/4/20 上午 9:00:00', 執行成效: '四月表單送的' })], [typed]));
    expect(tab(result, '執行成效')[3]?.[4]).toBe('四月表單送的');
    const verdicts = result.changes.verdicts.find((c) => c.tab === '填報-民政課');
    expect(verdicts?.values[1]).toBe('通過（已由「表單回應 1」第2列取代）');
  });

  it('gives a row without 時間戳記 the latest time above it in its tab, so an unrelated row never decides', () => {
    const a = goodForm({ 時間戳記: '2026/4/20 上午 9:00:00', 執行成效: 'A' });
    const b = goodForm({ 時間戳記: null, 執行成效: 'B' });
    const c = goodForm({ 時間戳記: '2026/4/1 上午 9:00:00', 執行成效: 'C' });
    expect(tab(run(aWorkbook([a, b, c])), '執行成效')[3]?.[4]).toBe('B');
    expect(tab(run(aWorkbook([a, c])), '執行成效')[3]?.[4]).toBe('A');
    // Typed below both responses, B was typed after both: after 4/20, not merely after 4/1.
    expect(tab(run(aWorkbook([a, c, b])), '執行成效')[3]?.[4]).toBe('B');
  });

  describe('supersede order (README, Decisions)', () => {
    // Rows for one unit × practice × period, spread over two Form tabs and the unit's own tab (which
    // has no 時間戳記 column); each row's 執行成效 names it.
    interface Row {
      readonly tab: number;
      readonly day: number | null;
      readonly name: string;
    }
    const TABS = ['表單回應 1', '填報-民政課', '表單回應 2'];
    const UNIT_HEADER = ['具體作法', '填報期間', '辦理狀態', '執行成效'];
    const arbitraryRow = (name: string) =>
      fc
        .record({ tab: fc.integer({ min: 0, max: 2 }), day: fc.option(fc.integer({ min: 1, max: 4 })) })
        .map(({ tab, day }): Row => ({ tab, day: tab === 1 ? null : day, name }));
    const arbitraryRows = fc
      .integer({ min: 1, max: 7 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryRow(`r${i}`))));
    const workbookOf = (rows: readonly Row[]): Snapshot => {
      const tabs = TABS.map((name, i) =>
        aTab(name, [
          i === 1 ? UNIT_HEADER : [...FORM_HEADER],
          ...rows
            .filter((row) => row.tab === i)
            .map((row) =>
              i === 1
                ? ['2-1', '115年3月', '辦理中', row.name]
                : goodForm({ 時間戳記: row.day === null ? null : `2026/4/${row.day} 上午 9:00:00`, 執行成效: row.name }),
            ),
        ]),
      );
      const base = aWorkbook([]);
      return { tabs: [...base.tabs.filter((t) => !t.name.startsWith('表單回應')), ...tabs] };
    };
    const winnerOf = (rows: readonly Row[]) => {
      const winners = [...run(workbookOf(rows)).consolidated.winners.values()];
      expect(winners).toHaveLength(1);
      return winners[0]?.narrative;
    };
    // The documented order, written independently: (effective day, reading position), lexicographic.
    const ranked = (rows: readonly Row[]) =>
      TABS.flatMap((_, i) => {
        let last: number | null = null;
        return rows
          .filter((row) => row.tab === i)
          .map((row) => {
            last = row.day === null ? last : Math.max(row.day, last ?? row.day);
            return { name: row.name, day: row.day ?? last ?? Number.NEGATIVE_INFINITY };
          });
      })
        .map((row, position) => ({ ...row, position }))
        .sort((a, b) => (a.day === b.day ? a.position - b.position : a.day - b.day));

    it('counts the maximum of the order for any rows of one key', () => {
      fc.assert(
        fc.property(arbitraryRows, (rows) => {
          expect(winnerOf(rows)).toBe(ranked(rows).at(-1)?.name);
        }),
      );
    });

    it('never changes the winner when a row that loses to it is added', () => {
      fc.assert(
        fc.property(arbitraryRows, arbitraryRow('added'), fc.nat(), (rows, added, at) => {
          const winner = winnerOf(rows);
          const more = [...rows];
          more.splice(at % (rows.length + 1), 0, added);
          const order = ranked(more).map((row) => row.name);
          fc.pre(order.indexOf('added') < order.indexOf(winner ?? ''));
          expect(winnerOf(more)).toBe(winner);
        }),
        { numRuns: 400 },
      );
    });
  });

  it("marks the status columns for colouring: 執行成效's 辦理狀態, and every period of 管考總表", () => {
    const outputs = run(aWorkbook([goodForm()])).changes.outputs;
    const statusHeaders = (name: string) => {
      const output = outputs.find((t) => t.name === name);
      return output?.layout?.statusColumns.map((column) => output.rows[0]?.[column]);
    };
    expect(statusHeaders('執行成效')).toEqual(['辦理狀態']);
    expect(statusHeaders('管考總表')).toEqual(Array.from({ length: 12 }, (_, i) => `115年${i + 1}月`));
  });

  it('gives every row the same 檢核結果 on whatever day it runs: rows are judged by their own 時間戳記, not by today', () => {
    const typed = aTab('填報-民政課', [
      ['具體作法', '填報期間', '辦理狀態', '辦理日期', '執行成效'],
      ['2-1', '115年12月', '辦理中', '115/12/28', '規劃年底問卷'],
    ]);
    const workbook = aWorkbook(
      [goodForm({ 填報期間: '115年12月' }), goodForm({ 時間戳記: '2026/12/2 上午 9:00:00', 填報單位: '社會課', 填報期間: '115年12月' })],
      [typed],
    );
    const verdictsAt = (now: number) => {
      const result = runConsolidation({ snapshot: workbook, now });
      if (!result.ok) throw new Error(result.reason);
      return result.value.changes.verdicts.map((verdicts) => [verdicts.tab, verdicts.values]);
    };
    const before = verdictsAt(NOW);
    expect(before).toEqual([
      ['表單回應 1', ['檢核結果', expect.stringContaining('尚未開始'), '通過']],
      ['填報-民政課', ['檢核結果', '通過']],
    ]);
    for (const later of [Date.parse('2026-12-29T10:00:00+08:00'), Date.parse('2027-03-01T10:00:00+08:00')])
      expect(verdictsAt(later)).toEqual(before);
  });

  it('reads 計畫年度 in Chinese numerals, whatever year the run is in', () => {
    const snapshot = aWorkbook([goodForm()]);
    const tabs = snapshot.tabs.map((t) => (t.name === '設定' ? settingsTab({ 計畫年度: '民國一一五年' }) : t));
    const result = runConsolidation({ snapshot: { tabs }, now: Date.parse('2027-03-01T10:00:00+08:00') });
    expect(result.ok && result.value.changes.verdicts[0]?.values).toEqual(['檢核結果', '通過']);
  });

  it.each([
    ['missing', settingsTab({ 計畫年度: '' })],
    ['unreadable', settingsTab({ 計畫年度: '今年' })],
  ])('fails, writing nothing, when 計畫年度 is %s rather than verdicts rows against a guessed year', (_, settings) => {
    const tabs = aWorkbook([goodForm()]).tabs.map((t) => (t.name === '設定' ? settings : t));
    expect(runConsolidation({ snapshot: { tabs }, now: NOW })).toMatchObject({ ok: false, reason: expect.stringContaining('計畫年度') });
  });

  it('fails with a message naming 計畫 when the workbook has no plan', () => {
    const result = runConsolidation({ snapshot: { tabs: [aTab('設定', [])] }, now: NOW });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('計畫') });
  });
});
