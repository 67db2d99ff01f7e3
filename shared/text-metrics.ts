// How much room text takes in a cell of our font (Noto Sans CJK TC), for laying out pages and
// sizing rows without LibreOffice: how many lines a cell's text wraps to in a given width. Measured on
// LibreOffice 7.4's Writer: CJK characters and full-width punctuation are 1 em wide, Latin
// letters and digits about half an em (0.6 is used to err long); a line is 1.45 em tall.

/** The height of one line of text, in em. */
export const LINE_HEIGHT_EM = 1.45;
const NARROW_EM = 0.6;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;
// Punctuation a line may not start with (kinsoku): LibreOffice carries the character before it
// down with it, so such a line is one character shorter than the width allows.
const NO_LINE_START = /[，。、；：！？）」』】〕〉》…,.;:!?)\]}]/u;
// Latin words and numbers wrap as a whole.
const WORD = /[A-Za-z0-9@#$%&'"._/\\:+=*-]/u;

/** The width of a character in em. */
const charWidthEm = (char: string): number => (WIDE.test(char) ? 1 : NARROW_EM);

/** The width of a line of text in em. */
export function textWidthEm(line: string): number {
  let width = 0;
  for (const char of line) width += charWidthEm(char);
  return width;
}

/** How many lines `text` takes in a box `widthEm` wide: each of its lines wrapped at characters (CJK) or words (Latin), never below 1. */
export function wrappedLines(text: string, widthEm: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/u)) lines += paragraphLines(paragraph, Math.max(1, widthEm));
  return Math.max(1, lines);
}

function paragraphLines(paragraph: string, width: number): number {
  const chars = [...paragraph];
  let lines = 1;
  let used = 0;
  let i = 0;
  while (i < chars.length) {
    // A Latin word moves to the next line whole when it fits on one.
    let end = i + 1;
    if (WORD.test(chars[i] ?? '')) while (end < chars.length && WORD.test(chars[end] ?? '')) end++;
    const piece = chars.slice(i, end);
    const pieceWidth = piece.reduce((sum, char) => sum + charWidthEm(char), 0);
    if (used + pieceWidth <= width || used === 0) {
      if (pieceWidth > width) {
        // A word longer than the line breaks anywhere; its last line may be full.
        const more = Math.ceil(pieceWidth / width) - 1;
        lines += more;
        used = pieceWidth - more * width;
      } else used += pieceWidth;
      i = end;
      continue;
    }
    lines++;
    // The character before a punctuation mark that may not start a line comes down with it, when
    // the two fit on a line together.
    const carried = NO_LINE_START.test(piece[0] ?? '') && i > 0 ? charWidthEm(chars[i - 1] ?? '') : 0;
    used = carried + pieceWidth <= width ? carried : 0;
  }
  return lines;
}
