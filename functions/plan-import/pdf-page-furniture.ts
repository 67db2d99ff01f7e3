// What a page prints around the document: page numbers (「第 1 頁」「- 3 -」「1/10」) and running
// headers and footers (the plan's title or the agency's name at the top or bottom of every page).
// Only the first and last lines of a page are looked at, outside its tables; such a line is left out
// when it is a page number, or when a line alike (numbers aside) stands at the same height on at
// least half of the pages. A line in columns is a table's header repeated on each page, not a
// running title: the table keeps it once (pdf-text-flow.ts).
import type { TextLine } from './pdf-text-lines.ts';

/** A page's lines outside tables (top first) and the heights its tables span. */
export interface PageContent {
  readonly lines: readonly TextLine[];
  readonly tables: readonly { readonly top: number; readonly bottom: number }[];
}

const PAGE_NUMBER =
  /^\s*(?:[-–—]\s*)?(?:第\s*)?\d{1,4}(?:\s*頁)?(?:\s*[,，/／]\s*共?\s*\d{1,4}\s*頁?)?(?:\s*[-–—])?\s*$|^\s*(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/iu;
// Lines looked at at each end of a page (a header may have two).
const END_LINES = 2;
// Running lines stand this close (points) to the same height on every page.
const SAME_HEIGHT = 4;

/** The lines of each page that are page numbers, running headers or footers. */
export function pageFurniture(pages: readonly PageContent[]): Set<TextLine> {
  const ends = pages.map(endLines);
  const furniture = new Set<TextLine>();
  for (const lines of ends) {
    for (const line of lines) {
      if (PAGE_NUMBER.test(line.text)) furniture.add(line);
      else if (pages.length >= 2 && line.segments.length === 1) {
        const key = keyOf(line);
        const alike = ends.filter((other) =>
          other.some((candidate) => keyOf(candidate) === key && Math.abs(candidate.y - line.y) <= SAME_HEIGHT),
        ).length;
        if (alike >= 2 && alike >= pages.length / 2) furniture.add(line);
      }
    }
  }
  return furniture;
}

// The first and last lines of a page that no table stands above (or below).
function endLines(page: PageContent): TextLine[] {
  const top = Math.max(Number.NEGATIVE_INFINITY, ...page.tables.map((table) => table.top));
  const bottom = Math.min(Number.POSITIVE_INFINITY, ...page.tables.map((table) => table.bottom));
  const above = page.lines.filter((line) => line.y > top).slice(0, END_LINES);
  const below = page.lines.filter((line) => line.y < bottom).slice(-END_LINES);
  return [...new Set([...above, ...below])];
}

function keyOf(line: TextLine): string {
  return line.text.replace(/\s+/gu, '').replace(/[0-9０-９]+/gu, '#');
}
