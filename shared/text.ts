import { boundedMemo } from './bounded-memo.ts';
import type { Cell } from './workbook.ts';

// Characters NFKC leaves alone but that users type interchangeably. ㄧ (Bopomofo) is typed for 一
// by Zhuyin users; Word and PDFs turn '-' into dashes and '~' into wave dashes.
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ['\u3127', '一'],
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D'].map((c): [string, string] => [c, '-']),
  ['\u301C', '~'],
  ['\uFF5E', '~'],
]);
const LOOK_ALIKE = /[\u3127\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u301C\uFF5E]/gu;

// \s already covers NBSP, U+3000, U+FEFF (BOM) and the Unicode spaces; the zero-width ones it misses.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\u180E\uFEFF]/gu;
const INVISIBLE = /[\s\u200B-\u200D\u2060\u180E]+/gu;

/**
 * NFKC (full-width digits and punctuation to ASCII) with look-alike dashes, tildes and ㄧ unified
 * and zero-width characters removed; other whitespace is kept. For parsers; never shown to users.
 */
export function foldText(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return fold(text);
  return folded.get(text) ?? folded.remember(text, fold(text));
}

/** The key used only to match things (headers, unit names, ids, statuses): never for display. */
export function matchKey(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return keyOf(text);
  return keys.get(text) ?? keys.remember(text, keyOf(text));
}

const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(LOOK_ALIKE, (c) => LOOK_ALIKES.get(c) ?? c);

const keyOf = (text: string): string => foldText(text).replace(INVISIBLE, '').toLowerCase();

// Units, statuses, periods and dates repeat on nearly every row, and NFKC is the costliest step of
// reading them: short texts are folded once. Long ones (narratives) rarely repeat.
const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 20_000;
const folded = boundedMemo<string, string>(MEMO_MAX_ENTRIES);
const keys = boundedMemo<string, string>(MEMO_MAX_ENTRIES);

/** The display text of a cell as typed: '' for empty, integers without an exponent, TRUE/FALSE. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (Object.is(cell, -0)) return '0';
  if (Number.isInteger(cell) && Math.abs(cell) >= 1e21) return BigInt(cell).toString();
  return String(cell);
}

/** Whether a cell is empty or holds only whitespace (zero-width characters included). */
export function isBlank(cell: Cell): boolean {
  if (cell === null) return true;
  if (typeof cell !== 'string') return false;
  // Nearly every cell starts with a visible ASCII or CJK character: no need to look further.
  const first = cell.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first > 0x3000 && first < 0xfe00)) return false;
  return cell.replace(INVISIBLE, '') === '';
}

const LIST_SEPARATORS = /[、，,;；/／\uFF64\uFE51\s\u200B-\u200D\u2060]+/u;

/** Splits a cell listing several values (units, aliases, e-mails) into its parts as typed. */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const LINK_SEPARATORS = /[、，,\uFF64\s\u200B-\u200D\u2060]+/u;

/** Splits a cell holding one or more links into its parts as typed. */
export function splitLinks(text: string): string[] {
  // Most cells hold one link and nothing around it: no list to split.
  if (text !== '' && !LINK_SEPARATORS.test(text)) return [text];
  return text
    .split(LINK_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
