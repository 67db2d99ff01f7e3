import { readNumeral, YEAR_NUMERALS, yearNumeralToken } from './chinese-numerals.ts';
import { foldText } from './text.ts';

// Agencies write their plan's year as 113, １１３, 113年度, 民國113年, but also in Chinese numerals:
// digit by digit (一一三, 一〇五, as the ROC calendar prints it) or as a number (一百一十三, 壹佰壹拾參).
// Four digits are a Gregorian year, as in date-reading.ts (2024 → 113).

const NUMERAL = `0-9${YEAR_NUMERALS}`;

const WHOLE = new RegExp(String.raw`^(?<era>(?:中華)?民國|西元)?(?<n>[${NUMERAL}]{1,7})(?:年度?)?$`, 'u');
// In a longer text a year is a number followed by 年, not glued to other digits or to a range
// (113-116年 names no one year).
const WITHIN = new RegExp(String.raw`(?<![${NUMERAL}\-~～至、])(?:(?:中華)?民國|西元)?\s*[${NUMERAL}]{1,7}\s*年`, 'gu');

/**
 * The ROC (民國) year a text names as a whole: digits (full-width too) or Chinese numerals, with or
 * without 民國 / 中華民國 before and 年 / 年度 after; four digits (西元 allowed) are a Gregorian year
 * from 1912. The year is from 1 to 999; null when the text is anything else, so a caller never reads a year it was not given.
 * @example parseRocYear('民國一一三年度') // → 113
 */
export function parseRocYear(text: string): number | null {
  const key = foldText(text).replace(/\s+/gu, '');
  const groups = WHOLE.exec(key)?.groups;
  const written = groups?.n === undefined ? null : readNumeral(groups.n);
  if (!groups || !written) return null;
  const rocYear = written.fourDigits ? written.value - 1911 : written.value;
  const eraFits = written.fourDigits ? groups.era?.endsWith('民國') !== true : groups.era !== '西元';
  return eraFits && rocYear >= 1 && rocYear <= 999 ? rocYear : null;
}

/**
 * The first ROC year written with 年 in a longer text, such as a plan's title
 * (`臺北市萬華區公所 115 年度提升服務品質執行計畫` → 115); null when it names none.
 */
export function findRocYear(text: string): number | null {
  for (const match of foldText(text).matchAll(WITHIN)) {
    const year = parseRocYear(match[0]);
    if (year !== null) return year;
  }
  return null;
}

/** How a year numeral is written, so that another year can be written the same way. */
export interface RocYearStyle {
  /** Digit by digit (115, １１５, 一一五, 一〇五) or as a Chinese number (一百一十五, 壹佰壹拾伍). */
  readonly layout: 'digits' | 'number';
  /** The characters written for 0 to 9. */
  readonly digits: string;
  /** 十 or 拾, and 百 or 佰, in a Chinese number. */
  readonly ten: string;
  readonly hundred: string;
  /** Whether a Chinese number writes the 一 of 一十 after its hundreds (一百一十五) or leaves it out (一百十五). */
  readonly tenWithOne: boolean;
}

const ASCII_DIGITS = '0123456789';
const WIDE_DIGITS = '０１２３４５６７８９';
const SMALL_DIGITS = '〇一二三四五六七八九';
const FORMAL_DIGITS = '零壹貳參肆伍陸柒捌玖';

/**
 * The style a year numeral is written in (as readNumeral reads it); characters it does not
 * show (a zero in 一一五) take the usual ones of its kind.
 * @example rocYearStyle('一百十三') // → { layout: 'number', digits: '零一二…', ten: '十', hundred: '百', tenWithOne: false }
 */
export function rocYearStyle(written: string): RocYearStyle {
  const chars = [...written.replace(/\s+/gu, '')].map((c) => (c === '\u3127' ? '一' : c));
  const plain = { ten: '十', hundred: '百', tenWithOne: true };
  if (chars.every((c) => ASCII_DIGITS.includes(c))) return { layout: 'digits', digits: ASCII_DIGITS, ...plain };
  if (chars.every((c) => ASCII_DIGITS.includes(c) || WIDE_DIGITS.includes(c))) return { layout: 'digits', digits: WIDE_DIGITS, ...plain };
  // 零 is both kinds' zero (一百零五, 壹佰零伍).
  const formal = chars.some((c) => '壹貳參叁肆伍陸柒捌玖拾佰'.includes(c));
  const layout = chars.some((c) => yearNumeralToken(c) === 'T' || yearNumeralToken(c) === 'H') ? 'number' : 'digits';
  const zero = chars.find((c) => yearNumeralToken(c) === '0') ?? (formal || layout === 'number' ? '零' : '〇');
  const digits = zero + (formal ? FORMAL_DIGITS : SMALL_DIGITS).slice(1).replace('參', chars.includes('叁') ? '叁' : '參');
  const ten = formal ? '拾' : '十';
  const hundred = formal ? '佰' : '百';
  // 一百十五 says the 一 of 一十 is left out; a year whose tens are not 1 does not say, and gets the fuller 一十.
  const tenWithOne = !chars.some((c, i) => yearNumeralToken(c) === 'H' && yearNumeralToken(chars[i + 1] ?? '') === 'T');
  return { layout, digits, ten, hundred, tenWithOne };
}

/**
 * A year (1 to 999 as a Chinese number; any as digits) written in a style, which parseRocYear reads back.
 * @example formatRocYear(116, rocYearStyle('一一五')) // → '一一六'
 */
export function formatRocYear(year: number, style: RocYearStyle): string {
  const digit = (n: number) => style.digits[n] ?? String(n);
  if (style.layout === 'digits' || year < 1 || year > 999) return [...String(year)].map((d) => digit(Number(d))).join('');
  const h = Math.floor(year / 100);
  const t = Math.floor((year % 100) / 10);
  const u = year % 10;
  let text = h > 0 ? digit(h) + style.hundred : '';
  if (t > 0) text += t === 1 && (h === 0 || !style.tenWithOne) ? style.ten : digit(t) + style.ten;
  else if (h > 0 && u > 0) text += digit(0);
  if (u > 0) text += digit(u);
  return text;
}
