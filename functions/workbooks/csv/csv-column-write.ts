// A user's CSV tab written back with one column set (its 檢核結果). The bytes are those of writing
// every row again from its cells, each as wide as it was written (asWritten); but a row whose text
// in the file is already what the writer writes for its cells — comma-separated, quoted only where
// a cell needs it — is copied from that text, with the new value in place of its cell in the
// column or after its last one. A 100,000-row form tab is then not formatted again, 1.2 million
// cells, on every run. A property test holds the bytes to writing every row.
import { rowWithValue } from '../../../shared/apply-changes.ts';
import type { Cell } from '../../../shared/workbook.ts';
import { afterLineBreak, formatCsvCell, formatCsvRecord } from './csv-records.ts';
import { type ByteSink, CsvFileWriter, type WriteHashing, type WrittenBytes } from './csv-text.ts';

/** A tab as read: its text without the BOM, and the rows and widths parseCsvRows read from it. */
export interface ReadCsv {
  readonly text: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly widths: readonly number[];
  readonly delimiter: ',' | '\t';
}

/**
 * Writes the tab into the open file with its `column` set to `values` (row 1 first; '' empties a
 * cell, undefined leaves it): the bytes writeCsvRows writes for asWritten(rowsWithColumn(…)).
 */
export async function writeCsvColumn(
  file: ByteSink,
  read: ReadCsv,
  column: number,
  values: readonly (string | undefined)[],
  options: WriteHashing = {},
): Promise<WrittenBytes> {
  const { text, rows, widths } = read;
  const writer = new CsvFileWriter(file, options);
  // A tab-separated file is written comma-separated: none of its text is what the writer writes.
  const lines = read.delimiter === ',' ? new LineReader(text, rows, widths, column) : null;
  const height = Math.max(rows.length, values.length);
  for (let r = 0; r < height; r++) {
    const line = lines !== null && r < rows.length ? lines.next(r) : null;
    if (line === null) {
      const record = formatCsvRecord(wide(rowWithValue(rows[r] ?? [], column, values[r]), widths[r] ?? 0));
      if (!writer.fits(record.length)) await writer.flush(record.length);
      writer.put(record);
      writer.endRecord();
      continue;
    }
    // Copied: the row's text up to its cell in the column (all of it when it has none there, or
    // nothing is set), empty cells up to the column, the value, and the row's text after that cell.
    const value = values[r];
    const cell = value === undefined || value === '' ? '' : formatCsvCell(value);
    const replaced = value !== undefined && line.cellStart !== -1;
    const headEnd = replaced ? line.cellStart : line.end;
    const tailStart = replaced ? line.cellEnd : line.end;
    // A line has one cell at least; a delimiter goes before each cell after its last.
    const commas = cell !== '' && line.cellStart === -1 ? column - (widths[r] ?? 1) + 1 : 0;
    const chars = headEnd - line.start + commas + cell.length + (line.end - tailStart);
    if (!writer.fits(chars)) await writer.flush(chars);
    writer.put(text.slice(line.start, headEnd));
    writer.putCommas(commas);
    if (cell !== '') writer.put(cell);
    if (line.end > tailStart) writer.put(text.slice(tailStart, line.end));
    writer.endRecord();
  }
  return writer.close();
}

/** Each row as wide as it was written: the empty cells after its last value are the user's bytes too. */
export function* asWritten(rows: Iterable<readonly Cell[]>, widths: readonly number[]): Generator<readonly Cell[]> {
  let r = 0;
  for (const row of rows) yield wide(row, widths[r++] ?? 0);
}

// The row with empty cells after its last up to `width`.
function wide(row: readonly Cell[], width: number): readonly Cell[] {
  if (row.length >= width) return row;
  const cells = row.slice();
  while (cells.length < width) cells.push(null);
  return cells;
}

/** Where a row stands in the text, without its line end, and its cell in the column (-1: it has none as written). */
interface Line {
  start: number;
  end: number;
  cellStart: number;
  cellEnd: number;
}

const COMMA = 0x2c;
const QUOTE = 0x22;

/**
 * The rows of a comma-separated text in order, each where it stands in the text, followed as the
 * reader read it (csv-records.ts) cell by cell, as wide as it was written: a cell is its text, or,
 * quoted, its text with its quotes doubled and one before and after; a comma before each but the
 * first; a line end or the end of the text after the last. Null for a row whose text is not what
 * the writer writes for it — a quoted cell that needs no quotes, `""` for an empty one — and for
 * every row once the text and the cells ever disagree.
 */
class LineReader {
  readonly #text: string;
  readonly #rows: readonly (readonly Cell[])[];
  readonly #widths: readonly number[];
  readonly #column: number;
  #pos = 0;
  #lost = false;
  readonly #line: Line = { start: 0, end: 0, cellStart: -1, cellEnd: -1 };

  constructor(text: string, rows: readonly (readonly Cell[])[], widths: readonly number[], column: number) {
    this.#text = text;
    this.#rows = rows;
    this.#widths = widths;
    this.#column = column;
  }

  /** Row r, the one after the last asked for; the same object each time. */
  next(r: number): Line | null {
    if (this.#lost) return null;
    const text = this.#text;
    const row = this.#rows[r] ?? [];
    const width = this.#widths[r] ?? row.length;
    const line = this.#line;
    line.start = this.#pos;
    line.cellStart = -1;
    line.cellEnd = -1;
    let at = this.#pos;
    let plain = true;
    for (let i = 0; i < width; i++) {
      if (i > 0) {
        if (text.charCodeAt(at) !== COMMA) return this.#lose();
        at++;
      }
      const cell = i < row.length ? row[i] : null;
      const value = typeof cell === 'string' ? cell : '';
      const cellStart = at;
      if (text.charCodeAt(at) === QUOTE) {
        at += value.length + quotesIn(value) + 2;
        if (text.charCodeAt(at - 1) !== QUOTE) return this.#lose();
        if (formatCsvCell(value) === value) plain = false;
      } else at += value.length;
      if (i === this.#column) {
        line.cellStart = cellStart;
        line.cellEnd = at;
      }
    }
    line.end = at;
    const next = afterLineBreak(text, at);
    if (next === at && at < text.length) return this.#lose();
    this.#pos = next;
    return plain ? line : null;
  }

  #lose(): null {
    this.#lost = true;
    return null;
  }
}

function quotesIn(value: string): number {
  let count = 0;
  for (let i = value.indexOf('"'); i !== -1; i = value.indexOf('"', i + 1)) count++;
  return count;
}
