import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateToSerial } from '../../shared/dates.ts';
import {
  CYCLES,
  type Cycle,
  comparePeriods,
  type Period,
  parseCycle,
  parsePeriod,
  periodEnd,
  periodKey,
  periodLabel,
  periodOfDate,
  periodRunsLabel,
  periodStart,
  periodsOfYear,
  reportDueDate,
} from '../../shared/period.ts';
import type { Cell } from '../../shared/workbook.ts';

const PLAN_YEAR = 2026; // 民國 115
const inPlan = (cycle: Cycle) => ({ cycle, planYear: PLAN_YEAR });
const period = (cycle: Cycle, index: number, year = PLAN_YEAR): Period => ({ year, cycle, index });
/** The period at `i`, counting round the list. */
function nth(periods: readonly Period[], i: number): Period {
  const found = periods[i % periods.length];
  if (!found) throw new Error(`no period at ${i} of ${periods.length}`);
  return found;
}
const CJK = /[\u4E00-\u9FFF]/u;
const fullWidth = (text: string) => text.replace(/[0-9/.\-A-Za-z]/gu, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0));

describe('parseCycle', () => {
  it.each([
    ['', 'month'],
    ['  ', 'month'],
    ['月', 'month'],
    ['每月', 'month'],
    ['月報', 'month'],
    ['按月', 'month'],
    ['每個月', 'month'],
    ['季', 'quarter'],
    ['每季', 'quarter'],
    ['季報', 'quarter'],
    ['半年', 'half'],
    ['每半年', 'half'],
    ['年', 'year'],
    ['每年', 'year'],
    ['年度', 'year'],
    ['年報', 'year'],
    [' 每 季 ', 'quarter'],
    ['Quarterly', 'quarter'],
    ['一季一次', 'quarter'],
    ['一年一次', 'year'],
    ['每月一次', 'month'],
    ['一個月一次', 'month'],
    ['每季填報一次', 'quarter'],
    ['每三個月', 'quarter'],
    ['每6個月填報', 'half'],
    ['每月填報1次', 'month'],
  ] as const)('reads %j as %s', (text, cycle) => {
    expect(parseCycle(text)).toEqual({ ok: true, value: cycle });
  });

  it.each(['週', '每日', '雙月', 'x'])('refuses %j, listing the cycles', (text) => {
    expect(parseCycle(text)).toMatchObject({ ok: false, reason: expect.stringContaining('月、季、半年或年') });
  });
});

describe('parsePeriod', () => {
  it.each([
    '115年3月',
    '115年03月',
    '115 年 3 月',
    '民國115年3月',
    '115/03',
    '115/3',
    '115.3',
    '115-3',
    '2026-03',
    '2026/03',
    '2026年3月',
    '3月',
    '3月份',
    '三月',
    '１１５年３月',
    '１１５／０３',
    '2026/3/1',
    '115/03/15',
    '2026-03-31',
    '115年3月5',
  ])('reads %j as March of the plan year', (text) => {
    expect(parsePeriod(text, inPlan('month'))).toEqual({ ok: true, value: period('month', 3) });
  });

  it.each([
    ['十二月', period('month', 12)],
    ['114年12月', period('month', 12, 2025)],
    ['2027-01', period('month', 1, 2027)],
    ['99/1', period('month', 1, 2010)],
  ] as const)('reads %j with the year it names', (text, expected) => {
    expect(parsePeriod(text, inPlan('month'))).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['115年第1季', 1],
    ['第1季', 1],
    ['第一季', 1],
    ['第四季', 4],
    ['Q1', 1],
    ['q2', 2],
    ['2026Q3', 3],
    ['2026-Q4', 4],
    ['115年Q2', 2],
    ['第２季', 2],
    ['Ｑ３', 3],
    ['1-3月', 1],
    ['4~6月', 2],
    ['115年3月', 1],
    ['5月', 2],
    ['2026-12', 4],
    ['115年1-2月', 1],
  ] as const)('reads %j as quarter %i in a quarterly plan', (text, index) => {
    expect(parsePeriod(text, inPlan('quarter'))).toEqual({ ok: true, value: period('quarter', index) });
  });

  it.each([
    ['115年上半年', 1],
    ['上半年', 1],
    ['下半年', 2],
    ['115年下半年', 2],
    ['H2', 2],
    ['第2季', 1],
    ['第3季', 2],
    ['6月', 1],
    ['7月', 2],
    ['1-6月', 1],
    ['7~12月', 2],
  ] as const)('reads %j as half %i in a half-yearly plan', (text, index) => {
    expect(parsePeriod(text, inPlan('half'))).toEqual({ ok: true, value: period('half', index) });
  });

  it.each(['115年', '115年度', '2026年', '全年', '下半年', '第4季', '11月', '1-12月'])('reads %j as the year in a yearly plan', (text) => {
    expect(parsePeriod(text, inPlan('year'))).toEqual({ ok: true, value: period('year', 1) });
  });

  it('reads a Sheets date serial as its month (a user typing 2026-03 in Sheets gets a date)', () => {
    const march = dateToSerial({ year: 2026, month: 3, day: 1 });
    expect(parsePeriod(march, inPlan('month'))).toEqual({ ok: true, value: period('month', 3) });
    expect(parsePeriod(march + 0.5, inPlan('quarter'))).toEqual({ ok: true, value: period('quarter', 1) });
  });

  it('returns a period of another year as it is: the validator reports it', () => {
    expect(parsePeriod('114年3月', inPlan('month'))).toEqual({ ok: true, value: period('month', 3, 2025) });
  });

  it.each([
    ['115年第1季', 'month', '按月填報，請寫成「115年3月」'],
    ['Q1', 'month', '按月填報'],
    ['上半年', 'month', '按月填報'],
    ['115年', 'month', '按月填報'],
    ['1-2月', 'month', '按月填報'],
    ['上半年', 'quarter', '按季填報，請寫成「115年第1季」'],
    ['3-4月', 'quarter', '按季填報'],
    ['115年度', 'half', '按半年填報，請寫成「115年上半年」'],
  ] as const)('refuses %j in a plan that reports by %s: it spans more than one period', (text, cycle, expected) => {
    const result = parsePeriod(text, inPlan(cycle));
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('涵蓋不只一期') });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining(expected) });
  });

  it.each([
    ['13月', 'month'],
    ['0月', 'month'],
    ['第5季', 'quarter'],
    ['Q0', 'quarter'],
    ['3', 'month'],
    ['abc', 'month'],
    ['115/13', 'month'],
    ['2026-00', 'month'],
    ['5-3月', 'quarter'],
    ['上季', 'quarter'],
  ] as const)('refuses %j, naming the expected form', (text, cycle) => {
    const result = parsePeriod(text, inPlan(cycle));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/請寫成「115年/u);
  });

  it.each<[Cell, string]>([
    [null, '未填寫填報期間'],
    ['', '未填寫填報期間'],
    ['  ', '未填寫填報期間'],
    [3, '請寫成'],
    [true, '請寫成'],
    ['0年3月', '民國沒有 0 年'],
  ])('refuses the cell %j', (cell, expected) => {
    expect(parsePeriod(cell, inPlan('month'))).toMatchObject({ ok: false, reason: expect.stringContaining(expected) });
  });

  it('reads back every label it writes, in full-width too', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CYCLES), fc.integer({ min: 1912, max: 2100 }), fc.integer({ min: 0, max: 11 }), (cycle, year, i) => {
        const p = nth(periodsOfYear(year, cycle), i);
        expect(parsePeriod(periodLabel(p), inPlan(cycle))).toEqual({ ok: true, value: p });
        expect(parsePeriod(fullWidth(periodLabel(p)), inPlan(cycle))).toEqual({ ok: true, value: p });
      }),
    );
  });

  it('reads full-width digits exactly as ASCII', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 189 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('{y}年{m}月', '{y}/{m}', '{y}.{m}', '{m}月'),
        (roc, month, shape) => {
          const text = shape.replace('{y}', String(roc)).replace('{m}', String(month));
          expect(parsePeriod(fullWidth(text), inPlan('month'))).toEqual(parsePeriod(text, inPlan('month')));
          expect(parsePeriod(text, inPlan('month')).ok).toBe(true);
        },
      ),
    );
  });

  it("never throws, and either fits the plan's cycle or gives a zh-TW reason", () => {
    const periodish = fc.string({ unit: fc.constantFrom(...'0123456789１年月份度第季上下半Qq/-.~至 一三十全'), maxLength: 16 });
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      periodish,
      fc.string({ unit: 'binary', maxLength: 16 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(cell, fc.constantFrom(...CYCLES), (value, cycle) => {
        const result = parsePeriod(value, inPlan(cycle));
        if (result.ok) {
          expect(result.value.cycle).toBe(cycle);
          expect(periodsOfYear(result.value.year, cycle)).toContainEqual(result.value);
        } else {
          expect(result.reason).toMatch(CJK);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('periods of a year', () => {
  it.each([
    ['month', 12, '115年1月', '115年12月'],
    ['quarter', 4, '115年第1季', '115年第4季'],
    ['half', 2, '115年上半年', '115年下半年'],
    ['year', 1, '115年', '115年'],
  ] as const)('a %s plan has %i periods, %s to %s', (cycle, count, first, last) => {
    const periods = periodsOfYear(PLAN_YEAR, cycle);
    expect(periods).toHaveLength(count);
    const labels = periods.map(periodLabel);
    expect(labels[0]).toBe(first);
    expect(labels.at(-1)).toBe(last);
  });

  it('knows where each period starts and ends', () => {
    expect([periodStart(period('month', 2, 2024)), periodEnd(period('month', 2, 2024))]).toEqual([
      { year: 2024, month: 2, day: 1 },
      { year: 2024, month: 2, day: 29 },
    ]);
    expect(periodEnd(period('quarter', 1, 2025))).toEqual({ year: 2025, month: 3, day: 31 });
    expect(periodStart(period('quarter', 3))).toEqual({ year: 2026, month: 7, day: 1 });
    expect(periodEnd(period('half', 1))).toEqual({ year: 2026, month: 6, day: 30 });
    expect([periodStart(period('year', 1)), periodEnd(period('year', 1))]).toEqual([
      { year: 2026, month: 1, day: 1 },
      { year: 2026, month: 12, day: 31 },
    ]);
  });

  it('finds the period of a date', () => {
    expect(periodOfDate({ year: 2026, month: 8, day: 15 }, 'quarter')).toEqual(period('quarter', 3));
    expect(periodOfDate({ year: 2026, month: 8, day: 15 }, 'half')).toEqual(period('half', 2));
  });

  it.each([
    [period('month', 3), 5, { year: 2026, month: 4, day: 5 }],
    [period('month', 12), 5, { year: 2027, month: 1, day: 5 }],
    [period('month', 1), 31, { year: 2026, month: 2, day: 28 }],
    [period('month', 1, 2024), 31, { year: 2024, month: 2, day: 29 }],
    [period('quarter', 1), 10, { year: 2026, month: 4, day: 10 }],
    [period('half', 2), 15, { year: 2027, month: 1, day: 15 }],
    [period('year', 1), 31, { year: 2027, month: 1, day: 31 }],
    [period('month', 3), 0, { year: 2026, month: 4, day: 1 }],
  ])('reports for %j with due day %i are due %j', (p, dueDay, expected) => {
    expect(reportDueDate(p, dueDay)).toEqual(expected);
  });

  it('keys periods stably and in time order', () => {
    expect(periodKey(period('month', 3))).toBe('2026-M03');
    expect(periodKey(period('quarter', 1))).toBe('2026-Q1');
    expect(periodKey(period('half', 2))).toBe('2026-H2');
    expect(periodKey(period('year', 1))).toBe('2026-Y');
    fc.assert(
      fc.property(
        fc.constantFrom(...CYCLES),
        fc.array(fc.tuple(fc.integer({ min: 1912, max: 2100 }), fc.integer({ min: 0, max: 11 }))),
        (cycle, picks) => {
          const periods = picks.map(([year, i]) => nth(periodsOfYear(year, cycle), i));
          const byKey = [...periods].sort((a, b) => (periodKey(a) < periodKey(b) ? -1 : periodKey(a) > periodKey(b) ? 1 : 0));
          const byTime = [...periods].sort(comparePeriods);
          expect(byKey.map(periodKey)).toEqual(byTime.map(periodKey));
        },
      ),
    );
  });

  it('orders a month before the quarter that begins with it, and that before the next month', () => {
    expect(comparePeriods(period('month', 1), period('quarter', 1))).toBeLessThan(0);
    expect(comparePeriods(period('quarter', 1), period('month', 2))).toBeLessThan(0);
    expect(comparePeriods(period('month', 12, 2025), period('month', 1))).toBeLessThan(0);
    expect(comparePeriods(period('half', 1), period('half', 1))).toBe(0);
  });
});

describe('periodRunsLabel', () => {
  const months = (...indexes: number[]) => indexes.map((index) => ({ year: 2026, cycle: 'month' as const, index }));
  it.each([
    { name: 'a run of months', periods: months(1, 2, 3, 4, 5, 6), expected: '1–6月' },
    {
      name: 'runs and a single month, in order whatever the input order',
      periods: months(8, 2, 1, 3, 10, 11),
      expected: '1–3月、8月、10–11月',
    },
    { name: 'quarters', periods: [1, 2, 3].map((index) => ({ year: 2024, cycle: 'quarter' as const, index })), expected: '第1–3季' },
    { name: 'one half', periods: [{ year: 2024, cycle: 'half' as const, index: 2 }], expected: '下半年' },
    { name: 'the year', periods: [{ year: 2024, cycle: 'year' as const, index: 1 }], expected: '全年' },
  ])('writes $name as runs', ({ periods, expected }) => {
    expect(periodRunsLabel(periods)).toBe(expected);
  });
});
