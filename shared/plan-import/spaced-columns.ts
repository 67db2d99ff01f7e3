// A table copied out of a PDF reader and pasted as text loses its tabs: the cells of a row come
// separated by spaces, a cell too long for its column goes on in the next line (「…減少臨櫃等候時」 /
// 「間。」), and a merged cell is written in its first row only. Such a table is read only under a
// header line whose every word names a plan column (項次 實施要項 具體作法 執行單位 完成期限). A row
// starts with its 項次; its words go to the columns by what they are: from the right, a deadline
// phrase to 完成期限 and unit names to 執行單位, the rest to the text columns, the rightmost first
// (the ones left blank are the merged ones on the left).
import { parseDeadline } from '../deadline.ts';
import { splitUnitMentions } from '../units.ts';
import type { DocumentTable } from './document.ts';
import { type ColumnRole, tableColumns } from './table-columns.ts';
import { tableGrid } from './table-grid.ts';
import { isUnitWord } from './unit-words.ts';

const SPACES = /[ \u3000]+/u;
const ROW_START = /^\s*[0-9０-９]{1,3}(?=[ \u3000])/u;
// A page footer pasted with the page: 「第 2 頁」「第2頁，共5頁」「- 2 -」.
const PAGE_FOOTER = /^\s*(?:第\s*[0-9]+\s*頁(?:\s*[,，/]?\s*共\s*[0-9]+\s*頁)?|[-–—]\s*[0-9]+\s*[-–—])\s*$/u;
// The words a deadline written with spaces is made of (115 年 12 月 31 日前).
const DEADLINE_PIECE = /^[0-9０-９./~\-年月日號底前止初中旬上下半季第度內]+$/u;
// Only whether a phrase reads as a deadline matters here, not the year it falls in.
const ANY_YEAR = 2026;

/** The roles of a header line of space-separated column names, or null when it is no such header. */
export function spacedHeader(line: string): readonly ColumnRole[] | null {
  const words = line.trim().split(SPACES);
  if (words.length < 3) return null;
  const table: DocumentTable = { kind: 'table', rows: [{ cells: words.map((word) => ({ paragraphs: [word], rowSpan: 1, colSpan: 1 })) }] };
  const columns = tableColumns(tableGrid(table));
  if (columns?.headerRow !== 0 || columns.roles.includes(null)) return null;
  return columns.roles as ColumnRole[];
}

/** Whether a line under a spaced header starts a row of its own (it begins with a 項次), when the table has a 項次 column. */
export function startsSpacedRow(line: string, roles: readonly ColumnRole[]): boolean {
  return roles[0] === 'id' ? ROW_START.test(line) : line.trim().split(SPACES).length >= 2;
}

/** Whether a line is a page footer pasted along with the table. */
export function isPageFooter(line: string): boolean {
  return PAGE_FOOTER.test(line);
}

/** The cells of the rows under a spaced header: `lines` are the table's lines after the header, footers left out. */
export function spacedRows(header: string, lines: readonly string[], roles: readonly ColumnRole[]): string[][] {
  const rows: string[][] = [header.trim().split(SPACES)];
  for (const line of lines) {
    const last = rows.length > 1 ? rows.at(-1) : undefined;
    if (startsSpacedRow(line, roles) || !last) rows.push(rowCells(line.trim().split(SPACES), roles));
    else goOn(last, line.trim().split(SPACES), roles);
  }
  return rows;
}

function rowCells(words: readonly string[], roles: readonly ColumnRole[]): string[] {
  const cells = roles.map(() => '');
  let left = 0;
  let right = words.length;
  let column = 0;
  if (roles[0] === 'id' && ROW_START.test(`${words[0] ?? ''} `)) {
    cells[0] = words[0] ?? '';
    left = 1;
    column = 1;
  }
  // From the right: 完成期限, 執行單位 and 協辦單位 take the words that read as such; a column whose word does not is blank.
  let last = roles.length - 1;
  for (; last >= column && (roles[last] === 'deadline' || roles[last] === 'units' || roles[last] === 'assisting'); last--) {
    const taken = roles[last] === 'deadline' ? deadlineWords(words, left, right) : unitWords(words, left, right);
    if (taken === 0) continue;
    cells[last] = words.slice(right - taken, right).join(roles[last] === 'deadline' ? '' : '、');
    right -= taken;
  }
  // The text columns, the rightmost first; more words than columns go on the practice's text.
  const textColumns = roles.map((_, index) => index).filter((index) => index >= column && index <= last);
  const texts = words.slice(left, right);
  if (texts.length <= textColumns.length) {
    textColumns.slice(textColumns.length - texts.length).forEach((index, position) => {
      cells[index] = texts[position] ?? '';
    });
    return cells;
  }
  const practice = Math.max(0, textColumns.map((index) => roles[index]).lastIndexOf('practice'));
  const after = textColumns.length - practice - 1;
  textColumns.forEach((index, position) => {
    if (position < practice) cells[index] = texts[position] ?? '';
    else if (position > practice) cells[index] = texts[texts.length - (textColumns.length - position)] ?? '';
    else cells[index] = texts.slice(practice, texts.length - after).join(' ');
  });
  return cells;
}

/** Whether a text reads as a deadline (115年3月31日, 上半年, 每月), whatever year it falls in. */
export function readsAsDeadline(text: string): boolean {
  return parseDeadline(text, ANY_YEAR).kind !== 'unknown';
}

// How many words at the end of words[left, right) make a deadline (115年3月31日, 上半年, 115 年 12 月).
function deadlineWords(words: readonly string[], left: number, right: number): number {
  let best = 0;
  for (let count = 1; right - count >= left; count++) {
    const piece = words[right - count] ?? '';
    if (count > 1 && !DEADLINE_PIECE.test(piece)) break;
    if (readsAsDeadline(words.slice(right - count, right).join(''))) best = count;
  }
  return best;
}

// Whether the word before `right` names units (徵集科, 替代役科、資訊 cut at the line's end).
function unitWords(words: readonly string[], left: number, right: number): number {
  const word = words[right - 1];
  return right - 1 >= left && word !== undefined && namesUnits(word) ? 1 : 0;
}

function namesUnits(text: string): boolean {
  if (/[。；;：:]/u.test(text) || text.length > 40) return false;
  const mentions = splitUnitMentions(text);
  return mentions.length > 0 && mentions.slice(0, -1).every(isUnitWord) && mentions.some(isUnitWord);
}

// A line that goes on with the row above: a word completing a unit name cut at the line's end goes
// to 執行單位, the rest to the practice's text.
function goOn(row: string[], words: readonly string[], roles: readonly ColumnRole[]): void {
  const units = roles.indexOf('units');
  const practice = roles.lastIndexOf('practice');
  for (const word of words) {
    const cut = units >= 0 ? splitUnitMentions(row[units] ?? '').at(-1) : undefined;
    if (cut !== undefined && !isUnitWord(cut) && isUnitWord(`${cut}${word}`)) row[units] = `${row[units]}${word}`;
    else if (practice >= 0) row[practice] = `${row[practice]}${word}`;
  }
}
