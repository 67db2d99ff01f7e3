// Columns of a table from where its text lies: a gutter is a stretch of x no line's text covers,
// with text on both sides. Lines need not have text on both sides themselves (cells centred in
// their rows put their lines at heights of their own), and a title row may cross a gutter.
import type { PdfTextPiece, TextLine } from './pdf-text-lines.ts';

// A gutter is wider than this (ems): wider than the gap Chinese text leaves beside digits, which
// may line up in a column (「預計於 115年…」 on every line). Narrow columns filled with text leave
// two cells' padding between them, down to NARROW_GUTTER: between Chinese text, that is a gutter.
const GUTTER = 0.25;
const NARROW_GUTTER = 0.15;

/** A stretch of x (points). */
export interface Gutter {
  readonly from: number;
  readonly to: number;
}

/** The gutters of the lines; a header's lines (centred words in narrow columns) may come closer to a gutter than a gutter is wide, not cross it. */
export function guttersOf(lines: readonly TextLine[], header: readonly TextLine[] = []): Gutter[] {
  const all = [...header, ...lines];
  if (all.length === 0) return [];
  const size = all[0]?.size ?? 10;
  const left = Math.min(...all.map((line) => line.x));
  const right = Math.max(...all.map((line) => line.end));
  const gaps = columnGaps(
    lines.filter((line) => !isTitle([line], left, right)).flatMap((line) => line.pieces),
    size,
  );
  // A header's words, centred in narrow columns, may come closer than a gutter; they do not cross one.
  const headerPieces = header.filter((line) => !isTitle([line], left, right)).flatMap((line) => line.pieces);
  return gaps.filter((gap) => !headerPieces.some((piece) => piece.x < gap.from && piece.x + piece.width > gap.to));
}

/** Whether the lines are one run of text across half of `left`–`right`, from its left or centred: a title row, or prose. */
export function isTitle(lines: readonly TextLine[], left: number, right: number): boolean {
  const size = lines[0]?.size ?? 10;
  const pieces = lines.flatMap((line) => line.pieces);
  if (pieces.length === 0 || columnGaps(pieces, size).length > 0) return false;
  const start = Math.min(...pieces.map((piece) => piece.x));
  const end = Math.max(...pieces.map((piece) => piece.x + piece.width));
  const centred = Math.abs((start + end) / 2 - (left + right) / 2) <= 2 * size;
  return (start <= left + 2 * size || centred) && end - start >= (right - left) / 2;
}

/** The gaps between the stretches of x the pieces cover that may part two columns. */
export function columnGaps(pieces: readonly PdfTextPiece[], size: number): Gutter[] {
  const runs = runsOf(pieces, NARROW_GUTTER * size);
  return runs
    .slice(1)
    .map((run, i) => ({ from: (runs[i] as Gutter).to, to: run.from }))
    .filter((gap) => gap.to - gap.from >= GUTTER * size || betweenChinese(pieces, gap));
}

/**
 * The gutters that part a table's columns: those where the text of two lines or more starts (a
 * column's text starts at one place line after line), not a gap in one line's text that no other
 * line reaches across (beside a number set apart in a sentence); a row of one line (a header at the
 * foot of a page) has its own.
 */
export function columnGutters(lines: readonly TextLine[], header: readonly TextLine[] = []): Gutter[] {
  const size = lines[0]?.size ?? header[0]?.size ?? 10;
  const all = [...header, ...lines];
  return guttersOf(lines, header).filter((gutter) => startingAt(all, gutter.to, size) >= Math.min(2, all.length));
}

// How many lines have a piece starting within half an em after x.
function startingAt(lines: readonly TextLine[], x: number, size: number): number {
  return lines.filter((line) => line.pieces.some((piece) => piece.x >= x - 0.5 && piece.x <= x + size / 2)).length;
}

// A narrow gap is a gutter only where Chinese text ends before it and Chinese text starts after it:
// beside digits or Latin letters it may be the space Chinese text keeps from them.
function betweenChinese(pieces: readonly PdfTextPiece[], gap: Gutter): boolean {
  const chinese = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
  const ending = pieces.filter((piece) => Math.abs(piece.x + piece.width - gap.from) <= 0.5);
  const starting = pieces.filter((piece) => Math.abs(piece.x - gap.to) <= 0.5);
  return ending.some((piece) => chinese.test(piece.text.at(-1) ?? '')) && starting.some((piece) => chinese.test(piece.text[0] ?? ''));
}

// The stretches of x the pieces cover, joined across gaps narrower than `gap`.
function runsOf(pieces: readonly PdfTextPiece[], gap: number): Gutter[] {
  const runs: { from: number; to: number }[] = [];
  for (const piece of [...pieces].sort((a, b) => a.x - b.x)) {
    const last = runs.at(-1);
    if (last && piece.x < last.to + gap) last.to = Math.max(last.to, piece.x + piece.width);
    else runs.push({ from: piece.x, to: piece.x + piece.width });
  }
  return runs;
}
