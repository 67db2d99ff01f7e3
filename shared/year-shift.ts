// Next year's plan says next year's dates: 「預計於115年2月12日辦理」 becomes 「預計於116年2月12日辦理」,
// 「115/03/14」 becomes 「116/03/14」, 「115年度提升服務品質執行計畫」 becomes 「116年度…」. Only years of
// the plan or later move: an earlier one is a reference (民政局114/11/28…號函), and a month without a
// year (預定於2~5月份辦理) already belongs to whichever year the plan is.

import { readNumeral, YEAR_NUMERALS } from './chinese-numerals.ts';
import { dateToSerial, fromRocYear, isValidDate, type PlainDate, serialToDate } from './dates.ts';
import { type Deadline, deadlineDue, parseDeadline } from './deadline.ts';
import { formatRocYear, rocYearStyle } from './roc-year.ts';

// A year in digits before 年, 年度, or the / . - of a date, not part of a longer number (文號
// 1146028129); or in Chinese numerals before 年 (一一五年度, 一百一十五年).
// ㄧ, typed for 一 (text.ts), is read as it: the text here is matched as written.
const CHINESE_NUMERAL = `${YEAR_NUMERALS}ㄧ`;
const YEAR = new RegExp(
  String.raw`(?<![0-9０-９])[0-9０-９]{2,4}(?=\s*(?:年|[/.\-／]\s*[0-9０-９]))|(?<![${CHINESE_NUMERAL}])[${CHINESE_NUMERAL}]{1,7}(?=\s*年)`,
  'gu',
);

// Years this far past the plan's are still years of its work (每2年總清查，預計116年3月底完成); a larger
// number before a dash is a quantity (200-300人).
const YEARS_AHEAD = 10;

/**
 * The text with every year of the plan (ROC `rocYear`, or its Gregorian year) or a few after it
 * one year on, each written as it was (１１５ → １１６, 一一五 → 一一六, 一百一十五 → 一百一十六).
 */
export function shiftYears(text: string, rocYear: number): string {
  return text.replace(YEAR, (written) => {
    const numeral = readNumeral(written);
    if (!numeral) return written;
    const from = numeral.fourDigits ? fromRocYear(rocYear) : rocYear;
    const { value } = numeral;
    return value >= from && value <= from + YEARS_AHEAD ? formatRocYear(value + 1, rocYearStyle(written)) : written;
  });
}

/** A 完成期限 for next year's plan, and what became of it. */
export interface ShiftedDeadline {
  readonly text: string;
  /** dated: falls due a year later; kept: recurring or continuous (a year it names moved); unknown: not understood (its years moved all the same). */
  readonly kind: 'dated' | 'kept' | 'unknown';
}

/**
 * Moves a 完成期限 a year on for the plan of `rocYear + 1`. A dated one is checked to fall due
 * exactly a year later; if it would not (29 February), it is kept as written and called unknown.
 * @example shiftDeadline('預計於115年2月12日辦理', 115) // → { text: '預計於116年2月12日辦理', kind: 'dated' }
 */
export function shiftDeadline(text: string, rocYear: number): ShiftedDeadline {
  const year = fromRocYear(rocYear);
  const before = parseDeadline(text, year);
  const shifted = shiftYears(text, rocYear);
  if (before.kind === 'continuous' || before.kind === 'recurring') return { text: shifted, kind: 'kept' };
  if (before.kind === 'unknown') return { text: shifted, kind: 'unknown' };
  const after = parseDeadline(shifted, year + 1);
  return sameDayNextYear(before, after) ? { text: shifted, kind: 'dated' } : { text, kind: 'unknown' };
}

/**
 * Moves a 完成期限 typed as a date (a serial number, time of day kept) a year on for the plan of
 * `rocYear + 1`: a date of the plan's year or later falls due the same day a year later; an
 * earlier one (a reference), or one whose day does not come again next year (29 February), is
 * kept and called unknown.
 * @example shiftDeadlineDate(46203, 115) // 115年6月30日 → { serial: 46568, kind: 'dated' } (116年6月30日)
 */
export function shiftDeadlineDate(serial: number, rocYear: number): { readonly serial: number; readonly kind: 'dated' | 'unknown' } {
  const date = serialToDate(serial);
  const next = { ...date, year: date.year + 1 };
  if (date.year < fromRocYear(rocYear) || !isValidDate(next.year, next.month, next.day)) return { serial, kind: 'unknown' };
  return { serial: dateToSerial(next) + (serial - Math.floor(serial)), kind: 'dated' };
}

function sameDayNextYear(before: Deadline, after: Deadline): boolean {
  const a = deadlineDue(before);
  const b = deadlineDue(after);
  return a !== null && b !== null && b.year === a.year + 1 && b.month === a.month && (b.day === a.day || isMonthEnd(a, b));
}

// 2月底 falls due on the 28th or 29th depending on the year.
function isMonthEnd(a: PlainDate, b: PlainDate): boolean {
  return a.month === 2 && a.day >= 28 && b.day >= 28;
}
