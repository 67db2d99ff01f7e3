import { fromRocYear, isDateSerial, lastDayOfMonth, type PlainDate, ROC_OFFSET, serialToDate } from './dates.ts';
import * as msg from './messages/domain/index.ts';
import { plainDate } from './plain-forms.ts';
import { fail, ok, type Result } from './result.ts';
import { cellText, foldText } from './text.ts';
import type { Cell } from './workbook.ts';

// A date cell as agencies fill it in: ROC or Gregorian text in several shapes, full-width or not, a
// serial number, or a CSV file's serial as text. Every message names the text as the user typed it.

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
export function readDatePart(folded: string, text: string): Result<{ date: PlainDate; rest: string }> | null {
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

/** A number cell as a date: a compact date typed as digits (1150305, 20260305) or a date serial. */
export function dateFromNumber(value: number): Result<PlainDate> {
  if (Number.isInteger(value) && value >= 1_000_000 && value <= 99_999_999) {
    const digits = String(value); // 7 digits: ROC compact (1150305); 8: Gregorian (20260305)
    return parseDateText(digits, digits);
  }
  if (isDateSerial(value)) return ok(serialToDate(value));
  return fail(msg.dateNumberNotDate(value));
}

/** A time of day after a date: 24-hour or 上午/下午/am/pm, seconds and fractions optional, an offset or Z. */
export const TIME =
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

/** The serial number a CSV cell's text stands for (46065.75), or null when it is not one. */
export function serialText(folded: string): number | null {
  if (!SERIAL_TEXT.test(folded)) return null;
  const serial = Number(folded);
  return serial >= TEXT_SERIALS.from && serial < TEXT_SERIALS.to ? serial : null;
}
