import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { formSubmitEvent } from './fakes/sandbox.ts';
import { type FakeSpreadsheet, parseTyped } from './fakes/spreadsheet.ts';
import { at, buildBundle, bundleWithIngest, coordinatorSpreadsheet, goodResponse } from './setup-bundle.ts';

beforeAll(buildBundle);

const RESPONSES = '表單回應 1';
const VERDICT_COLUMN = 13;
const QUEUE = { id: 1, row: 3, hash: 4, state: 5, body: 10 } as const;
const DAY = 86_400_000;
const submit = (gas: ReturnType<typeof bundleWithIngest>['gas'], spreadsheet: FakeSpreadsheet, row: number) =>
  gas.run('onFormSubmit', formSubmitEvent(spreadsheet, RESPONSES, row), { ui: false });

describe('the fake spreadsheet parses setValues text as Sheets does', () => {
  it('turns text that reads as a number into a number, and leaves other text alone', () => {
    expect(
      ['0123', '12e4', '-1.5', '1234567890123456789012', 'sha256:0123', '12e4a', "'0123"].map((text) => parseTyped(text).value),
    ).toEqual([123, 120_000, -1.5, 1.2345678901234568e21, 'sha256:0123', '12e4a', '0123']);
  });
});

describe('the queue content hash (待送 › 內容雜湊)', () => {
  // The body the bundle sends for the builders' good response whose 執行成效 is `text`: taken from
  // the queue while ingest is down, so it is the bundle's own bytes.
  function bodyFor(text: string): string {
    const spreadsheet = coordinatorSpreadsheet([goodResponse({ 執行成效: text })]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    ingest.mode = 'down';
    submit(gas, spreadsheet, 2);
    return String(spreadsheet.sheet('待送').at(2, QUEUE.body));
  }

  // An 執行成效 whose body digests to 24 hex digits that are all decimal digits (about 1 in 80,000).
  function allDigitText(): { text: string; digest: string } {
    const marker = 'MARKER-0f1e2d';
    const template = bodyFor(marker);
    for (let n = 0; ; n++) {
      const text = `完成問卷設計 ${n}`;
      const digest = createHash('sha256').update(template.replace(marker, text), 'utf8').digest('hex').slice(0, 24);
      if (/^\d+$/u.test(digest)) return { text, digest };
    }
  }

  it('stays text when the digest is all digits: the answer is recorded at once and a second firing is a duplicate', () => {
    const { text, digest } = allDigitText();
    const spreadsheet = coordinatorSpreadsheet([goodResponse({ 執行成效: text })]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    const queue = spreadsheet.sheet('待送');
    expect(spreadsheet.sheet(RESPONSES).at(2, VERDICT_COLUMN)).toBe('通過');
    expect(queue.at(2, QUEUE.state)).toBe('已送達');
    expect(queue.at(2, QUEUE.hash)).toBe(`sha256:${digest}`);
    gas.clock.advance(3_000);
    submit(gas, spreadsheet, 2);
    expect([...ingest.accepted.values()].map((copies) => copies.length)).toEqual([1]);
    expect(gas.logger.events().map((line) => line.event)).toContain('submit.duplicate');
  });

  it('reads a row queued before the prefix (bare hex) as the same hash', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse()]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    const queue = spreadsheet.sheet('待送');
    queue.put(2, QUEUE.hash, String(queue.at(2, QUEUE.hash)).replace(/^sha256:/u, ''));
    gas.clock.advance(3_000);
    submit(gas, spreadsheet, 2);
    expect([...ingest.accepted.values()].map((copies) => copies.length)).toEqual([1]);
    expect(gas.logger.events().map((line) => line.event)).toContain('submit.duplicate');
  });
});

describe('pruning delivered items from 待送', () => {
  it('drops delivered items older than 30 days, keeps the rest, and sends nothing twice', () => {
    const rows = [1, 2, 3, 4].map((n) => goodResponse({ 時間戳記: at(`2026-04-02T09:1${n}:00+08:00`), 執行成效: `第 ${n} 次回收問卷` }));
    const spreadsheet = coordinatorSpreadsheet(rows);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    submit(gas, spreadsheet, 2);
    ingest.mode = 'down';
    submit(gas, spreadsheet, 3);
    ingest.mode = 'up';
    submit(gas, spreadsheet, 4);
    gas.clock.advance(31 * DAY);
    ingest.mode = 'up';
    submit(gas, spreadsheet, 5);
    const queue = spreadsheet.sheet('待送');
    expect(
      queue
        .rows()
        .slice(1)
        .map((row) => [row[QUEUE.row - 1], row[QUEUE.state - 1]]),
    ).toEqual([
      [2, '已送達'],
      [3, '待送'],
      [4, '已送達'],
      [5, '已送達'],
    ]);

    ingest.mode = 'down';
    gas.run('retryQueue', undefined, { ui: false });
    // Rows 2 and 4 were delivered 31 days ago; row 3 still waits (ingest is down), row 5 is recent.
    expect(
      queue
        .rows()
        .slice(1)
        .map((row) => [row[QUEUE.row - 1], row[QUEUE.state - 1]]),
    ).toEqual([
      [3, '待送'],
      [5, '已送達'],
    ]);
    expect(queue.at(2, QUEUE.body)).toContain('第 2 次回收問卷');

    ingest.mode = 'up';
    gas.clock.advance(60 * 60_000);
    gas.run('retryQueue', undefined, { ui: false });
    gas.clock.advance(60 * 60_000);
    gas.run('retryQueue', undefined, { ui: false });
    // The pruned responses keep their 檢核結果, so the sweep does not take them for missed ones.
    expect([2, 3, 4, 5].map((row) => spreadsheet.sheet(RESPONSES).at(row, VERDICT_COLUMN))).toEqual(['通過', '通過', '通過', '通過']);
    expect([...ingest.accepted.values()].map((copies) => copies.length)).toEqual([1, 1, 1, 1]);
    expect(
      queue
        .rows()
        .slice(1)
        .map((row) => [row[QUEUE.row - 1], row[QUEUE.state - 1]]),
    ).toEqual([
      [3, '已送達'],
      [5, '已送達'],
    ]);
  });
});

describe('a response that waited in 待送', () => {
  it('is delivered however long ago it arrived: ingest bounds submittedAt only after the signing time', () => {
    // Arrived in January; the functions were down until the end of November.
    const spreadsheet = coordinatorSpreadsheet([goodResponse({ 時間戳記: at('2026-01-20T08:00:00+08:00'), 填報期間: '115年1月' })]);
    const { gas, ingest } = bundleWithIngest(spreadsheet);
    ingest.mode = 'down';
    submit(gas, spreadsheet, 2);
    gas.clock.advance(40 * DAY);
    ingest.mode = 'up';
    gas.run('retryQueue', undefined, { ui: false });
    expect(spreadsheet.sheet('待送').at(2, QUEUE.state)).toBe('已送達');
    expect(spreadsheet.sheet(RESPONSES).at(2, VERDICT_COLUMN)).toBe('通過');
    expect(ingest.refused).toEqual([]);
    expect(ingest.accepted.get([...ingest.accepted.keys()][0] ?? '')?.[0]?.submittedAt).toBe('2026-01-20T08:00:00+08:00');
  });
});
