// Where a text file's bytes leave its encoding. A file that is neither UTF-8 nor CP950 throughout is
// most often one of them with a few lines of the other pasted in (a cell copied from an old Big5
// file into a UTF-8 one), so the file's encoding is the one most of its lines with non-ASCII text
// are in, and the line to fix is the first that is not in it. A line end (0x0a) is never part of a
// UTF-8 or CP950 character, so each line can be judged on its own.
import iconv from 'iconv-lite';

/** The encoding most of a file's lines are in, and the first line (1-based, as a text editor counts) whose bytes are not in it. */
export interface StrayLine {
  readonly encoding: 'utf8' | 'cp950';
  readonly line: number;
}

/** Where the bytes, which neither UTF-8 nor CP950 reads whole, leave `encoding` (a UTF-8 BOM says it), else the one most of their lines are in. */
export function strayLine(bytes: Buffer, encoding?: StrayLine['encoding']): StrayLine {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let utf8Lines = 0;
  let cp950Lines = 0;
  let firstNotUtf8 = 0;
  let firstNotCp950 = 0;
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    const lineEnd = bytes.indexOf(0x0a, start);
    const end = lineEnd === -1 ? bytes.length : lineEnd;
    const piece = bytes.subarray(start, end);
    line++;
    start = end + 1;
    if (piece.every((byte) => byte < 0x80)) continue;
    const isUtf8 = readsAs(() => utf8.decode(piece));
    const isCp950 = !iconv.decode(piece, 'cp950').includes('\uFFFD');
    if (isUtf8) utf8Lines++;
    else if (isCp950) cp950Lines++;
    if (!isUtf8 && firstNotUtf8 === 0) firstNotUtf8 = line;
    if (!isCp950 && firstNotCp950 === 0) firstNotCp950 = line;
  }
  const found = encoding ?? (utf8Lines >= cp950Lines ? 'utf8' : 'cp950');
  return { encoding: found, line: found === 'utf8' ? firstNotUtf8 : firstNotCp950 };
}

function readsAs(decode: () => string): boolean {
  try {
    decode();
    return true;
  } catch {
    return false;
  }
}
