// A table's grid where rules are missing, drawn from its text: its columns where the text leaves
// gutters (pdf-text-columns.ts), a rule that stops short of the table's side (under a cell merged
// down beside it) marking a column's edge too; rows from the rules there are, and within a band
// holding several rows, where the text of every column leaves a gap. Walls are then drawn where no
// text crosses them, so the grid is read as a ruled one (pdf-ruled-grid.ts), merged cells and all.
import { gridOf, type RuledGrid } from './pdf-ruled-grid.ts';
import type { Rule } from './pdf-rulings.ts';
import { columnGutters } from './pdf-text-columns.ts';
import { linesOf, type PdfTextPiece, type TextLine } from './pdf-text-lines.ts';

// Rules this close (points) are on one line or end at one edge.
const NEAR = 2.5;
// How far left of a column's text its edge is placed (points).
const EDGE = 0.5;

/** The table the bands (the lines between one rule's height in `bandYs` and the next) make from `from` to `to`, with the rules across it: none when its text shows no columns. */
export function textGrid(
  across: readonly Rule[],
  bandYs: readonly number[],
  ruledBands: readonly TextLine[][],
  from: number,
  to: number,
): RuledGrid[] {
  const top = bandYs[0] as number;
  const bottom = bandYs.at(-1) as number;
  const ruled = across.filter((rule) => rule.at <= top + NEAR && rule.at >= bottom - NEAR);
  // The first band is the header when there is one.
  const gutters = ruledBands.length > 1 ? columnGutters(ruledBands.slice(1).flat(), ruledBands[0]) : columnGutters(ruledBands.flat());
  // A rule ending in a gutter ends at that column's edge.
  const ends = ruled
    .flatMap((rule) => [rule.from, rule.to])
    .filter((x) => x > from + NEAR && x < to - NEAR && !gutters.some((gutter) => x >= gutter.from - NEAR && x <= gutter.to + NEAR));
  // A column's edge is just left of where its text starts (left-aligned text starts at one place on every page; where it ends depends on the words).
  const xs = [...new Set([...gutters.map((gutter) => gutter.to - EDGE), ...ends].map((x) => Math.round(x * 2) / 2))].sort((a, b) => a - b);
  if (xs.length === 0) return [];
  // A table ruled only above and below (or below its header) has its rows in one band: they are
  // cut where the text of every column leaves a gap.
  const cuts = ruledBands.length <= 2 ? ruledBands.flatMap((lines) => rowCuts(lines, [from, ...xs, to])) : [];
  const rules = [...ruled, ...cuts.map((y) => ({ at: y, from, to }))];
  const rebuiltFrom = ruled.length > 0 && cuts.length === 0 ? 'rules-across' : 'text-positions';
  const ys = [...bandYs, ...cuts].sort((a, b) => b - a);
  const bands = ys
    .slice(1)
    .map((lower, i) => ruledBands.flat().filter((line) => line.y + line.size / 3 > lower && line.y + line.size / 3 < (ys[i] as number)));
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
  const grid = gridOf(rules, walls, rebuiltFrom);
  // Text keeps from a column's edge what it keeps from the next column's text: half the narrowest gutter.
  const padding = Math.min(0.5 * (ruledBands.flat()[0]?.size ?? 10), ...gutters.map((gutter) => (gutter.to - gutter.from) / 2));
  return grid && grid.cells.length >= 2 ? [{ ...grid, padding }] : [];
}

// Where rows part in a band of several: each column's lines make blocks (lines no further apart
// than wrapped lines are), and blocks of any column that overlap in height are one row; rows part
// halfway between. Cells centred in their rows, as LibreOffice sets them, overlap their row's
// tallest cell; cells set at the top of their rows, as Word sets them, start together.
function rowCuts(lines: readonly TextLine[], edges: readonly number[]): number[] {
  const parts = edges
    .slice(1)
    .map((right, c) =>
      linesOf(
        lines
          .flatMap((line) => line.pieces)
          .filter((piece) => piece.x + piece.width / 2 > (edges[c] as number) && piece.x + piece.width / 2 <= right),
      ),
    );
  const distances = parts
    .flatMap((column) => column.slice(1).map((line, i) => (column[i] as TextLine).y - line.y))
    .filter((d) => d >= 0.9 * (lines[0]?.size ?? 10));
  if (distances.length === 0) return [];
  const pitch = Math.min(...distances);
  const blocks: { top: number; bottom: number }[] = [];
  for (const column of parts) {
    let block: { top: number; bottom: number } | null = null;
    column.forEach((line, i) => {
      const [top, bottom] = [line.y + 0.8 * line.size, line.y - 0.25 * line.size];
      if (block && i > 0 && (column[i - 1] as TextLine).y - line.y <= 1.25 * pitch) block.bottom = bottom;
      else blocks.push((block = { top, bottom }));
    });
  }
  blocks.sort((a, b) => b.top - a.top);
  const rows: { top: number; bottom: number }[] = [];
  for (const block of blocks) {
    const row = rows.at(-1);
    if (row && block.top > row.bottom) row.bottom = Math.min(row.bottom, block.bottom);
    else rows.push({ ...block });
  }
  return rows.slice(1).map((row, i) => ((rows[i] as { bottom: number }).bottom + row.top) / 2);
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
