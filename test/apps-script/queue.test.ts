import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { formSubmitEvent } from './fakes/sandbox.ts';
import { FakeSpreadsheet, parseTyped } from './fakes/spreadsheet.ts';
import { buildBundle, bundleWithIngest, coordinatorSpreadsheet, goodResponse } from './setup-bundle.ts';

beforeAll(buildBundle);

const RESPONSES = '表單回應 1';
const CHECK_COLUMN = 13;
const QUEUE = { hash: 4, state: 5, body: 10 } as const;
const submit = (gas: ReturnType<typeof bundleWithIngest>['gas'], spreadsheet: FakeSpreadsheet, row: number) =>
  gas.run('onFormSubmit', formSubmitEvent(spreadsheet, RESPONSES, row), { ui: false });

describe('the fake spreadsheet parses setValues text as Sheets does', () => {
  it('turns text that reads as a number into a number, and leaves other text alone', () => {
    expect(['0123', '12e4', '-1.5', '1234567890123456789012', 'sha256:0123', '12e4a', "'0123"].map((text) => parseTyped(text).value)).toEqual([
      123, 120_000, -1.5, 1.2345678901234568e21, 'sha256:0123', '12e4a', '0123',
    ]);
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
    expect(spreadsheet.sheet(RESPONSES).at(2, CHECK_COLUMN)).toBe('通過');
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
