// Which text a CSV tab holds. Its bytes are read as any text file's (text-file-decoding.ts), with
// Excel's 「Unicode 文字」 (UTF-16 LE with a BOM) tab-separated. The first bytes decide: NUL bytes
// without a BOM mean a kind of file we do not read (UTF-16 without a BOM, UTF-32, a workbook saved
// as .csv), named in the message, unless they are a stray one or two in text. A file that is
// neither UTF-8 nor CP950 throughout — UTF-8 with a few Big5 bytes pasted in, Big5 with bytes CP950
// has no character for — is not read at all: its text would come back with U+FFFD in place of
// those bytes, and a run writing the tab back would destroy them for good.
import iconv from 'iconv-lite';
import * as msg from '../../../shared/messages/functions/index.ts';
import type { StrayLine } from '../../text-file/stray-line.ts';
import { byteOrderMark, decodeTextBytes, type TextEncoding } from '../../text-file/text-file-decoding.ts';

/** The encodings a CSV tab is read in. */
export type CsvEncoding = TextEncoding;

/** How a CSV tab's text is to be read. */
export interface CsvFormat {
  readonly encoding: CsvEncoding;
  readonly delimiter: ',' | '\t';
}

/** The file's kind as found, when it is not text we read: a key of msg.csvEncodings. */
export type UnreadableKind = 'utf32' | 'utf16NoBom' | 'zip' | 'binary';

/** How many first bytes sniffCsv looks at. */
export const SNIFF_BYTES = 4096;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** What the first bytes of a CSV file say it holds (UTF-8 unless they say otherwise). */
export function sniffCsv(
  head: Uint8Array,
): { readonly ok: true; readonly format: CsvFormat } | { readonly ok: false; readonly kind: UnreadableKind } {
  const bom = byteOrderMark(head);
  if (bom === 'utf8') return { ok: true, format: { encoding: 'utf8', delimiter: ',' } };
  if (bom === 'utf32') return { ok: false, kind: 'utf32' };
  if (bom !== null) return { ok: true, format: { encoding: bom, delimiter: delimiterOf(iconv.decode(Buffer.from(head), bom)) } };
  if (ZIP.every((byte, i) => head[i] === byte)) return { ok: false, kind: 'zip' };
  const nul = head.indexOf(0);
  if (nul >= 0 && !textWithStrayNuls(head)) return { ok: false, kind: looksUtf16(head) ? 'utf16NoBom' : 'binary' };
  return { ok: true, format: { encoding: 'utf8', delimiter: ',' } };
}

/** How a message names an encoding or a kind of file. */
export function encodingName(encoding: CsvEncoding | UnreadableKind): string {
  return msg.csvEncodings[encoding];
}

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

/** A whole CSV file's text without its BOM and how it was read, or the line where its bytes leave its encoding. */
export type DecodedCsv =
  | { readonly ok: true; readonly text: string; readonly format: CsvFormat }
  | { readonly ok: false; readonly stray: StrayLine };

/** Decodes a whole CSV file's bytes in the format sniffCsv found: CP950 when they are not UTF-8, neither when CP950 cannot read them either. */
export function decodeCsvBytes(bytes: Buffer, sniffed: CsvFormat): DecodedCsv {
  const decoded = decodeTextBytes(bytes, sniffed.encoding);
  return decoded.ok ? { ok: true, text: decoded.text, format: { ...sniffed, encoding: decoded.encoding } } : decoded;
}

/** The text in the encoding, or null when the encoding has no bytes for one of its characters (CP950 lacks many). */
export function encodeCsvText(text: string, encoding: CsvEncoding): Buffer | null {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const bytes = iconv.encode(text, encoding);
  return iconv.decode(bytes, encoding) === text ? bytes : null;
}
