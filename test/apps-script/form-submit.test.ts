import { beforeAll, describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages/apps-script.ts';
import { cellOf, findSubmissionSources, readSubmissions } from '../../shared/submission-tabs.ts';
import { formSubmitEvent } from './fakes/sandbox.ts';
import type { FakeSpreadsheet } from './fakes/spreadsheet.ts';
import {
  at,
  buildBundle,
  bundleWithIngest,
  coordinatorSpreadsheet,
  goodResponse,
  PROPERTIES,
  RESPONSES,
  SECRET,
  submit,
  VERDICT_COLUMN,
  verdictOf,
} from './setup-bundle.ts';

beforeAll(buildBundle);

const queueStates = (spreadsheet: FakeSpreadsheet) =>
  spreadsheet
    .sheet('待送')
    .rows()
    .slice(1)
    .map((row) => row[4]);

describe('onFormSubmit', () => {
  it('sends the response signed and writes the answered 檢核結果 beside it', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    expect(ingest.refused).toEqual([]);
    const [sent] = [...ingest.accepted.values()].flat();
    expect(sent).toMatchObject({
      submittedAt: '2026-04-02T09:15:00+08:00',
      email: 'civil@test.example.gov.tw',
      answers: {
        填報單位: '民政課',
        具體作法: '2-1 辦理民眾滿意度調查',
        填報期間: '115年3月',
        辦理狀態: '辦理中',
        執行成效: '完成問卷設計',
      },
    });
    expect(spreadsheet.sheet(RESPONSES).at(1, VERDICT_COLUMN)).toBe('檢核結果');
    expect(verdictOf(spreadsheet, 2)).toBe('通過');
    expect(spreadsheet.sheet('待送').isSheetHidden()).toBe(true);
  });

  it('writes the problems and, with 寄送檢核結果 = 是, mails them to the submitter in zh-TW', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse({ 辦理狀態: '落後' })]);
    spreadsheet.sheet('設定').appendRow([msg.gasSendResultsSetting, '是']);
    const { gas } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    expect(verdictOf(spreadsheet, 2)).toContain('落後原因');
    expect(gas.mail.outbox).toHaveLength(1);
    expect(gas.mail.outbox[0]).toMatchObject({
      to: 'civil@test.example.gov.tw',
      subject: msg.gasResultMailSubject('2-1 辦理民眾滿意度調查', '115年3月'),
    });
    expect(gas.mail.outbox[0]?.body).toContain('・落後原因：');
  });

  it('reads 寄送檢核結果 where the functions read 設定: under its 項目 | 內容 header, below a title row', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse({ 辦理狀態: '落後' })]);
    const settings = spreadsheet.sheet('設定');
    const items = settings.rows().slice(1);
    settings.deleteRows(1, settings.getLastRow());
    settings.appendRow(['臺北市測試區公所 管考設定']);
    settings.appendRow(['序號', '項目', '內容']);
    [...items, [msg.gasSendResultsSetting, '是']].forEach(([item = '', value = ''], index) => {
      settings.appendRow([String(index + 1), item, value]);
    });
    const { gas } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    expect(verdictOf(spreadsheet, 2)).toContain('落後原因');
    expect(gas.mail.outbox.map((mail) => mail.to)).toEqual(['civil@test.example.gov.tw']);
  });

  it('mails nothing when the setting is off', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse({ 辦理狀態: '落後' })]);
    const { gas } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    expect(verdictOf(spreadsheet, 2)).toContain('落後原因');
    expect(gas.mail.outbox).toEqual([]);
  });

  it('adds 檢核結果 after the last filled column of any row, never over a note in a column without a header', () => {
    const note = '主管交辦：下週再確認';
    const spreadsheet = coordinatorSpreadsheet([[...goodResponse(), note], goodResponse({ 執行成效: '回收問卷 80 份' })]);
    const { gas } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 3);
    const tab = spreadsheet.sheet(RESPONSES);
    expect(tab.at(1, VERDICT_COLUMN)).toBe('');
    expect(tab.at(2, VERDICT_COLUMN)).toBe(note);
    expect(tab.at(1, VERDICT_COLUMN + 1)).toBe('檢核結果');
    expect(tab.at(3, VERDICT_COLUMN + 1)).toBe('通過');
    submit(gas, spreadsheet, 2);
    expect(tab.at(2, VERDICT_COLUMN)).toBe(note);
    expect(tab.at(2, VERDICT_COLUMN + 1)).toBe('通過');
  });

  it('sends the 具體作法 the functions read from a row answering it in two columns (exact header before noted)', () => {
    const header = ['時間戳記', '電子郵件地址', '填報單位', '具體作法（民政課）', '填報期間', '辦理狀態', '執行成效', '具體作法'];
    const row = [
      '',
      'civil@test.example.gov.tw',
      '民政課',
      '2-1 辦理民眾滿意度調查',
      '115年3月',
      '辦理中',
      '完成問卷設計',
      '1-1 檢討各項申請表單',
    ];
    const spreadsheet = coordinatorSpreadsheet([], { '表單回應 2': [header, row] });
    spreadsheet.sheet('表單回應 2').put(2, 1, at('2026-04-02T09:15:00+08:00'));
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    gas.run('onFormSubmit', formSubmitEvent(spreadsheet, '表單回應 2', 2), { ui: false });
    const [raw] = readSubmissions(findSubmissionSources({ tabs: [{ name: '表單回應 2', rows: [header, row] }] }));
    const read = raw && cellOf(raw, '具體作法');
    expect(read).toBe('1-1 檢討各項申請表單');
    expect([...ingest.accepted.values()].flat().map((body) => body.answers.具體作法)).toEqual([read]);
  });

  it('sends a date answer as the cell shows it, in the spreadsheet’s own time zone, whatever zone 設定 names', () => {
    // Sheets keeps a date as a moment: midnight where the spreadsheet is, 23:00 the day before in Taipei.
    const spreadsheet = coordinatorSpreadsheet([goodResponse({ 辦理日期: at('2026-03-10T00:00:00+09:00') })]);
    spreadsheet.setSpreadsheetTimeZone('Asia/Tokyo');
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    expect(spreadsheet.sheet(RESPONSES).getRange(2, 7).getDisplayValues()).toEqual([['2026/3/10 0:00:00']]);
    expect([...ingest.accepted.values()].flat().map((body) => [body.answers.辦理日期, body.submittedAt])).toEqual([
      ['2026-03-10', '2026-04-02T09:15:00+08:00'],
    ]);
  });

  it('writes into a 檢核結果 column whose header carries a note, as the functions do, rather than adding another', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse(), goodResponse({ 執行成效: '回收問卷 80 份' })]);
    const tab = spreadsheet.sheet(RESPONSES);
    tab.put(1, VERDICT_COLUMN, '檢核結果（系統填寫，請勿修改）');
    tab.put(2, VERDICT_COLUMN, '通過');
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    gas.clock.advance(10 * 60_000);
    submit(gas, spreadsheet, 3);
    expect(tab.at(3, VERDICT_COLUMN)).toBe('通過');
    expect(tab.getLastColumn()).toBe(VERDICT_COLUMN);
    // The sweep reads the same column: row 2 has its 檢核結果 and is not taken for a missed response.
    gas.run('retryQueue', undefined, { ui: false });
    expect(ingest.accepted.size).toBe(1);
  });

  it('widens a response tab that is exactly as wide as its questions to add 檢核結果, and a full 待送 to add an item', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse(), goodResponse({ 執行成效: '回收問卷 80 份' })]);
    spreadsheet.sheet(RESPONSES).resize(3, VERDICT_COLUMN - 1);
    const { gas } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    expect(verdictOf(spreadsheet, 2)).toBe('通過');
    // 待送 now holds its header and one item, and no empty row below.
    spreadsheet.sheet('待送').resize(2, 10);
    submit(gas, spreadsheet, 3);
    expect(verdictOf(spreadsheet, 3)).toBe('通過');
    expect(queueStates(spreadsheet)).toEqual(['已送達', '已送達']);
  });

  it('counts a response that fires twice once', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    gas.clock.advance(3_000);
    submit(gas, spreadsheet, 2);
    expect([...ingest.accepted.values()].map((copies) => copies.length)).toEqual([1]);
    expect(queueStates(spreadsheet)).toEqual(['已送達']);
  });

  it('ignores a blank event and an event for a blank row without failing', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    const phantom = { ...formSubmitEvent(spreadsheet, RESPONSES, 2), values: ['', '', ''] };
    expect(() => gas.run('onFormSubmit', phantom, { ui: false })).not.toThrow();
    expect(() => submit(gas, spreadsheet, 3)).not.toThrow();
    expect(() => gas.run('onFormSubmit', {}, { ui: false })).not.toThrow();
    expect(ingest.accepted.size).toBe(0);
    expect(spreadsheet.getSheetByName('待送')).toBeNull();
    expect(verdictOf(spreadsheet, 2)).toBe('');
  });

  it("takes the form's response id and sends an edited response again under it", () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    const form = gas.formApp.create('填報');
    spreadsheet.sheet(RESPONSES).formUrl = form.getEditUrl();
    form.respond('2_ABaOnudEdited', at('2026-04-02T09:15:00.420+08:00'), 'civil@test.example.gov.tw');
    submit(gas, spreadsheet, 2);
    // The respondent edits the answer: Forms rewrites the same row and the response keeps its id.
    spreadsheet.sheet(RESPONSES).put(2, 1, at('2026-04-03T10:00:00+08:00'));
    spreadsheet.sheet(RESPONSES).put(2, 8, '完成問卷設計並回收 120 份');
    form.respond('2_ABaOnudEdited', at('2026-04-03T10:00:00.130+08:00'), 'civil@test.example.gov.tw');
    submit(gas, spreadsheet, 2);
    expect([...ingest.accepted.keys()]).toEqual(['2_ABaOnudEdited']);
    expect(ingest.accepted.get('2_ABaOnudEdited')?.map((body) => body.answers.執行成效)).toEqual([
      '完成問卷設計',
      '完成問卷設計並回收 120 份',
    ]);
  });

  it('shows a refusal (4xx) to the coordinator, does not retry it, and sends it once the setting is fixed', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet, {
      properties: { ...PROPERTIES, HMAC_SECRET: 'a-different-secret-0123456789-abcdefghij' },
    });
    submit(gas, spreadsheet, 2);
    expect(verdictOf(spreadsheet, 2)).toContain('無法送出檢核（HTTP 401）');
    expect(queueStates(spreadsheet)).toEqual(['失敗']);
    gas.clock.advance(60 * 60_000);
    gas.run('retryQueue', undefined, { ui: false });
    expect(queueStates(spreadsheet)).toEqual(['失敗']);
    expect(ingest.accepted.size).toBe(0);

    gas.properties.script.setProperty('HMAC_SECRET', SECRET);
    gas.run('requeueFailedNow');
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toBe(msg.gasRequeued(1));
    gas.run('retryQueue', undefined, { ui: false });
    expect(queueStates(spreadsheet)).toEqual(['已送達']);
    expect(verdictOf(spreadsheet, 2)).toBe('通過');
    expect(ingest.accepted.size).toBe(1);
  });
});

describe('the queue and the retry trigger', () => {
  it('keeps 50 submissions while ingest is down and delivers each exactly once when it is back', () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      goodResponse({ 時間戳記: at(`2026-04-02T09:${String(i).padStart(2, '0')}:00+08:00`), 執行成效: `第 ${i + 1} 次回收問卷` }),
    );
    const spreadsheet = coordinatorSpreadsheet(rows);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    ingest.mode = 'down';
    for (let row = 2; row <= 51; row++) submit(gas, spreadsheet, row);
    expect(ingest.accepted.size).toBe(0);
    expect(queueStates(spreadsheet)).toEqual(Array(50).fill('待送'));
    expect(verdictOf(spreadsheet, 2)).toBe('');

    ingest.mode = 'up';
    gas.clock.advance(2 * 60_000);
    gas.run('retryQueue', undefined, { ui: false });
    gas.clock.advance(60 * 60_000);
    gas.run('retryQueue', undefined, { ui: false });

    expect(ingest.accepted.size).toBe(50);
    expect([...ingest.accepted.values()].every((copies) => copies.length === 1)).toBe(true);
    expect(new Set([...ingest.accepted.values()].map((copies) => copies[0]?.answers.執行成效)).size).toBe(50);
    expect(queueStates(spreadsheet)).toEqual(Array(50).fill('已送達'));
    for (let row = 2; row <= 51; row++) expect(verdictOf(spreadsheet, row)).toBe('通過');
  });

  it('waits longer after each 429 or 5xx, then delivers', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    const queued = () => spreadsheet.sheet('待送').rows()[1] ?? [];
    ingest.mode = 503;
    submit(gas, spreadsheet, 2);
    const start = gas.clock.now();
    expect(queued().slice(4, 7)).toEqual(['待送', 1, start + 60_000]);

    ingest.mode = 429;
    gas.clock.advance(30_000);
    gas.run('retryQueue', undefined, { ui: false });
    expect(queued()[5]).toBe(1);
    gas.clock.advance(31_000);
    gas.run('retryQueue', undefined, { ui: false });
    expect(queued().slice(4, 7)).toEqual(['待送', 2, gas.clock.now() + 120_000]);

    ingest.mode = 'up';
    gas.clock.advance(120_000);
    gas.run('retryQueue', undefined, { ui: false });
    expect(queued()[4]).toBe('已送達');
    expect(ingest.accepted.size).toBe(1);
  });

  it('keeps a submission waiting while FUNCTION_URL is not set, and sends it once it is', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet, { properties: {} });
    submit(gas, spreadsheet, 2);
    expect(queueStates(spreadsheet)).toEqual(['待送']);
    expect(spreadsheet.sheet('待送').at(2, 8)).toBe(msg.gasPropertyMissing('FUNCTION_URL'));
    for (const [key, value] of Object.entries(PROPERTIES)) gas.properties.script.setProperty(key, value);
    gas.clock.advance(2 * 60_000);
    gas.run('retryQueue', undefined, { ui: false });
    expect(queueStates(spreadsheet)).toEqual(['已送達']);
    expect(ingest.accepted.size).toBe(1);
  });
});
