// Lines of text from positioned pieces, and the spaces between them. A PDF has no space
// characters to trust between pieces: pdf.js invents one wherever glyphs stand a little apart, and
// LibreOffice and Word set Chinese a fifth of an em apart from Latin letters and digits without
// any space in the text. So a space is written only where the gap is as wide as a real one (a
// quarter of an em): none is invented inside Chinese text, and units written a space apart
// (「民政課 役政災防課」) stay apart.

/** A piece of text on a page: where its baseline starts (PDF points, y upwards), its width and font size. */
export interface PdfTextPiece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A run of a line's text with no wide gap in it (a table's columns stand further apart). */
export interface TextSegment {
  readonly x: number;
  readonly end: number;
  readonly text: string;
}

/** Pieces on one baseline, left to right: its segments, and its text (segments a space apart). */
export interface TextLine {
  readonly y: number;
  readonly size: number;
  readonly x: number;
  readonly end: number;
  readonly pieces: readonly PdfTextPiece[];
  readonly segments: readonly TextSegment[];
  readonly text: string;
}

// A gap this wide (ems) is a space.
const SPACE_GAP = 0.25;
// A gap wider than this many ems splits a line into segments: columns of a table without rules.
const SEGMENT_GAP = 1.2;

/** The pieces grouped into lines by baseline, top of the page first. */
export function linesOf(pieces: readonly PdfTextPiece[]): TextLine[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextPiece[][] = [];
  for (const piece of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - piece.y) <= 0.4 * Math.max(first.size, piece.size)) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map(lineOf);
}

/** One line of pieces (in any order). */
export function lineOf(pieces: readonly PdfTextPiece[]): TextLine {
  const inOrder = [...pieces].sort((a, b) => a.x - b.x);
  const size = Math.max(...inOrder.map((piece) => piece.size));
  const segments: { x: number; end: number; text: string }[] = [];
  for (const piece of inOrder) {
    const last = segments.at(-1);
    const gap = last ? piece.x - last.end : Number.POSITIVE_INFINITY;
    if (last && gap < SEGMENT_GAP * size) {
      last.text = joinPieces(last.text, piece.text, gap / piece.size);
      last.end = Math.max(last.end, piece.x + piece.width);
    } else segments.push({ x: piece.x, end: piece.x + piece.width, text: piece.text });
  }
  return {
    y: inOrder[0]?.y ?? 0,
    size,
    x: inOrder[0]?.x ?? 0,
    end: Math.max(...segments.map((segment) => segment.end)),
    pieces: inOrder,
    segments,
    text: segments.map((segment) => segment.text.trim()).join(' '),
  };
}

/** Two pieces of one line joined, `gap` ems apart: with a space only where the gap is one. */
export function joinPieces(before: string, after: string, gap: number): string {
  if (/\s$/u.test(before) || /^\s/u.test(after)) return before + after;
  return gap >= SPACE_GAP ? `${before} ${after}` : before + after;
}

/**
 * How wide the first word of a line is: what a line break could not have split. That is its first
 * Chinese word (taken as two characters: LibreOffice breaks Chinese between dictionary words) or
 * Latin word (a web address whole), with opening brackets before it and the punctuation that may not
 * start a line after it (「念，」「(第」), as LibreOffice and Word break lines.
 */
export function firstWordWidth(line: TextLine): number {
  const characters = line.pieces.flatMap((piece) => {
    const width = characterWidth(piece);
    return [...piece.text].map((character) => ({ character, width: width(character) }));
  });
  const text = characters.map((c) => c.character).join('');
  const word = FIRST_WORD.exec(text)?.[0] ?? text.slice(0, 1);
  return characters.slice(0, [...word].length).reduce((sum, c) => sum + c.width, 0);
}

const OPENING = '(（「『【〔《〈“‘\\[';
const CLOSING = '，。、；：！？）」』】〕》〉”’,.;:!?)\\]';
const FIRST_WORD = new RegExp(
  `^[${OPENING}]*(?:\\p{Script=Han}{1,2}|[\\u3000-\\u303f\\uff00-\\uffef]|[^\\s\\p{Script=Han}]+)[${CLOSING}]*`,
  'u',
);

/**
 * The piece cut where it crosses a boundary (a column's edge): pdf.js joins glyphs that touch, and
 * text wrapped to a cell's edge may touch the next cell's. Its characters are taken as equally wide, as Chinese text is.
 */
export function splitAtBoundaries(piece: PdfTextPiece, boundaries: readonly number[]): PdfTextPiece[] {
  const characters = [...piece.text];
  const next = boundaries.find((at) => at > piece.x + 0.5 * piece.size && at < piece.x + piece.width - 0.5 * piece.size);
  if (next === undefined || characters.length < 2) return [piece];
  const each = piece.width / characters.length;
  const cut = Math.min(characters.length - 1, Math.max(1, Math.round((next - piece.x) / each)));
  const head = { ...piece, text: characters.slice(0, cut).join(''), width: cut * each };
  const tail = { ...piece, text: characters.slice(cut).join(''), x: piece.x + cut * each, width: piece.width - cut * each };
  return [head, ...splitAtBoundaries(tail, boundaries)];
}

/**
 * The piece cut at its spaces, each part placed where its characters stand: pdf.js joins text on
 * one baseline into a piece across a space, even from one table column into the next (「人文課
 * 加蚋豆陣來」), and writes a space into a piece wherever glyphs stand a little apart. With
 * Chinese characters an em wide (characterWidth), the gaps left where the spaces were are about as
 * wide as they were drawn, and give the spaces back only where they were real (joinPieces).
 */
export function splitAtSpaces(piece: PdfTextPiece): PdfTextPiece[] {
  if (!/\s/u.test(piece.text)) return [piece];
  const width = characterWidth(piece);
  const parts: PdfTextPiece[] = [];
  let x = piece.x;
  for (const token of piece.text.split(/(\s+)/u).filter((each) => each !== '')) {
    const tokenWidth = [...token].reduce((sum, character) => sum + width(character), 0);
    if (token.trim() !== '') parts.push({ ...piece, text: token, x, width: tokenWidth });
    x += tokenWidth;
  }
  return parts;
}

// How wide each character of a piece is: Chinese an em, the others (a Latin letter about half an
// em, a space a third) sharing what is left of the piece's width, unless it is narrower than that allows.
function characterWidth(piece: PdfTextPiece): (character: string) => number {
  const characters = [...piece.text];
  const chinese = characters.filter((character) => CHINESE.test(character)).length;
  const other = (character: string) => (/\s/u.test(character) ? 0.3 : 0.55);
  const others = characters.reduce((sum, character) => sum + (CHINESE.test(character) ? 0 : other(character)), 0);
  const left = piece.width - chinese * piece.size;
  if (left > 0 && others > 0) return (character) => (CHINESE.test(character) ? piece.size : (other(character) * left) / others);
  return (character) => ((CHINESE.test(character) ? 1 : other(character)) * piece.width) / Math.max(0.01, chinese + others);
}

const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
