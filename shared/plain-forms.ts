// The forms nearly every row writes, read by hand instead of by the general readers in
// date-reading.ts, timestamp-reading.ts and period.ts: Google Forms' zh-TW 時間戳記 (`2024/4/8 下午 3:12:45`), a plain date (`114/03/05`,
// `2025-03-05`, `114年3月5日`) and a plain month (`114年3月`, `2025-03`). A 100,000-row run reads
// one of each per row, and the general readers fold the text (NFKC) and try a list of regular
// expressions each time. These scanners accept only ASCII digits, the separators named and
// 上午/下午 — text NFKC leaves as it is — and only values that exist (a month 1–12, a day of that
// month, a time of day); for anything else they answer null and the general reader decides, with
// its message.
//
// The rule: the general reader is the definition of what a cell means; these scanners are only a
// faster way to reach its answer. A scanner may answer null for text the general reader accepts,
// never accept text the general reader refuses, and never read a value differently. Property tests
// hold each scanner to that (test/shared/plain-forms.test.ts); a change to what a cell may say is
// made in the general reader first.

import { boundedMemo } from './bounded-memo.ts';

/** A calendar day read from text, before the caller checks it exists (1-based month). */
export interface PlainFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A wall time read from text: the day and the milliseconds since its midnight. */
export interface PlainWallTime extends PlainFields {
  readonly ms: number;
}

const ZERO = 48;
const SLASH = 47;
const DASH = 45;
const DOT = 46;
const SPACE = 32;
const COLON = 58;
const YEAR_MARK = 0x5e74; // 年
const MONTH_MARK = 0x6708; // 月
const DAY_MARK = 0x65e5; // 日
const MORNING = 0x4e0a; // 上(午)
const AFTERNOON = 0x4e0b; // 下(午)
const NOON_MARK = 0x5348; // (上下)午

// A cursor over the text: digits() reads a run of 1..max ASCII digits, or fails.
class Scan {
  index = 0;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  digits(min: number, max: number): number {
    let value = 0;
    const start = this.index;
    while (this.index < this.text.length && this.index - start < max) {
      const code = this.text.charCodeAt(this.index) - ZERO;
      if (code < 0 || code > 9) break;
      value = value * 10 + code;
      this.index++;
    }
    const length = this.index - start;
    // A run longer than max is no plain form (the general reader decides).
    if (length < min || this.isDigit()) return -1;
    return value;
  }
  isDigit(): boolean {
    const code = this.text.charCodeAt(this.index) - ZERO;
    return code >= 0 && code <= 9;
  }
  take(code: number): boolean {
    if (this.text.charCodeAt(this.index) !== code) return false;
    this.index++;
    return true;
  }
  get done(): boolean {
    return this.index === this.text.length;
  }
}

// A year as agencies write it: 1–3 digits are ROC (民國), 4 digits Gregorian (from 1000).
function yearOf(digits: number, length: number): number {
  if (length === 4) return digits >= 1000 ? digits : -1;
  return digits >= 1 ? digits + 1911 : -1;
}

function readYear(scan: Scan): number {
  const start = scan.index;
  const digits = scan.digits(1, 4);
  return digits < 0 ? -1 : yearOf(digits, scan.index - start);
}

// year, separator, month, the same separator, day: 114/03/05, 2025-3-5, 114.3.5; or 114年3月5日
// (日 may be left off a date alone; before a time the general reader wants it, and so do we).
function readDay(scan: Scan, dayMarkRequired = false): PlainFields | null {
  const year = readYear(scan);
  if (year < 0) return null;
  const separator = scan.text.charCodeAt(scan.index);
  const marked = separator === YEAR_MARK;
  if (!marked && separator !== SLASH && separator !== DASH && separator !== DOT) return null;
  scan.index++;
  const month = scan.digits(1, 2);
  if (month < 0 || !scan.take(marked ? MONTH_MARK : separator)) return null;
  const day = scan.digits(1, 2);
  if (day < 0) return null;
  if (marked && !scan.take(DAY_MARK) && dayMarkRequired) return null;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? dayOf(year, month, day) : null;
}

// A run reads the same few hundred days on 100,000 rows: each day is one shared (read-only) object.
const days = boundedMemo<number, PlainFields>(20_000);

function dayOf(year: number, month: number, day: number): PlainFields {
  const key = (year * 13 + month) * 32 + day;
  return days.get(key) ?? days.remember(key, { year, month, day });
}

// How many days a month has, for telling whether a day exists. Kept here rather than asked of
// date-fns (as dates.ts does off this path): it runs once per row, on every row of a run.
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A plain date (`114/03/05`, `2025-03-05`, `114年3月5日`) that exists, or null for the general reader. */
export function plainDate(text: string): PlainFields | null {
  const scan = new Scan(text);
  const day = readDay(scan);
  return day && scan.done ? day : null;
}

/**
 * A plain timestamp — a plain date, one space, then `上午`/`下午` and a space before h:mm:ss (Google
 * Forms in zh-TW) or a 24-hour h:mm:ss — naming a time that exists, or null for the general reader.
 */
export function plainTimestamp(text: string): PlainWallTime | null {
  const scan = new Scan(text);
  const day = readDay(scan, true);
  if (!day || !scan.take(SPACE)) return null;
  let meridiem = 0;
  const mark = text.charCodeAt(scan.index);
  if ((mark === MORNING || mark === AFTERNOON) && text.charCodeAt(scan.index + 1) === NOON_MARK) {
    meridiem = mark === MORNING ? 1 : 2;
    scan.index += 2;
    if (!scan.take(SPACE)) return null;
  }
  let hours = scan.digits(1, 2);
  if (hours < 0 || !scan.take(COLON)) return null;
  const minutes = scan.digits(2, 2);
  if (minutes < 0 || minutes > 59 || !scan.take(COLON)) return null;
  const seconds = scan.digits(2, 2);
  if (seconds < 0 || seconds > 59 || !scan.done) return null;
  if (meridiem === 0) {
    if (hours > 23) return null;
  } else {
    // 上午 12:05 is five past midnight, 下午 12:05 five past noon; 下午 0:05 is no time.
    if (hours > 12 || (hours === 0 && meridiem === 2)) return null;
    if (hours === 12) hours = 0;
    if (meridiem === 2) hours += 12;
  }
  return { ...day, ms: ((hours * 60 + minutes) * 60 + seconds) * 1000 };
}

/** A plain month (`114年3月`, `2025-03`, `114/3`) of 1–12, or null for the general reader. */
export function plainMonth(text: string): { readonly year: number; readonly month: number } | null {
  const scan = new Scan(text);
  const start = scan.index;
  const digits = scan.digits(1, 4);
  if (digits < 0) return null;
  const length = scan.index - start;
  const separator = text.charCodeAt(scan.index);
  const marked = separator === YEAR_MARK;
  // Without 年 the general reader takes 2–4 digit years only (`3/5` is no month of a year).
  if (!marked && (length < 2 || (separator !== SLASH && separator !== DASH && separator !== DOT))) return null;
  const year = yearOf(digits, length);
  if (year < 0) return null;
  scan.index++;
  const month = scan.digits(1, 2);
  if (month < 1 || month > 12) return null;
  if (marked && !scan.take(MONTH_MARK)) return null;
  return scan.done ? { year, month } : null;
}
