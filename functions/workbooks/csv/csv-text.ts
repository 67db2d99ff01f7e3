// How the CSV backend writes a tab: UTF-8 with a BOM and CRLF, so that Excel on a zh-TW Windows
// reads it, RFC 4180 quoting (csv-records.ts), records encoded into a buffer of a megabyte at a
// time, so a 100,000-row tab never exists as one string or one buffer. What was written is kept as
// a size and a hash, so a later look can tell whether the file still holds just that without
// parsing it (csv-folder-workbook.ts).
import { createHash, type Hash } from 'node:crypto';
import type { Cell } from '../../../shared/workbook.ts';
import { formatCsvRecord } from './csv-records.ts';

const BOM = '\uFEFF';
const BUFFER_BYTES = 1 << 20;
// Every this many bytes written, the disk is asked to store them while the rest is encoded
// (datasync), so that the fsync before the file replaces a user's tab (aside-file.ts) waits for the
// last few megabytes rather than all 33 MB of a 100,000-row tab: about 10 ms less.
const SYNC_BYTES = 8 << 20;

/** What a write put in a file: its size and its bytes' SHA-256 (as file-version.ts hashes them; '' when not asked for). */
export interface WrittenBytes {
  readonly size: number;
  readonly hash: string;
}

/** How a file is written: `hash: false` when no one will ask what it holds, which spares hashing its bytes. */
export interface WriteHashing {
  readonly hash?: boolean;
}

/** Where a file's bytes go: an open file (FileHandle), or a test's list. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<unknown>;
  /** Has the disk store what was written so far (an open file's); absent where there is no disk. */
  datasync?(): Promise<void>;
}

/** Writes the rows into the open file as a whole CSV file: BOM, then the records. */
export async function writeCsvRows(file: ByteSink, rows: Iterable<readonly Cell[]>, options: WriteHashing = {}): Promise<WrittenBytes> {
  const writer = new CsvFileWriter(file, options);
  for (const row of rows) {
    const record = formatCsvRecord(row);
    if (!writer.fits(record.length)) await writer.flush(record.length);
    writer.put(record);
    writer.endRecord();
  }
  return writer.close();
}

/**
 * A CSV file being written: the BOM, then records, whole or piece by piece, encoded into one of
 * two buffers kept for the whole file, which is written when full while the next records go into
 * the other. Neither a string of many records nor a buffer for each is made: for a 28 MB tab they
 * cost more than the encoding.
 */
export class CsvFileWriter {
  readonly #file: ByteSink;
  // Null when no one will ask (WriteHashing): a 28 MB tab's SHA-256 costs about 25 ms.
  readonly #hash: Hash | null;
  #size = 0;
  // The second buffer is made when the first is full: a small tab needs one.
  readonly #buffers = [Buffer.allocUnsafe(BUFFER_BYTES), Buffer.allocUnsafe(0)];
  #current = 0;
  #filled = 0;
  #writing: Promise<unknown> = Promise.resolve();
  // The datasyncs asked for, one after another; a failure is kept for close(), since the fsync
  // after it would no longer report it.
  #syncing: Promise<unknown> = Promise.resolve();
  #unsynced = 0;

  constructor(file: ByteSink, { hash = true }: WriteHashing = {}) {
    this.#file = file;
    this.#hash = hash ? createHash('sha256') : null;
    this.put(BOM);
  }

  /** Whether `chars` more UTF-16 code units, `bytes` more bytes and a line end fit before the buffer must be written (flush). */
  fits(chars: number, bytes = 0): boolean {
    // UTF-8 takes at most three bytes for each UTF-16 code unit; the line end two.
    return this.#filled + chars * 3 + bytes + 2 <= (this.#buffers[this.#current] as Buffer).length;
  }

  /** Writes what the buffer holds, and makes room for a record of `chars` code units and `bytes` bytes after it. */
  async flush(chars = 0, bytes = 0): Promise<void> {
    const filled = (this.#buffers[this.#current] as Buffer).subarray(0, this.#filled);
    this.#hash?.update(filled);
    this.#size += filled.length;
    await this.#writing;
    const written = this.#file.write(filled);
    this.#writing = written;
    this.#unsynced += filled.length;
    const file = this.#file;
    if (file.datasync && this.#unsynced >= SYNC_BYTES) {
      this.#unsynced = 0;
      this.#syncing = this.#syncing.then(() => written).then(() => file.datasync?.());
      // Handled here so that a write given up halfway leaves no unhandled rejection; close() rethrows it.
      this.#syncing.catch(() => undefined);
    }
    this.#current = 1 - this.#current;
    this.#filled = 0;
    // A record longer than a buffer (a cell of 400,000 characters) gets one of its own.
    const length = Math.max(BUFFER_BYTES, chars * 3 + bytes + 2);
    if ((this.#buffers[this.#current] as Buffer).length < length) this.#buffers[this.#current] = Buffer.allocUnsafe(length);
  }

  /** Part of a record, as its CSV text: there must be room for it (fits). */
  put(text: string): void {
    this.#filled += (this.#buffers[this.#current] as Buffer).write(text, this.#filled, 'utf8');
  }

  /** Part of a record as UTF-8 bytes already (`source` from `start` to `end`): there must be room for them (fits). */
  putBytes(source: Buffer, start: number, end: number): void {
    this.#filled += source.copy(this.#buffers[this.#current] as Buffer, this.#filled, start, end);
  }

  /** `count` commas (empty cells' delimiters), counted as code units by fits. */
  putCommas(count: number): void {
    const buffer = this.#buffers[this.#current] as Buffer;
    for (let i = 0; i < count; i++) buffer[this.#filled++] = 0x2c;
  }

  /** The end of a record: CRLF. */
  endRecord(): void {
    const buffer = this.#buffers[this.#current] as Buffer;
    buffer[this.#filled++] = 0x0d;
    buffer[this.#filled++] = 0x0a;
  }

  /** Writes the rest; what was written, once it is. */
  async close(): Promise<WrittenBytes> {
    if (this.#filled > 0) await this.flush();
    await this.#writing;
    await this.#syncing;
    return { size: this.#size, hash: this.#hash?.digest('hex') ?? '' };
  }
}
