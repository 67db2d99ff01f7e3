import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../shared/date-reading.ts';
import type { PlainDate } from '../../shared/dates.ts';
import { parseTimestamp } from '../../shared/timestamp-reading.ts';
import type { Cell } from '../../shared/workbook.ts';

const day = (year: number, month: number, d: number): PlainDate => ({ year, month, day: d });
const CJK = /[\u4E00-\u9FFF]/u;

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
