import { boundedMemo, memoPerObject } from './bounded-memo.ts';
import { CALENDAR_NUMERALS, readChineseCount } from './chinese-numerals.ts';
import { parseDate, yearFromDigits } from './date-reading.ts';
import { firstOfNextMonth, lastDayOfMonth, type PlainDate, rocYearText, toRocYear } from './dates.ts';
import * as msg from './messages/domain/index.ts';
import { plainMonth } from './plain-forms.ts';
import { fail, ok, type Result } from './result.ts';
import { cellText, matchKey } from './text.ts';
import type { Cell } from './workbook.ts';

/** How often units report, finest first. */
export const CYCLES = ['month', 'quarter', 'half', 'year'] as const;
export type Cycle = (typeof CYCLES)[number];

/** One reporting period: month 1–12, quarter 1–4, half 1–2 or the year (index 1) of a Gregorian year. */
export interface Period {
  readonly year: number;
  readonly cycle: Cycle;
  readonly index: number;
}

/** Months in one period of a cycle. */
const monthsPerPeriod = (cycle: Cycle): number => ({ month: 1, quarter: 3, half: 6, year: 12 })[cycle];

const CYCLE_WORDS: ReadonlyMap<string, Cycle> = new Map([
  ...['月', '個月', '一個月', 'month', 'monthly'].map((w): [string, Cycle] => [w, 'month']),
  ...['季', '季度', '一季', '三個月', '3個月', 'quarter', 'quarterly'].map((w): [string, Cycle] => [w, 'quarter']),
  ...['半年', '半年度', '半年一次', '六個月', '6個月', 'half', 'halfyear', 'half-year', 'semiannual'].map((w): [string, Cycle] => [
    w,
    'half',
  ]),
  ...['年', '一年', '年度', '全年', '十二個月', '12個月', 'year', 'yearly', 'annual'].map((w): [string, Cycle] => [w, 'year']),
]);

/** Reads 填報週期 (月, 每月, 月報, 季, 半年, 年度…); blank means monthly. */
export function parseCycle(text: string): Result<Cycle> {
  const key = matchKey(text);
  if (key === '') return ok('month');
  const word = key.replace(/^(?:每|按|逐)/u, '').replace(/(?:填報|報告?|一次|1次)+$/u, '');
  const cycle = CYCLE_WORDS.get(word);
  return cycle ? ok(cycle) : fail(msg.cycleNotUnderstood(text.trim()));
}

/** The period of a cycle that contains a date. */
export const periodOfDate = (date: PlainDate, cycle: Cycle): Period =>
  periodOf(date.year, cycle, Math.floor((date.month - 1) / monthsPerPeriod(cycle)) + 1);

// Every valid row holds its period: rows of the same period share one (read-only) object.
const periods = boundedMemo<number, Period>(10_000);

function periodOf(year: number, cycle: Cycle, index: number): Period {
  const key = (year * CYCLES.length + CYCLES.indexOf(cycle)) * 16 + index;
  return periods.get(key) ?? periods.remember(key, { year, cycle, index });
}

/** The period just before, of the same year and cycle; null for the year's first. */
export const previousPeriod = (p: Period): Period | null => (p.index > 1 ? periodOf(p.year, p.cycle, p.index - 1) : null);

/** Every period of a year, in order. */
export function periodsOfYear(year: number, cycle: Cycle): Period[] {
  return Array.from({ length: 12 / monthsPerPeriod(cycle) }, (_, i) => ({ year, cycle, index: i + 1 }));
}

const firstMonth = (p: Period) => (p.index - 1) * monthsPerPeriod(p.cycle) + 1;
const lastMonth = (p: Period) => p.index * monthsPerPeriod(p.cycle);

/** The first day of a period. */
export const periodStart = (p: Period): PlainDate => ({ year: p.year, month: firstMonth(p), day: 1 });

/** The last day of a period. */
export const periodEnd = (p: Period): PlainDate => ({ year: p.year, month: lastMonth(p), day: lastDayOfMonth(p.year, lastMonth(p)) });

/** Day dueDay of the month after the period ends (clamped to that month's length): when its reports are due. */
export function reportDueDate(p: Period, dueDay: number): PlainDate {
  const { year, month } = firstOfNextMonth(periodEnd(p));
  return { year, month, day: Math.min(Math.max(1, Math.floor(dueDay)), lastDayOfMonth(year, month)) };
}

/** 115年3月, 115年第1季, 115年上半年, 115年. */
export function periodLabel(p: Period): string {
  const year = rocYearText(p.year);
  return p.cycle === 'year' ? msg.periodLabels.year(year) : msg.periodLabels[p.cycle](year, p.index);
}

/**
 * Periods of one year written as runs, without the year (a document of that year says it once):
 * 1–6月、8月; 第1–3季; 上半年、下半年; 全年.
 */
export function periodRunsLabel(periods: readonly Period[]): string {
  const sorted = [...periods].sort(comparePeriods);
  const runs: { from: Period; to: Period }[] = [];
  for (const period of sorted) {
    const last = runs.at(-1);
    if (last && last.to.cycle === period.cycle && last.to.year === period.year && last.to.index + 1 === period.index) last.to = period;
    else runs.push({ from: period, to: period });
  }
  return runs.map(({ from, to }) => msg.periodRunLabels[from.cycle](from.index, to.index)).join(msg.periodRunSeparator);
}

const KEY_LETTER: Readonly<Record<Cycle, string>> = { month: 'M', quarter: 'Q', half: 'H', year: 'Y' };

// Each row's period is one of a few shared objects (periodOfDate): its key is made once.
/** A stable key that sorts periods of one cycle in time order: 2026-M03, 2026-Q1, 2026-H2, 2026-Y. */
export const periodKey: (p: Period) => string = memoPerObject((p: Period) => {
  const index = p.cycle === 'month' ? String(p.index).padStart(2, '0') : p.cycle === 'year' ? '' : String(p.index);
  return `${String(p.year).padStart(4, '0')}-${KEY_LETTER[p.cycle]}${index}`;
});

/** Orders periods by start, then by end (a month before the quarter that begins with it). */
export function comparePeriods(a: Period, b: Period): number {
  const start = a.year * 12 + firstMonth(a) - (b.year * 12 + firstMonth(b));
  return start !== 0 ? start : a.year * 12 + lastMonth(a) - (b.year * 12 + lastMonth(b));
}

// ---- reading 填報期間 ----

/** A run of whole months as written, before it is fitted to the plan's cycle. */
interface MonthSpan {
  readonly year: number;
  readonly from: number;
  readonly to: number;
}

const YEAR = String.raw`(?:(?:中華)?民國)?(?<y>\d{1,4})年度?`;
const SHAPES: readonly { readonly pattern: RegExp; readonly span: (n: number) => readonly [number, number] }[] = [
  { pattern: new RegExp(String.raw`^(?:${YEAR})?(?<n>\d{1,2})月份?$`, 'u'), span: (n) => [n, n] },
  { pattern: /^(?<y>\d{2,4})[/.-](?<n>\d{1,2})$/u, span: (n) => [n, n] },
  { pattern: new RegExp(String.raw`^(?:${YEAR})?第?(?<n>\d)季度?$`, 'u'), span: (n) => [n * 3 - 2, n * 3] },
  { pattern: /^(?:(?<y>\d{1,4})(?:年度?)?-?)?q(?<n>\d)$/u, span: (n) => [n * 3 - 2, n * 3] },
  { pattern: new RegExp(String.raw`^(?:${YEAR})?(?<h>[上下])半年度?$`, 'u'), span: () => [0, 0] },
  { pattern: /^(?:(?<y>\d{1,4})(?:年度?)?-?)?h(?<n>[12])$/u, span: (n) => [n * 6 - 5, n * 6] },
  { pattern: new RegExp(String.raw`^${YEAR}(?:全年度?)?$`, 'u'), span: () => [1, 12] },
  { pattern: /^全年度?$/u, span: () => [1, 12] },
  { pattern: new RegExp(String.raw`^(?:${YEAR})?(?<n>\d{1,2})月?[-~至到](?<to>\d{1,2})月份?$`, 'u'), span: () => [0, 0] },
];

// 三月, 第一季, 十二月份: Chinese numerals before 月 and 季 become digits.
const CHINESE_BEFORE_UNIT = new RegExp(`([${CALENDAR_NUMERALS}]{1,3})(?=月|季)`, 'gu');

function readSpan(key: string, text: string, planYear: number, forms: string): Result<MonthSpan> | null {
  const digits = key.replace(CHINESE_BEFORE_UNIT, (numeral) => String(readChineseCount(numeral) ?? numeral));
  for (const { pattern, span } of SHAPES) {
    const match = pattern.exec(digits);
    if (!match) continue;
    const groups = match.groups ?? {};
    const year = groups.y === undefined ? ok(planYear) : yearFromDigits(groups.y, text);
    if (!year.ok) return year;
    const n = Number(groups.n);
    let [from, to] = span(n);
    if (groups.h !== undefined) [from, to] = groups.h === '上' ? [1, 6] : [7, 12];
    if (groups.to !== undefined) [from, to] = [n, Number(groups.to)];
    if (from < 1 || to > 12 || from > to) return fail(msg.periodNotUnderstood(text, forms));
    return ok({ year: year.value, from, to });
  }
  return null;
}

/**
 * Reads 填報期間 and fits it to the plan's cycle: a finer period maps into the one containing it
 * (cycle 季: 115年3月 → 第1季); one that spans several periods of the cycle is refused. A number is a Sheets date serial.
 * @example parsePeriod('115年3月', { cycle: 'quarter', planYear: 2026 }) // → ok({ year: 2026, cycle: 'quarter', index: 1 })
 */
export function parsePeriod(cell: Cell, context: { readonly cycle: Cycle; readonly planYear: number }): Result<Period> {
  // A single month fits every cycle: it maps into the period containing it.
  const plain = typeof cell === 'string' ? plainMonth(cell.trim()) : null;
  if (plain) return ok(periodOfDate({ year: plain.year, month: plain.month, day: 1 }, context.cycle));
  return readPeriod(cell, context);
}

/** parsePeriod without the plain-form scanner (plain-forms.ts): every form it reads, and the message when none fits. */
export function readPeriod(cell: Cell, context: { readonly cycle: Cycle; readonly planYear: number }): Result<Period> {
  const forms = msg.periodForms[context.cycle](toRocYear(context.planYear));
  const text = cellText(cell).trim();
  if (cell === null || text === '') return fail(msg.periodBlank(forms));
  if (typeof cell === 'boolean') return fail(msg.periodNotUnderstood(text, forms));
  let span: MonthSpan;
  const read = typeof cell === 'number' ? null : readSpan(matchKey(text), text, context.planYear, forms);
  if (read !== null) {
    if (!read.ok) return read;
    span = read.value;
  } else {
    // A user typing 2026-03 in Sheets gets a date; CSV exports write it back as 2026/3/1.
    const date = parseDate(cell);
    if (!date.ok) return fail(msg.periodNotUnderstood(text, forms));
    span = { year: date.value.year, from: date.value.month, to: date.value.month };
  }
  const size = monthsPerPeriod(context.cycle);
  if (Math.ceil(span.from / size) !== Math.ceil(span.to / size)) return fail(msg.periodTooCoarse(text, forms));
  return ok(periodOfDate({ year: span.year, month: span.from, day: 1 }, context.cycle));
}
