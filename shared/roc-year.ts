import { foldText } from './text.ts';

// Agencies write their plan's year as 113, １１３, 113年度, 民國113年, but also in Chinese numerals:
// digit by digit (一一三, 一〇五, as the ROC calendar prints it) or as a number (一百一十三, 壹佰壹拾參).
// Four digits are a Gregorian year, as in dates.ts (2024 → 113).

const DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', '○': '0', 一: '1', 壹: '1', 二: '2', 貳: '2', 三: '3', 參: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陸: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};
const UNITS: Readonly<Record<string, string>> = { 十: 'T', 拾: 'T', 百: 'H', 佰: 'H' };
const NUMERAL = '0-9〇零○一壹二貳三參叁四肆五伍六陸七柒八捌九玖十拾百佰';

const WHOLE = new RegExp(String.raw`^(?<era>(?:中華)?民國|西元)?(?<n>[${NUMERAL}]{1,7})(?:年度?)?$`, 'u');
// In a longer text a year is a number followed by 年, not glued to other digits or to a range
// (113-116年 names no one year).
const WITHIN = new RegExp(String.raw`(?<![${NUMERAL}\-~～至、])(?:(?:中華)?民國|西元)?\s*[${NUMERAL}]{1,7}\s*年`, 'gu');

// 一百一十三, 一百十三, 一百零五, 二十, 十三 (as tokens: 1H1T3, 1HT3, 1H05, 2T, T3). 一百一 is left
// unread: said aloud it is 110, but a year written so is more likely a slip than a decision.
const POSITIONAL = /^(?:(?<h>[1-9])H(?:0(?<z>[1-9])|(?<ht>[1-9])?(?<hT>T)(?<hu>[1-9])?)?|(?<t>[1-9])?T(?<u>[1-9])?)$/u;

/** A numeral's value and whether it was written with four digits (a Gregorian year); null when it is not one number. */
function numeralValue(written: string): { value: number; fourDigits: boolean } | null {
  const tokens = [...written].map((c) => DIGITS[c] ?? UNITS[c] ?? c).join('');
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

/**
 * The ROC (民國) year a text names as a whole: digits (full-width too) or Chinese numerals, with or
 * without 民國 / 中華民國 before and 年 / 年度 after; four digits (西元 allowed) are a Gregorian year
 * from 1912. The year is from 1 to 999; null when the text is anything else, so a caller never reads a year it was not given.
 * @example parseRocYear('民國一一三年度') // → 113
 */
export function parseRocYear(text: string): number | null {
  const key = foldText(text).replace(/\s+/gu, '');
  const groups = WHOLE.exec(key)?.groups;
  const written = groups?.n === undefined ? null : numeralValue(groups.n);
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
