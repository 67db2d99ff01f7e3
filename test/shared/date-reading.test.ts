import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../shared/date-reading.ts';
import {
  dateToSerial,
  formatIsoDate,
  formatRocDate,
  formatRocShort,
  isValidDate,
  type PlainDate,
  serialToDate,
  toRocYear,
} from '../../shared/dates.ts';

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

describe('date serials', () => {
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
