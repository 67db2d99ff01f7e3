// Which text a CSV tab holds. Agencies' files come as UTF-8 (with or without a BOM), as CP950
// (Big5) from older Excel, and as Excel's 「Unicode 文字」: UTF-16 LE with a BOM, tab-separated. The
// first bytes decide: a BOM names UTF-8 or UTF-16; NUL bytes without one mean a kind of file we do
// not read (UTF-16 without a BOM, UTF-32, a workbook saved as .csv), named in the message; anything
// else is UTF-8, or CP950 when its bytes turn out not to be UTF-8 (the reader tries again).
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import * as msg from '../../../shared/messages.ts';

/** The encodings a CSV tab is read in. */
export type CsvEncoding = 'utf8' | 'cp950' | 'utf16le' | 'utf16be';

/** How a CSV tab's text is to be read. */
export interface CsvFormat {
  readonly encoding: CsvEncoding;
  readonly delimiter: ',' | '\t';
}

/** The file's kind as found, when it is not text we read: a key of msg.csvEncodings. */
export type UnreadableKind = 'utf32' | 'utf16NoBom' | 'zip' | 'binary';

/** How many first bytes sniffCsv looks at. */
export const SNIFF_BYTES = 4096;

const UTF8 = [0xef, 0xbb, 0xbf];
const UTF16LE = [0xff, 0xfe];
const UTF16BE = [0xfe, 0xff];
const UTF32LE = [0xff, 0xfe, 0x00, 0x00];
const UTF32BE = [0x00, 0x00, 0xfe, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** What the first bytes of a CSV file say it holds (UTF-8 unless they say otherwise). */
export function sniffCsv(head: Uint8Array): { readonly ok: true; readonly format: CsvFormat } | { readonly ok: false; readonly kind: UnreadableKind } {
  const starts = (bytes: readonly number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts(UTF8)) return { ok: true, format: { encoding: 'utf8', delimiter: ',' } };
  if (starts(UTF32LE) || starts(UTF32BE)) return { ok: false, kind: 'utf32' };
  for (const [bom, encoding] of [[UTF16LE, 'utf16le'], [UTF16BE, 'utf16be']] as const) {
    if (starts(bom)) return { ok: true, format: { encoding, delimiter: delimiterOf(iconv.decode(Buffer.from(head), encoding)) } };
  }
  if (starts(ZIP)) return { ok: false, kind: 'zip' };
  const nul = head.indexOf(0);
  if (nul >= 0) return { ok: false, kind: looksUtf16(head) ? 'utf16NoBom' : 'binary' };
  return { ok: true, format: { encoding: 'utf8', delimiter: ',' } };
}

/** How a message names an encoding or a kind of file. */
export function encodingName(encoding: CsvEncoding | UnreadableKind): string {
  return msg.csvEncodings[encoding];
}

/** A stream turning the file's bytes into text; UTF-8 fails with NotUtf8 on bytes that are not UTF-8, rather than guessing. */
export function decoderFor(encoding: CsvEncoding): NodeJS.ReadWriteStream {
  return encoding === 'utf8' ? new Utf8Decoder() : iconv.decodeStream(encoding);
}

/** A decoder for bytes arriving in pieces (a character may be split between two); UTF-8 throws NotUtf8. */
export function pieceDecoder(encoding: CsvEncoding): { write(bytes: Buffer): string; end(): string } {
  if (encoding !== 'utf8') {
    const decoder = iconv.getDecoder(encoding);
    return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const guarded = (decode: () => string) => {
    try {
      return decode();
    } catch {
      throw new NotUtf8();
    }
  };
  return { write: (bytes) => guarded(() => decoder.decode(bytes, { stream: true })), end: () => guarded(() => decoder.decode()) };
}

/** The bytes are not UTF-8: read them as CP950. */
export class NotUtf8 extends Error {}

// Excel's 「Unicode 文字」 separates by tabs; a UTF-16 file with more tabs than commas in its first line is read so.
function delimiterOf(text: string): ',' | '\t' {
  const line = text.replace(/^\uFEFF/u, '').split('\n', 1)[0] ?? '';
  const count = (char: string) => line.split(char).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

// In UTF-16 the NUL bytes (the high half of tabs, line ends, digits) all fall on one side of each
// pair of bytes; in other binary files on both.
function looksUtf16(head: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  return Math.min(even, odd) === 0 && Math.max(even, odd) > 0;
}

// A streaming UTF-8 decoder that fails, rather than substituting U+FFFD, on bytes that are not UTF-8.
class Utf8Decoder extends Transform {
  readonly #decoder = pieceDecoder('utf8');
  constructor() {
    super({ decodeStrings: true, readableObjectMode: false });
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      done(null, this.#decoder.write(chunk));
    } catch (error) {
      done(error as Error);
    }
  }
  override _flush(done: TransformCallback): void {
    try {
      done(null, this.#decoder.end());
    } catch (error) {
      done(error as Error);
    }
  }
}

/** Decodes a whole CSV file's bytes as a tab is read: UTF-8 (BOM or not), UTF-16 with a BOM, otherwise CP950. */
export function decodeCsv(bytes: Uint8Array): string {
  const sniffed = sniffCsv(bytes.subarray(0, SNIFF_BYTES));
  const decoder = pieceDecoder(sniffed.ok ? sniffed.format.encoding : 'utf8');
  try {
    return (decoder.write(Buffer.from(bytes)) + decoder.end()).replace(/^\uFEFF/u, '');
  } catch {
    return iconv.decode(Buffer.from(bytes), 'cp950');
  }
}
