// A PDF holds positioned pieces of text and drawn lines, not paragraphs and tables; this rebuilds
// them as well as the page allows. Where a table's borders are drawn, they give its cells, merged
// ones included (pdf-ruled-grid.ts); where only rules across it are, they give its rows and its
// text its columns (pdf-open-grid.ts); where none are, its text gives both (pdf-borderless-grid.ts).
// The text inside each cell becomes its paragraphs, and a table going on at the top of the next
// page is joined to it (pdf-table-pages.ts). Page numbers and running headers and footers are left
// out (pdf-page-furniture.ts) before tables without rules are looked for, and the other lines are
// paragraphs (pdf-text-flow.ts).
import type { DocumentBlock } from '../../shared/plan-import/document.ts';
import { borderlessGrids } from './pdf-borderless-grid.ts';
import { openGrids } from './pdf-open-grid.ts';
import { pageFurniture } from './pdf-page-furniture.ts';
import { type RuledGrid, ruledGrids } from './pdf-ruled-grid.ts';
import { documentTableOf, fillGrid, isInGrid, type RuledTable } from './pdf-ruled-table.ts';
import type { PageRules } from './pdf-rulings.ts';
import { continuesTable, joinTables } from './pdf-table-pages.ts';
import { flowBlocks, textMargins } from './pdf-text-flow.ts';
import { linesOf, type PdfTextPiece, splitAtSpaces, type TextLine } from './pdf-text-lines.ts';

export type { PdfTextPiece } from './pdf-text-lines.ts';

/** A page: its width (points), its pieces of text in any order, and the rules it draws. */
export interface PdfPage {
  readonly width: number;
  readonly pieces: readonly PdfTextPiece[];
  readonly rules?: PageRules;
}

type PageItem =
  | { readonly top: number; readonly line: TextLine }
  | { readonly top: number; readonly table: RuledTable; readonly bottom: number };

/** The blocks of a document's pages, in reading order. */
export function layOutPdfPages(pages: readonly PdfPage[]): DocumentBlock[] {
  const drawn = pages.map(drawnTables);
  const furniture = pageFurniture(
    drawn.map(({ lines, tables }) => ({ lines, tables: tables.map(({ top, bottom }) => ({ top, bottom })) })),
  );
  const laidOut = drawn.map(({ lines, tables }) =>
    pageItems(
      lines.filter((line) => !furniture.has(line)),
      tables,
    ),
  );
  const flowLines = laidOut.flatMap((items) => items.flatMap((item) => ('line' in item ? [item.line] : [])));
  // Text is laid out between margins that are, as in nearly every document, the same on both sides,
  // unless its lines show they reach further right.
  const found = textMargins(flowLines);
  const margins = { left: found.left, right: Math.max(found.right, ...pages.map((page) => page.width - found.left)) };
  const blocks: (DocumentBlock | RuledTable)[] = [];
  let lines: TextLine[] = [];
  // The table that ended the page before, which a table at the top of this page may go on.
  let ending: RuledTable | null = null;
  for (const items of laidOut) {
    items.forEach((item, index) => {
      if ('line' in item) {
        lines.push(item.line);
        return;
      }
      if (lines.length > 0) blocks.push(...flowBlocks(lines, margins));
      lines = [];
      if (index === 0 && ending && blocks.at(-1) === ending && continuesTable(ending, item.table))
        blocks[blocks.length - 1] = joinTables(ending, item.table);
      else blocks.push(item.table);
    });
    const last = blocks.at(-1);
    ending = items.at(-1) !== undefined && 'table' in (items.at(-1) as PageItem) && last !== undefined && 'xs' in last ? last : null;
  }
  if (lines.length > 0) blocks.push(...flowBlocks(lines, margins));
  return blocks.map((block) => ('xs' in block ? documentTableOf(block) : block));
}

type PlacedTable = { readonly top: number; readonly bottom: number; readonly table: RuledTable };

// A page's tables drawn with rules (a grid, or rules across), and the lines outside them.
function drawnTables(page: PdfPage): { lines: TextLine[]; tables: PlacedTable[] } {
  const pieces = page.pieces.flatMap(splitAtSpaces);
  const { grids: ruled, across } = page.rules ? ruledGrids(page.rules) : { grids: [], across: [] };
  const grids = [
    ...ruled,
    ...openGrids(
      across,
      pieces.filter((piece) => !ruled.some((grid) => isInGrid(grid, piece))),
    ),
  ];
  const { tables, outside } = filled(grids, pieces);
  return { lines: linesOf(outside), tables };
}

// A page's items top first: its drawn tables, the tables its other lines make without rules, and the lines left.
function pageItems(lines: readonly TextLine[], drawn: readonly PlacedTable[]): PageItem[] {
  const { tables, outside } = filled(
    borderlessGrids(lines),
    lines.flatMap((line) => line.pieces),
  );
  const items: PageItem[] = [...drawn, ...tables, ...linesOf(outside).map((line) => ({ top: line.y + line.size, line }))];
  return items.sort((a, b) => b.top - a.top);
}

// The grids with the pieces inside them as their text (a grid without any left out), and the pieces outside every grid.
function filled(grids: readonly RuledGrid[], pieces: readonly PdfTextPiece[]): { tables: PlacedTable[]; outside: PdfTextPiece[] } {
  const inside = grids.map((): PdfTextPiece[] => []);
  const outside: PdfTextPiece[] = [];
  for (const piece of pieces) {
    const at = grids.findIndex((grid) => isInGrid(grid, piece));
    if (at >= 0) inside[at]?.push(piece);
    else outside.push(piece);
  }
  const tables = grids.flatMap((grid, i) => {
    const text = inside[i] ?? [];
    return text.length > 0 ? [{ top: grid.ys[0] ?? 0, bottom: grid.ys.at(-1) ?? 0, table: fillGrid(grid, text) }] : [];
  });
  return { tables, outside };
}
