// How the CSV backend writes a tab: UTF-8 with a BOM and CRLF, so that Excel on a zh-TW Windows
// reads it, RFC 4180 quoting (csv-records.ts), rows encoded in batches so a 100,000-row tab never
// exists as one string or one buffer. What was written is kept as a size and a hash, so a later look can tell
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
  // Each batch is encoded into one of two buffers kept for the whole file, and written while the
  // next is formatted into the other: a buffer allocated per batch cost more than the encoding.
  const buffers = [Buffer.allocUnsafe(0), Buffer.allocUnsafe(0)];
  let next = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const put = async (text: string) => {
    let buffer = buffers[next] as Buffer;
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    if (buffer.length < text.length * 3) buffers[next] = buffer = Buffer.allocUnsafe(text.length * 3);
    const bytes = buffer.subarray(0, buffer.write(text, 'utf8'));
    hash.update(bytes);
    size += bytes.length;
    await writing;
    writing = file.write(bytes);
    next = 1 - next;
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
  await writing;
  return { size, hash: hash.digest('hex') };
}
