// 管考 › 建立明年度活頁簿 and the import's notes in 檢查設定, on the built bundle with the fakes.
import { beforeAll, describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages/apps-script.ts';
import { buildBundle, bundleWithIngest, coordinatorSpreadsheet } from './setup-bundle.ts';

beforeAll(buildBundle);

const NEW_SPREADSHEET = 'https://docs.google.com/spreadsheets/d/1NextYearSpreadsheet0123456789abc/edit';

describe('管考 › 建立明年度活頁簿', () => {
  it('asks for the new spreadsheet, has the functions write next year into it, and says what to check', () => {
    const { gas, ingest } = bundleWithIngest(coordinatorSpreadsheet());
    gas.spreadsheetApp.ui.answers.push(NEW_SPREADSHEET);
    gas.run('rollForwardNow');
    expect(gas.spreadsheetApp.ui.prompts).toEqual([{ title: msg.gasMenu.rollForward, prompt: msg.gasRollForwardPrompt }]);
    // Signed (the double verifies as the function does) and sent to FUNCTION_URL's /rollForward.
    expect(ingest.rolledForward).toEqual([NEW_SPREADSHEET]);
    expect(ingest.refused).toEqual([]);
    expect(gas.spreadsheetApp.ui.alerts.at(-1)).toEqual({
      title: msg.gasMenu.rollForward,
      prompt: msg.gasRollForwardDone({ status: '已建立明年度活頁簿', rocYear: 116, practices: 4, units: 3, notes: 2 }),
    });
  });

  it('sends nothing when the coordinator cancels', () => {
    const { gas, ingest } = bundleWithIngest(coordinatorSpreadsheet());
    gas.spreadsheetApp.ui.answers.push(null);
    gas.run('rollForwardNow');
    expect(ingest.rolledForward).toEqual([]);
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toBe(msg.gasRollForwardNoAnswer);
  });
});

describe('管考 › 檢查設定 after an import', () => {
  it('lists what 匯入說明 still asks to confirm, with tab, row and 項次', () => {
    const notes = [
      ['分頁', '列', '項次', '文件位置', '說明'],
      ['設定', null, '', '標題', '機關名稱「臺北市測試區公所」取自「標題」；請確認。'],
      ['計畫', 3, '1-2', '第 1 個表格第 9 列', '4 項作法、5 個單位，已依序對應'],
    ];
    const { gas } = bundleWithIngest(coordinatorSpreadsheet([], { 匯入說明: notes }));
    gas.run('checkSetup');
    const report = gas.spreadsheetApp.ui.alerts.at(-1)?.prompt.split('\n') ?? [];
    expect(report).toContain(`✗ ${msg.gasCheckImportNotes(2, 2)}`);
    expect(report).toContain('✗ 匯入說明：計畫 第 3 列（項次 1-2），文件第 1 個表格第 9 列：4 項作法、5 個單位，已依序對應');
  });
});
