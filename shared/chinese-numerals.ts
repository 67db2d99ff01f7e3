import { foldText } from './text.ts';

// Agencies write numbers in Chinese numerals two ways: as a number, with 十 and 百 (十二, 二十三,
// 一百零五), and digit by digit, as the ROC calendar prints a year (一一三, 一〇五). Which reading a
// text gets is the caller's: an outline label 一一 is no number, while the year 一一三 is 113.

const SMALL_DIGITS = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' } as const;
// The formal digits (大寫) of money, contracts and outline labels (壹、); 零 is both kinds' zero.
const FORMAL_DIGITS = { 壹: '1', 貳: '2', 參: '3', 叁: '3', 肆: '4', 伍: '5', 陸: '6', 柒: '7', 捌: '8', 玖: '9' } as const;
const DIGITS = { ...SMALL_DIGITS, ...FORMAL_DIGITS } as const;
const TENS = { 十: 'T', 拾: 'T' } as const;
const HUNDREDS = { 百: 'H', 佰: 'H' } as const;

// 兩 is two in a count (兩項, 兩個月) but never a digit of a year; ○ (a circle) is printed for 〇
// in years (一○五) and dates.
const COUNT_TOKENS: Readonly<Record<string, string>> = { ...DIGITS, 兩: '2', ...TENS };
const YEAR_TOKENS: Readonly<Record<string, string>> = { ...DIGITS, '○': '0', ...TENS, ...HUNDREDS };
const NUMBER_TOKENS: Readonly<Record<string, string>> = { ...YEAR_TOKENS, ...Object.fromEntries([...'0123456789'].map((d) => [d, d])) };

/** The characters a month, day or quarter is written with in Chinese numerals (digits small and formal, 十 拾: 三月, 參月, 拾貳月). */
export const CALENDAR_NUMERALS = Object.keys({ ...DIGITS, ...TENS }).join('');
/** The formal digits and their ten (壹 … 玖, 拾): what an outline label 壹、 is written with. */
export const FORMAL_NUMERALS = `${Object.keys(FORMAL_DIGITS).join('')}拾`;
/** The everyday digits one to nine and their ten (一 … 九, 十): what an outline label 一、 is written with. */
export const SMALL_NUMERALS = `${Object.keys(SMALL_DIGITS)
  .filter((digit) => digit !== '〇' && digit !== '零')
  .join('')}十`;
/** The characters a count is written with in Chinese numerals (digits, 兩, 十 拾). */
export const COUNT_NUMERALS = Object.keys(COUNT_TOKENS).join('');
/** The characters a year is written with in Chinese numerals (digits, ○, 十 拾 百 佰). */
export const YEAR_NUMERALS = Object.keys(YEAR_TOKENS).join('');

/** What a character of a year numeral writes: its digit ('0' to '9'), 'T' for 十 拾, 'H' for 百 佰; undefined for any other. */
export function yearNumeralToken(character: string): string | undefined {
  return YEAR_TOKENS[character];
}

function tokensOf(text: string, tokens: Readonly<Record<string, string>>): string | null {
  let read = '';
  for (const c of text) {
    const token = tokens[c];
    if (token === undefined) return null;
    read += token;
  }
  return read;
}

const COUNT = /^(?:(?<d>[1-9])|(?<t>[1-9])?T(?<u>[1-9])?)$/u;
const COUNT_ZEROS_AROUND_TEN = /^(?:(?<d>[1-9])|(?<t>[0-9])?T(?<u>[0-9])?)$/u;

/** How a count is read. */
export interface CountReading {
  /**
   * Whether 〇 may stand before or after 十 (二十〇 → 20, 〇十五 → 5). Outline labels have always
   * been read so, and the ids generated from them must not move.
   */
  readonly zerosAroundTen?: boolean;
}

/**
 * A count from 1 to 99 written in Chinese numerals (一, 十二, 二十一, 貳拾, 拾壹, 兩), or null when
 * the text is not one; digits side by side (一一) are no count.
 * @example readChineseCount('二十三') // → 23
 */
export function readChineseCount(text: string, reading: CountReading = {}): number | null {
  const tokens = tokensOf(text, COUNT_TOKENS);
  const groups = tokens === null ? undefined : (reading.zerosAroundTen ? COUNT_ZEROS_AROUND_TEN : COUNT).exec(tokens)?.groups;
  if (!groups) return null;
  const value = groups.d !== undefined ? Number(groups.d) : (groups.t === undefined ? 1 : Number(groups.t)) * 10 + Number(groups.u ?? 0);
  return value === 0 ? null : value;
}

// 一百一十三, 一百十三, 一百零五, 二十, 十三 (as tokens: 1H1T3, 1HT3, 1H05, 2T, T3). 一百一 is left
// unread: said aloud it is 110, but a year written so is more likely a slip than a decision.
const POSITIONAL = /^(?:(?<h>[1-9])H(?:0(?<z>[1-9])|(?<ht>[1-9])?(?<hT>T)(?<hu>[1-9])?)?|(?<t>[1-9])?T(?<u>[1-9])?)$/u;

/**
 * The value of a number written in digits, full-width digits or Chinese numerals (digit by digit
 * up to four, or as a number up to 999; nothing else), and whether it has four digits (as a year,
 * a Gregorian one); null when it is not one number.
 * @example readNumeral('一一五') // → { value: 115, fourDigits: false }
 */
export function readNumeral(written: string): { value: number; fourDigits: boolean } | null {
  const tokens = tokensOf(foldText(written), NUMBER_TOKENS);
  if (tokens === null) return null;
  if (/^[0-9]+$/u.test(tokens)) return tokens.length <= 4 ? { value: Number(tokens), fourDigits: tokens.length === 4 } : null;
  const groups = POSITIONAL.exec(tokens)?.groups;
  if (!groups) return null;
  const n = (digit: string | undefined) => Number(digit ?? 0);
  const value =
    groups.h !== undefined
      ? n(groups.h) * 100 + n(groups.z) + (groups.hT === undefined ? 0 : (groups.ht === undefined ? 1 : n(groups.ht)) * 10 + n(groups.hu))
      : (groups.t === undefined ? 1 : n(groups.t)) * 10 + n(groups.u);
  return { value, fourDigits: false };
}
