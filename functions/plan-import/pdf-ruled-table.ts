// A table grid's text: each piece of text goes to the cell its middle lies in, and each cell's
// lines become its paragraphs. How far text keeps from the borders (the cells' padding) is taken
// from the table itself, so wrapped lines are known by reaching the right side of their cell.
import type { DocumentTable, RebuiltFrom } from '../../shared/plan-import/document.ts';
import { type CellText, cellParagraphs, type TextBox } from './pdf-cell-paragraphs.ts';
import type { GridCell, RuledGrid } from './pdf-ruled-grid.ts';
import { linesOf, type PdfTextPiece, splitAtBoundaries, type TextLine } from './pdf-text-lines.ts';

/** A cell of a table with its text (paragraphs and lines) and where its text may run. */
export interface PlacedCell extends GridCell, CellText {
  readonly box: TextBox;
}

/** A table of a page, its grid from its rules or, where they are missing, its text: column boundaries, row count and cells with their text. */
export interface RuledTable {
  readonly xs: readonly number[];
  readonly rows: number;
  readonly cells: readonly PlacedCell[];
  /** The first rows, when they repeat the header of the table they continue (kept once, marked as repeated). */
  readonly repeatedHeaderRows?: number;
  readonly rebuiltFrom: RebuiltFrom;
}

// Baselines further apart than this many times the table's line spacing separate paragraphs.
const PARAGRAPH_SPACING = 1.3;

/** Whether a piece of text lies in the grid (its middle inside the outer borders). */
export function isInGrid(grid: RuledGrid, piece: PdfTextPiece): boolean {
  const [x, y] = middleOf(piece);
  return x >= (grid.xs[0] ?? 0) && x <= (grid.xs.at(-1) ?? 0) && y <= (grid.ys[0] ?? 0) && y >= (grid.ys.at(-1) ?? 0);
}

/** The grid's cells with the text of `pieces` (the pieces inside it) laid out as paragraphs. */
export function fillGrid(grid: RuledGrid, pieces: readonly PdfTextPiece[]): RuledTable {
  const owner = new Map<string, GridCell>();
  for (const cell of grid.cells)
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
      for (let c = cell.column; c < cell.column + cell.colSpan; c++) owner.set(`${r},${c}`, cell);
  const texts = new Map<GridCell, PdfTextPiece[]>();
  for (const piece of pieces.flatMap((whole) => splitAtBoundaries(whole, grid.xs.slice(1, -1)))) {
    const [x, y] = middleOf(piece);
    const cell = owner.get(`${indexOf(grid.ys, (edge) => y <= edge)},${indexOf(grid.xs, (edge) => x >= edge)}`);
    if (cell) texts.set(cell, [...(texts.get(cell) ?? []), piece]);
  }
  const lines = new Map<GridCell, TextLine[]>(grid.cells.map((cell) => [cell, linesOf(texts.get(cell) ?? [])]));
  const padding = grid.padding ?? paddingOf(grid, lines);
  const gap = paragraphGap([...lines.values()]);
  const cells = grid.cells.map((cell): PlacedCell => {
    const box = { left: (grid.xs[cell.column] ?? 0) + padding, right: (grid.xs[cell.column + cell.colSpan] ?? 0) - padding };
    return { ...cell, box, ...cellParagraphs(lines.get(cell) ?? [], box, gap) };
  });
  return { xs: grid.xs, rows: grid.ys.length - 1, cells, rebuiltFrom: grid.rebuiltFrom };
}

/** The document table a ruled table is: its rows, each with the cells starting in it. */
export function documentTableOf(table: RuledTable): DocumentTable {
  const header = table.repeatedHeaderRows ?? 0;
  const rows = Array.from({ length: table.rows }, (_, row) => ({
    cells: table.cells
      .filter((cell) => cell.row === row)
      .sort((a, b) => a.column - b.column)
      .map((cell) => ({ paragraphs: cell.paragraphs, rowSpan: cell.rowSpan, colSpan: cell.colSpan })),
    ...(row < header ? { repeatedHeader: true } : {}),
  }));
  return { kind: 'table', rows, rebuiltFrom: table.rebuiltFrom };
}

// Text sits on its baseline; its middle is a third of the font size above it.
function middleOf(piece: PdfTextPiece): [number, number] {
  return [piece.x + piece.width / 2, piece.y + piece.size / 3];
}

// The index i with edges[i] matching and edges[i + 1] not (for ys, top down; for xs, left to right).
function indexOf(edges: readonly number[], reached: (edge: number) => boolean): number {
  let index = 0;
  for (let i = 1; i < edges.length - 1; i++) if (reached(edges[i] as number)) index = i;
  return index;
}

// The space between a cell's left border and its text: what most cells keep (a quarter of them
// keep no less; centred text keeps more, and a piece may stray over a border), at most an em. The
// same space is kept on the right.
function paddingOf(grid: RuledGrid, lines: ReadonlyMap<GridCell, readonly TextLine[]>): number {
  const offsets: number[] = [];
  let size = 10;
  for (const [cell, cellLines] of lines) {
    if (cellLines.length === 0) continue;
    const offset = Math.min(...cellLines.map((line) => line.x)) - (grid.xs[cell.column] ?? 0);
    if (offset >= 0) offsets.push(offset);
    size = cellLines[0]?.size ?? size;
  }
  const sorted = offsets.sort((a, b) => a - b);
  return Math.min(sorted[Math.floor(sorted.length / 4)] ?? 0, size);
}

// Lines wrapped inside a paragraph are the closest in a table; paragraphs stand further apart when
// the document spaces them. Null when no cell has two lines.
function paragraphGap(cells: readonly (readonly TextLine[])[]): number | null {
  let pitch = Number.POSITIVE_INFINITY;
  for (const lines of cells) {
    for (let i = 1; i < lines.length; i++) {
      const distance = (lines[i - 1] as TextLine).y - (lines[i] as TextLine).y;
      if (distance >= 0.9 * (lines[i] as TextLine).size) pitch = Math.min(pitch, distance);
    }
  }
  return Number.isFinite(pitch) ? pitch * PARAGRAPH_SPACING : null;
}
