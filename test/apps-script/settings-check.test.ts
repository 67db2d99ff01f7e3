import { beforeAll, describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages/apps-script.ts';
import * as domainMsg from '../../shared/messages/domain/index.ts';
import { buildBundle, bundleWithIngest, coordinatorSpreadsheet, PROPERTIES } from './setup-bundle.ts';

beforeAll(buildBundle);

const lastAlert = (gas: ReturnType<typeof bundleWithIngest>['gas']) => gas.spreadsheetApp.ui.alerts.at(-1)?.prompt ?? '';

describe('管考 › 檢查設定', () => {
  it('lists, in zh-TW, the missing script properties and triggers', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet, { properties: {} });
    gas.run('checkSetup');
    const report = lastAlert(gas).split('\n');
    expect(report[0]).toBe('以下項目需要處理：');
    expect(report).toContain(`✗ ${msg.gasPropertyMissing('FUNCTION_URL')}`);
    for (const handler of ['onFormSubmit', 'retryQueue', 'sendReminders', 'prepareRows'])
      expect(report).toContain(`✗ ${msg.gasCheckTriggerMissing(handler)}`);
    expect(report).toContain('✓ 「計畫」分頁存在');
    expect(report).toContain('✓ 計畫：115 年度，4 項具體作法，3 個單位');
  });

  it('names a short secret and a unit without an e-mail', () => {
    const spreadsheet = coordinatorSpreadsheet();
    spreadsheet.sheet('單位').put(4, 3, '');
    const { gas } = bundleWithIngest(spreadsheet, { properties: { FUNCTION_URL: 'https://ingest.example.run.app', HMAC_SECRET: 'short' } });
    gas.run('checkSetup');
    const report = lastAlert(gas).split('\n');
    expect(report).toContain(`✗ ${msg.gasSecretTooShort(32)}`);
    expect(report).toContain(`✗ ${msg.gasCheckUnitWithoutEmail('社會課')}`);
  });

  it('names a unit that reports in its own spreadsheet but has no e-mail (its 催報 is mailed too)', () => {
    const spreadsheet = coordinatorSpreadsheet();
    spreadsheet.sheet('單位').put(4, 3, '');
    spreadsheet.sheet('單位').put(4, 4, 'https://docs.google.com/spreadsheets/d/social-own-spreadsheet/edit');
    const { gas } = bundleWithIngest(spreadsheet, { properties: PROPERTIES });
    gas.run('checkSetup');
    expect(lastAlert(gas).split('\n')).toContain(`✗ ${msg.gasCheckUnitWithoutEmail('社會課')}`);
  });

  it('names a missing 設定 tab and why the plan cannot be read without it', () => {
    const spreadsheet = coordinatorSpreadsheet();
    spreadsheet.sheet('設定').setName('設定值');
    const { gas } = bundleWithIngest(spreadsheet, { properties: PROPERTIES });
    gas.run('checkSetup');
    const report = lastAlert(gas).split('\n');
    expect(report).toContain(`✗ ${msg.gasCheckTabMissing('設定')}`);
    expect(report).toContain(`✗ ${domainMsg.settingsTabMissing}`);
  });

  it('reads 計畫年度 written in Chinese numerals, and stops at one it cannot read', () => {
    const spreadsheet = coordinatorSpreadsheet();
    spreadsheet.sheet('設定').put(4, 2, '民國一一五年');
    const { gas } = bundleWithIngest(spreadsheet, { properties: PROPERTIES });
    gas.run('checkSetup');
    expect(lastAlert(gas).split('\n')).toContain('✓ 計畫：115 年度，4 項具體作法，3 個單位');
    spreadsheet.sheet('設定').put(4, 2, '今年');
    gas.run('checkSetup');
    expect(lastAlert(gas).split('\n')).toContain(`✗ ${domainMsg.settingsBadYear(4, '今年')}`);
  });

  it('says once how many reports the practices owned by every unit add up to', () => {
    const spreadsheet = coordinatorSpreadsheet();
    spreadsheet.sheet('計畫').put(3, 5, '');
    const { gas } = bundleWithIngest(spreadsheet, { properties: PROPERTIES });
    gas.run('checkSetup');
    const count = { practices: 2, units: 3, periods: 12, reports: 72 };
    const lines = lastAlert(gas)
      .split('\n')
      .filter((line) => line.includes('執行單位'));
    expect(lines).toEqual([`✗ ${msg.gasCheckPlanProblem('計畫', null, '執行單位', domainMsg.practicesForEveryUnit(count, [2, 3]))}`]);
  });

  it('is content once the properties are set and the triggers installed — each once, however often installed', () => {
    const spreadsheet = coordinatorSpreadsheet();
    // Every practice has its own units (a practice of every unit is pointed out, as above).
    spreadsheet.sheet('計畫').put(2, 5, '秘書室');
    const { gas } = bundleWithIngest(spreadsheet, { properties: PROPERTIES });
    gas.run('installTriggers');
    gas.run('installTriggers');
    // A second copy made by hand would send every response twice: 檢查設定 says so, and installing removes it.
    gas.scriptApp.newTrigger('onFormSubmit').forSpreadsheet().onFormSubmit().create();
    gas.run('checkSetup');
    expect(lastAlert(gas)).toContain(`✗ ${msg.gasCheckTriggerTwice('onFormSubmit', 2)}`);
    gas.run('installTriggers');
    expect(lastAlert(gas)).toContain(msg.gasTriggerDeduplicated('onFormSubmit', 1));
    expect(gas.scriptApp.triggers.map((trigger) => [trigger.handler, trigger.eventType, trigger.schedule])).toEqual([
      ['onFormSubmit', 'ON_FORM_SUBMIT', {}],
      ['retryQueue', 'CLOCK', { everyMinutes: 5 }],
      ['sendReminders', 'CLOCK', { onMonthDay: 6, atHour: 9 }],
      ['prepareRows', 'CLOCK', { onMonthDay: 6, atHour: 8 }],
    ]);
    gas.run('checkSetup');
    const report = lastAlert(gas);
    expect(report.split('\n')[0]).toBe('設定完整，可以開始使用。');
    expect(report).not.toContain('✗');
    expect(report).toContain(`✓ ${msg.gasCheckConnection('https://ingest.example.run.app/ingest', 1)}`);
    expect(report).toContain(`✓ ${msg.gasCheckAccount('coordinator@test.example.gov.tw')}`);
  });

  it('names a Form column the functions require that the Form tab lacks (執行成效), as a run would', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const responses = spreadsheet.sheet('表單回應 1');
    const header = responses.getRange(1, 1, 1, responses.getLastColumn()).getValues()[0] ?? [];
    responses.put(1, header.indexOf('執行成效') + 1, '備註');
    const { gas } = bundleWithIngest(spreadsheet, { properties: PROPERTIES });
    gas.run('checkSetup');
    const missing = lastAlert(gas)
      .split('\n')
      .filter((line) => line.includes('分頁沒有'));
    expect(missing).toEqual([`✗ ${msg.gasCheckColumnMissing('表單回應 1', '執行成效')}`]);
  });

  it('reports responses that could not be sent', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet, {
      properties: { ...PROPERTIES, HMAC_SECRET: 'a-different-secret-0123456789-abcdefghij' },
    });
    spreadsheet
      .sheet('表單回應 1')
      .appendRow([new Date('2026-04-02T01:15:00Z'), 'civil@test.example.gov.tw', '民政課', '2-1', '115年3月', '辦理中', '', '完成']);
    gas.run('onFormSubmit', { range: spreadsheet.sheet('表單回應 1').getRange(2, 1, 1, 8) }, { ui: false });
    gas.run('checkSetup');
    expect(lastAlert(gas)).toContain(`✗ ${msg.gasCheckQueueFailed(1)}`);
  });
});
