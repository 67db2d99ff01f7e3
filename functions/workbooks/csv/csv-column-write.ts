// A user's CSV tab written back with one column set (its 檢核結果). The bytes are those of writing
// every row again from its cells, each as wide as it was written (asWritten); but a row whose text
// in the file is already what the writer writes for its cells — comma-separated, quoted only where
// a cell needs it — is copied from that text, with the new value in place of its cell in the
// column or after its last one. A 100,000-row form tab is then not formatted again, 1.2 million
// cells, on every run; and when the file's UTF-8 bytes are at hand (a one-shot run keeps them), the
// row is copied from those bytes rather than encoded again, 28 MB of it. A property test holds the
// bytes to writing every row, either way.
import { rowWithValue } from '../../../shared/apply-changes.ts';
import type { Cell } from '../../../shared/workbook.ts';
import { LineReader } from './csv-line-reader.ts';
import { formatCsvCell, formatCsvRecord } from './csv-records.ts';
import { type ByteSink, CsvFileWriter, type WriteHashing, type WrittenBytes } from './csv-text.ts';

/** A tab as read: its text without the BOM, and the rows and widths parseCsvRows read from it. */
export interface ReadCsv {
  readonly text: string;
  /** The text's UTF-8 bytes as the file holds them, when at hand: rows are copied from them. */
  readonly utf8?: Buffer | null;
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
  const bytes = read.delimiter === ',' ? (read.utf8 ?? null) : null;
  const lines = read.delimiter === ',' ? new LineReader(text, rows, widths, column, bytes) : null;
  // A copied line's places are offsets into the bytes when they are at hand, else into the text.
  const copy =
    bytes === null
      ? (start: number, end: number) => writer.put(text.slice(start, end))
      : (start: number, end: number) => writer.putBytes(bytes, start, end);
  const height = Math.max(rows.length, values.length);
  for (let r = 0; r < height; r++) {
    // A cell that already holds its value is left as it is: on a run after the first, most rows.
    const value = values[r] === rows[r]?.[column] ? undefined : values[r];
    const line = lines !== null && r < rows.length ? lines.next(r, value !== undefined) : null;
    if (line === null) {
      const record = formatCsvRecord(wide(rowWithValue(rows[r] ?? [], column, value), widths[r] ?? 0));
      if (!writer.fits(record.length)) await writer.flush(record.length);
      writer.put(record);
      writer.endRecord();
      continue;
    }
    // Copied: the row's text up to its cell in the column (all of it when it has none there, or
    // nothing is set), empty cells up to the column, the value, and the row's text after that cell.
    const cell = value === undefined || value === '' ? '' : formatCsvCell(value);
    const replaced = value !== undefined && line.cellStart !== -1;
    const headEnd = replaced ? line.cellStart : line.end;
    const tailStart = replaced ? line.cellEnd : line.end;
    // A line has one cell at least; a delimiter goes before each cell after its last.
    const commas = cell !== '' && line.cellStart === -1 ? column - (widths[r] ?? 1) + 1 : 0;
    const copied = headEnd - line.start + (line.end - tailStart);
    const chars = commas + cell.length + (bytes === null ? copied : 0);
    const copiedBytes = bytes === null ? 0 : copied;
    if (!writer.fits(chars, copiedBytes)) await writer.flush(chars, copiedBytes);
    copy(line.start, headEnd);
    writer.putCommas(commas);
    if (cell !== '') writer.put(cell);
    if (line.end > tailStart) copy(tailStart, line.end);
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
