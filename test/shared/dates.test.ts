import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../shared/date-reading.ts';
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
  quotedCell,
  serialToDate,
  toRocYear,
} from '../../shared/dates.ts';
import { parseTimestamp } from '../../shared/timestamp-reading.ts';

const day = (year: number, month: number, d: number): PlainDate => ({ year, month, day: d });

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
