import { beforeAll, describe, expect, it } from 'vitest';
import { at, buildBundle, bundleWithIngest, coordinatorSpreadsheet, goodResponse } from './setup-bundle.ts';

beforeAll(buildBundle);

// At NOW (2026-11-23) 115年11月 is open for reports. 民政課 reported 1-1 持續辦理 for 10月 and 2-1
// for 11月; 社會課 keeps its rows in its own spreadsheet, which this script cannot open.
const HEADER = ['具體作法', '填報期間', '辦理狀態', '辦理日期', '執行成效', '量化成果', '佐證資料', '落後原因', '改善措施', '檢核結果'];

function scenario(units?: (rows: string[][]) => string[][]) {
  const spreadsheet = coordinatorSpreadsheet(
    [
      goodResponse({
        時間戳記: at('2026-11-02T09:00:00+08:00'),
        具體作法: '1-1 檢討各項申請表單',
        填報期間: '115年10月',
        辦理狀態: '持續辦理',
      }),
      goodResponse({ 時間戳記: at('2026-11-20T09:00:00+08:00'), 具體作法: '2-1 辦理民眾滿意度調查', 填報期間: '115年11月' }),
    ],
    { '填報-民政課': [HEADER, ['2-1-2', '115年10月', '已完成', '', '研習完成']] },
  );
  if (units) {
    const sheet = spreadsheet.sheet('單位');
    units(sheet.rows().map((row) => row.map(String))).forEach((row, r) => {
      row.forEach((value, c) => {
        sheet.put(r + 1, c + 1, value);
      });
    });
  }
  return { spreadsheet, ...bundleWithIngest(spreadsheet) };
}

describe('管考 › 準備本期填報列', () => {
  it('adds the rows each unit owes for the open period below what it typed, and says what it did', () => {
    const { spreadsheet, gas } = scenario();
    gas.run('prepareRowsNow');
    expect(spreadsheet.sheet('填報-民政課').rows().slice(1)).toEqual([
      ['2-1-2', '115年10月', '已完成', '', '研習完成', '', '', '', '', ''],
      ['1-1 檢討各項申請表單', '115年11月', '持續辦理', '', '', '', '', '', '', '待填報（狀態沿用上期，請確認）'],
    ]);
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toBe(
      [
        '115年11月：已新增 1 列預填的填報列。',
        '  填報-民政課：1 列（1-1）',
        '沒有填報分頁，未新增：秘書室、社會課（請在試算表執行「管考 › 建立單位填報分頁」，或在該單位的填報試算表加上「填報」分頁）',
        '每列只需填寫辦理狀態與執行成效；「檢核結果」為「待填報」的列在填寫前不算填報、也不算錯誤。',
      ].join('\n'),
    );
  });

  it('adds nothing the second time, from the menu or the monthly trigger', () => {
    const { spreadsheet, gas } = scenario();
    gas.run('prepareRowsNow');
    const once = spreadsheet.sheet('填報-民政課').rows();
    gas.run('prepareRows', undefined, { ui: false });
    expect(spreadsheet.sheet('填報-民政課').rows()).toEqual(once);
    expect(gas.logger.events().at(-1)).toMatchObject({ event: 'prepare.done', text: expect.stringContaining('未新增任何列') });
  });

  it('keeps 項次 as text, never a date or a number, under a column headed 項次', () => {
    const spreadsheet = coordinatorSpreadsheet([], { '填報-社會課': [['項次', '填報期間', '辦理狀態', '執行成效']] });
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('prepareRowsNow');
    expect(spreadsheet.sheet('填報-社會課').rows().slice(1)).toEqual([
      ['1-1', '115年11月', '', ''],
      ['2-1', '115年11月', '', ''],
    ]);
  });

  it('names the units whose rows belong in their own spreadsheet, which it cannot open', () => {
    const { gas } = scenario((rows) =>
      rows.map((row) => (row[0] === '社會課' ? [...row.slice(0, 3), 'https://docs.google.com/spreadsheets/d/social-own/edit'] : row)),
    );
    gas.run('prepareRowsNow');
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toContain('使用自己的填報試算表，本試算表無法開啟，未新增：社會課');
  });
});
