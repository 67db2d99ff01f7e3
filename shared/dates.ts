import { TZDate } from '@date-fns/tz';
// One module per function: the 'date-fns' index loads every function it has (about 2 s and 300 MiB in Node).
import { addDays as addCalendarDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { boundedMemo } from './bounded-memo.ts';
import { cellText } from './text.ts';
import type { Cell } from './workbook.ts';
import { instantToWall } from './zone-offset.ts';

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

/** Milliseconds in a calendar day (days here are UTC days: no leap seconds, no clock changes). */
export const MS_PER_DAY = 86_400_000;
/** 民國 1 is 1912: the Gregorian year is the ROC year plus this. */
export const ROC_OFFSET = 1911;

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
const monthLengths = boundedMemo<number, number>(10_000);

/** Number of days in a month of a Gregorian year. */
export function lastDayOfMonth(year: number, month: number): number {
  const key = year * 12 + month;
  return monthLengths.get(key) ?? monthLengths.remember(key, getDaysInMonth(utcDate({ year, month, day: 1 })));
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

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber({ year, month, day }: PlainDate): number {
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
export function compareDates(a: PlainDate, b: PlainDate): number {
  // Every field is read on every call: a day read only when year and month agree would leave the
  // optimised code of validation without type feedback there, and the first row that reaches it
  // (in a 100,000-row run, thousands of rows in) throws that code away.
  const years = a.year - b.year;
  const months = a.month - b.month;
  const days = a.day - b.day;
  return years || months || days;
}

/** The date n days after d (before it when n is negative). */
export const addDays = (d: PlainDate, n: number): PlainDate => plainOf(addCalendarDays(utcDate(d), n));

// 管考總表 asks the due date of every practice × unit × period: each month's answer is worked out once.
const nextMonths = boundedMemo<number, PlainDate>(10_000);

/** The first day of the month after the one `d` is in. */
export function firstOfNextMonth(d: PlainDate): PlainDate {
  const key = d.year * 12 + d.month;
  return nextMonths.get(key) ?? nextMonths.remember(key, plainOf(addMonths(utcDate({ ...d, day: 1 }), 1)));
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
const daysByNumber = boundedMemo<number, PlainDate>(20_000);

function dayOfNumber(days: number): PlainDate {
  return daysByNumber.get(days) ?? daysByNumber.remember(days, fromDayNumber(days));
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

/**
 * A cell as a message quotes it: a spreadsheet date (a serial number, as .xlsx, .ods and Google
 * Sheets store one) as the ROC date the cell shows, with its time when it has one; anything else as typed.
 * @example quotedCell(46117) // → '115/04/05'
 */
export function quotedCell(cell: Cell): string {
  if (typeof cell !== 'number' || !isDateSerial(cell)) return cellText(cell);
  const date = formatRocShort(serialToDate(cell));
  const minutes = Math.round((cell - Math.floor(cell)) * 1440);
  return minutes === 0 || minutes === 1440 ? date : `${date} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
