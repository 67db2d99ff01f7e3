import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeSpreadsheet } from './fakes/spreadsheet.ts';
import {
  at,
  buildBundle,
  bundleWithIngest,
  coordinatorSpreadsheet,
  goodResponse,
  RESPONSES,
  retry,
  submit,
  VERDICT_COLUMN,
  verdictOf,
} from './setup-bundle.ts';

beforeAll(buildBundle);

// A form-submit trigger that never fired: Google wrote the response row, and nothing else happened.
// The retry trigger (every 5 minutes) must find such rows and send them, once.

const queueRows = (spreadsheet: FakeSpreadsheet) => spreadsheet.sheet('待送').rows().slice(1);
const copies = (ingest: ReturnType<typeof bundleWithIngest>['ingest']) => [...ingest.accepted.values()].map((bodies) => bodies.length);
const narrative = (i: number) => `第 ${i} 次回收問卷`;
const response = (minute: number, i: number) =>
  goodResponse({ 時間戳記: at(`2026-04-02T10:${String(minute).padStart(2, '0')}:00+08:00`), 執行成效: narrative(i) });

describe('the retry trigger sweeps up responses whose form-submit trigger never fired', () => {
  it('delivers a response appended without its trigger firing, exactly once, with its 檢核結果; delivered ones are not re-sent', () => {
    const spreadsheet = coordinatorSpreadsheet([response(0, 1)]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    // Google appends the next response; its trigger never fires.
    spreadsheet.sheet(RESPONSES).appendRow(response(5, 2));
    expect(verdictOf(spreadsheet, 3)).toBe('');

    gas.clock.advance(5 * 60_000);
    retry(gas);
    expect(verdictOf(spreadsheet, 3)).toBe('通過');
    expect(ingest.accepted.size).toBe(2);
    expect([...ingest.accepted.values()].map((bodies) => bodies[0]?.answers.執行成效)).toEqual([narrative(1), narrative(2)]);

    // Later runs, and the trigger firing late after all, send nothing more.
    for (let run = 0; run < 3; run++) {
      gas.clock.advance(5 * 60_000);
      retry(gas);
    }
    submit(gas, spreadsheet, 3);
    expect(copies(ingest)).toEqual([1, 1]);
    expect(queueRows(spreadsheet).map((row) => row[4])).toEqual(['已送達', '已送達']);
    expect(gas.logger.events().filter((event) => event.event === 'submit.duplicate')).toHaveLength(1);
  });

  it("sends it under the form's response id, so the trigger firing late is recognised as the same response", () => {
    const spreadsheet = coordinatorSpreadsheet([response(0, 1)]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    const form = gas.formApp.create('填報');
    spreadsheet.sheet(RESPONSES).formUrl = form.getEditUrl();
    form.respond('2_ABaOnudMissed', at('2026-04-02T10:00:00.350+08:00'), 'civil@test.example.gov.tw');
    retry(gas);
    expect([...ingest.accepted.keys()]).toEqual(['2_ABaOnudMissed']);
    submit(gas, spreadsheet, 2);
    expect(copies(ingest)).toEqual([1]);
  });

  it('leaves a response of the last few minutes to its own trigger', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    spreadsheet.sheet(RESPONSES).appendRow(goodResponse({ 時間戳記: new Date(gas.clock.now() - 60_000) }));
    retry(gas);
    expect(ingest.accepted.size).toBe(0);
    submit(gas, spreadsheet, 2);
    gas.clock.advance(5 * 60_000);
    retry(gas);
    expect(copies(ingest)).toEqual([1]);
  });

  it('does not send again a response that waits in 待送 while ingest is down', () => {
    const spreadsheet = coordinatorSpreadsheet([response(0, 1)]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    ingest.mode = 'down';
    submit(gas, spreadsheet, 2);
    gas.clock.advance(5 * 60_000);
    retry(gas);
    expect(queueRows(spreadsheet).map((row) => [row[4], row[5]])).toEqual([['待送', 2]]);
    ingest.mode = 'up';
    gas.clock.advance(5 * 60_000);
    retry(gas);
    expect(copies(ingest)).toEqual([1]);
    expect(queueRows(spreadsheet)).toHaveLength(1);
  });

  it('never crashes on blank rows, rows with only a 時間戳記 or an unreadable one, and sends the real response after them', () => {
    const spreadsheet = coordinatorSpreadsheet([
      response(0, 1),
      Array(12).fill(''),
      [at('2026-04-02T10:02:00+08:00'), ...Array(11).fill('')],
      ['不是時間', 'civil@test.example.gov.tw', '民政課'],
      response(4, 2),
    ]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    expect(() => retry(gas)).not.toThrow();
    gas.clock.advance(5 * 60_000);
    expect(() => retry(gas)).not.toThrow();
    expect([...ingest.accepted.values()].map((bodies) => bodies[0]?.answers.執行成效)).toEqual([narrative(1), narrative(2)]);
    expect(copies(ingest)).toEqual([1, 1]);
    expect([2, 3, 4, 5, 6].map((row) => verdictOf(spreadsheet, row))).toEqual(['通過', '', '', '', '通過']);
    expect(queueRows(spreadsheet)).toHaveLength(2);
    expect(gas.logger.events().find((event) => event.event === 'sweep.done')).toMatchObject({ missed: 3, queued: 2, blank: 1 });
  });

  it('takes at most 25 missed rows a run, oldest first, and each exactly once over the runs', () => {
    const rows = Array.from({ length: 60 }, (_, i) => response(59 - i, i + 1));
    const spreadsheet = coordinatorSpreadsheet(rows);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    retry(gas);
    expect(ingest.accepted.size).toBe(25);
    // Row 61 holds the earliest 時間戳記 (10:00): the oldest go first.
    expect(verdictOf(spreadsheet, 61)).toBe('通過');
    expect(verdictOf(spreadsheet, 2)).toBe('');
    for (let run = 0; run < 3; run++) {
      gas.clock.advance(5 * 60_000);
      retry(gas);
    }
    expect(ingest.accepted.size).toBe(60);
    expect(copies(ingest).every((count) => count === 1)).toBe(true);
    for (let row = 2; row <= 61; row++) expect(verdictOf(spreadsheet, row)).toBe('通過');
  });

  it('reads two columns of a year of checked responses per run, not the responses themselves', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => [
      ...goodResponse({ 時間戳記: new Date(at('2026-01-05T08:00:00+08:00').getTime() + i * 3_600_000) }),
      '通過',
    ]);
    const spreadsheet = coordinatorSpreadsheet(rows);
    spreadsheet.sheet(RESPONSES).put(1, VERDICT_COLUMN, '檢核結果');
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    spreadsheet.cellsRead = 0;
    retry(gas);
    expect(ingest.accepted.size).toBe(0);
    // 13 columns × 2,000 rows is 26,000 cells; the sweep reads the header, 時間戳記 and 檢核結果.
    expect(spreadsheet.cellsRead).toBeLessThan(2 * 2_000 + 200);
  });
});
