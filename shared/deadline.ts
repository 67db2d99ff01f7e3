import { CALENDAR_NUMERALS, readChineseCount } from './chinese-numerals.ts';
import { parseDate, yearFromDigits } from './date-reading.ts';
import { compareDates, formatRocDate, isValidDate, lastDayOfMonth, type PlainDate, rocYearText } from './dates.ts';
import * as msg from './messages/domain/index.ts';
import type { Cycle } from './period.ts';
import { foldText, isBlank } from './text.ts';

/** Which part of a month a deadline names: 上旬/初 (by the 10th), 中旬 (by the 20th), 底/下旬 (by its end). */
export type MonthPart = 'early' | 'mid' | 'late';

/** One end of a range: a month, or a day when the text names one. */
export interface RangeEnd {
  readonly year: number;
  readonly month: number;
  readonly day?: number;
}

/** 完成期限 as understood; every variant keeps the text as written. */
export type Deadline =
  | { readonly kind: 'continuous'; readonly text: string }
  | { readonly kind: 'date'; readonly text: string; readonly date: PlainDate }
  | { readonly kind: 'month'; readonly text: string; readonly year: number; readonly month: number; readonly part?: MonthPart }
  | { readonly kind: 'range'; readonly text: string; readonly from: RangeEnd; readonly to: RangeEnd }
  | { readonly kind: 'recurring'; readonly text: string; readonly every: Cycle }
  | { readonly kind: 'multiple'; readonly text: string; readonly items: readonly Deadline[] }
  | { readonly kind: 'unknown'; readonly text: string };

type Dated = Extract<Deadline, { kind: 'date' | 'month' | 'range' }>;
type Groups = Readonly<Record<string, string | undefined>>;
/** What one phrase says: a dated item, both halves of the year, or a date that does not exist. */
type Found = Dated | 'halves' | 'invalid';

// ---- what counts as noise, recurrence and "no date" ----

const NOISE: readonly RegExp[] = [
  /[^，。；,;]{0,20}?字第\d+號函?/gu, // a document citation with its date: 114/11/28北市民治字第1146028129號函
  /\d{9,}/gu, // 文號 and other long numbers
  /\d{1,4}年次/gu, // a birth cohort: 96年次役男
  /\d{1,4}年度(?![\d上下第內])/gu, // a fiscal-year reference: 114年度調解業務 (115年度內 is a deadline)
];
const CHINESE_BEFORE_UNIT = new RegExp(`([${CALENDAR_NUMERALS}]{1,3})(?=月|日|季)`, 'gu');
const RECURRENCE: readonly (readonly [RegExp, Cycle])[] = [
  [/每半年|半年一次/u, 'half'],
  [/(?:每|按|逐)(?:個)?月/u, 'month'],
  [/(?:每|按|逐)季/u, 'quarter'],
  [/(?:每|按|逐)年(?:度)?/u, 'year'],
];
const WHOLE_YEAR = /^(?:(?:中華)?民國)?(?:(?<y>\d{3,4})|(?<rel>今|本|當|明|次|翌))年度?(?:辦理|完成)?$/u;
const CONTINUOUS = /持續|按時|不定期|隨時|即時|經常|常態|全年|賡續|長期|適時|積極|每[日天週周]/u;

// ---- phrases, tried in this order at each position ----

const START = String.raw`(?<!\d)(?<!\d[/~-])`;
const YEAR = String.raw`(?:(?:(?:中華)?民國)?(?<y>\d{1,4})年度?|(?<rel>今年|本年|當年|明年|次年|翌年|去年))`;
const YEAR2 = String.raw`(?:(?:(?:中華)?民國)?(?<y2>\d{1,4})年度?)`;
const PART = String.raw`(?<part>上旬|中旬|下旬|初|底|末|中(?=前|完成|辦理|$|[，。；,;]))?`;
const BY = String.raw`(?:以?前|止)?`;

interface Rule {
  readonly pattern: RegExp;
  readonly read: (g: Groups, at: Context) => Found | readonly Found[];
}

interface Context {
  readonly planYear: number;
  /** The phrase being read. */
  text: string;
  /** The year a phrase without one belongs to: the plan year, or the last year stated in this cell. */
  carry: number;
}

const rule = (source: string, read: Rule['read']): Rule => ({ pattern: new RegExp(source, 'uy'), read });

const RULES: readonly Rule[] = [
  rule(
    String.raw`${START}自?(?:${YEAR})?(?<m>\d{1,2})月(?<d>\d{1,2})[日號]?[-~至到]${YEAR2}?(?:(?<m2>\d{1,2})月)?(?<d2>\d{1,2})[日號]${BY}`,
    (g, at) => {
      const from = yearOf(g.y, g.rel, at);
      const to = g.y2 === undefined ? from : yearOf(g.y2, undefined, at);
      return range(at, { year: from, month: num(g.m), day: num(g.d) }, { year: to, month: num(g.m2 ?? g.m), day: num(g.d2) });
    },
  ),
  rule(String.raw`${START}(?<y>\d{2,4})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)${BY}`, (g, at) =>
    date(at, yearOf(g.y, undefined, at), num(g.m), num(g.d)),
  ),
  rule(String.raw`${START}(?:${YEAR})?(?<m>\d{1,2})月(?<days>\d{1,2}(?:[、,及與和]\d{1,2})+)[日號]${BY}`, (g, at) => {
    const year = yearOf(g.y, g.rel, at);
    return (g.days ?? '').split(/[、,及與和]/u).map((d) => date({ ...at, text: `${g.m}月${d}日` }, year, num(g.m), num(d)));
  }),
  rule(String.raw`${START}(?:${YEAR})?(?<m>\d{1,2})月(?<d>\d{1,2})(?:[日號]|(?=辦|完成|前|止|$|[，。；,;、]))${BY}`, (g, at) =>
    date(at, yearOf(g.y, g.rel, at), num(g.m), num(g.d)),
  ),
  // 115/1~115/6, 115/11-116/02, 2026/03~06: a range of year/month ends.
  rule(
    String.raw`${START}(?<y>\d{4}|\d{3})/(?<m>\d{1,2})(?:[~至到](?:(?<y2>\d{4}|\d{3})/)?|-(?<y3>\d{4}|\d{3})/)(?<m2>\d{1,2})(?![\d/.-])${PART}${BY}`,
    (g, at) => {
      const from = yearOf(g.y, undefined, at);
      const explicitTo = g.y2 ?? g.y3;
      const to = explicitTo === undefined ? from : yearOf(explicitTo, undefined, at);
      return range(at, { year: from, month: num(g.m) }, { year: to, month: num(g.m2) }, part(g.part));
    },
  ),
  rule(String.raw`${START}(?<y>\d{4}|\d{3}(?=/))[/-](?<m>\d{1,2})(?![\d/.-])`, (g, at) => month(at, yearOf(g.y, undefined, at), num(g.m))),
  // 7/15前: month/day in the plan year (a year/month is read above, with three or four digits).
  rule(String.raw`${START}(?<m>\d{1,2})/(?<d>\d{1,2})(?![\d/.-])${BY}`, (g, at) => date(at, at.carry, num(g.m), num(g.d))),
  rule(String.raw`${START}(?:${YEAR})?(?<m>\d{1,2})(?:月份?)?[-~至到]${YEAR2}?(?<m2>\d{1,2})月份?${PART}${BY}`, (g, at) => {
    const from = yearOf(g.y, g.rel, at);
    const explicitTo = g.y2 === undefined ? null : yearOf(g.y2, undefined, at);
    const to = explicitTo ?? (num(g.m2) < num(g.m) ? from + 1 : from); // 11月至2月 runs into the next year
    return range(at, { year: from, month: num(g.m) }, { year: to, month: num(g.m2) }, part(g.part));
  }),
  rule(String.raw`${START}(?:${YEAR})?(?<m>\d{1,2})月份?${PART}${BY}`, (g, at) =>
    month(at, yearOf(g.y, g.rel, at), num(g.m), part(g.part)),
  ),
  rule(String.raw`(?:${START}(?:(?:中華)?民國)?(?<y>\d{1,4})|(?<rel>今|本|當|明|次|翌))?年[底末]${BY}`, (g, at) =>
    month(at, yearOf(g.y, g.rel, at), 12, 'late'),
  ),
  // 115年度內, 本年度內: any time in that year, so done by its 12/31.
  rule(String.raw`(?:${START}(?:(?:中華)?民國)?(?<y>\d{3,4})|(?<rel>今|本|當|明|次|翌))年度?內`, (g, at) =>
    wholeYear(at, yearOf(g.y, g.rel, at)),
  ),
  rule(String.raw`上[、,及與和]?下半?年度?`, () => 'halves'),
  rule(String.raw`${START}(?:${YEAR})?(?<h>[上下])半年度?`, (g, at) => {
    const year = yearOf(g.y, g.rel, at);
    return g.h === '上' ? range(at, { year, month: 1 }, { year, month: 6 }) : range(at, { year, month: 7 }, { year, month: 12 });
  }),
  rule(String.raw`${START}(?:${YEAR})?第(?<q>[1-4])季`, (g, at) => {
    const year = yearOf(g.y, g.rel, at);
    return range(at, { year, month: num(g.q) * 3 - 2 }, { year, month: num(g.q) * 3 });
  }),
];

const num = (digits: string | undefined) => Number(digits ?? Number.NaN);
const isDated = (found: Found): found is Dated => typeof found !== 'string';

function yearOf(digits: string | undefined, relative: string | undefined, at: Context): number {
  if (digits !== undefined) {
    const year = yearFromDigits(digits, at.text);
    if (!year.ok) return Number.NaN;
    if (year.value >= at.planYear) at.carry = year.value;
    return year.value;
  }
  if (relative === undefined) return at.carry;
  const offset = /^[明次翌]/u.test(relative) ? 1 : /^去/u.test(relative) ? -1 : 0;
  return at.planYear + offset;
}

const part = (word: string | undefined): MonthPart | undefined =>
  word === undefined ? undefined : /初|上旬/u.test(word) ? 'early' : /中/u.test(word) ? 'mid' : 'late';

function date(at: Context, year: number, m: number, d: number): Found {
  if (!isValidDate(year, m, d)) return 'invalid';
  return { kind: 'date', text: at.text, date: { year, month: m, day: d } };
}

function month(at: Context, year: number, m: number, p?: MonthPart): Found {
  if (!Number.isInteger(year) || m < 1 || m > 12) return 'invalid';
  return p === undefined ? { kind: 'month', text: at.text, year, month: m } : { kind: 'month', text: at.text, year, month: m, part: p };
}

function range(at: Context, from: RangeEnd, to: RangeEnd, p?: MonthPart): Found {
  const valid = (end: RangeEnd) =>
    Number.isInteger(end.year) && end.month >= 1 && end.month <= 12 && (end.day === undefined || isValidDate(end.year, end.month, end.day));
  if (!valid(from) || !valid(to)) return 'invalid';
  if (compareDates(rangeStart(from), rangeEnd(to)) > 0) return 'invalid';
  // 4-5月底前: the part belongs to the end of the range.
  const end = p === 'early' ? { ...to, day: 10 } : p === 'mid' ? { ...to, day: 20 } : to;
  return { kind: 'range', text: at.text, from, to: end };
}

const wholeYear = (at: Context, year: number): Found => range(at, { year, month: 1 }, { year, month: 12 });

function multiple(items: readonly Dated[]): Deadline {
  const [only] = items;
  return items.length === 1 && only ? only : { kind: 'multiple', text: items.map((i) => i.text).join('、'), items };
}

const rangeStart = (end: RangeEnd): PlainDate => ({ year: end.year, month: end.month, day: end.day ?? 1 });
const rangeEnd = (end: RangeEnd): PlainDate => ({ year: end.year, month: end.month, day: end.day ?? lastDayOfMonth(end.year, end.month) });

// ---- reading a 完成期限 cell ----

function scan(cleaned: string, at: Context): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < cleaned.length) {
    let advanced = 1;
    for (const { pattern, read } of RULES) {
      pattern.lastIndex = i;
      const match = pattern.exec(cleaned);
      if (!match) continue;
      at.text = match[0];
      found.push(...[read(match.groups ?? {}, at)].flat());
      advanced = Math.max(1, match[0].length);
      break;
    }
    i += advanced;
  }
  return found;
}

const latestYear = (item: Dated): number => (item.kind === 'date' ? item.date.year : item.kind === 'month' ? item.year : item.to.year);
const wholePlanYear = (item: Dated, planYear: number) =>
  item.kind === 'range' &&
  item.from.year === planYear &&
  item.from.month === 1 &&
  item.from.day === undefined &&
  item.to.year === planYear &&
  item.to.month === 12 &&
  item.to.day === undefined;

/**
 * Understands 完成期限 as agencies write it (持續辦理, 預計於115年2月12日辦理, 預定於2~5月份辦理,
 * 12月底前, 每季, 上、下半年…); months without a year are in the plan year. Never throws: text it
 * cannot understand comes back as `unknown`, kept as written.
 * @example parseDeadline('預定於2~5月份辦理', 2026) // → { kind: 'range', from: { year: 2026, month: 2 }, to: { year: 2026, month: 5 }, … }
 */
export function parseDeadline(text: string, planYear: number): Deadline {
  if (isBlank(text)) return { kind: 'continuous', text };
  const folded = foldText(text).trim();
  const whole = parseDate(folded);
  if (whole.ok) return { kind: 'date', text, date: whole.value };

  let cleaned = folded
    .replace(/元月/gu, '1月')
    .replace(CHINESE_BEFORE_UNIT, (numeral) => String(readChineseCount(numeral) ?? numeral))
    .replace(/\n/gu, '；')
    .replace(/\s+/gu, '');
  // A cell that is only a year (115年度, 本年度) gives that year as the deadline; inside a longer
  // text such a year is a reference (115年度預計辦理…) and NOISE drops it.
  const year = WHOLE_YEAR.exec(cleaned)?.groups;
  if (year) {
    const at: Context = { planYear, text, carry: planYear };
    const found = wholeYear(at, yearOf(year.y, year.rel, at));
    return isDated(found) && latestYear(found) >= planYear ? found : { kind: 'unknown', text };
  }
  for (const noise of NOISE) cleaned = cleaned.replace(noise, '；');

  const found = scan(cleaned, { planYear, text: '', carry: planYear });
  // A plan's deadlines lie in its own year or later: earlier dates are references (來函日期, 前一年度的條件).
  const items = dedupe(found.filter(isDated).filter((item) => latestYear(item) >= planYear));
  const every = RECURRENCE.find(([pattern]) => pattern.test(cleaned))?.[1];

  if (items.length > 0 && !(every && items.every((item) => wholePlanYear(item, planYear)))) {
    const result = multiple(items);
    return { ...result, text };
  }
  if (found.includes('halves')) return { kind: 'recurring', text, every: 'half' };
  if (every) return { kind: 'recurring', text, every };
  if (found.includes('invalid') || !CONTINUOUS.test(cleaned)) return { kind: 'unknown', text };
  return { kind: 'continuous', text };
}

function dedupe(items: readonly Dated[]): Dated[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = describeDeadline(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const monthDue = (year: number, month: number, p: MonthPart | undefined): PlainDate => ({
  year,
  month,
  day: p === 'early' ? 10 : p === 'mid' ? 20 : lastDayOfMonth(year, month),
});

/** The last day by which the practice should be done, or null when the deadline names no day. */
export function deadlineDue(d: Deadline): PlainDate | null {
  switch (d.kind) {
    case 'date':
      return d.date;
    case 'month':
      return monthDue(d.year, d.month, d.part);
    case 'range':
      return rangeEnd(d.to);
    case 'multiple':
      return d.items
        .map(deadlineDue)
        .reduce<PlainDate | null>((latest, due) => (due && (!latest || compareDates(due, latest) > 0) ? due : latest), null);
    default:
      return null;
  }
}

function describeEnd(end: RangeEnd, withYear: boolean): string {
  const year = withYear ? `${rocYearText(end.year)}年` : '';
  return end.day === undefined ? `${year}${end.month}月` : `${year}${end.month}月${end.day}日`;
}

/** A short zh-TW description: 持續辦理, 115年2月12日前, 115年3月底前, 115年2月至5月, 每月…; unknown text as written. */
export function describeDeadline(d: Deadline): string {
  const words = msg.deadlineWords;
  switch (d.kind) {
    case 'continuous':
      return words.continuous;
    case 'date':
      return words.dateBy(formatRocDate(d.date));
    case 'month':
      return `${rocYearText(d.year)}年${d.month}月${d.part ? words.part[d.part] : ''}`;
    case 'range':
      return words.range(describeEnd(d.from, true), describeEnd(d.to, d.to.year !== d.from.year));
    case 'recurring':
      return words.every[d.every];
    case 'multiple':
      return d.items.map(describeDeadline).join(words.separator);
    case 'unknown':
      return d.text.trim();
  }
}
