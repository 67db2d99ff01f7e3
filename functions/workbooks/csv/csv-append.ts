// Rows added at the end of a CSV tab (prepare-period's prefilled rows) by appending to the file,
// never by replacing it: an append lands after whatever the file holds at that moment, so a row a
// unit (or a sync client) appends meanwhile is kept, and a run replacing the file meanwhile carries
// the appended bytes over as it carries any append. The rows are written as the file's own are —
// its encoding (UTF-8, CP950, UTF-16 LE or BE), its delimiter (a tab in Excel's 「Unicode 文字」)
// and its line end — so the file stays one text; a CP950 file cannot hold every character, and
// when the rows have one it lacks the caller rewrites the file.
import { appendFile, readFile } from 'node:fs/promises';
import type { Cell } from '../../../shared/workbook.ts';
import { asWriteError } from '../workbook-file.ts';
import { decodeCsvBytes, encodeCsvText, SNIFF_BYTES, sniffCsv } from './csv-encoding.ts';
import { formatCsvRows } from './csv-records.ts';

/**
 * Appends the rows as CSV records to the file at `path`; false, writing nothing, when the file's
 * encoding cannot hold them (CP950) or the file is no longer a text we read (the caller's rewrite reads it and says so).
 */
export async function appendCsvRows(path: string, rows: readonly (readonly Cell[])[]): Promise<boolean> {
  if (rows.length === 0) return true;
  try {
    const held = await readFile(path);
    const sniffed = sniffCsv(held.subarray(0, SNIFF_BYTES));
    const decoded = sniffed.ok ? decodeCsvBytes(held, sniffed.format) : null;
    if (!decoded?.ok) return false;
    const { text: heldText, format } = decoded;
    // Records end as the file's own do (a reader takes the first line end for all), and a last
    // record without its line end is ended first, so the new rows do not join it.
    const firstEnd = heldText.indexOf('\n');
    const lineEnd = firstEnd > 0 && heldText[firstEnd - 1] !== '\r' ? '\n' : '\r\n';
    const text = (heldText.length > 0 && !heldText.endsWith('\n') ? lineEnd : '') + formatCsvRows(rows, lineEnd, format.delimiter);
    const bytes = encodeCsvText(text, format.encoding);
    if (bytes === null) return false;
    await appendFile(path, bytes, { flush: true });
    return true;
  } catch (error) {
    throw asWriteError(path, error);
  }
}
