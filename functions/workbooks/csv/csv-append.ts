// Rows added at the end of a CSV tab (prepare-period's prefilled rows) by appending to the file,
// never by replacing it: an append lands after whatever the file holds at that moment, so a row a
// unit (or a sync client) appends meanwhile is kept, and a run replacing the file meanwhile carries
// the appended bytes over as it carries any append. The rows are written in the file's own
// encoding — UTF-8, or CP950 for a file saved that way — so the file stays one encoding; a CP950
// file cannot hold every character, and when the rows have one it lacks the caller rewrites the file.
import { appendFile, readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { Cell } from '../../../shared/workbook.ts';
import { asWriteError } from '../workbook-file.ts';
import { formatCsvRows } from './csv-records.ts';

/** Appends the rows as CSV records to the file at `path`; false, writing nothing, when the file is CP950 and cannot hold them. */
export async function appendCsvRows(path: string, rows: readonly (readonly Cell[])[]): Promise<boolean> {
  if (rows.length === 0) return true;
  try {
    const held = await readFile(path);
    // Records end as the file's own do (a reader takes the first line end for all), and a last
    // record without its line end is ended first, so the new rows do not join it.
    const firstEnd = held.indexOf(0x0a);
    const lf = firstEnd > 0 && held[firstEnd - 1] !== 0x0d;
    const lineEnd = lf ? '\n' : '\r\n';
    const text = (held.length > 0 && held.at(-1) !== 0x0a ? lineEnd : '') + formatCsvRows(rows, lineEnd);
    let bytes: Buffer;
    if (isUtf8(held)) bytes = Buffer.from(text, 'utf8');
    else {
      bytes = iconv.encode(text, 'cp950');
      if (iconv.decode(bytes, 'cp950') !== text) return false;
    }
    await appendFile(path, bytes, { flush: true });
    return true;
  } catch (error) {
    throw asWriteError(path, error);
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
