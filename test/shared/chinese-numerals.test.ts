import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChineseCount, readNumeral } from '../../shared/chinese-numerals.ts';
import { foldText } from '../../shared/text.ts';

// The three readers this module replaces, as they were, to prove each caller reads what it read.
const OLD_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 貳: 2, 兩: 2, 三: 3, 參: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const OLD_TENS = new Set(['十', '拾']);
function oldOutlineNumber(text: string): number | null {
  const chars = [...text];
  const ten = chars.findIndex((c) => OLD_TENS.has(c));
  if (ten === -1) return chars.length === 1 ? (OLD_DIGITS[chars[0] as string] ?? null) || null : null;
  if (chars.length > 3 || ten === 2 || chars.filter((c) => OLD_TENS.has(c)).length > 1) return null;
  const tensDigit = ten === 0 ? 1 : (OLD_DIGITS[chars[0] as string] ?? null);
  const unitDigit = ten === chars.length - 1 ? 0 : (OLD_DIGITS[chars[ten + 1] as string] ?? null);
  if (tensDigit === null || unitDigit === null || (ten === 0 && chars.length > 2)) return null;
  return tensDigit * 10 + unitDigit || null;
}
function oldParseChineseNumber(text: string): number | null {
  const match = /^([^十拾]?)([十拾]?)([^十拾]?)$/u.exec(text);
  if (!match || text === '') return null;
  const [, tensOrUnits = '', ten = '', units = ''] = match;
  const digit = (c: string) => (c === '' ? null : (OLD_DIGITS[c] ?? Number.NaN));
  const first = digit(tensOrUnits);
  const last = digit(units);
  if (Number.isNaN(first) || Number.isNaN(last)) return null;
  if (ten === '') return last === null && first !== null && first > 0 ? first : null;
  if (first === 0 || last === 0) return null;
  return (first ?? 1) * 10 + (last ?? 0);
}
const OLD_YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', '○': '0', 一: '1', 壹: '1', 二: '2', 貳: '2', 三: '3', 參: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陸: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};
const OLD_UNITS: Readonly<Record<string, string>> = { 十: 'T', 拾: 'T', 百: 'H', 佰: 'H' };
const OLD_POSITIONAL = /^(?:(?<h>[1-9])H(?:0(?<z>[1-9])|(?<ht>[1-9])?(?<hT>T)(?<hu>[1-9])?)?|(?<t>[1-9])?T(?<u>[1-9])?)$/u;
function oldNumeralValue(written: string): { value: number; fourDigits: boolean } | null {
  const tokens = [...foldText(written)].map((c) => OLD_YEAR_DIGITS[c] ?? OLD_UNITS[c] ?? c).join('');
  if (/^[0-9]+$/u.test(tokens)) return tokens.length <= 4 ? { value: Number(tokens), fourDigits: tokens.length === 4 } : null;
  const groups = OLD_POSITIONAL.exec(tokens)?.groups;
  if (!groups) return null;
  const n = (digit: string | undefined) => Number(digit ?? 0);
  const value =
    groups.h !== undefined
      ? n(groups.h) * 100 + n(groups.z) + (groups.hT === undefined ? 0 : (groups.ht === undefined ? 1 : n(groups.ht)) * 10 + n(groups.hu))
      : (groups.t === undefined ? 1 : n(groups.t)) * 10 + n(groups.u);
  return { value, fourDigits: false };
}

const numerals = (alphabet: string, maxLength: number) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(''));
// Every character a caller's pattern lets through, and a few it does not.
const COUNT_ALPHABET = '〇零一壹二貳兩三參叁四肆五伍六陸七柒八捌九玖十拾百○2a';
// Literal T and H are left out: the old year reader mistook them for its own tokens of 十 and 百.
const NUMBER_ALPHABET = '〇零○一壹二貳兩三參叁四肆五伍六陸七柒八捌九玖十拾百佰0123456789０５ㄧ年 -';

describe('old and new readers', () => {
  it('read outline labels alike', () => {
    fc.assert(
      fc.property(numerals(COUNT_ALPHABET, 5), (text) => {
        expect(readChineseCount(text, { zerosAroundTen: true })).toBe(oldOutlineNumber(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('read counts before 月 季 日 alike', () => {
    fc.assert(
      fc.property(numerals(COUNT_ALPHABET, 4), (text) => {
        expect(readChineseCount(text)).toBe(oldParseChineseNumber(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('read years and days alike', () => {
    fc.assert(
      fc.property(numerals(NUMBER_ALPHABET, 8), (text) => {
        expect(readNumeral(text)).toEqual(oldNumeralValue(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
