import { beforeAll, describe, expect, it } from 'vitest';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import type { Cell } from '../../shared/workbook.ts';
import { aTab, FORM_HEADER, goodForm, NOW, planTab, settingsTab, unitsTab } from '../builders.ts';
import type { FakeSpreadsheet } from './fakes/spreadsheet.ts';
import { at, buildBundle, bundleWithIngest, coordinatorSpreadsheet, goodResponse } from './setup-bundle.ts';

beforeAll(buildBundle);

// 社會課 keeps its rows in its own spreadsheet (單位 › 填報試算表), which this script cannot open. The
// functions can: their consolidation writes 管考總表 here, and 催報 reads that for 社會課.
// At NOW (2026-11-23) the last closed period is 115年10月 (due 115年11月5日). Here, in the form,
// 民政課 reported 1-1 and 2-1 (late: 2-1-2 里鄰長研習), 秘書室 everything, 社會課 2-1.

const OWN = 'https://docs.google.com/spreadsheets/d/social-own-spreadsheet/edit';
const october = (unit: string, practice: string) => ({
  時間戳記: '2026-11-03T10:00:00+08:00',
  填報單位: unit,
  具體作法: practice,
  填報期間: '115年10月',
  辦理狀態: '持續辦理',
  執行成效: '按月辦理',
});
const FORM_ROWS = [
  october('民政課', '1-1'),
  october('民政課', '2-1'),
  october('秘書室', '1-1'),
  october('秘書室', '1-2'),
  october('社會課', '2-1'),
];
const civilLetter = '\n【民政課】寄給 civil@test.example.gov.tw（依據：本試算表的填報資料）\n・2-1-2 里鄰長研習';

/** 管考總表 as the functions write it at `now`, having read 社會課's own 填報 tab with these rows (具體作法, 填報期間, 辦理狀態). */
function trackingRows(ownRows: readonly (readonly Cell[])[], now = NOW): Cell[][] {
  const units = unitsTab();
  const run = runConsolidation({
    snapshot: {
      tabs: [
        settingsTab(),
        { ...units, rows: units.rows.map((row) => (row[0] === '社會課' ? [...row.slice(0, 3), OWN] : row)) },
        planTab(),
        aTab('表單回應 1', [[...FORM_HEADER], ...FORM_ROWS.map((row) => goodForm(row))]),
      ],
    },
    unitWorkbooks: [
      {
        unit: '社會課',
        snapshot: { tabs: [aTab('填報', [['具體作法', '填報期間', '辦理狀態', '執行成效'], ...ownRows.map((row) => [...row, '辦理'])])] },
      },
    ],
    now,
  });
  if (!run.ok) throw new Error(run.reason);
  const tab = run.value.changes.outputs.find((output) => output.name === '管考總表');
  if (!tab) throw new Error('no 管考總表');
  return tab.rows.map((row) => [...row]);
}

function scenario(tracking?: Cell[][]) {
  const spreadsheet = coordinatorSpreadsheet(
    FORM_ROWS.map((row) => goodResponse({ ...row, 時間戳記: at(row.時間戳記) })),
    tracking ? { 管考總表: tracking } : {},
  );
  spreadsheet.sheet('單位').put(4, 4, OWN);
  return { spreadsheet, ...bundleWithIngest(spreadsheet) };
}
const preview = (gas: ReturnType<typeof scenario>['gas']) => {
  gas.run('previewReminders');
  return gas.spreadsheetApp.ui.alerts.at(-1)?.prompt;
};
const putTracking = (spreadsheet: FakeSpreadsheet, rows: Cell[][]) => {
  const sheet = spreadsheet.sheet('管考總表');
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      sheet.put(r + 1, c + 1, cell ?? '');
    });
  });
};

describe('催報 for a unit that reports in its own spreadsheet, decided from 管考總表', () => {
  it('sends no letter when 管考總表 shows its report, and says each letter’s source', () => {
    const { gas } = scenario(trackingRows([['1-1', '115年10月', '持續辦理']]));
    expect(preview(gas)).toBe(['預覽：以下為115年10月的催報信，尚未寄出。', civilLetter].join('\n'));
  });

  it('reminds it of what 管考總表 marks 未填報, saying so, and mails it from the monthly trigger', () => {
    const { gas } = scenario(trackingRows([['1-1', '115年9月', '持續辦理']]));
    expect(preview(gas)).toBe(
      [
        '預覽：以下為115年10月的催報信，尚未寄出。',
        civilLetter,
        '',
        '【社會課】寄給 social@test.example.gov.tw（依據：「管考總表」（此單位使用自己的填報試算表））',
        '・1-1 檢討各項申請表單',
      ].join('\n'),
    );
    gas.run('sendReminders', undefined, { ui: false });
    expect(gas.mail.outbox.map((mail) => mail.to)).toEqual(['civil@test.example.gov.tw', 'social@test.example.gov.tw']);
    expect(gas.mail.outbox[1]?.body).toContain('・1-1 檢討各項申請表單');
  });

  it('does not remind it of a practice it finished (已完成 in an earlier period)', () => {
    const { gas } = scenario(trackingRows([['1-1', '115年8月', '已完成']]));
    expect(preview(gas)).not.toContain('【社會課】');
  });

  it('says, without guessing, that 管考總表 is missing', () => {
    const { gas } = scenario();
    expect(preview(gas)).toBe(
      [
        '預覽：以下為115年10月的催報信，尚未寄出。',
        civilLetter,
        '',
        '無法判斷是否已填報（未寄出）：社會課',
        '這些單位使用自己的填報試算表，要依「管考總表」判斷，但本試算表沒有「管考總表」分頁。請先執行「管考 › 立即彙整」。',
      ].join('\n'),
    );
  });

  it('says 管考總表 predates the due date; the monthly run mails whom it can decide, and the next run for the period only the rest', () => {
    // Consolidated on 11/5, the due date itself: 115年10月 was not yet overdue, so its cells are blank.
    const { gas, spreadsheet } = scenario(trackingRows([], Date.parse('2026-11-05T20:00:00+08:00')));
    expect(preview(gas)).toContain(
      '無法判斷是否已填報（未寄出）：社會課\n這些單位使用自己的填報試算表，要依「管考總表」判斷，但「管考總表」是在115年10月的填報截止日（115年11月5日）以前彙整的，還看不出誰逾期未填。請先執行「管考 › 立即彙整」。',
    );
    gas.run('sendReminders', undefined, { ui: false });
    expect(gas.mail.outbox.map((mail) => mail.to)).toEqual(['civil@test.example.gov.tw']);
    expect(gas.logger.events().find((event) => event.event === 'reminders.sent')).toMatchObject({ undecided: ['社會課'] });

    // The coordinator runs 立即彙整; the functions rewrite 管考總表; the run again mails 社會課 only.
    putTracking(spreadsheet, trackingRows([]));
    gas.run('sendReminders', undefined, { ui: false });
    expect(gas.mail.outbox.map((mail) => mail.to)).toEqual(['civil@test.example.gov.tw', 'social@test.example.gov.tw']);
    gas.run('sendReminders', undefined, { ui: false });
    expect(gas.mail.outbox).toHaveLength(2);
    expect(
      gas.logger
        .events()
        .filter((event) => event.event === 'reminders.sent')
        .map((event) => event.text),
    ).toEqual([
      expect.stringContaining('已寄出115年10月的催報信 1 封。'),
      expect.stringContaining('【社會課】寄給 social@test.example.gov.tw（依據：「管考總表」'),
    ]);
  });

  it('says so when 管考總表 has no column for the period or no row for a practice', () => {
    const { gas, spreadsheet } = scenario(trackingRows([]).map((row) => row.filter((_, index) => index !== 12)));
    expect(preview(gas)).toContain('「管考總表」沒有「115年10月」欄（可能是其他年度或填報週期的彙整結果）');
    const withoutRow = trackingRows([]).filter((row) => !(row[0] === '1-1' && row[2] === '社會課'));
    spreadsheet.sheet('管考總表').cells.length = 0;
    putTracking(spreadsheet, withoutRow);
    expect(preview(gas)).toContain(
      '無法判斷下列具體作法是否已填報（未寄出）：「管考總表」沒有這些具體作法的列（計畫可能在上次彙整後修改過）。請先執行「管考 › 立即彙整」。\n【社會課】\n・1-1 檢討各項申請表單',
    );
  });
});
