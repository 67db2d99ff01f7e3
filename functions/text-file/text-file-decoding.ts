// A text file's bytes as text. Agencies' text files (CSV tabs, plans saved from Notepad or Word)
// come as UTF-8 (with or without a BOM), as CP950 (Big5) from older Windows programs, and as
// 「Unicode」 text: UTF-16 with a BOM. A BOM names the encoding; without one the bytes are UTF-8, or
// CP950 when they turn out not to be UTF-8. Bytes that are neither throughout are not guessed at:
// the caller is told the line where they leave the file's encoding (stray-line.ts).
import iconv from 'iconv-lite';
import { type StrayLine, strayLine } from './stray-line.ts';

/** The encodings a text file is read in. */
export type TextEncoding = 'utf8' | 'cp950' | 'utf16le' | 'utf16be';

const BOMS = [
  ['utf8', [0xef, 0xbb, 0xbf]],
  // UTF-32 LE's BOM starts as UTF-16 LE's does: it is looked for first.
  ['utf32', [0xff, 0xfe, 0x00, 0x00]],
  ['utf32', [0x00, 0x00, 0xfe, 0xff]],
  ['utf16le', [0xff, 0xfe]],
  ['utf16be', [0xfe, 0xff]],
] as const;

/** The encoding a file's byte-order mark names (UTF-32, which is not read, included), or null when it has none. */
export function byteOrderMark(head: Uint8Array): 'utf8' | 'utf16le' | 'utf16be' | 'utf32' | null {
  return BOMS.find(([, bom]) => bom.every((byte, i) => head[i] === byte))?.[0] ?? null;
}

/** The bytes are not UTF-8: read them as CP950. */
class NotUtf8 extends Error {}

/** A decoder for bytes arriving in pieces (a character may be split between two); UTF-8 throws NotUtf8 rather than guessing. */
export function pieceDecoder(encoding: TextEncoding): { write(bytes: Buffer): string; end(): string } {
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

/** A whole file's text without its BOM and the encoding it was read in, or the line where its bytes leave its encoding. */
export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly stray: StrayLine };

/**
 * Decodes a whole file's bytes in `encoding`: CP950 when UTF-8 was expected and the bytes are not
 * (unless a UTF-8 BOM says they must be), neither when CP950 cannot read them either.
 */
export function decodeTextBytes(bytes: Buffer, encoding: TextEncoding): DecodedText {
  try {
    return { ok: true, text: decodedText(bytes, encoding), encoding };
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
  }
  if (byteOrderMark(bytes) === 'utf8') return { ok: false, stray: strayLine(bytes, 'utf8') };
  const text = decodedText(bytes, 'cp950');
  // CP950 has no character that decodes to U+FFFD: one in the text stands for bytes it could not read.
  if (!text.includes('\uFFFD')) return { ok: true, text, encoding: 'cp950' };
  return { ok: false, stray: strayLine(bytes) };
}

/**
 * A whole text file's text, for a reader that does not write it back: UTF-8 (BOM or not), UTF-16
 * with a BOM, otherwise CP950, where bytes it cannot read become U+FFFD.
 * @example decodeTextFile(iconv.encode('臺北市萬華區', 'cp950')) // → '臺北市萬華區'
 */
export function decodeTextFile(bytes: Uint8Array): string {
  const whole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = byteOrderMark(whole);
  const decoded = decodeTextBytes(whole, bom === 'utf16le' || bom === 'utf16be' ? bom : 'utf8');
  return decoded.ok ? decoded.text : iconv.decode(whole, 'cp950');
}

// The text of the bytes, without a BOM; UTF-8 that is not throws NotUtf8.
function decodedText(bytes: Buffer, encoding: TextEncoding): string {
  const decoder = pieceDecoder(encoding);
  const text = decoder.write(bytes) + decoder.end();
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
