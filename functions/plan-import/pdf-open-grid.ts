// Tables ruled only across (horizontal rules between rows, none down the columns): the rules give
// the rows, and a rule that stops short of the table's side (under a cell merged down beside it)
// gives a column's edge; the other columns are where the text leaves a gap on every line (a
// gutter). Walls are then drawn where the rules are missing, so the grid is read as a ruled one
// (pdf-ruled-grid.ts), merged cells and all. A band between two rules holding only lines that cross
// a gutter in one piece (prose between two tables, a title row) or nothing is not part of a table.
import { gridOf, type RuledGrid } from './pdf-ruled-grid.ts';
import type { Rule } from './pdf-rulings.ts';
import { linesOf, type PdfTextPiece, type TextLine } from './pdf-text-lines.ts';

// Rules this close (points) are on one line or end at one edge.
const NEAR = 2.5;
// A gutter is wider than this (ems): wider than the gap Chinese text leaves beside digits, which
// may line up in a column (「預計於 115年…」 on every line). Narrow columns filled with text leave
// two cells' padding between them, down to NARROW_GUTTER: between Chinese text, that is a gutter.
const GUTTER = 0.25;
const NARROW_GUTTER = 0.15;
// How far left of a column's text its edge is placed (points).
const EDGE = 0.5;

/** The tables that rules across the page and the gaps in its text draw together. */
export function openGrids(across: readonly Rule[], pieces: readonly PdfTextPiece[]): RuledGrid[] {
  return stacksOf(across).flatMap((stack) => tablesIn(stack, pieces));
}

// Rules one below another whose extents overlap by half the shorter, top first.
function stacksOf(rules: readonly Rule[]): Rule[][] {
  const stacks: Rule[][] = [];
  for (const rule of [...rules].sort((a, b) => b.at - a.at)) {
    const stack = stacks.find((candidate) => candidate.some((other) => overlap(other, rule) >= 0.5 * Math.min(other.to - other.from, rule.to - rule.from)));
    if (stack) stack.push(rule);
    else stacks.push([rule]);
  }
  return stacks.filter((stack) => new Set(stack.map((rule) => Math.round(rule.at))).size >= 2);
}

function overlap(a: Rule, b: Rule): number {
  return Math.min(a.to, b.to) - Math.max(a.from, b.from);
}

// A stack's bands (between one rule's line and the next) are a table's rows, except a band with
// nothing in it, or with one run of text from the table's left across half its width (a title
// row, prose between two tables): there a table ends, and the next may begin.
function tablesIn(stack: readonly Rule[], pieces: readonly PdfTextPiece[]): RuledGrid[] {
  const from = Math.min(...stack.map((rule) => rule.from));
  const to = Math.max(...stack.map((rule) => rule.to));
  const ys = lineYs(stack);
  const inside = pieces.filter((piece) => piece.x + piece.width / 2 > from && piece.x + piece.width / 2 < to);
  const bands = ys.slice(1).map((bottom, i) => linesOf(inside.filter((piece) => between(piece, bottom, ys[i] as number))));
  const left = Math.min(...bands.flat().map((line) => line.x));
  const right = Math.max(...bands.flat().map((line) => line.end));
  const grids: RuledGrid[] = [];
  let start = 0;
  bands.forEach((lines, i) => {
    if (lines.length > 0 && !isTitle(lines, left, right)) return;
    if (i > start) grids.push(...gridOfBands(stack, ys.slice(start, i + 1), bands.slice(start, i), from, to));
    start = i + 1;
  });
  if (bands.length > start) grids.push(...gridOfBands(stack, ys.slice(start), bands.slice(start), from, to));
  return grids;
}

// One run of text (no gap in it wider than a gutter) across half the table, from its left or
// centred on it: a title row, or prose.
function isTitle(lines: readonly TextLine[], left: number, right: number): boolean {
  const size = lines[0]?.size ?? 10;
  const pieces = lines.flatMap((line) => line.pieces);
  if (pieces.length === 0 || columnGaps(pieces, size).length > 0) return false;
  const start = Math.min(...pieces.map((piece) => piece.x));
  const end = Math.max(...pieces.map((piece) => piece.x + piece.width));
  const centred = Math.abs((start + end) / 2 - (left + right) / 2) <= 2 * size;
  return (start <= left + 2 * size || centred) && end - start >= (right - left) / 2;
}

// The gaps between the stretches of x the pieces cover that may part two columns.
function columnGaps(pieces: readonly PdfTextPiece[], size: number): Gutter[] {
  const runs = runsOf(pieces, NARROW_GUTTER * size);
  return runs
    .slice(1)
    .map((run, i) => ({ from: (runs[i] as Gutter).to, to: run.from }))
    .filter((gap) => gap.to - gap.from >= GUTTER * size || betweenChinese(pieces, gap));
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

// The table the bands from ys[0] to ys.at(-1) make: its rules, and a wall at each column edge in
// each band that no text crosses.
function gridOfBands(stack: readonly Rule[], ys: readonly number[], bands: readonly TextLine[][], from: number, to: number): RuledGrid[] {
  const top = ys[0] as number;
  const bottom = ys.at(-1) as number;
  const rules = stack.filter((rule) => rule.at <= top + NEAR && rule.at >= bottom - NEAR);
  // The first band is the header when there is one.
  const gutters = bands.length > 1 ? guttersOf(bands.slice(1).flat(), bands[0]) : guttersOf(bands.flat());
  // A rule ending in a gutter ends at that column's edge.
  const ends = rules.flatMap((rule) => [rule.from, rule.to]).filter((x) => x > from + NEAR && x < to - NEAR && !gutters.some((gutter) => x >= gutter.from - NEAR && x <= gutter.to + NEAR));
  // A column's edge is just left of where its text starts (left-aligned text starts at one place on every page; where it ends depends on the words).
  const xs = [...new Set([...gutters.map((gutter) => gutter.to - EDGE), ...ends].map((x) => Math.round(x * 2) / 2))].sort((a, b) => a - b);
  if (xs.length === 0) return [];
  const walls: Rule[] = [from, to].map((x) => ({ at: x, from: bottom, to: top }));
  const edges = [from, ...xs, to];
  bands.forEach((lines, i) => {
    const [upper, lower] = [ys[i] as number, ys[i + 1] as number];
    xs.forEach((x, k) => {
      const pieces = lines.flatMap((line) => line.pieces);
      const crossed = pieces.some((piece) => piece.x < x - NEAR && piece.x + piece.width > x + NEAR);
      if (!crossed && !centredOver(pieces, edges[k] as number, x, edges[k + 2] as number)) walls.push({ at: x, from: lower, to: upper });
    });
  });
  const grid = gridOf(rules, walls);
  // Text keeps from a column's edge what it keeps from the next column's text: half the narrowest gutter.
  const padding = Math.min(0.5 * (bands.flat()[0]?.size ?? 10), ...gutters.map((gutter) => (gutter.to - gutter.from) / 2));
  return grid && grid.cells.length >= 2 ? [{ ...grid, padding }] : [];
}

// Text on one side of an edge only, centred on both columns together: a heading over a merged cell
// (執行要項 over two columns), which a narrow first column leaves wholly in the second.
function centredOver(pieces: readonly PdfTextPiece[], left: number, edge: number, right: number): boolean {
  const before = pieces.filter((piece) => piece.x + piece.width / 2 > left && piece.x + piece.width / 2 < edge);
  const after = pieces.filter((piece) => piece.x + piece.width / 2 > edge && piece.x + piece.width / 2 < right);
  const text = before.length === 0 ? after : after.length === 0 ? before : [];
  if (text.length === 0) return false;
  const start = Math.min(...text.map((piece) => piece.x));
  const end = Math.max(...text.map((piece) => piece.x + piece.width));
  const middle = (start + end) / 2;
  const size = text[0]?.size ?? 10;
  const own = before.length === 0 ? (edge + right) / 2 : (left + edge) / 2;
  // Text set against the edge (left-aligned after it, as the column's text starts; right-aligned before it) is its column's own.
  const againstEdge = before.length === 0 ? start < edge + 4 * EDGE : end > edge - size / 2;
  return !againstEdge && Math.abs(middle - (left + right) / 2) < Math.min(Math.abs(middle - own), size);
}

interface Gutter {
  readonly from: number;
  readonly to: number;
}

// Where no line's text lies, between text on the left and text on the right: the gaps between the
// runs of all the lines' text together. A title row may cross them. Lines need not have text on
// both sides themselves: cells centred in their rows put their lines at heights of their own.
function guttersOf(lines: readonly TextLine[], header: readonly TextLine[] = []): Gutter[] {
  const all = [...header, ...lines];
  if (all.length === 0) return [];
  const size = all[0]?.size ?? 10;
  const left = Math.min(...all.map((line) => line.x));
  const right = Math.max(...all.map((line) => line.end));
  const gaps = columnGaps(lines.filter((line) => !isTitle([line], left, right)).flatMap((line) => line.pieces), size);
  // A header's words, centred in narrow columns, may come closer than a gutter; they do not cross one.
  const headerPieces = header.filter((line) => !isTitle([line], left, right)).flatMap((line) => line.pieces);
  return gaps.filter((gap) => !headerPieces.some((piece) => piece.x < gap.from && piece.x + piece.width > gap.to));
}

function between(piece: PdfTextPiece, bottom: number, top: number): boolean {
  const middle = piece.y + piece.size / 3;
  return middle > bottom && middle < top;
}

// The heights of the stack's rules, top first, those within NEAR of each other as one.
function lineYs(stack: readonly Rule[]): number[] {
  const ys: number[] = [];
  for (const y of stack.map((rule) => rule.at).sort((a, b) => b - a)) if (ys.length === 0 || (ys.at(-1) as number) - y > NEAR) ys.push(y);
  return ys;
}
