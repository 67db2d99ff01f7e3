// A table printed over several pages reaches us (through text extraction or a PDF) as pieces: the
// header repeated on each page, and a row cut at the page end whose cells go on at the top of the
// next page, in a row whose first cells are blank. This puts such rows back together. It works on
// the document model, so every reader of page-laid-out text can use it.
import type { DocumentCell, DocumentRow } from './document.ts';
import { outlineLabel } from './outline-label.ts';
import { isUnitList } from './unit-words.ts';
import { endsFinished, joinWrapped } from './wrapped-text.ts';

type CellRole = 'blank' | 'labelled' | 'units' | 'fragment' | 'standalone';

/**
 * The rows with each row that opens a page (its index in `pageStarts`) joined to the row before
 * the break where it continues it. A row continues the one before when its first cell is blank and
 * its other cells go on with cut-off text (no outline label, the cell above not ending a sentence),
 * with at most cells of units beside: the whole row then joins the row above. When it also starts
 * new items, only the cut-off cells left of them join the row above, and the row stays.
 */
export function joinRowsAcrossPages(rows: readonly DocumentRow[], pageStarts: ReadonlySet<number>): DocumentRow[] {
  const result: DocumentRow[] = [];
  let pendingBreak = false;
  // Where the last row that is not a repeated header went: the row a cut-off row goes on with.
  let previousIndex = -1;
  rows.forEach((row, index) => {
    if (pageStarts.has(index)) pendingBreak = true;
    if (row.repeatedHeader) {
      result.push(row);
      return;
    }
    const previous = result[previousIndex];
    if (!pendingBreak || !previous) {
      previousIndex = result.push(row) - 1;
      return;
    }
    pendingBreak = false;
    const joined = joinRow(previous, row);
    result[previousIndex] = joined.previous;
    if (joined.rest) previousIndex = result.push(joined.rest) - 1;
  });
  return result;
}

function joinRow(previous: DocumentRow, row: DocumentRow): { previous: DocumentRow; rest: DocumentRow | null } {
  if (!sameColumns(previous, row) || !isBlankCell(row.cells[0])) return { previous, rest: row };
  const roles = row.cells.map((cell, column) => roleOf(cell, previous.cells[column]));
  if (!roles.includes('fragment')) return { previous, rest: row };
  const whole = roles.every((role) => role === 'blank' || role === 'fragment' || role === 'units');
  const firstNew = whole ? roles.length : roles.findIndex((role) => role === 'labelled' || role === 'standalone');
  const merged = previous.cells.map((cell, column): DocumentCell => {
    const below = row.cells[column];
    const role = roles[column];
    if (!below || column >= firstNew || role === 'blank') return cell;
    if (role === 'fragment') return { ...cell, paragraphs: joinParagraphs(cell.paragraphs, below.paragraphs) };
    return whole ? { ...cell, paragraphs: [...cell.paragraphs, ...below.paragraphs] } : cell;
  });
  if (whole) return { previous: { ...previous, cells: merged }, rest: null };
  const rest = row.cells.map(
    (cell, column): DocumentCell => (column < firstNew && roles[column] === 'fragment' ? { ...cell, paragraphs: [] } : cell),
  );
  return { previous: { ...previous, cells: merged }, rest: { ...row, cells: rest } };
}

function roleOf(cell: DocumentCell | undefined, above: DocumentCell | undefined): CellRole {
  if (isBlankCell(cell)) return 'blank';
  const first = cell?.paragraphs[0] ?? '';
  if (outlineLabel(first)) return 'labelled';
  if (isUnitList(cell?.paragraphs.join(' ') ?? '')) return 'units';
  const last = above?.paragraphs.at(-1);
  return last?.trim() && !endsFinished(last) ? 'fragment' : 'standalone';
}

function joinParagraphs(above: readonly string[], below: readonly string[]): string[] {
  const [first = '', ...rest] = below;
  return [...above.slice(0, -1), joinWrapped(above.at(-1) ?? '', first), ...rest];
}

function isBlankCell(cell: DocumentCell | undefined): boolean {
  return !cell || cell.paragraphs.every((paragraph) => !paragraph.trim());
}

function sameColumns(a: DocumentRow, b: DocumentRow): boolean {
  const width = (row: DocumentRow) => row.cells.reduce((sum, cell) => sum + cell.colSpan, 0);
  return a.cells.length === b.cells.length && width(a) === width(b) && a.cells.length > 1;
}
