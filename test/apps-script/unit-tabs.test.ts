import { beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../shared/status.ts';
import { buildBundle, bundleWithIngest, coordinatorSpreadsheet } from './setup-bundle.ts';

beforeAll(buildBundle);

const HEADER = ['具體作法', '填報期間', '辦理狀態', '辦理日期', '執行成效', '量化成果', '佐證資料', '落後原因', '改善措施', '檢核結果'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `115年${i + 1}月`);

describe('管考 › 建立單位填報分頁', () => {
  it('creates a 填報-<單位> tab per unit with dropdowns of its own practices, the periods and the statuses', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('createUnitTabs');
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toBe('已建立：填報-秘書室、填報-民政課、填報-社會課');
    const tab = spreadsheet.sheet('填報-民政課');
    expect(tab.rows()).toEqual([HEADER]);
    expect(tab.getFrozenRows()).toBe(1);
    const dropdown = (row: number, column: number) => tab.getRange(row, column).getDataValidation();
    expect(dropdown(2, 1)?.values).toEqual(['1-1 檢討各項申請表單', '2-1 辦理民眾滿意度調查', '2-1-2 里鄰長研習']);
    expect(dropdown(1000, 1)?.values).toEqual(dropdown(2, 1)?.values);
    expect(dropdown(2, 2)?.values).toEqual(MONTHS);
    expect(dropdown(2, 3)?.values).toEqual([...STATUSES]);
    expect(dropdown(2, 3)?.getAllowInvalid()).toBe(false);
    expect(dropdown(1, 1)).toBeNull();
    expect(dropdown(2, 4)).toBeNull();
    expect(spreadsheet.sheet('填報-秘書室').getRange(2, 1).getDataValidation()?.values).toEqual([
      '1-1 檢討各項申請表單',
      '1-2 更新服務申辦資訊',
    ]);
  });

  it("brings up to date a unit's tab named as people name it (社會課填報) rather than make a second one", () => {
    const spreadsheet = coordinatorSpreadsheet([], { 社會課填報: [['具體作法', '填報期間', '辦理狀態', '執行成效']] });
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('createUnitTabs');
    expect(
      spreadsheet
        .getSheets()
        .map((sheet) => sheet.getName())
        .filter((name) => name.includes('社會課')),
    ).toEqual(['社會課填報']);
    expect(spreadsheet.sheet('社會課填報').getRange(2, 1).getDataValidation()?.values).toEqual([
      '1-1 檢討各項申請表單',
      '2-1 辦理民眾滿意度調查',
    ]);
  });

  it('keeps what a unit typed, adds the columns its tab lacks and refreshes the dropdowns', () => {
    const spreadsheet = coordinatorSpreadsheet([], {
      '填報-社會課': [
        ['作法', '期間', '狀態', '執行情形', '備註'],
        ['2-1 辦理民眾滿意度調查', '115年3月', '辦理中', '已發放問卷', '自己加的欄'],
      ],
    });
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('createUnitTabs');
    gas.run('createUnitTabs');
    const tab = spreadsheet.sheet('填報-社會課');
    expect(tab.rows()).toEqual([
      ['作法', '期間', '狀態', '執行情形', '備註', '辦理日期', '量化成果', '佐證資料', '落後原因', '改善措施', '檢核結果'],
      ['2-1 辦理民眾滿意度調查', '115年3月', '辦理中', '已發放問卷', '自己加的欄', '', '', '', '', '', ''],
    ]);
    expect(tab.getRange(2, 1).getDataValidation()?.values).toEqual(['1-1 檢討各項申請表單', '2-1 辦理民眾滿意度調查']);
    expect(tab.getRange(2, 3).getDataValidation()?.values).toEqual([...STATUSES]);
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toContain('已更新下拉選單：填報-秘書室、填報-民政課、填報-社會課');
  });

  it('adds the missing columns after the last filled column of any row, not over notes in a column without a header', () => {
    const spreadsheet = coordinatorSpreadsheet([], {
      '填報-社會課': [
        ['具體作法', '填報期間', '辦理狀態', '執行成效'],
        ['2-1 辦理民眾滿意度調查', '115年3月', '辦理中', '已發放問卷', '主管交辦：下週再確認'],
      ],
    });
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('createUnitTabs');
    expect(spreadsheet.sheet('填報-社會課').rows()).toEqual([
      ['具體作法', '填報期間', '辦理狀態', '執行成效', '', '辦理日期', '量化成果', '佐證資料', '落後原因', '改善措施', '檢核結果'],
      ['2-1 辦理民眾滿意度調查', '115年3月', '辦理中', '已發放問卷', '主管交辦：下週再確認', '', '', '', '', '', ''],
    ]);
  });
});
