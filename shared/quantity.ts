// The numbers in 量化成果 ("辦理2場次，參加1,200人次", "更新6則", "滿意度92.5%"), each with the word
// after it, whatever that word is: units write the measure word of what they count (則, 篇, 張, 檔 …),
// and a list of words we know would drop every other from the year's totals without a word.
// Numbers that are not counts are left out: dates and ids (115.06.30, 1-2-1, 3月10日, 14:30),
// ordinals and rates (第2場, 每2週), ranges (2~3場, 3至5場), list labels (①, 1.) and a number
// before a word that is no measure word (115年, 65歲, 4.5分, 2倍).

import { foldText } from './text.ts';

/** A number found in 量化成果 with the word after it ('' for a 量化成果 that is only a number). */
export interface Quantity {
  readonly word: string;
  readonly value: number;
  /** Said to be a running total (累計2,100人次): it holds the periods before it too. */
  readonly cumulative: boolean;
}

// Whole numbers with or without thousands separators, then a decimal part.
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/u;
const DIGIT_RUNS = /\d+/gu;
// Around a 量化成果 that is only a number (35。).
const EDGES = /^[\s,;。.、]+|[\s,;。.、]+$/gu;
const MULTIPLIERS: Readonly<Record<string, number>> = { 百: 100, 千: 1_000, 萬: 10_000, 億: 100_000_000 };

// Before a number: part of a longer token (a date, an id, a time, a code, 11,20), an ordinal, a rate,
// the end of a range or the tail of 2萬5千. A comma after a word is a clause's end (3場,120人次).
const NOT_AFTER = /(?:[\d.:/#\-~_A-Za-z第每至到之百千萬億]|\d,)$/u;
// After a number: the rest of a date, an id, a time or a range.
const CONTINUED = /^[.,/:\-~]\d|^[至到~]/u;
// Words after a number that make it no count: a date or time, an age, a place, a grade, a ratio, a
// connector, a phone line (1999專線).
const NOT_COUNTS: ReadonlySet<string> = new Set([...'年月時分秒點歲號樓季級折成倍度屆至到或及與和以之比的為是在大專熱']);
// Measure words of several characters, longest first; X次 (人次, 場次, 梯次 …) is read as one word below.
const LONG_WORDS = ['平方公尺', '立方公尺', '平方公里', '小時', '分鐘', '個月', '公里', '公尺', '公斤', '公噸', '公頃', '公升'];
// 120餘人, 300多份: the number is a floor, so the word keeps the mark and is added up apart.
const ABOUT = /^[餘多余]/u;
const HAN = /^\p{Script=Han}/u;
// Circled and parenthesised numerals are list labels; NFKC would turn ① into 1.
const ENCLOSED = /[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]/gu;
// A running total is said so before it in its clause (累計2,100人次, 截至6月底共2,100人次); 本季累計 is
// the period's own. A clause ends at a comma (not one between digits, 2,100), a semicolon, a full
// stop or a line break.
const CLAUSE_END = /[;。!?\n]|,(?!\d)|(?<!\d),/u;
const RUNNING = /(?<!本季|本月|本期|當季|當月|單季|單月|本週)(?:累計|累積|迄今|至今|截至|截止)/u;

/**
 * Every number with its measure word in a 量化成果, in order.
 * @example extractQuantities('宣導3場、210人次') // → [{ word: '場', value: 3, … }, { word: '人次', value: 210, … }]
 */
export function extractQuantities(text: string): Quantity[] {
  const folded = foldText(text.replace(ENCLOSED, ' '));
  const bare = folded.replace(EDGES, '');
  const alone = readNumber(bare, 0);
  if (alone && alone.end === bare.length) return [{ word: '', value: alone.value, cumulative: false }];
  return folded.split(CLAUSE_END).flatMap(clauseQuantities);
}

// The counts in one clause: each digit run starts a number unless it is part of the one before.
function clauseQuantities(clause: string): Quantity[] {
  const marker = clause.search(RUNNING);
  const found: Quantity[] = [];
  let from = 0;
  for (const { index: at } of clause.matchAll(DIGIT_RUNS)) {
    if (at < from || NOT_AFTER.test(clause.slice(Math.max(0, at - 2), at))) continue;
    const number = readNumber(clause, at);
    if (!number) continue;
    from = number.end;
    const after = clause.slice(number.end, number.end + 16);
    const word = CONTINUED.test(after) ? null : measureWord(after.trimStart(), clause[at - 1] ?? '');
    if (word !== null) found.push({ word, value: number.value, cumulative: marker >= 0 && marker < at });
  }
  return found;
}

// A number at `at`, with 萬, 千 … after it (1.2萬, 2萬5千, 1萬2000).
function readNumber(text: string, at: number): { value: number; end: number } | null {
  const head = digitsAt(text, at);
  if (!head) return null;
  const multiplier = MULTIPLIERS[text[head.end] ?? ''];
  if (multiplier === undefined) return head;
  const value = head.value * multiplier;
  const rest = digitsAt(text, head.end + 1);
  if (!rest) return { value, end: head.end + 1 };
  const restMultiplier = MULTIPLIERS[text[rest.end] ?? ''];
  if (restMultiplier === undefined) return { value: value + rest.value, end: rest.end };
  return restMultiplier < multiplier ? { value: value + rest.value * restMultiplier, end: rest.end + 1 } : { value, end: head.end + 1 };
}

// No count is written with more than 32 characters; reading no further keeps a long text linear.
function digitsAt(text: string, at: number): { value: number; end: number } | null {
  const match = DIGITS.exec(text.slice(at, at + 32));
  if (!match) return null;
  const value = Number(match[0].replaceAll(',', ''));
  return Number.isFinite(value) ? { value, end: at + match[0].length } : null;
}

// The measure word a text starts with, or null when what follows the number is no measure word.
function measureWord(text: string, before: string): string | null {
  if (text.startsWith('%')) return '%';
  const about = ABOUT.exec(text)?.[0] ?? '';
  const rest = text.slice(about.length);
  const long = LONG_WORDS.find((word) => rest.startsWith(word));
  if (long) return about + long;
  const first = rest[0] ?? '';
  if (!HAN.test(first)) return about || null;
  if (NOT_COUNTS.has(first) || (first === '日' && before === '月')) return null;
  return about + (rest[1] === '次' ? `${first}次` : first);
}
