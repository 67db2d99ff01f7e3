// Which text a CSV tab holds. Agencies' files come as UTF-8 (with or without a BOM), as CP950
// (Big5) from older Excel, and as Excel's 「Unicode 文字」: UTF-16 LE with a BOM, tab-separated. The
// first bytes decide: a BOM names UTF-8 or UTF-16; NUL bytes without one mean a kind of file we do
// not read (UTF-16 without a BOM, UTF-32, a workbook saved as .csv), named in the message, unless
// they are a stray one or two in text; anything
// else is UTF-8, or CP950 when its bytes turn out not to be UTF-8 (the reader tries again). A file
// that is neither — UTF-8 with a few Big5 bytes pasted in, Big5 with bytes CP950 has no character
// for — is not read at all: its text would come back with U+FFFD in place of those bytes, and a
// run writing the tab back would destroy them for good (csv-stray-line.ts names the line).
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import * as msg from '../../../shared/messages.ts';
import { type StrayLine, strayLine } from './csv-stray-line.ts';

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
  const starts = (bytes: readonly number[]) => startsWith(head, bytes);
  if (starts(UTF8)) return { ok: true, format: { encoding: 'utf8', delimiter: ',' } };
  if (starts(UTF32LE) || starts(UTF32BE)) return { ok: false, kind: 'utf32' };
  for (const [bom, encoding] of [[UTF16LE, 'utf16le'], [UTF16BE, 'utf16be']] as const) {
    if (starts(bom)) return { ok: true, format: { encoding, delimiter: delimiterOf(iconv.decode(Buffer.from(head), encoding)) } };
  }
  if (starts(ZIP)) return { ok: false, kind: 'zip' };
  const nul = head.indexOf(0);
  if (nul >= 0 && !textWithStrayNuls(head)) return { ok: false, kind: looksUtf16(head) ? 'utf16NoBom' : 'binary' };
  return { ok: true, format: { encoding: 'utf8', delimiter: ',' } };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
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

// A NUL byte or two in text (a sync client's glitch) is kept as a character, as it is when it comes
// after the first bytes; UTF-16 has one every few characters and binary files other control bytes too.
function textWithStrayNuls(head: Uint8Array): boolean {
  let nuls = 0;
  for (const byte of head) {
    if (byte === 0) nuls++;
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return nuls <= Math.max(1, head.length / 100);
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

/** A whole CSV file's text without its BOM and how it was read, or the line where its bytes leave its encoding. */
export type DecodedCsv = { readonly ok: true; readonly text: string; readonly format: CsvFormat } | { readonly ok: false; readonly stray: StrayLine };

/** Decodes a whole CSV file's bytes in the format sniffCsv found: CP950 when they are not UTF-8, neither when CP950 cannot read them either. */
export function decodeCsvBytes(bytes: Buffer, sniffed: CsvFormat): DecodedCsv {
  try {
    return { ok: true, text: decodedText(bytes, sniffed.encoding), format: sniffed };
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
  }
  if (startsWith(bytes, UTF8)) return { ok: false, stray: strayLine(bytes, 'utf8') };
  const text = decodedText(bytes, 'cp950');
  // CP950 has no character that decodes to U+FFFD: one in the text stands for bytes it could not read.
  if (!text.includes('\uFFFD')) return { ok: true, text, format: { ...sniffed, encoding: 'cp950' } };
  return { ok: false, stray: strayLine(bytes) };
}

/** The text in the encoding, or null when the encoding has no bytes for one of its characters (CP950 lacks many). */
export function encodeCsvText(text: string, encoding: CsvEncoding): Buffer | null {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const bytes = iconv.encode(text, encoding);
  return iconv.decode(bytes, encoding) === text ? bytes : null;
}

// The text of the bytes, without a BOM; UTF-8 that is not throws NotUtf8.
function decodedText(bytes: Buffer, encoding: CsvEncoding): string {
  const decoder = pieceDecoder(encoding);
  const text = decoder.write(bytes) + decoder.end();
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes a whole CSV file's bytes as a tab is read: UTF-8 (BOM or not), UTF-16 with a BOM, otherwise CP950 (bytes it cannot read as U+FFFD). */
export function decodeCsv(bytes: Uint8Array): string {
  const whole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sniffed = sniffCsv(whole.subarray(0, SNIFF_BYTES));
  const decoded = decodeCsvBytes(whole, sniffed.ok ? sniffed.format : { encoding: 'utf8', delimiter: ',' });
  return decoded.ok ? decoded.text : iconv.decode(whole, 'cp950');
}
