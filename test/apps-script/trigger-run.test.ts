import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../apps-script/src/menu.ts';
import * as msg from '../../shared/messages/apps-script.ts';
import type { FakeSpreadsheet } from './fakes/spreadsheet.ts';
import { at, buildBundle, bundleWithIngest, coordinatorSpreadsheet, goodResponse, retry, submit, verdictOf } from './setup-bundle.ts';

beforeAll(buildBundle);

// A trigger runs with nobody watching: whatever the coordinator's 設定 holds and whatever goes wrong,
// a form response is queued and sent (ingest decides what it is worth), and nothing thrown reaches
// Apps Script's execution log — at most one caught line in zh-TW.

/** Deletes the 設定 row naming `item`. */
function dropSetting(spreadsheet: FakeSpreadsheet, item: string): void {
  const settings = spreadsheet.sheet('設定');
  const index = settings.rows().findIndex((row) => row[0] === item);
  if (index < 0) throw new Error(`設定 has no ${item}`);
  settings.deleteRows(index + 1, 1);
}

const settingsCases: { name: string; change: (spreadsheet: FakeSpreadsheet) => void }[] = [
  { name: 'there is no 設定 tab', change: (spreadsheet) => spreadsheet.sheet('設定').setName('舊設定') },
  { name: '設定 has no 計畫年度', change: (spreadsheet) => dropSetting(spreadsheet, '計畫年度') },
  {
    name: '設定 leaves 計畫年度 blank',
    change: (spreadsheet) => {
      const settings = spreadsheet.sheet('設定');
      settings.put(settings.rows().findIndex((row) => row[0] === '計畫年度') + 1, 2, '');
    },
  },
  { name: '設定 is empty', change: (spreadsheet) => spreadsheet.sheet('設定').deleteRows(1, spreadsheet.sheet('設定').getLastRow()) },
];

describe('a form response is always queued and sent, whatever 設定 holds', () => {
  it.each(settingsCases)('sends it from the form-submit trigger when $name', ({ change }) => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    change(spreadsheet);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    expect(() => submit(gas, spreadsheet, 2)).not.toThrow();
    expect([...ingest.accepted.values()].flat().map((body) => body.submittedAt)).toEqual(['2026-04-02T09:15:00+08:00']);
    expect(verdictOf(spreadsheet, 2)).toBe('通過');
  });

  it.each(settingsCases)('sends a response whose trigger never fired from the retry trigger when $name', ({ change }) => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    change(spreadsheet);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    expect(() => retry(gas)).not.toThrow();
    expect(ingest.accepted.size).toBe(1);
    expect(verdictOf(spreadsheet, 2)).toBe('通過');
    expect(gas.logger.events().map((event) => event.event)).not.toContain('sweep.failed');
  });

  it('reads the response in the time zone 設定 names even when 計畫年度 is missing', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse({ 時間戳記: at('2026-04-02T09:15:00+09:00') })]);
    dropSetting(spreadsheet, '計畫年度');
    const settings = spreadsheet.sheet('設定');
    settings.put(settings.rows().findIndex((row) => row[0] === '時區') + 1, 2, 'Asia/Tokyo');
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    expect([...ingest.accepted.values()].flat().map((body) => body.submittedAt)).toEqual(['2026-04-02T09:15:00+09:00']);
  });
});

describe('the 管考 menu, whatever 設定 holds', () => {
  it.each(settingsCases)('answers every item in its own words, never 「未預期的錯誤」, when $name', ({ change }) => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    change(spreadsheet);
    const { gas } = bundleWithIngest(spreadsheet);
    for (const item of MENU_ITEMS) {
      if (!item) continue;
      gas.run(item.handler);
      expect([item.label, gas.spreadsheetApp.ui.alerts.at(-1)?.prompt]).not.toEqual([item.label, msg.gasUnexpected]);
    }
    expect(gas.logger.events().map((event) => event.event)).not.toContain('menu.unexpected');
  });
});

describe('nothing thrown reaches the trigger log', () => {
  it('logs one zh-TW line when the form-submit trigger cannot take the lock, and the retry trigger sends the response later', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    // Another execution holds the script lock past the trigger's 30-second wait.
    gas.locks.held = true;
    expect(() => submit(gas, spreadsheet, 2)).not.toThrow();
    const failed = gas.logger.events().filter((event) => event.event === 'trigger.failed');
    expect(failed).toEqual([expect.objectContaining({ trigger: 'onFormSubmit', message: msg.gasTriggerFailed('onFormSubmit') })]);
    expect(ingest.accepted.size).toBe(0);

    gas.clock.advance(5 * 60_000);
    retry(gas);
    expect(ingest.accepted.size).toBe(1);
    expect(verdictOf(spreadsheet, 2)).toBe('通過');
  });

  it('logs one zh-TW line when the retry trigger cannot take the lock, and sends the queue on its next run', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    ingest.mode = 'down';
    submit(gas, spreadsheet, 2);
    ingest.mode = 'up';
    gas.clock.advance(2 * 60_000);
    gas.locks.held = true;
    expect(() => retry(gas)).not.toThrow();
    expect(
      gas.logger
        .events()
        .filter((event) => event.event === 'trigger.failed')
        .map((event) => event.message),
    ).toEqual([msg.gasTriggerFailed('retryQueue')]);
    retry(gas);
    expect(ingest.accepted.size).toBe(1);
    expect(verdictOf(spreadsheet, 2)).toBe('通過');
  });
});
