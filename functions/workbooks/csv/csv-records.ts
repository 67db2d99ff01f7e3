// CSV text to rows and rows to CSV text, by d3-dsv: of the well-kept CSV libraries it parsed our
// 100,000-row tab fastest (README › Benchmark, docs/backends.md), reading quotes, delimiters and
// line breaks in cells, ragged and empty rows as RFC 4180 says, and it quotes only the cells that
// need it. It reads leniently what RFC 4180 refuses — a quote inside an unquoted cell, text after a
// closing quote, a quote never closed — so the text's quotes are checked first (misplacedQuote),
// which costs a look at each quote and nothing where there is none.
// A line holding no quote is split at its delimiters by the runtime's own split, which reads such
// a line as d3-dsv does (a property test holds them alike) in less time; lines with quotes go to d3-dsv.
import { dsvFormat } from 'd3-dsv';
import { cellText } from '../../../shared/text.ts';
import type { Cell } from '../../../shared/workbook.ts';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Where the first quote of the text stands where RFC 4180 (and csv-parse) do not allow one, or -1
 * when every quote opens a cell at its start, is doubled inside a quoted cell, or closes it before
 * a delimiter, a line end or the end of the text (csv-quote-line.ts says which line to fix).
 */
export function misplacedQuote(text: string, delimiter: string): number {
  const separator = delimiter.charCodeAt(0);
  const fieldStart = (code: number) => code === separator || code === LF || code === CR;
  let open = text.indexOf('"');
  while (open !== -1) {
    if (open > 0 && !fieldStart(text.charCodeAt(open - 1))) return open;
    let close = open + 1;
    for (;;) {
      close = text.indexOf('"', close);
      if (close === -1) return open;
      if (text.charCodeAt(close + 1) !== QUOTE) break;
      close += 2;
    }
    if (close + 1 < text.length && !fieldStart(text.charCodeAt(close + 1))) return close;
    open = text.indexOf('"', close + 1);
  }
  return -1;
}

// Units, 具體作法 choices, periods, statuses and e-mails repeat on every row of a response tab:
// one copy of each short text (per file read) keeps a 100,000-row tab about a third smaller. A
// column of texts that do not repeat (時間戳記, links) stops being interned once it has shown
// INTERN_MAX_DISTINCT of them: its cells stay views into the text, and no map grows with the rows.
const INTERN_MAX_LENGTH = 40;
const INTERN_MAX_DISTINCT = 5000;

/**
 * The rows of a CSV text without its BOM, as a spreadsheet shows them: empty cells null, no empty
 * cells after a row's last value and no empty rows after the last row (blank rows inside stay, so
 * row numbers in 檢核錯誤 match what the user sees). Null when a quote is misplaced (misplacedQuote).
 * `widths`, when given, gets each row's number of cells as written, empty ones after its last value
 * included, so that a tab written back keeps them (`,,,` stays `,,,`).
 */
export function parseCsvRows(text: string, delimiter: ',' | '\t', widths?: number[]): Cell[][] | null {
  if (misplacedQuote(text, delimiter) !== -1) return null;
  const cells = cellsOfRecord(widths);
  const dsv = dsvFormat(delimiter);
  const rows: Cell[][] = [];
  const { length } = text;
  const marks = new Marks(text, length);
  let pos = 0;
  while (pos < length) {
    const lineEnd = marks.lineBreak(pos);
    if (marks.quote(pos) >= lineEnd) {
      // A line without a quote: its cells are the text between its delimiters, split by the runtime.
      rows.push(cells(text.slice(pos, lineEnd).split(delimiter), true));
      pos = lineEnd;
    } else {
      // Lines with quoted cells, read by d3-dsv as far as the next line without a quote.
      const end = quotedStretchEnd(text, pos, length, marks);
      for (const row of dsv.parseRows(text.slice(pos, end), (record) => cells(record, false))) rows.push(row);
      pos = end;
    }
    pos = afterLineBreak(text, pos);
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  if (widths) widths.length = rows.length;
  return rows;
}

/**
 * A reader of records for one text: each record as a row (empty cells null, no empty cells after
 * its last value), its short cells the same string as the same text above them in the column.
 * `exact`: the record is an array of exactly its cells, which the row may be; else it is copied.
 * `widths` gets each record's number of cells (parseCsvRows).
 */
function cellsOfRecord(widths: number[] | undefined): (record: string[], exact: boolean) => Cell[] {
  // By column; null for a column that stopped being interned.
  const seen: (Map<string, string> | null)[] = [];
  return (record, exact) => {
    widths?.push(record.length);
    let end = record.length;
    while (end > 0 && record[end - 1] === '') end--;
    // A parser's own array has room to spare: a copy of exactly the row's length.
    const row: Cell[] = exact && end === record.length ? record : record.slice(0, end);
    for (let i = 0; i < end; i++) {
      const value = record[i] as string;
      if (value === '') {
        row[i] = null;
        continue;
      }
      if (value.length > INTERN_MAX_LENGTH) continue;
      let column = seen[i];
      if (column === undefined) seen[i] = column = new Map();
      if (column === null) continue;
      const known = column.get(value);
      if (known !== undefined) row[i] = known;
      else if (column.size < INTERN_MAX_DISTINCT) column.set(value, value);
      else seen[i] = null;
    }
    return row;
  };
}

/** The next quote and line breaks (LF, CR) of a text at or after a position, each looked for once. */
class Marks {
  readonly #text: string;
  readonly #length: number;
  #quote = -1;
  #lf = -1;
  #cr = -1;
  constructor(text: string, length: number) {
    this.#text = text;
    this.#length = length;
  }
  /** The first quote at or after `pos`, or `length` when there is none. */
  quote(pos: number): number {
    if (this.#quote < pos && this.#quote !== this.#length) this.#quote = this.#find('"', pos);
    return this.#quote;
  }
  /** The first line break (LF or CR) at or after `pos`, or `length` when there is none. */
  lineBreak(pos: number): number {
    if (this.#lf < pos && this.#lf !== this.#length) this.#lf = this.#find('\n', pos);
    if (this.#cr < pos && this.#cr !== this.#length) this.#cr = this.#find('\r', pos);
    return Math.min(this.#lf, this.#cr);
  }
  #find(char: string, pos: number): number {
    const at = this.#text.indexOf(char, pos);
    return at === -1 || at > this.#length ? this.#length : at;
  }
}

// Where the records from `pos` (whose line holds a quote) end: the first line break outside quoted
// cells that the next line, holding no quote, follows; or the end of the text. The quotes pair
// (misplacedQuote checked them), so each opening quote has its closing one.
function quotedStretchEnd(text: string, pos: number, length: number, marks: Marks): number {
  let at = pos;
  for (;;) {
    const quote = marks.quote(at);
    const lineEnd = marks.lineBreak(at);
    if (quote < lineEnd) {
      let close = quote + 1;
      for (;;) {
        close = text.indexOf('"', close);
        if (text.charCodeAt(close + 1) !== QUOTE) break;
        close += 2;
      }
      at = close + 1;
      continue;
    }
    if (lineEnd >= length) return length;
    const next = afterLineBreak(text, lineEnd);
    if (marks.quote(next) >= marks.lineBreak(next)) return lineEnd;
    at = next;
  }
}

/** Past the line break at `pos` (CRLF, LF or a lone CR), or `pos` where there is none. */
export function afterLineBreak(text: string, pos: number): number {
  const code = text.charCodeAt(pos);
  if (code === CR) return text.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1;
  return code === LF ? pos + 1 : pos;
}

const FORMATS = { ',': dsvFormat(','), '\t': dsvFormat('\t') } as const;

/**
 * The rows as CSV records, each followed by `lineEnd` (CRLF), cells separated by `delimiter` (a
 * comma): a cell holding the delimiter, a quote or a line break is quoted.
 */
export function formatCsvRows(rows: Iterable<readonly Cell[]>, lineEnd = '\r\n', delimiter: ',' | '\t' = ','): string {
  let text = '';
  for (const row of rows) text += formatCsvRecord(row, delimiter) + lineEnd;
  return text;
}

/** One row as a CSV record, without its line end (formatCsvRows). */
export function formatCsvRecord(row: readonly Cell[], delimiter: ',' | '\t' = ','): string {
  const format = FORMATS[delimiter];
  let text = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) text += delimiter;
    text += format.formatValue(cellText(row[i] ?? null));
  }
  return text;
}

/** A cell's text as a comma-separated record holds it: quoted when it holds a comma, a quote or a line break. */
export function formatCsvCell(text: string): string {
  return FORMATS[','].formatValue(text);
}
