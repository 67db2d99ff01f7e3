// A1 notation as the Sheets API parses it, for the fake. `'It''s'!A1:B2`, `Sheet1!A:C`,
// `Sheet1!1:2`, `Sheet1!A5:A`, `A1:B2` (the first visible tab), a tab name alone (the whole tab).
// An unquoted name that reads as a cell (`CRM26`) is a cell, as in the real API; columns have at
// most three letters (ZZZ), so `Sheet1` is a tab.
//
// Column letters and tab quoting are written here again, on purpose, rather than imported from
// functions/workbooks/cell-address.ts: a fake that shared the code it checks would agree with
// any mistake in it (test/functions/workbooks/cell-address.test.ts checks one against the other).
import { badRequest } from './sheets-api-errors.ts';

/** A parsed range: 0-based, end exclusive; an undefined bound is open (to the grid's edge). */
export interface A1Range {
  /** The tab's title, or null for "the first visible tab". */
  readonly sheet: string | null;
  readonly startRow?: number;
  readonly endRow?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

const REF = /^([A-Za-z]{1,3})?(\d+)?$/u;

/** Parses A1 notation; a 400 "Unable to parse range" when it is not. */
export function parseA1(text: string): A1Range {
  const fail = () => badRequest(`Unable to parse range: ${text}`);
  let sheet: string | null = null;
  let cells = text;
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    for (; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i++;
        } else break;
      } else name += text[i];
    }
    if (i >= text.length || name === '') throw fail();
    sheet = name;
    const rest = text.slice(i + 1);
    if (rest === '') return { sheet };
    if (!rest.startsWith('!')) throw fail();
    cells = rest.slice(1);
  } else {
    const bang = text.lastIndexOf('!');
    if (bang >= 0) {
      sheet = text.slice(0, bang);
      cells = text.slice(bang + 1);
      if (sheet === '') throw fail();
    } else if (!isCells(text)) {
      return { sheet: text };
    }
  }
  const bounds = parseCells(cells);
  if (!bounds) throw fail();
  return { sheet, ...bounds };
}

function isCells(text: string): boolean {
  return parseCells(text) !== null;
}

interface Ref {
  readonly row?: number;
  readonly column?: number;
}

function parseRef(text: string): Ref | null {
  const match = REF.exec(text);
  if (!match || text === '') return null;
  const [, letters, digits] = match;
  const row = digits === undefined ? undefined : Number(digits) - 1;
  if (row !== undefined && row < 0) return null;
  return { ...(letters ? { column: columnIndex(letters) } : {}), ...(row !== undefined ? { row } : {}) };
}

function parseCells(text: string): Omit<A1Range, 'sheet'> | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const start = parseRef(parts[0] ?? '');
  if (!start) return null;
  if (parts.length === 1) {
    // A single reference must name a cell (A1); `A` or `1` alone is not a range.
    if (start.row === undefined || start.column === undefined) return null;
    return { startRow: start.row, endRow: start.row + 1, startColumn: start.column, endColumn: start.column + 1 };
  }
  const end = parseRef(parts[1] ?? '');
  if (!end) return null;
  // A whole-column range names no rows (A:C); a whole-row range names no columns (1:2); A5:A is open downwards.
  if (start.column === undefined && end.column !== undefined) return null;
  if (start.row === undefined && end.row !== undefined) return null;
  const rows = orderPair(start.row, end.row);
  const columns = orderPair(start.column, end.column);
  return {
    ...(rows.low !== undefined ? { startRow: rows.low } : {}),
    ...(rows.high !== undefined ? { endRow: rows.high + 1 } : {}),
    ...(columns.low !== undefined ? { startColumn: columns.low } : {}),
    ...(columns.high !== undefined ? { endColumn: columns.high + 1 } : {}),
  };
}

// B2:A1 means A1:B2; A5:A has an open end.
function orderPair(a: number | undefined, b: number | undefined): { low?: number; high?: number } {
  if (a === undefined) return {};
  if (b === undefined) return { low: a };
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/** 0-based column index of letters: A → 0, AA → 26. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** Letters of a 0-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A range as the API echoes it: the tab quoted when it must be, `A1` for one cell. */
export function formatA1(title: string, startRow: number, endRow: number, startColumn: number, endColumn: number): string {
  const from = `${columnName(startColumn)}${startRow + 1}`;
  const to = `${columnName(endColumn - 1)}${endRow}`;
  return `${quoteTitle(title)}!${from === to ? from : `${from}:${to}`}`;
}

/** The title as the API writes it in a range: bare when it is a plain word that is not a cell, else quoted. */
export function quoteTitle(title: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/u.test(title) && !isCells(title);
  return plain ? title : `'${title.replaceAll("'", "''")}'`;
}
