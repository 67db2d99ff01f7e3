// Tables ruled only across (horizontal rules between rows, none down the columns): the rules give
// the rows, and a rule that stops short of the table's side (under a cell merged down beside it)
// gives a column's edge; the other columns are where the text leaves a gap on every line (a
// gutter). Walls are then drawn where the rules are missing, so the grid is read as a ruled one
// (pdf-ruled-grid.ts), merged cells and all. A band between two rules holding only lines that cross
// a gutter in one piece (prose between two tables, a title row) or nothing is not part of a table.
import type { RuledGrid } from './pdf-ruled-grid.ts';
import type { Rule } from './pdf-rulings.ts';
import { isTitle } from './pdf-text-columns.ts';
import { textGrid } from './pdf-text-grid.ts';
import { linesOf, type PdfTextPiece } from './pdf-text-lines.ts';

// Rules this close (points) are on one line.
const NEAR = 2.5;

/** The tables that rules across the page and the gaps in its text draw together. */
export function openGrids(across: readonly Rule[], pieces: readonly PdfTextPiece[]): RuledGrid[] {
  return stacksOf(across).flatMap((stack) => tablesIn(stack, pieces));
}

// Rules one below another whose extents overlap by half the shorter, top first.
function stacksOf(rules: readonly Rule[]): Rule[][] {
  const stacks: Rule[][] = [];
  for (const rule of [...rules].sort((a, b) => b.at - a.at)) {
    const stack = stacks.find((candidate) =>
      candidate.some((other) => overlap(other, rule) >= 0.5 * Math.min(other.to - other.from, rule.to - rule.from)),
    );
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
    if (i > start) grids.push(...textGrid(stack, ys.slice(start, i + 1), bands.slice(start, i), from, to));
    start = i + 1;
  });
  if (bands.length > start) grids.push(...textGrid(stack, ys.slice(start), bands.slice(start), from, to));
  return grids;
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
