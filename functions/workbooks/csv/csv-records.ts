// CSV text to rows and rows to CSV text, by d3-dsv: of the well-kept CSV libraries it parsed our
// 100,000-row tab fastest while reading every case csv-parse read alike (quotes, delimiters and
// line breaks in cells, ragged and empty rows), and its quoting writes the bytes csv-stringify
// wrote (README › Benchmark, docs/backends.md). d3-dsv reads leniently what csv-parse refused — a
// quote inside an unquoted cell, text after a closing quote, a quote never closed — so the text's
// quotes are checked first (misplacedQuote), which costs a look at each quote and nothing where there is none.
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
  // By column; null for a column that stopped being interned.
  const seen: (Map<string, string> | null)[] = [];
  const rows = dsvFormat(delimiter).parseRows(text, (record): Cell[] => {
    widths?.push(record.length);
    let end = record.length;
    while (end > 0 && record[end - 1] === '') end--;
    // A copy of exactly the row's length: the parser's own array has room to spare.
    const row: Cell[] = record.slice(0, end);
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
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  if (widths) widths.length = rows.length;
  return rows;
}

const FORMATS = { ',': dsvFormat(','), '\t': dsvFormat('\t') } as const;

/**
 * The rows as CSV records, each followed by `lineEnd` (CRLF), cells separated by `delimiter` (a
 * comma): a cell holding the delimiter, a quote or a line break is quoted.
 */
export function formatCsvRows(rows: Iterable<readonly Cell[]>, lineEnd = '\r\n', delimiter: ',' | '\t' = ','): string {
  const format = FORMATS[delimiter];
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) text += delimiter;
      text += format.formatValue(cellText(row[i] ?? null));
    }
    text += lineEnd;
  }
  return text;
}
