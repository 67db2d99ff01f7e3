import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dateInZone,
  dateToSerial,
  firstOfNextMonth,
  formatDateSerial,
  formatIsoDate,
  formatRocDate,
  formatRocDateTime,
  formatRocShort,
  fromRocYear,
  isValidDate,
  lastDayOfMonth,
  type PlainDate,
  parseDate,
  parseTimestamp,
  quotedCell,
  serialToDate,
  toRocYear,
} from '../../shared/dates.ts';
import type { Cell } from '../../shared/workbook.ts';

const day = (year: number, month: number, d: number): PlainDate => ({ year, month, day: d });
const CJK = /[\u4E00-\u9FFF]/u;

// The oracle: ICU's ROC calendar, as Node ships it.
const rocFormat = new Intl.DateTimeFormat('zh-TW-u-ca-roc', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
function rocParts(d: PlainDate) {
  const parts = rocFormat.formatToParts(new Date(Date.UTC(d.year, d.month - 1, d.day)));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { era: part('era'), year: part('year'), month: part('month'), day: part('day') };
}
const FIRST_ROC_DAY = dateToSerial(day(1912, 1, 1));
const LAST_DAY = dateToSerial(day(2100, 12, 31));
const fullWidth = (text: string) => text.replace(/[0-9/.-]/gu, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0));

describe('parseDate', () => {
  it.each([
    ['115年3月5日', day(2026, 3, 5)],
    ['民國115年3月5日', day(2026, 3, 5)],
    ['中華民國115年3月5日', day(2026, 3, 5)],
    ['115 年 3 月 5 日', day(2026, 3, 5)],
    ['115年03月05日', day(2026, 3, 5)],
    ['115年3月5日(四)', day(2026, 3, 5)],
    ['115年3月5', day(2026, 3, 5)],
    ['115/03/05', day(2026, 3, 5)],
    ['115/3/5', day(2026, 3, 5)],
    ['115.3.5', day(2026, 3, 5)],
    ['115-3-5', day(2026, 3, 5)],
    ['1150305', day(2026, 3, 5)],
    ['0990101', day(2010, 1, 1)],
    ['99/12/31', day(2010, 12, 31)],
    ['民國前1年10月10日', day(1911, 10, 10)],
    ['民前1年10月10日', day(1911, 10, 10)],
    ['民國1年1月1日', day(1912, 1, 1)],
    ['2026-03-05', day(2026, 3, 5)],
    ['2026/3/5', day(2026, 3, 5)],
    ['2026.03.05', day(2026, 3, 5)],
    ['20260305', day(2026, 3, 5)],
    ['2026年3月5日', day(2026, 3, 5)],
    [' 2026-09-26 ', day(2026, 9, 26)],
    ['２０２６－０９－２６', day(2026, 9, 26)],
    ['２０２６／０９／２６', day(2026, 9, 26)],
    ['２０２６．０９．２６', day(2026, 9, 26)],
    ['115／09／26', day(2026, 9, 26)],
    ['民國１１５年９月２６日', day(2026, 9, 26)],
    ['2026‑09‑26', day(2026, 9, 26)],
    ['2026–09–26', day(2026, 9, 26)],
    ['2026−09−26', day(2026, 9, 26)],
    ['2026-03-05T10:00:00+08:00', day(2026, 3, 5)],
    ['2026-03-05T23:30:00Z', day(2026, 3, 5)],
    ['2026-03-05 10:00', day(2026, 3, 5)],
    ['115/3/5 下午 3:12:45', day(2026, 3, 5)],
    ['113/02/29', day(2024, 2, 29)],
    ['89/02/29', day(2000, 2, 29)],
    ['民國前4年2月29日', day(1908, 2, 29)],
    ['100/3/3', day(2011, 3, 3)],
  ] as const)('reads %j', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [46065, day(2026, 2, 12)],
    [45721, day(2025, 3, 5)],
    [45721.75, day(2025, 3, 5)],
    [45351, day(2024, 2, 29)],
    [4384, day(1912, 1, 1)],
    [1150305, day(2026, 3, 5)],
    [20260305, day(2026, 3, 5)],
  ])('reads the number %d', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['113/02/30', '2 月只有 29 天'],
    ['114/02/29', '2 月只有 28 天'],
    ['189/02/29', '2 月只有 28 天'],
    ['民國前12年2月29日', '2 月只有 28 天'],
    ['115/02/30', '不是存在的日期'],
    ['2026-02-30', '不是存在的日期'],
    ['2026-13-01', '沒有 13 月'],
    ['115/0/5', '沒有 0 月'],
    ['115/1/0', '不是存在的日期'],
    ['115/1/32', '不是存在的日期'],
    ['0/01/01', '民國沒有 0 年'],
    ['0000000', '民國沒有 0 年'],
    ['民國0年1月1日', '民國沒有 0 年'],
    ['民國2026年3月5日', '4 位數的年份是西元年'],
    ['99999999', '沒有 99 月'],
  ])('refuses the impossible %j, saying why', (input, reason) => {
    const result = parseDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it.each([
    '',
    '   ',
    'today',
    '明天',
    '－－－',
    '2026－09',
    '990101',
    '1146028129',
    '115年3月',
    '3/5',
    '2026-03-05 abc',
    '115/03-05',
    '0115/03/05',
  ])('refuses %j, naming the accepted forms', (input) => {
    const result = parseDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(input.trim() ? /115年3月5日.*115\/03\/05.*2026-03-05/u : /未填寫日期/u);
  });

  it.each([null, true, 3, 115, 990101, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2_958_466])('refuses the cell %j', (cell) => {
    const result = parseDate(cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(CJK);
  });

  it("agrees with ICU's ROC calendar for every shape, 1912–2100", () => {
    expect(rocFormat.resolvedOptions().calendar).toBe('roc');
    fc.assert(
      fc.property(fc.integer({ min: FIRST_ROC_DAY, max: LAST_DAY }), (serial) => {
        const date = serialToDate(serial);
        const { era, year, month, day: d } = rocParts(date);
        expect(era).toBe('民國');
        const mm = month.padStart(2, '0');
        const dd = d.padStart(2, '0');
        for (const text of [
          `${year}年${month}月${d}日`,
          `民國${year}年${month}月${d}日`,
          `${year}/${mm}/${dd}`,
          `${year}/${month}/${d}`,
          `${year.padStart(3, '0')}${mm}${dd}`,
        ]) {
          expect(parseDate(text)).toEqual({ ok: true, value: date });
        }
        expect(formatRocDate(date)).toBe(`${year}年${month}月${d}日`);
        expect(formatRocShort(date)).toBe(`${year}/${mm}/${dd}`);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with ICU's 民國前 years before 1912", () => {
    fc.assert(
      fc.property(fc.integer({ min: dateToSerial(day(1890, 1, 1)), max: FIRST_ROC_DAY - 1 }), (serial) => {
        const date = serialToDate(serial);
        const { era, year, month, day: d } = rocParts(date);
        expect(era).toBe('民國前');
        expect(parseDate(`民國前${year}年${month}月${d}日`)).toEqual({ ok: true, value: date });
        expect(formatRocDate(date)).toBe(`民國前${year}年${month}月${d}日`);
      }),
      { numRuns: 200 },
    );
  });

  it('reads full-width digits and separators exactly as ASCII', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_ROC_DAY, max: LAST_DAY }),
        fc.constantFrom('roc/', 'roc-', 'roc.', 'roc年', 'iso-', 'iso/', 'compact'),
        (serial, shape) => {
          const date = serialToDate(serial);
          const roc = toRocYear(date.year);
          const text = {
            'roc/': `${roc}/${date.month}/${date.day}`,
            'roc-': `${roc}-${date.month}-${date.day}`,
            'roc.': `${roc}.${date.month}.${date.day}`,
            roc年: `${roc}年${date.month}月${date.day}日`,
            'iso-': formatIsoDate(date),
            'iso/': formatIsoDate(date).replaceAll('-', '/'),
            compact: `${String(roc).padStart(3, '0')}${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}`,
          }[shape];
          expect(parseDate(fullWidth(text))).toEqual(parseDate(text));
          expect(parseDate(text)).toEqual({ ok: true, value: date });
        },
      ),
    );
  });

  it('never throws, and either reads a real date or gives a zh-TW reason', () => {
    const dateish = fc.string({ unit: fc.constantFrom(...'0123456789０１２/-.年月日民國前 :T上下午Z+號'), maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(dateish, fc.string({ unit: 'binary', maxLength: 24 })), (text) => {
        const result = parseDate(text);
        if (result.ok) expect(isValidDate(result.value.year, result.value.month, result.value.day)).toBe(true);
        else expect(result.reason).toMatch(CJK);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.double(), (value) => {
        const result = parseDate(value);
        if (result.ok) expect(isValidDate(result.value.year, result.value.month, result.value.day)).toBe(true);
        else expect(result.reason).toMatch(CJK);
      }),
    );
  });
});

describe('formatDateSerial', () => {
  it.each([
    [46082, '115年3月1日'],
    [46115.586875, '2026/4/3 下午 2:05:06'],
    [46115.5, '2026/4/3 下午 12:00:00'],
    [46115 + 5 / 1440, '2026/4/3 上午 12:05:00'],
    [46115 + 1234.5 / 86400, '2026/4/3 上午 12:20:34.500'],
    [46115.9999999999, '115年4月4日'],
  ])('writes %s as %s', (serial, text) => {
    expect(formatDateSerial(serial)).toBe(text);
  });

  it('writes any date serial as text read back as the same date and time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4384 * 86_400_000, max: 99_999 * 86_400_000 }), (ms) => {
        const serial = ms / 86_400_000;
        const text = formatDateSerial(serial);
        expect(parseTimestamp(text, 'Asia/Taipei')).toEqual(parseTimestamp(serial, 'Asia/Taipei'));
        expect(parseDate(text)).toEqual(parseDate(serial));
      }),
      { numRuns: 300 },
    );
  });
});

describe('serial numbers', () => {
  it.each([
    [0, day(1899, 12, 30)],
    [1, day(1899, 12, 31)],
    [2.5, day(1900, 1, 1)],
    [61, day(1900, 3, 1)],
    [45721, day(2025, 3, 5)],
    [46065, day(2026, 2, 12)],
    [46065.99, day(2026, 2, 12)],
  ])('serial %d is %j', (serial, date) => {
    expect(serialToDate(serial)).toEqual(date);
  });

  it('round-trips between serials and dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 3_000_000 }), (serial) => {
        expect(dateToSerial(serialToDate(serial))).toBe(serial);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        fc.pre(isValidDate(y, m, d));
        expect(serialToDate(dateToSerial(day(y, m, d)))).toEqual(day(y, m, d));
      }),
    );
  });

  it('reads any time of day in a serial as its date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_ROC_DAY, max: 99_999 }),
        fc.double({ min: 0, max: 0.999_999, noNaN: true }),
        (serial, fraction) => {
          expect(parseDate(serial + fraction)).toEqual({ ok: true, value: serialToDate(serial) });
        },
      ),
    );
  });
});

describe('quotedCell', () => {
  it.each([
    ['a date serial', 46117, '115/04/05'],
    ['a date-time serial', 46115.586875, '115/04/03 14:05'],
    ['a compact ROC date typed as a number', 1150305, '1150305'],
    ['a number that is no date', 12, '12'],
    ["text, even a serial's text from a CSV file", '46117', '46117'],
    ['an empty cell', null, ''],
  ])('quotes %s as the user sees it', (_, cell, quoted) => {
    expect(quotedCell(cell)).toBe(quoted);
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2024/4/8 下午 3:12:45', '2024-04-08T07:12:45.000Z'],
    ['2024/4/8 上午 12:05:00', '2024-04-07T16:05:00.000Z'],
    ['2024/4/8 下午 12:05:00', '2024-04-08T04:05:00.000Z'],
    ['2024/4/8 上午 9:05:00', '2024-04-08T01:05:00.000Z'],
    ['2024/4/8下午3:12:45', '2024-04-08T07:12:45.000Z'],
    ['2024/04/08 15:12:45', '2024-04-08T07:12:45.000Z'],
    ['２０２４／０４／０８　１５：１２：４５', '2024-04-08T07:12:45.000Z'],
    ['113/4/8 下午 3:12:45', '2024-04-08T07:12:45.000Z'],
    ['113年4月8日 15:12', '2024-04-08T07:12:00.000Z'],
    ['2024/4/8 3:12:45 PM', '2024-04-08T07:12:45.000Z'],
    ['2026-03-05T10:00:00Z', '2026-03-05T10:00:00.000Z'],
    ['2026-03-05T10:00:00.250Z', '2026-03-05T10:00:00.250Z'],
    ['2026-03-05T10:00:00+08:00', '2026-03-05T02:00:00.000Z'],
    ['2026-03-05T10:00:00-0500', '2026-03-05T15:00:00.000Z'],
    ['2026-03-05 10:00', '2026-03-05T02:00:00.000Z'],
    ['2026-03-05', '2026-03-04T16:00:00.000Z'],
    ['115/3/5', '2026-03-04T16:00:00.000Z'],
  ])('reads %j in Asia/Taipei', (input, iso) => {
    expect(parseTimestamp(input, 'Asia/Taipei')).toEqual({ ok: true, value: Date.parse(iso) });
  });

  it.each([
    [46065.75, 'Asia/Taipei', '2026-02-12T10:00:00.000Z'],
    [45390.63385416666, 'Asia/Taipei', '2024-04-08T07:12:45.000Z'],
    [46065, 'Asia/Taipei', '2026-02-11T16:00:00.000Z'],
    [46065.75, 'UTC', '2026-02-12T18:00:00.000Z'],
    [45361.5, 'America/New_York', '2024-03-10T16:00:00.000Z'],
    [45360.5, 'America/New_York', '2024-03-09T17:00:00.000Z'],
    [45390.999999999, 'Asia/Taipei', '2024-04-08T16:00:00.000Z'],
  ])('reads the serial %d as wall time in %s', (serial, zone, iso) => {
    expect(parseTimestamp(serial, zone)).toEqual({ ok: true, value: Date.parse(iso) });
  });

  // A CSV file has no number cells: a serial exported from Sheets or Excel arrives as its text.
  it.each([
    ['46065.75', '2026-02-12T10:00:00.000Z'],
    ['45390.633854166665', '2024-04-08T07:12:45.000Z'],
    ['46065', '2026-02-11T16:00:00.000Z'],
    ['４６０６５.７５', '2026-02-12T10:00:00.000Z'],
  ])('reads the serial written as text %j as wall time in Asia/Taipei', (text, iso) => {
    expect(parseTimestamp(text, 'Asia/Taipei')).toEqual({ ok: true, value: Date.parse(iso) });
  });

  it('reads a serial written as text in 辦理日期 too, and a short number not at all', () => {
    expect(parseDate('46095')).toEqual({ ok: true, value: day(2026, 3, 14) });
    expect(parseDate('46095.5')).toEqual({ ok: true, value: day(2026, 3, 14) });
    expect(parseDate('2026').ok).toBe(false);
    expect(parseTimestamp('315', 'Asia/Taipei').ok).toBe(false);
    // Five digits outside 1990–2099 are not taken for a serial: 11503 is not a day of 1931.
    expect(parseDate('11503').ok).toBe(false);
    expect(parseTimestamp('11503', 'Asia/Taipei').ok).toBe(false);
  });

  it('reads wall time in a DST zone on the day clocks change', () => {
    expect(parseTimestamp('2024-03-10 12:00', 'America/New_York')).toEqual({ ok: true, value: Date.parse('2024-03-10T16:00:00Z') });
    expect(parseTimestamp('2024-03-09 12:00', 'America/New_York')).toEqual({ ok: true, value: Date.parse('2024-03-09T17:00:00Z') });
    expect(parseTimestamp('2024-11-03 12:00', 'America/New_York')).toEqual({ ok: true, value: Date.parse('2024-11-03T17:00:00Z') });
  });

  it.each([
    ['2024/4/8 下午 13:00', '時刻不存在'],
    ['2024/4/8 下午 0:10', '時刻不存在'],
    ['2024/4/8 25:00', '時刻不存在'],
    ['2024/4/8 10:60', '時刻不存在'],
    ['2024/4/8 10:00:61', '時刻不存在'],
    ['2024/4/8 上午 9:00 PM', '不是可辨識的時間'],
    ['2024/4/8 9點', '不是可辨識的時間'],
    ['昨天', '不是可辨識的時間'],
    ['2024/2/30 10:00', '只有 29 天'],
    ['', '未填寫'],
  ])('refuses %j, saying why', (input, reason) => {
    const result = parseTimestamp(input, 'Asia/Taipei');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('refuses a time zone it does not know', () => {
    expect(parseTimestamp('2024/4/8 10:00', 'Mars/Olympus')).toMatchObject({ ok: false, reason: expect.stringContaining('Mars/Olympus') });
  });

  it('never throws on arbitrary cells', () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789/-年月日 :T上下午AMPZ+.'), maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(cell, (value) => {
        const result = parseTimestamp(value, 'Asia/Taipei');
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.reason).toMatch(CJK);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('dates in a time zone', () => {
  it('gives today in Taiwan whatever the process time zone', () => {
    const lateEveningUtc = Date.parse('2024-01-01T16:30:00Z');
    expect(dateInZone(lateEveningUtc, 'Asia/Taipei')).toEqual(day(2024, 1, 2));
    expect(dateInZone(lateEveningUtc, 'UTC')).toEqual(day(2024, 1, 1));
    expect(dateInZone(Date.parse('2024-03-10T04:30:00Z'), 'America/New_York')).toEqual(day(2024, 3, 9));
  });

  it('formats an instant as ROC wall time', () => {
    expect(formatRocDateTime(Date.parse('2024-04-08T07:12:45Z'), 'Asia/Taipei')).toBe('113/04/08 15:12');
    expect(formatRocDateTime(Date.parse('2025-12-31T16:05:00Z'), 'Asia/Taipei')).toBe('115/01/01 00:05');
  });

  it('round-trips a timestamp through its ROC wall time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1950-01-01T00:00:00Z') / 60_000, max: Date.parse('2100-01-01T00:00:00Z') / 60_000 }),
        (minutes) => {
          const epoch = minutes * 60_000;
          expect(parseTimestamp(formatRocDateTime(epoch, 'Asia/Taipei'), 'Asia/Taipei')).toEqual({ ok: true, value: epoch });
        },
      ),
    );
  });

  it('throws, with a code, on a time zone that settings should have refused', () => {
    expect(() => dateInZone(0, 'Mars/Olympus')).toThrow(expect.objectContaining({ cause: { code: 'BAD_TIME_ZONE' } }));
  });
});

describe('calendar arithmetic', () => {
  it('formats ROC dates', () => {
    expect(formatRocDate(day(2026, 2, 12))).toBe('115年2月12日');
    expect(formatRocShort(day(2026, 2, 12))).toBe('115/02/12');
    expect(formatRocDate(day(1911, 10, 10))).toBe('民國前1年10月10日');
    expect(formatIsoDate(day(2026, 2, 12))).toBe('2026-02-12');
  });

  it('converts ROC years', () => {
    expect(toRocYear(2026)).toBe(115);
    expect(fromRocYear(115)).toBe(2026);
    expect(fromRocYear(1)).toBe(1912);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(lastDayOfMonth(year, month)).toBe(days);
  });

  it('counts a month’s days and finds the next month as the day numbers of the per-row path do', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (serial) => {
        const d = serialToDate(serial);
        const first = { ...d, day: 1 };
        expect(dateToSerial(firstOfNextMonth(d)) - dateToSerial(first)).toBe(lastDayOfMonth(d.year, d.month));
        expect(firstOfNextMonth(d).day).toBe(1);
      }),
    );
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays(day(2024, 2, 28), 1)).toEqual(day(2024, 2, 29));
    expect(addDays(day(2025, 2, 28), 1)).toEqual(day(2025, 3, 1));
    expect(addDays(day(2025, 12, 31), 1)).toEqual(day(2026, 1, 1));
    expect(addDays(day(2026, 1, 1), -1)).toEqual(day(2025, 12, 31));
  });

  it('compares dates in calendar order', () => {
    expect(compareDates(day(2026, 3, 5), day(2026, 3, 5))).toBe(0);
    expect(compareDates(day(2026, 3, 4), day(2026, 3, 5))).toBeLessThan(0);
    expect(compareDates(day(2027, 1, 1), day(2026, 12, 31))).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: -1000, max: 1000 }), (serial, n) => {
        const d = serialToDate(serial);
        expect(Math.sign(compareDates(addDays(d, n), d))).toBe(Math.sign(n));
        expect(dateToSerial(addDays(d, n))).toBe(serial + n);
      }),
    );
  });
});
