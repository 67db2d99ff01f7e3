// Where each row of a comma-separated text stands in it, for a writer that copies rows instead of
// formatting them again (csv-column-write.ts): the text as the reader read it (csv-records.ts), and
// the row's cells, must say the same, or the row is formatted from its cells after all. Given the
// text's UTF-8 bytes, the places are in those bytes, found from the places in the text.
import type { Cell } from '../../../shared/workbook.ts';
import { afterLineBreak, formatCsvCell } from './csv-records.ts';

/** Where a row stands, without its line end, and its cell in the column (-1: it has none as written, or none was asked for). */
export interface Line {
  start: number;
  end: number;
  cellStart: number;
  cellEnd: number;
}

const COMMA = 0x2c;
const QUOTE = 0x22;

/**
 * The rows of a comma-separated text in order, each where it stands in the text, as wide as it was
 * written: a cell is its text, or, quoted, its text with its quotes doubled and one before and
 * after; a comma before each but the first; a line end or the end of the text after the last. Null
 * for a row whose text is not what the writer writes for it — a quoted cell that needs no quotes,
 * `""` for an empty one — and for every row once the text and the cells ever disagree. Given the
 * text's UTF-8 bytes, the places are offsets into them.
 */
export class LineReader {
  readonly #text: string;
  readonly #rows: readonly (readonly Cell[])[];
  readonly #widths: readonly number[];
  readonly #column: number;
  readonly #bytes: Buffer | null;
  #pos = 0;
  // Where the bytes of the text from #pos start.
  #bytePos = 0;
  // The first quote at or after where it was last looked for; Infinity when there is none.
  #quote = -1;
  #lost = false;
  readonly #line: Line = { start: 0, end: 0, cellStart: -1, cellEnd: -1 };

  constructor(text: string, rows: readonly (readonly Cell[])[], widths: readonly number[], column: number, bytes: Buffer | null) {
    this.#text = text;
    this.#rows = rows;
    this.#widths = widths;
    this.#column = column;
    this.#bytes = bytes;
  }

  /** Row r, the one after the last asked for, with its cell in the column when `withCell`; the same object each time. */
  next(r: number, withCell: boolean): Line | null {
    if (this.#lost) return null;
    const row = this.#rows[r] ?? [];
    const width = this.#widths[r] ?? row.length;
    const line = this.#line;
    line.start = this.#pos;
    const end = this.#unquotedEnd(row, width, line);
    if (end !== -1) return this.#ended(line, end, false, withCell);
    return this.#quotedLine(row, width, line, withCell);
  }

  // Where a line holding no quote ends: the reader split it at its commas, so it is its cells with a
  // comma between each two, and what the writer writes for them. -1 when the line holds a quote.
  #unquotedEnd(row: readonly Cell[], width: number, line: Line): number {
    const column = this.#column;
    let at = line.start;
    line.cellStart = -1;
    line.cellEnd = -1;
    for (let i = 0; i < width; i++) {
      if (i > 0) at++;
      if (i === column) line.cellStart = at;
      const cell = row[i];
      if (typeof cell === 'string') at += cell.length;
      if (i === column) line.cellEnd = at;
    }
    return this.#quoteFrom(line.start) > at ? at : -1;
  }

  // A line holding a quote, cell by cell: a quoted cell is what the writer writes only when it needs its quotes.
  #quotedLine(row: readonly Cell[], width: number, line: Line, withCell: boolean): Line | null {
    const text = this.#text;
    line.cellStart = -1;
    line.cellEnd = -1;
    let at = line.start;
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
    const ended = this.#ended(line, at, true, withCell);
    return plain ? ended : null;
  }

  // The line ends at `end` in the text, before its line break: moves past both, in the bytes too.
  // Null when no line break is there (the text and the cells disagree).
  #ended(line: Line, end: number, quoted: boolean, withCell: boolean): Line | null {
    const text = this.#text;
    line.end = end;
    const next = afterLineBreak(text, end);
    if (next === end && end < text.length) return this.#lose();
    this.#pos = next;
    if (!withCell) {
      line.cellStart = -1;
      line.cellEnd = -1;
    }
    if (this.#bytes !== null && !this.#inBytes(this.#bytes, line, quoted, next - end)) return this.#lose();
    return line;
  }

  // Turns the line's places in the text into places in its bytes, and moves on past its line break
  // (`lineBreak` code units, one byte each). The line ends at the line break the text has there:
  // the first such byte, since UTF-8 writes CR and LF as themselves and never inside another
  // character; a line with quoted cells, which may hold line breaks, is measured instead. The cell
  // is measured from the nearer end of the line. False when the bytes are not the text's after all.
  #inBytes(bytes: Buffer, line: Line, quoted: boolean, lineBreak: number): boolean {
    const text = this.#text;
    const start = this.#bytePos;
    let end: number;
    if (quoted) end = start + utf8Length(text, line.start, line.end);
    else end = line.end === text.length ? bytes.length : bytes.indexOf(text.charCodeAt(line.end), start);
    if (end < start) return false;
    if (line.cellStart !== -1) {
      if (line.cellStart - line.start <= line.end - line.cellEnd) {
        const cellStart = start + utf8Length(text, line.start, line.cellStart);
        line.cellEnd = cellStart + utf8Length(text, line.cellStart, line.cellEnd);
        line.cellStart = cellStart;
      } else {
        const cellEnd = end - utf8Length(text, line.cellEnd, line.end);
        line.cellStart = cellEnd - utf8Length(text, line.cellStart, line.cellEnd);
        line.cellEnd = cellEnd;
      }
    }
    line.start = start;
    line.end = end;
    this.#bytePos = end + lineBreak;
    return true;
  }

  // The first quote at or after `pos`, looked for once for all the lines before it.
  #quoteFrom(pos: number): number {
    if (this.#quote < pos) {
      const at = this.#text.indexOf('"', pos);
      this.#quote = at === -1 ? Number.POSITIVE_INFINITY : at;
    }
    return this.#quote;
  }

  // The text and the cells disagree: no row from this one on is copied.
  #lose(): null {
    this.#lost = true;
    return null;
  }
}

// How many bytes UTF-8 takes for the text from `start` to `end`.
function utf8Length(text: string, start: number, end: number): number {
  return start === end ? 0 : Buffer.byteLength(text.slice(start, end));
}

function quotesIn(value: string): number {
  let count = 0;
  for (let i = value.indexOf('"'); i !== -1; i = value.indexOf('"', i + 1)) count++;
  return count;
}
