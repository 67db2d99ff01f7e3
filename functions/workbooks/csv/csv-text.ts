// How the CSV backend writes a tab: UTF-8 with a BOM and CRLF, so that Excel on a zh-TW Windows
// reads it, RFC 4180 quoting, rows encoded in batches so a 100,000-row tab never exists as one string.
import type { FileHandle } from 'node:fs/promises';
import { type Options, stringify } from 'csv-stringify/sync';
import { cellText } from '../../../shared/text.ts';
import type { Cell } from '../../../shared/workbook.ts';

const BOM = '\uFEFF';
const WRITE_BATCH = 500;

/**
 * csv-stringify's options: CRLF records. It quotes a field holding the record delimiter, not a lone
 * LF or CR, and a multi-line 執行成效 typed in a cell has lone LFs: those fields are quoted too.
 */
export const STRINGIFY: Options = { record_delimiter: 'windows', quoted_match: ['\n', '\r'] };

/** Writes the rows into the open file as a whole CSV file: BOM, then the records. */
export async function writeCsvRows(file: FileHandle, rows: Iterable<readonly Cell[]>): Promise<void> {
  await file.write(BOM);
  for (const batch of batches(rows)) await file.write(stringify(batch, STRINGIFY));
}

function* batches(rows: Iterable<readonly Cell[]>): Generator<string[][]> {
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(row.map(cellText));
    if (batch.length === WRITE_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
