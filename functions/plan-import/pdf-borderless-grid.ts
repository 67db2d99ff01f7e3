// Tables drawn without any rule, found in a page's lines: a run of lines where text stands apart
// in columns (an em or more between, on one line) is a table's rows, together with the lines
// between and around them that keep to those columns. Its grid is then drawn from its text
// (pdf-text-grid.ts). Prose crosses the columns and ends it, and so does a gap of more than a few
// lines' height.
import type { RuledGrid } from './pdf-ruled-grid.ts';
import { columnGaps, type Gutter, guttersOf, isTitle } from './pdf-text-columns.ts';
import { textGrid } from './pdf-text-grid.ts';
import type { TextLine } from './pdf-text-lines.ts';

// Text this far apart on one line (ems) is in two columns.
const APART = 0.4;
// Lines further apart than this (ems, baseline to baseline) are not in one table.
const ROW_GAP = 3.5;

/** The tables among a page's lines (top first) that no rule draws. */
export function borderlessGrids(lines: readonly TextLine[]): RuledGrid[] {
  const apart = lines.map(isApart);
  const grids: RuledGrid[] = [];
  let index = 0;
  while (index < lines.length) {
    const first = apart.indexOf(true, index);
    if (first < 0) break;
    const region = regionFrom(lines, apart, first, index);
    const grid = region ? gridOfRegion(lines.slice(region[0], region[1])) : null;
    index = region && grid ? region[1] : first + 1;
    if (grid) grids.push(grid);
  }
  return grids;
}

// The lines [start, end) of a table whose first line in columns is `first`, reaching back no further than `from`, or null.
function regionFrom(lines: readonly TextLine[], apart: readonly boolean[], first: number, from: number): [number, number] | null {
  let last = first;
  let gutters = guttersOf([lines[first] as TextLine]);
  // Lines in columns, and lines between them that keep to the columns, are rows. Gutters only
  // narrow as lines come: a line that touches none leaves them as they are.
  for (let i = first + 1; i < lines.length && near(lines[i - 1] as TextLine, lines[i] as TextLine); i++) {
    const line = lines[i] as TextLine;
    if (apart[i]) {
      if (touchesAny(line, gutters)) gutters = guttersOf(lines.slice(first, i + 1).filter((_, k) => apart[first + k]));
      if (gutters.length === 0) break;
      last = i;
    } else if (crossesAny(line, gutters)) break;
  }
  if (last === first) return null;
  const keeps = (line: TextLine) =>
    !crossesAny(line, gutters) && !isTitle([line], (lines[first] as TextLine).x, (lines[first] as TextLine).end);
  // A row's lines may come before its first line in columns (cells centred in their row) and after its last.
  let start = first;
  while (start > from && near(lines[start - 1] as TextLine, lines[start] as TextLine) && keeps(lines[start - 1] as TextLine)) start--;
  let end = last + 1;
  while (end < lines.length && near(lines[end - 1] as TextLine, lines[end] as TextLine) && keeps(lines[end] as TextLine)) end++;
  return [start, end];
}

function gridOfRegion(lines: readonly TextLine[]): RuledGrid | null {
  const size = lines[0]?.size ?? 10;
  const top = Math.max(...lines.map((line) => line.y + line.size)) + size / 4;
  const bottom = Math.min(...lines.map((line) => line.y - line.size / 4)) - size / 4;
  const from = Math.min(...lines.map((line) => line.x)) - size / 4;
  const to = Math.max(...lines.map((line) => line.end)) + size / 4;
  const [grid] = textGrid([], [top, bottom], [[...lines]], from, to);
  return grid ?? null;
}

function isApart(line: TextLine): boolean {
  return columnGaps(line.pieces, line.size).some((gap) => gap.to - gap.from >= APART * line.size);
}

function near(above: TextLine, below: TextLine): boolean {
  return above.y > below.y && above.y - below.y <= ROW_GAP * below.size;
}

function touchesAny(line: TextLine, gutters: readonly Gutter[]): boolean {
  return gutters.some((gutter) => line.pieces.some((piece) => piece.x < gutter.to && piece.x + piece.width > gutter.from));
}

function crossesAny(line: TextLine, gutters: readonly Gutter[]): boolean {
  return gutters.some((gutter) => line.pieces.some((piece) => piece.x < gutter.from && piece.x + piece.width > gutter.to));
}
