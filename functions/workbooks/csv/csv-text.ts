// How the CSV backend writes a tab: UTF-8 with a BOM and CRLF, so that Excel on a zh-TW Windows
// reads it, RFC 4180 quoting (csv-records.ts), rows encoded in batches so a 100,000-row tab never
// exists as one string. What was written is kept as a size and a hash, so a later look can tell
// whether the file still holds just that without parsing it (csv-folder-workbook.ts).
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { Cell } from '../../../shared/workbook.ts';
import { formatCsvRows } from './csv-records.ts';

const BOM = '\uFEFF';
const WRITE_BATCH = 2000;

/** What a write put in a file: its size and its bytes' SHA-256 (as file-version.ts hashes them). */
export interface WrittenBytes {
  readonly size: number;
  readonly hash: string;
}

/** Writes the rows into the open file as a whole CSV file: BOM, then the records. */
export async function writeCsvRows(file: FileHandle, rows: Iterable<readonly Cell[]>): Promise<WrittenBytes> {
  const hash = createHash('sha256');
  let size = 0;
  const put = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    hash.update(bytes);
    size += bytes.length;
    await file.write(bytes);
  };
  await put(BOM);
  let batch: (readonly Cell[])[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === WRITE_BATCH) {
      await put(formatCsvRows(batch));
      batch = [];
    }
  }
  if (batch.length > 0) await put(formatCsvRows(batch));
  return { size, hash: hash.digest('hex') };
}
