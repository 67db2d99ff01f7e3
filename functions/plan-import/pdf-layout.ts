// A PDF holds positioned pieces of text and drawn lines, not paragraphs and tables; this rebuilds
// them as well as the page allows. Where a table's borders are drawn, they give its cells, merged
// ones included (pdf-ruled-grid.ts), and the text inside each cell becomes its paragraphs; a ruled
// table going on at the top of the next page is joined to it (pdf-table-pages.ts). Text outside
// ruled tables is laid out from its positions alone (pdf-text-flow.ts), tables without borders
// included. Page numbers and running headers and footers are left out (pdf-page-furniture.ts).
import type { DocumentBlock } from '../../shared/plan-import/document.ts';
import { borderlessGrids } from './pdf-borderless-grid.ts';
import { pageFurniture } from './pdf-page-furniture.ts';
import { openGrids } from './pdf-open-grid.ts';
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

type PageItem = { readonly top: number; readonly line: TextLine } | { readonly top: number; readonly table: RuledTable; readonly bottom: number };

/** The blocks of a document's pages, in reading order. */
export function layOutPdfPages(pages: readonly PdfPage[]): DocumentBlock[] {
  const laidOut = pages.map(pageItems);
  const furniture = pageFurniture(
    laidOut.map((items) => ({
      lines: items.flatMap((item) => ('line' in item ? [item.line] : [])),
      tables: items.flatMap((item) => ('table' in item ? [{ top: item.top, bottom: item.bottom }] : [])),
    })),
  );
  const flowLines = laidOut.flatMap((items) => items.flatMap((item) => ('line' in item && !furniture.has(item.line) ? [item.line] : [])));
  // Text is laid out between margins that are, as in nearly every document, the same on both sides,
  // unless its lines show they reach further right.
  const found = textMargins(flowLines);
  const margins = { left: found.left, right: Math.max(found.right, ...pages.map((page) => page.width - found.left)) };
  const blocks: (DocumentBlock | RuledTable)[] = [];
  let lines: TextLine[] = [];
  // The ruled table that ended the page before, which a table at the top of this page may go on.
  let ending: RuledTable | null = null;
  for (const items of laidOut) {
    const kept = items.filter((item) => !('line' in item && furniture.has(item.line)));
    kept.forEach((item, index) => {
      if ('line' in item) {
        lines.push(item.line);
        return;
      }
      if (lines.length > 0) blocks.push(...flowBlocks(lines, margins));
      lines = [];
      if (index === 0 && ending && blocks.at(-1) === ending && continuesTable(ending, item.table)) blocks[blocks.length - 1] = joinTables(ending, item.table);
      else blocks.push(item.table);
    });
    const last = blocks.at(-1);
    ending = kept.at(-1) !== undefined && 'table' in (kept.at(-1) as PageItem) && last !== undefined && 'xs' in last ? last : null;
  }
  if (lines.length > 0) blocks.push(...flowBlocks(lines, margins));
  return blocks.map((block) => ('xs' in block ? documentTableOf(block) : block));
}

// A page's ruled tables and the lines outside them, top first.
function pageItems(page: PdfPage): PageItem[] {
  const pieces = page.pieces.flatMap(splitAtSpaces);
  const { grids: ruled, across } = page.rules ? ruledGrids(page.rules) : { grids: [], across: [] };
  const outsideOf = (found: readonly RuledGrid[]) => pieces.filter((piece) => !found.some((grid) => isInGrid(grid, piece)));
  const drawn = [...ruled, ...openGrids(across, outsideOf(ruled))];
  const grids = [...drawn, ...borderlessGrids(linesOf(outsideOf(drawn)))];
  const inside = grids.map((): PdfTextPiece[] => []);
  const outside: PdfTextPiece[] = [];
  for (const piece of pieces) {
    const at = grids.findIndex((grid) => isInGrid(grid, piece));
    if (at >= 0) inside[at]?.push(piece);
    else outside.push(piece);
  }
  const items: PageItem[] = linesOf(outside).map((line) => ({ top: line.y + line.size, line }));
  grids.forEach((grid, i) => {
    const text = inside[i] ?? [];
    if (text.length > 0) items.push({ top: grid.ys[0] ?? 0, bottom: grid.ys.at(-1) ?? 0, table: fillGrid(grid, text) });
  });
  return items.sort((a, b) => b.top - a.top);
}
