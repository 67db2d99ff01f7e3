import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, readDate } from '../../shared/date-reading.ts';
import { parsePeriod, readPeriod } from '../../shared/period.ts';
import { plainDate, plainMonth, plainTimestamp } from '../../shared/plain-forms.ts';
import { parseTimestamp, readTimestamp } from '../../shared/timestamp-reading.ts';

// The scanners are a fast path: whatever they answer must be what the general reader answers, and
// what they decline is left to the general reader, which reads it or explains why not. Texts are built from the
// pieces users type, near misses included (month 13, day 30 of February, 下午 0 點, a 24 o'clock,
// full-width digits, two spaces, a zone), so the property reaches both sides of every check.

const padded = (value: number, width: number) => String(value).padStart(width, '0');
const number = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), fc.constantFrom(1, 2, 3)).map(([value, width]) => padded(value, width));
const year = fc.oneof(number(0, 200), fc.integer({ min: 990, max: 2101 }).map(String), fc.constantFrom('0114', '99', '2024'));
const fullWidth = (text: string) => text.replace(/[0-9]/gu, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0));
const maybeFullWidth = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.boolean(), fc.boolean()).map(([t, wide, spaced]) => `${spaced ? ' ' : ''}${wide ? fullWidth(t) : t}`);

const dateText = fc
  .tuple(year, fc.constantFrom('/', '-', '.', '年', ' ', '/'), number(0, 13), number(0, 32), fc.constantFrom('', '日', '號', '(四)'))
  .map(([y, separator, m, d, end]) =>
    separator === '年'
      ? `${y}年${m}月${d}${end}`
      : `${y}${separator}${m}${separator === '-' && end === '日' ? '/' : separator}${d}${end === '(四)' ? end : ''}`,
  );
const timeText = fc
  .tuple(
    fc.constantFrom(' ', '  ', '', 'T', '\u3000'),
    fc.constantFrom('上午', '下午', '', 'PM', 'am'),
    fc.constantFrom(' ', ''),
    number(0, 25),
    number(0, 61),
    number(0, 61),
    fc.constantFrom('', '', '.5', 'Z', '+08:00', ' 下午'),
  )
  .map(([space, meridiem, gap, h, mi, s, end]) => `${space}${meridiem}${meridiem ? gap : ''}${h}:${mi}:${s}${end}`);
const timestampText = maybeFullWidth(fc.tuple(dateText, timeText).map(([date, time]) => `${date}${time}`));
const monthText = maybeFullWidth(
  fc
    .tuple(year, fc.constantFrom('年', '/', '-', '.', '', '年度'), number(0, 13), fc.constantFrom('月', '', '月份', '月 '))
    .map(([y, separator, m, end]) => `${y}${separator}${m}${end}`),
);
const ZONES = ['Asia/Taipei', 'America/New_York', 'UTC'] as const;

describe('plain forms agree with the general readers', () => {
  it('reads a timestamp as parseTimestamp’s general reader does, whatever the text', () => {
    fc.assert(
      fc.property(timestampText, fc.constantFrom(...ZONES), (text, zone) => {
        expect(parseTimestamp(text, zone)).toEqual(readTimestamp(text, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a date as parseDate’s general reader does, whatever the text', () => {
    fc.assert(
      fc.property(maybeFullWidth(dateText), (text) => {
        expect(parseDate(text)).toEqual(readDate(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a period as parsePeriod’s general reader does, for every cycle', () => {
    fc.assert(
      fc.property(monthText, fc.constantFrom('month', 'quarter', 'half', 'year' as const), (text, cycle) => {
        const context = { cycle, planYear: 2025 };
        expect(parsePeriod(text, context)).toEqual(readPeriod(text, context));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('plain forms are read without the general readers', () => {
  const googleTimestamp = fc
    .tuple(
      fc.integer({ min: 2000, max: 2100 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
    )
    .map(([y, m, d, morning, h, mi, s]) => `${y}/${m}/${d} ${morning ? '上午' : '下午'} ${h}:${padded(mi, 2)}:${padded(s, 2)}`);

  it('reads every Google Forms 時間戳記 of a real day and time', () => {
    fc.assert(fc.property(googleTimestamp, (text) => plainTimestamp(text) !== null));
  });

  it.each([
    ['2024/4/8 下午 3:12:45', { year: 2024, month: 4, day: 8, ms: (15 * 3600 + 12 * 60 + 45) * 1000 }],
    ['2024/4/8 上午 12:05:00', { year: 2024, month: 4, day: 8, ms: 5 * 60 * 1000 }],
    ['114/03/05 13:00:00', { year: 2025, month: 3, day: 5, ms: 13 * 3600 * 1000 }],
  ])('reads %s', (text, expected) => {
    expect(plainTimestamp(text)).toEqual(expected);
  });

  it.each(['114/03/05', '2025-03-05', '114年3月5日', '2024/2/29'])('reads the date %s', (text) => {
    expect(plainDate(text)).not.toBeNull();
  });

  it.each(['114年3月', '2025-03', '114/3', '2025年12月'])('reads the month %s', (text) => {
    expect(plainMonth(text)).not.toBeNull();
  });

  it.each(['2025/2/29', '114/13/01', '0/3/5', '0999/3/5', '114/03/05 下午', '114-03/05', '２０２５/3/5'])(
    'leaves %s to the general reader',
    (text) => {
      expect(plainDate(text)).toBeNull();
    },
  );

  it.each([
    '2024/4/8 下午 0:12:45',
    '2024/4/8 上午 13:00:00',
    '2024/4/8 24:00:00',
    '2024/4/8 下午 3:12',
    '2024/4/8  下午 3:12:45',
    '2024/4/8 下午 3:12:45+08:00',
    '990年1月1 0:00:10',
  ])('leaves the timestamp %s to the general reader', (text) => {
    expect(plainTimestamp(text)).toBeNull();
  });

  it.each(['3月', '114年13月', '0年3月', '114年 3月', '5/3', '114年第1季'])('leaves the period %s to the general reader', (text) => {
    expect(plainMonth(text)).toBeNull();
  });
});
