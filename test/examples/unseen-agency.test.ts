// A workbook the examples never showed: a 戶政事務所's plan in its own words (a title row above the
// header, 編號 / 工作要項 / 工作重點 / 工作內容 / 權責單位 / 辦理期程 / 績效指標, blank 編號, merged-cell
// blanks, 各課室), a quarterly cycle, English Google Form headers and a unit's hand-typed tab —
// consolidated in place through the command line, the way a coordinator would run it.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../functions/command-line.ts';
import { readCsvFolder } from '../../functions/workbooks/csv/csv-folder-workbook.ts';
import { OUTPUT_TABS } from '../../shared/output-tabs.ts';
import { cellText } from '../../shared/text.ts';
import type { Cell, Snapshot, Tab } from '../../shared/workbook.ts';
import { aTab } from '../builders.ts';
import { csvWorkbookFolder } from '../functions/csv-workbook-folder.ts';
import { EXAMPLES_NOW, recordsOf, tabOf } from './example-run.ts';

const settings = aTab('設定', [
  ['項目', '內容'],
  ['機關名稱', '範例市和平區戶政事務所'],
  ['計畫名稱', '115年度提升服務品質實施計畫'],
  ['計畫年度', '民國115年'],
  ['填報週期', '每季填報'],
  ['填報截止日', '每月10日'],
]);

const units = aTab('單位', [
  ['單位名稱', '別名', '電子郵件'],
  ['登記課', '戶籍登記課、登記', 'registry@heping.example.gov.tw'],
  ['資訊課', '資訊', 'it@heping.example.gov.tw'],
  ['行政課', '總務', 'admin@heping.example.gov.tw'],
  ['人事室', '', 'personnel@heping.example.gov.tw'],
  ['會計室', '主計', 'accounting@heping.example.gov.tw'],
]);

const plan = aTab('計畫', [
  ['範例市和平區戶政事務所115年度提升服務品質實施計畫－工作項目表'],
  ['編號', '工作要項', '工作重點', '工作內容', '權責單位', '辦理期程', '績效指標'],
  [
    '',
    '一、提升便民服務品質',
    '（一）簡化戶籍登記流程',
    '1.推動跨機關戶籍謄本減免，民眾免附謄本。',
    '登記課',
    '持續辦理',
    '減免謄本2,000件',
  ],
  ['', '', '', '2.全功能櫃檯一處收件、全程服務。', '登記課、資訊課', '每季', ''],
  ['', '', '（二）強化戶政資訊安全', '1.辦理戶役政資訊系統資安稽核。', '資訊課', '上、下半年', '稽核2次'],
  ['', '', '', '2.辦理同仁資安教育訓練。', '資訊課／人事室', '115年6月底前', ''],
  ['A-1', '二、擴大民眾參與', '', '辦理戶政業務滿意度調查。', '各課室', '預定於2~5月份辦理', '滿意度90%'],
  ['', '', '', '設置意見信箱並於3日內回復。', '行政課', '2026-03-14', ''],
  [],
  ['', '三、落實機關內部管理', '（一）精實行政作業', '檢討分層負責明細表。', '人事室', '視中央政策辦理', ''],
  ['', '', '', '辦理年度預算執行檢討。', '會計室', '12月底前', ''],
]);

const FORM_HEADER = [
  'Timestamp',
  'Email Address',
  '填報課室',
  '作法',
  '期間',
  '狀態',
  '辦理日期',
  '執行情形',
  '量化成果',
  '佐證連結',
  '落後原因',
  '因應措施',
];
const answer = (
  ts: string,
  email: string,
  unit: string,
  practice: string,
  period: string,
  status: string,
  rest: Partial<Record<'date' | 'text' | 'qty' | 'link' | 'late' | 'fix', string>> = {},
): Cell[] => [
  ts,
  email,
  unit,
  practice,
  period,
  status,
  rest.date ?? '',
  rest.text ?? '',
  rest.qty ?? '',
  rest.link ?? '',
  rest.late ?? '',
  rest.fix ?? '',
];
const R = 'registry@heping.example.gov.tw';

const form = aTab('Form Responses 1', [
  FORM_HEADER,
  answer('2026-04-07 09:30:00', R, '登記', '1-1-1 1.推動跨機關戶籍謄本減免，民眾免附謄本。', '115年第1季', '辦理中', {
    text: '第1季免附謄本520件。',
    qty: '520件',
    link: 'https://heping.example.gov.tw/q1',
  }),
  answer('2026-04-08 10:00:00', 'it@heping.example.gov.tw', '資訊課', '1-1-2', '第1季', '辦理中', { text: '完成全功能櫃檯收件系統設定。' }),
  answer('2026-04-08 11:00:00', R, '登記課', '1-1-2', 'Q1', '落後', {
    text: '全功能櫃檯僅開放1處。',
    late: '人力不足。',
    fix: '4月起由他課調派1人支援。',
  }),
  answer('2026-04-09 09:00:00', 'personnel@heping.example.gov.tw', '人事室', '1-2-2', '115年3月', '辦理中', {
    text: '資安教育訓練規劃中。',
  }),
  answer('2026-04-10 09:00:00', 'accounting@heping.example.gov.tw', '會計室', '1-1-1', '第1季', '辦理中', { text: '協助統計減免件數。' }),
  answer('2026-04-10 10:00:00', 'clerk@heping.example.gov.tw', '戶政課', 'A-1', '第1季', '辦理中', { text: '問卷設計中。' }),
  answer('2026-07-06 09:00:00', R, '登記課', '1-1-1', '第2季', '辦理中', { text: '第2季免附謄本610件。' }),
  answer('2026-07-07 09:00:00', 'admin@heping.example.gov.tw', '總務', '2-2', '第2季', '已完成', {
    date: '115/03/14',
    text: '3月14日設置意見信箱，上半年回復38件均於3日內。',
  }),
  answer('2026-07-08 09:00:00', R, '登記課', '1-1-1', '第2季', '已完成', {
    text: '+886-2-2345-6789 預約專線全年受理，第2季免附謄本累計1,130件。',
    qty: '1,130件',
  }),
  answer('2026-07-07 09:00:00', 'admin@heping.example.gov.tw', '總務', '2-2', '第2季', '已完成', {
    date: '115/03/14',
    text: '3月14日設置意見信箱，上半年回復38件均於3日內。',
  }),
  answer('2026-10-05 14:20:00', R, '登記課', 'A-1 辦理戶政業務滿意度調查。', '第3季', '已完成', {
    date: '115/05/29',
    text: '滿意度調查回收問卷420份，滿意度93%。',
  }),
]);

// 人事室 types its rows by hand, in its own order, with no 時間戳記.
const personnel = aTab('填報-人事室', [
  ['項次', '期間', '狀態', '成效'],
  ['3-1-1', '第2季', '已完成', '修正分層負責明細表，6月15日奉核。'],
  ['1-2-2', '第1季', '已完成', '3月20日辦理同仁資安教育訓練，42人參訓。'],
]);

const workbook: Snapshot = { tabs: [settings, units, plan, form, personnel] };

function io(now = EXAMPLES_NOW) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, now: () => now, env: {} },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

// As a spreadsheet shows a row: text of each cell, trailing empty cells dropped.
const shown = (row: readonly Cell[]) => {
  const cells = row.map((cell) => cellText(cell));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
};

describe('a 戶政事務所 plan in its own words, consolidated in place', () => {
  let folder: string;
  let after: Snapshot;
  let run: ReturnType<typeof io>;
  const rowsOf = (name: string) => recordsOf(tabOf(after, name));
  const byId = (name: string, id: string) => rowsOf(name).filter((row) => row.項次 === id);

  beforeAll(async () => {
    folder = csvWorkbookFolder(workbook, 'guankao-unseen-');
    run = io();
    expect(await runCli(['consolidate', folder], run.io)).toBe(0);
    after = await readCsvFolder(folder);
  });

  it('says what it did in zh-TW and nothing on stderr', () => {
    expect(run.err()).toBe('');
    expect(run.out()).toContain('範例市和平區戶政事務所');
    expect(run.out()).toContain('具體作法 8 項');
  });

  it('reads the plan below its title row: 編號 as written, blank ones from the outline, merged cells continued', () => {
    const results = rowsOf(OUTPUT_TABS.results);
    expect(results.map((row) => row.項次)).toEqual(['1-1-1', '1-1-2', '1-2-1', '1-2-2', 'A-1', '2-2', '3-1-1', '3-1-2']);
    expect(results.map((row) => row.實施要項)).toEqual([
      ...Array<string>(4).fill('一、提升便民服務品質'),
      ...Array<string>(2).fill('二、擴大民眾參與'),
      ...Array<string>(2).fill('三、落實機關內部管理'),
    ]);
    expect(results[1]?.具體作法).toBe('2.全功能櫃檯一處收件、全程服務。');
  });

  it('expects reports from the units 權責單位 names, 各課室 meaning every unit', () => {
    expect(byId(OUTPUT_TABS.tracking, 'A-1').map((row) => row.單位)).toEqual(['登記課', '資訊課', '行政課', '人事室', '會計室']);
    expect(byId(OUTPUT_TABS.tracking, '1-2-2').map((row) => row.單位)).toEqual(['資訊課', '人事室']);
    expect(tabOf(after, OUTPUT_TABS.tracking).rows[0]).toEqual([
      '項次',
      '具體作法',
      '單位',
      '115年第1季',
      '115年第2季',
      '115年第3季',
      '115年第4季',
      '逾期',
      '彙整時間：115/11/23 10:00:00',
    ]);
  });

  it('gathers each unit’s latest report, marked by unit, and shows 落後 when any unit is behind', () => {
    const [practice] = byId(OUTPUT_TABS.results, '1-1-2');
    expect(practice?.執行成效).toBe('【登記課】全功能櫃檯僅開放1處。\n【資訊課】完成全功能櫃檯收件系統設定。');
    expect(practice?.辦理狀態).toBe('落後');
    expect(byId(OUTPUT_TABS.results, '1-2-1')[0]?.辦理狀態).toBe('未填報');
  });

  it('lets a later report supersede an earlier one and writes formula-like text for Excel, as text', () => {
    const [practice] = byId(OUTPUT_TABS.results, '1-1-1');
    // A CSV output tab: text Excel would take for a formula gets its apostrophe (docs/backends.md).
    expect(practice?.執行成效).toBe("'+886-2-2345-6789 預約專線全年受理，第2季免附謄本累計1,130件。");
    expect(practice?.辦理狀態).toBe('已完成');
    expect(practice?.最近填報).toBe('115年第2季（115/07/08 09:00）');
  });

  it('counts a month for its quarter, and a Form answer over an undated hand-typed row for the same period', () => {
    // README, Decisions › Supersede order: the typed row has no 時間戳記, the Form answer proves when it came.
    const [hr] = byId(OUTPUT_TABS.tracking, '1-2-2').filter((row) => row.單位 === '人事室');
    expect(hr?.['115年第1季']).toBe('辦理中');
    expect(hr?.['115年第2季']).toBe('未填報');
    const [it] = byId(OUTPUT_TABS.tracking, '1-2-2').filter((row) => row.單位 === '資訊課');
    expect(it?.逾期).toBe('3期未填報；已逾完成期限（115年6月30日）');
  });

  it('reports exactly the plan’s practice owned by every unit, its unreadable 辦理期程 and the two bad form rows in 檢核錯誤', () => {
    const problems = rowsOf(OUTPUT_TABS.problems).map((row) => [row.來源, row.列, row.單位, row.欄位]);
    expect(rowsOf(OUTPUT_TABS.problems)[0]?.說明).toContain('全年共 1 項 × 5 個單位 × 4 期 = 20 份填報');
    expect(problems).toEqual([
      ['計畫', '', '', '執行單位'],
      ['計畫', '10', '', '完成期限'],
      ['Form Responses 1', '6', '會計室', '具體作法'],
      ['Form Responses 1', '7', '戶政課', '填報單位'],
    ]);
  });

  it('writes 檢核結果 beside each row, with the notes for superseded and repeated rows', () => {
    const verdicts = (name: string) => {
      const tab: Tab = tabOf(after, name);
      const column = (tab.rows[0] ?? []).indexOf('檢核結果');
      return tab.rows.slice(1).map((row) => cellText(row[column] ?? null));
    };
    expect(verdicts('Form Responses 1')).toEqual([
      '通過',
      '通過',
      '通過',
      '通過',
      expect.stringMatching(/^具體作法：會計室不是具體作法 1-1-1 的執行單位/u),
      expect.stringMatching(/^填報單位：填報單位「戶政課」不是已知的單位或別名/u),
      '通過（已由第10列取代）',
      '通過',
      '通過',
      '通過（與第9列重複，僅計一次）',
      '通過',
    ]);
    expect(verdicts('填報-人事室')).toEqual(['通過', '通過（已由「Form Responses 1」第5列取代）']);
  });

  it('never changes a user cell other than 檢核結果', () => {
    for (const tab of [settings, units, plan, form, personnel]) {
      const written = tabOf(after, tab.name);
      const column = (written.rows[0] ?? []).indexOf('檢核結果');
      const withoutVerdicts = written.rows.map((row) => shown(column < 0 ? row : row.filter((_, i) => i !== column)));
      expect(withoutVerdicts, tab.name).toEqual(tab.rows.map(shown));
    }
  });

  it('counts each unit’s practices by their latest status in 單位摘要', () => {
    const [registry] = rowsOf(OUTPUT_TABS.units).filter((row) => row.單位 === '登記課');
    expect(registry).toMatchObject({ 負責作法數: '3', 已填報: '3', 已完成: '2', 落後: '1', 未填報: '0', 完成率: '66.7%' });
  });
});

describe('a workbook that cannot be used', () => {
  const folderOf = (tabs: readonly Tab[]) => csvWorkbookFolder({ tabs }, 'guankao-unusable-');
  const stackTrace = /\bat .*\(?.*:\d+:\d+\)?$/mu;

  it('exits 2 naming the 計畫 tab when the plan sits in a tab of another name', async () => {
    const run = io();
    const renamed = aTab('工作項目表', plan.rows.slice(1));
    expect(await runCli(['consolidate', folderOf([settings, units, renamed])], run.io)).toBe(2);
    expect(run.err()).toContain('找不到「計畫」分頁');
    expect(run.err()).toContain('工作項目表');
    expect(run.err()).not.toMatch(stackTrace);
    expect(run.out()).toBe('');
  });

  it('exits 2 naming the 具體作法 column when 計畫 has no column for the practices', async () => {
    const run = io();
    const noPractice = aTab('計畫', [
      ['編號', '工作要項', '權責單位', '辦理期程'],
      ['1', '一、提升便民服務品質', '登記課', '持續辦理'],
    ]);
    expect(await runCli(['consolidate', folderOf([settings, units, noPractice])], run.io)).toBe(2);
    expect(run.err()).toContain('「計畫」分頁缺少「具體作法」欄');
    expect(run.err()).not.toMatch(stackTrace);
    expect(run.out()).toBe('');
  });

  it('leaves such a workbook as it was', async () => {
    const folder = folderOf([settings, units]);
    const before = await readCsvFolder(folder);
    expect(await runCli(['consolidate', folder], io().io)).toBe(2);
    expect(await readCsvFolder(folder)).toEqual(before);
  });
});
