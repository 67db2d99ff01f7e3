import { TZDate } from '@date-fns/tz';
// One module per function: the 'date-fns' index loads every function it has (about 2 s and 300 MiB in Node).
import { addDays as addCalendarDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import * as msg from './messages/domain/index.ts';
import { plainDate, plainTimestamp } from './plain-forms.ts';
import { fail, ok, type Result } from './result.ts';
import { cellText, foldText } from './text.ts';
import type { Cell } from './workbook.ts';
import { instantToWall, wallToInstant } from './zone-offset.ts';

// Plan dates are calendar days, not instants. Calendar arithmetic — days in a month, leap years,
// moving by days or months — is date-fns's, on dates in UTC (TZDate), so the process time zone
// plays no part. The per-row path stays on day numbers instead: 時間戳記 and Sheets serials are
// turned into instants (dayNumber, fromDayNumber) and dates compared field by field on every row
// of a run, where each date-fns call would build a Date in a zone and read it back.
// Only timestamps are instants, converted with an explicit zone.

/** A calendar date without a time zone (Gregorian year, month 1–12, day 1–31). */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const ROC_OFFSET = 1911;

/** Gregorian year of an ROC (民國) year: 115 → 2026. */
export const fromRocYear = (rocYear: number): number => rocYear + ROC_OFFSET;

/** ROC (民國) year of a Gregorian year: 2026 → 115 (0 or less before 1912). */
export const toRocYear = (gregorianYear: number): number => gregorianYear - ROC_OFFSET;

// A calendar day as a Date for date-fns, in UTC, and back (setFullYear: years below 100 are not 19xx).
function utcDate(d: PlainDate): TZDate {
  const date = new TZDate(0, 'UTC');
  date.setFullYear(d.year, d.month - 1, d.day);
  return date;
}
const plainOf = (date: Date): PlainDate => ({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });

// A general reader checks each date it reads against its month's length: asked once per month.
const monthLengths = new Map<number, number>();

/** Number of days in a month of a Gregorian year. */
export function lastDayOfMonth(year: number, month: number): number {
  const key = year * 12 + month;
  let days = monthLengths.get(key);
  if (days === undefined) {
    days = getDaysInMonth(utcDate({ year, month, day: 1 }));
    if (monthLengths.size >= 10_000) monthLengths.clear();
    monthLengths.set(key, days);
  }
  return days;
}

/** Whether year/month/day name a day that exists (no rolling over: 2/30 does not). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= lastDayOfMonth(year, month)
  );
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
function dayNumber({ year, month, day }: PlainDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(days: number): PlainDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const SERIAL_EPOCH = dayNumber({ year: 1899, month: 12, day: 30 });

/** The date of a Google Sheets serial number (days since 1899-12-30; the time of day is dropped). */
export const serialToDate = (serial: number): PlainDate => fromDayNumber(Math.floor(serial) + SERIAL_EPOCH);

/** The Google Sheets serial number of a date. */
export const dateToSerial = (date: PlainDate): number => dayNumber(date) - SERIAL_EPOCH;

const UNIX_EPOCH_SERIAL = dateToSerial({ year: 1970, month: 1, day: 1 });

/**
 * The serial number of a wall time written as if it were UTC (days since 1899-12-30, the time of
 * day as the fraction): how Sheets, Excel and LibreOffice count a cell's date and time.
 * @example serialOfUtcMs(Date.UTC(2026, 1, 12, 18)) // → 46065.75
 */
export const serialOfUtcMs = (wallMs: number): number => wallMs / MS_PER_DAY + UNIX_EPOCH_SERIAL;

/** The serial number of an instant as a zone's clocks show it: what Sheets holds for a date a script reads as a Date. */
export const serialOfInstant = (epochMs: number, timeZone: string): number => serialOfUtcMs(instantToWall(epochMs, timeZone));

/** Negative when a is before b, 0 when the same day, positive when after (field by field: it runs for every row). */
export const compareDates = (a: PlainDate, b: PlainDate): number => a.year - b.year || a.month - b.month || a.day - b.day;

/** The date n days after d (before it when n is negative). */
export const addDays = (d: PlainDate, n: number): PlainDate => plainOf(addCalendarDays(utcDate(d), n));

// 管考總表 asks the due date of every practice × unit × period: each month's answer is worked out once.
const nextMonths = new Map<number, PlainDate>();

/** The first day of the month after the one `d` is in. */
export function firstOfNextMonth(d: PlainDate): PlainDate {
  const key = d.year * 12 + d.month;
  let next = nextMonths.get(key);
  if (next === undefined) {
    if (nextMonths.size >= 10_000) nextMonths.clear();
    nextMonths.set(key, (next = plainOf(addMonths(utcDate({ ...d, day: 1 }), 1))));
  }
  return next;
}

/** 2026-03-05: for keys and logs. */
export const formatIsoDate = (d: PlainDate): string => `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The ROC year as shown: 115, or 民國前1 for 1911. */
export const rocYearText = (year: number): string => (year > ROC_OFFSET ? String(toRocYear(year)) : `民國前${ROC_OFFSET + 1 - year}`);

/** 115年2月12日 */
export const formatRocDate = (d: PlainDate): string => `${rocYearText(d.year)}年${d.month}月${d.day}日`;

/** 115/02/12 */
export const formatRocShort = (d: PlainDate): string => `${rocYearText(d.year)}/${pad2(d.month)}/${pad2(d.day)}`;

// The wall clock of a zone at an instant, as a Date whose UTC fields are that wall time.
function zoned(epochMs: number, timeZone: string): Date {
  const wall = instantToWall(epochMs, timeZone);
  if (Number.isNaN(wall)) {
    throw new Error(`Cannot read ${epochMs} in time zone ${timeZone}`, { cause: { code: 'BAD_TIME_ZONE' } });
  }
  return new Date(wall);
}

/** The calendar date at an instant in a time zone ("today in Taiwan" from a clock's now). */
export function dateInZone(epochMs: number, timeZone: string): PlainDate {
  const wall = instantToWall(epochMs, timeZone);
  if (Number.isNaN(wall)) throw new Error(`Cannot read ${epochMs} in time zone ${timeZone}`, { cause: { code: 'BAD_TIME_ZONE' } });
  return dayOfNumber(Math.floor(wall / MS_PER_DAY));
}

// Validation asks the day of every row's 時間戳記: rows of one day share one (read-only) date.
const daysByNumber = new Map<number, PlainDate>();

function dayOfNumber(days: number): PlainDate {
  let date = daysByNumber.get(days);
  if (date === undefined) {
    if (daysByNumber.size >= 20_000) daysByNumber.clear();
    daysByNumber.set(days, (date = fromDayNumber(days)));
  }
  return date;
}

/** 115/04/08 15:12: an instant as wall time in a time zone. */
export function formatRocDateTime(epochMs: number, timeZone: string): string {
  const date = zoned(epochMs, timeZone);
  const day = formatRocShort({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  return `${day} ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
}

// First and last serial read as a date: 1912-01-01 (民國1年) to 2173-10-13; six-digit numbers are
// more likely an ROC compact date that lost its leading zero (0990101 typed into a number cell).
const FIRST_SERIAL = 4384;
const LAST_SERIAL = 100_000;

/** True for a number the readers take for a date serial (1912–2173), not a date typed as digits (1150305). */
export const isDateSerial = (value: number): boolean => Number.isFinite(value) && value >= FIRST_SERIAL && value < LAST_SERIAL;

/**
 * A date serial as text that parseDate and parseTimestamp read back as the same value: a whole day
 * as the ROC date agencies write (115年3月1日), a day with a time as Google Forms writes 時間戳記 in
 * a zh-TW spreadsheet (2026/4/2 下午 2:05:06, milliseconds only when there are any).
 */
export function formatDateSerial(serial: number): string {
  let day = Math.floor(serial);
  let ms = Math.round((serial - day) * MS_PER_DAY);
  // A fraction that rounds up to a whole day belongs to the next day, as readTimestamp takes it.
  if (ms === MS_PER_DAY) [day, ms] = [day + 1, 0];
  const date = serialToDate(day);
  if (ms === 0) return formatRocDate(date);
  const seconds = Math.floor(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  const fraction = ms % 1000 === 0 ? '' : `.${String(ms % 1000).padStart(3, '0')}`;
  return `${date.year}/${date.month}/${date.day} ${hours < 12 ? '上午' : '下午'} ${clock}${fraction}`;
}

// ---- reading dates ----

/** How a year was written: 1–3 digits are ROC (民國), 4 digits Gregorian; 民國前 counts back from 1912. */
export function yearFromDigits(digits: string, text: string, era = ''): Result<number> {
  const value = Number(digits);
  if (digits.length === 4)
    return era ? fail(msg.dateRocEraWithGregorianYear(text)) : value >= 1000 ? ok(value) : fail(msg.dateNotUnderstood(text));
  if (digits.length < 1 || digits.length > 3) return fail(msg.dateNotUnderstood(text));
  if (value === 0) return fail(msg.dateRocYearZero(text));
  return ok(era.endsWith('前') ? ROC_OFFSET + 1 - value : fromRocYear(value));
}

function checkedDate(year: number, month: number, day: number, text: string): Result<PlainDate> {
  if (month < 1 || month > 12) return fail(msg.dateNoSuchMonth(text, month));
  if (day < 1 || day > lastDayOfMonth(year, month)) return fail(msg.dateNoSuchDay(text, month, lastDayOfMonth(year, month)));
  return ok({ year, month, day });
}

const ERA = String.raw`(?<era>(?:中華)?民國前?|民前)?\s*`;
const DATE_SHAPES = [
  new RegExp(String.raw`^${ERA}(?<y>\d{1,4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})(?!\d)\s*[日號]?`, 'u'),
  new RegExp(String.raw`^${ERA}(?<y>\d{1,4})\s*(?<sep>[/.-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<d>\d{1,2})(?!\d)`, 'u'),
  new RegExp(String.raw`^${ERA}(?<y>\d{3,4})(?<m>\d{2})(?<d>\d{2})(?!\d)`, 'u'),
];
const WEEKDAY = /^\s*\(?(?:星期|週|周|禮拜)?[一二三四五六日天]\)?/u;

/** A date at the start of folded text, and what follows it. */
function readDatePart(folded: string, text: string): Result<{ date: PlainDate; rest: string }> | null {
  for (const shape of DATE_SHAPES) {
    const match = shape.exec(folded);
    if (!match?.groups) continue;
    const { era = '', y = '', m = '', d = '' } = match.groups;
    const year = yearFromDigits(y, text, era);
    if (!year.ok) return year;
    const date = checkedDate(year.value, Number(m), Number(d), text);
    if (!date.ok) return date;
    const rest = folded.slice(match[0].length).replace(WEEKDAY, '');
    return ok({ date: date.value, rest });
  }
  return null;
}

function dateFromNumber(value: number): Result<PlainDate> {
  if (Number.isInteger(value) && value >= 1_000_000 && value <= 99_999_999) {
    const digits = String(value); // 7 digits: ROC compact (1150305); 8: Gregorian (20260305)
    return parseDateText(digits, digits);
  }
  if (isDateSerial(value)) return ok(serialToDate(value));
  return fail(msg.dateNumberNotDate(value));
}

/**
 * A cell as a message quotes it: a spreadsheet date (a serial number, as .xlsx, .ods and Google
 * Sheets store one) as the ROC date the cell shows, with its time when it has one; anything else as typed.
 * @example quotedCell(46117) // → '115/04/05'
 */
export function quotedCell(cell: Cell): string {
  const serial = typeof cell === 'number' && !(Number.isInteger(cell) && cell >= 1_000_000) && cell >= FIRST_SERIAL && cell < LAST_SERIAL;
  if (!serial) return cellText(cell);
  const date = formatRocShort(serialToDate(cell));
  const minutes = Math.round((cell - Math.floor(cell)) * 1440);
  return minutes === 0 || minutes === 1440 ? date : `${date} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

const TIME =
  /^(?:T|\s+|(?=[上下]午))\s*(?<ap1>上午|下午|am|pm)?\s*(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?\s*(?<ap2>上午|下午|am|pm)?\s*(?<zone>z|[+-]\d{2}(?::?\d{2})?)?$/iu;

function parseDateText(folded: string, text: string): Result<PlainDate> {
  const read = readDatePart(folded, text);
  if (read === null) return fail(msg.dateNotUnderstood(text));
  if (!read.ok) return read;
  if (read.value.rest.trim() !== '' && !TIME.test(read.value.rest)) return fail(msg.dateNotUnderstood(text));
  return ok(read.value.date);
}

/**
 * Reads a date as agencies write it: ROC (115年3月5日, 115/03/05, 1150305, 民國前1年10月10日) or
 * Gregorian (2026-03-05, 20260305), full-width or not, or a Sheets serial number; a time after it is ignored.
 * @example parseDate('民國115年3月5日') // → { ok: true, value: { year: 2026, month: 3, day: 5 } }
 */
export function parseDate(cell: Cell): Result<PlainDate> {
  if (typeof cell === 'string') {
    const plain = plainDate(cell.trim());
    if (plain) return ok(plain);
  }
  return readDate(cell);
}

/** parseDate without the plain-form scanner (plain-forms.ts): every form it reads, and the message when none fits. */
export function readDate(cell: Cell): Result<PlainDate> {
  if (typeof cell === 'number') return dateFromNumber(cell);
  const text = cellText(cell).trim();
  if (text === '') return fail(msg.dateBlank);
  if (typeof cell === 'boolean') return fail(msg.dateNotUnderstood(text));
  const serial = serialText(foldText(text).trim());
  if (serial !== null) return dateFromNumber(serial);
  return parseDateText(foldText(text).trim(), text);
}

// A CSV file has no number cells: a date or time Sheets or Excel exported unformatted arrives as
// the serial's text (46065.75). Only serials of 1990–2099 count: shorter digit runs of that length
// are more likely something else a person typed (11503 for 115年03月 is not 1931).
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/u;
const TEXT_SERIALS = { from: 32874, to: 73051 };

function serialText(folded: string): number | null {
  if (!SERIAL_TEXT.test(folded)) return null;
  const serial = Number(folded);
  return serial >= TEXT_SERIALS.from && serial < TEXT_SERIALS.to ? serial : null;
}

// ---- reading timestamps ----

interface WallTime {
  readonly date: PlainDate;
  readonly ms: number;
}

function instant({ date, ms }: WallTime, timeZone: string, offsetMinutes: number | null): Result<number> {
  if (offsetMinutes !== null) {
    return ok(dayNumber(date) * MS_PER_DAY + ms - offsetMinutes * 60_000);
  }
  const epoch = wallToInstant(dayNumber(date) * MS_PER_DAY + ms, timeZone);
  return Number.isNaN(epoch) ? fail(msg.timeZoneUnknown(timeZone)) : ok(epoch);
}

function timeOfDay(rest: string, text: string): Result<{ ms: number; offset: number | null }> {
  if (rest.trim() === '') return ok({ ms: 0, offset: null });
  const match = TIME.exec(rest);
  if (!match?.groups) return fail(msg.timestampNotUnderstood(text));
  const { ap1, ap2, h = '', mi = '', s = '0', f = '0', zone } = match.groups;
  if (ap1 && ap2) return fail(msg.timestampNotUnderstood(text));
  const meridiem = (ap1 ?? ap2)?.toLowerCase();
  let hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s);
  if (minutes > 59 || seconds > 59) return fail(msg.timestampNoSuchTime(text));
  if (meridiem === undefined) {
    if (hours > 23) return fail(msg.timestampNoSuchTime(text));
  } else {
    // 上午 12:05 is five past midnight, 下午 12:05 five past noon.
    if (hours > 12 || (hours === 0 && (meridiem === '下午' || meridiem === 'pm'))) return fail(msg.timestampNoSuchTime(text));
    if (hours === 12) hours = 0;
    if (meridiem === '下午' || meridiem === 'pm') hours += 12;
  }
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Math.round(Number(`0.${f}`) * 1000);
  return ok({ ms, offset: zone === undefined ? null : offsetMinutes(zone) });
}

function offsetMinutes(zone: string): number {
  if (zone.toLowerCase() === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * Reads when a row arrived, as epoch milliseconds: Google Forms' zh-TW text (2024/4/8 下午 3:12:45),
 * ROC dates, ISO 8601 with or without an offset, or a Sheets serial; wall times are in timeZone.
 * @example parseTimestamp('2024/4/8 下午 3:12:45', 'Asia/Taipei') // → { ok: true, value: 1712560365000 }
 */
export function parseTimestamp(cell: Cell, timeZone: string): Result<number> {
  if (typeof cell === 'string') {
    const plain = plainTimestamp(cell.trim());
    if (plain) {
      const epoch = wallToInstant(dayNumber(plain) * MS_PER_DAY + plain.ms, timeZone);
      if (!Number.isNaN(epoch)) return ok(epoch);
    }
  }
  return readTimestamp(cell, timeZone);
}

/** parseTimestamp without the plain-form scanner (plain-forms.ts): every form it reads, and the message when none fits. */
export function readTimestamp(cell: Cell, timeZone: string): Result<number> {
  if (typeof cell === 'string') cell = serialText(foldText(cell).trim()) ?? cell;
  if (typeof cell === 'number') {
    const date = dateFromNumber(cell);
    if (!date.ok) return date;
    const isSerial = !(Number.isInteger(cell) && cell >= 1_000_000);
    const ms = isSerial ? Math.round((cell - Math.floor(cell)) * MS_PER_DAY) : 0;
    // A fraction that rounds up to a whole day belongs to the next day.
    const wall = ms === MS_PER_DAY ? { date: addDays(date.value, 1), ms: 0 } : { date: date.value, ms };
    return instant(wall, timeZone, null);
  }
  const text = cellText(cell).trim();
  if (text === '') return fail(msg.dateBlank);
  if (typeof cell === 'boolean') return fail(msg.timestampNotUnderstood(text));
  const read = readDatePart(foldText(text).trim(), text);
  if (read === null) return fail(msg.timestampNotUnderstood(text));
  if (!read.ok) return read;
  const time = timeOfDay(read.value.rest, text);
  if (!time.ok) return time;
  return instant({ date: read.value.date, ms: time.value.ms }, timeZone, time.value.offset);
}
