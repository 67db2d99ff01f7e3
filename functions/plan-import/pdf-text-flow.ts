// Text outside ruled tables, laid out from its positions alone: a run of lines with several
// segments (a wide gap splits a line) is a table, its columns where segments start on many lines;
// a line with text in the first column starts a row, and a row's lines in a column are that cell's
// text (a line continues the paragraph above when that one reached the column's right side, as
// wrapped text does, unless it opens with an outline label 「1.」「(一)」). A header row repeated at
// the top of a page is kept once, marked as repeated, and a row the page broke goes on after it.
// Other lines join into paragraphs until a label, a short line or a gap ends one. It is a guess
// (merged cells cannot be seen without rules): the reader says so.
import type { DocumentBlock, DocumentCell, DocumentRow } from '../../shared/plan-import/document.ts';
import { outlineLabel } from '../../shared/plan-import/outline-label.ts';
import { joinSpacedOut } from '../../shared/plan-import/spaced-out.ts';
import { joinWrapped } from '../../shared/plan-import/wrapped-text.ts';
import { wrapsInto } from './pdf-cell-paragraphs.ts';
import { joinPieces, splitAtBoundaries, type TextLine } from './pdf-text-lines.ts';

type Line = TextLine;

/** Where the text of a page runs, left and right (points). */
export interface TextMargins {
  readonly left: number;
  readonly right: number;
}

/**
 * The margins the lines keep: the left of the leftmost, and on the right the furthest place where
 * several lines end together, as full lines do (one line may run past it: a long web address).
 */
export function textMargins(lines: readonly Line[]): TextMargins {
  const left = Math.min(...lines.map((line) => line.x));
  const ends = lines.map((line) => line.end).sort((a, b) => b - a);
  const enough = Math.max(2, Math.ceil(lines.length / 10));
  const right =
    ends.find((end) => lines.filter((line) => line.end <= end && line.end >= end - 1.5 * line.size).length >= enough) ?? ends[0] ?? 0;
  return { left, right };
}

/** The blocks of lines that no rule encloses, in reading order, laid out within the text's margins. */
export function flowBlocks(lines: readonly Line[], margins: TextMargins): DocumentBlock[] {
  const textRight = margins.right;
  const blocks: DocumentBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const end = tableEnd(lines, index);
    if (end > index) {
      blocks.push(tableOf(lines.slice(index, end), textRight));
      index = end;
    } else {
      const start = index;
      while (index < lines.length && tableEnd(lines, index) === index) index++;
      blocks.push(...paragraphsOf(lines.slice(start, index), margins));
    }
  }
  return blocks;
}

// The end (exclusive) of a table starting at `start`, or `start` when none starts there: at least two
// lines with several segments, and between them only lines that continue a column right of the first.
function tableEnd(lines: readonly Line[], start: number): number {
  const first = lines[start];
  if (!first || first.segments.length < 2) return start;
  const left = Math.min(...first.segments.map((segment) => segment.x));
  let end = start + 1;
  let multi = 1;
  while (end < lines.length) {
    const line = lines[end] as Line;
    const x = Math.min(...line.segments.map((segment) => segment.x));
    if (line.segments.length < 2 && x < left + 2 * line.size) break;
    if (line.segments.length >= 2) multi++;
    end++;
  }
  return multi >= 2 ? end : start;
}

function tableOf(lines: readonly Line[], textRight: number): DocumentBlock {
  const columns = columnsOf(lines);
  const tableEnd = Math.max(textRight, ...lines.flatMap((line) => line.segments.map((segment) => segment.end)));
  // Wrapped text reaches near the next column's start (the last column's, the text's right margin):
  // within a character or two, which did not fit, and the cell's padding.
  const rightOf = (column: number) => (columns[column + 1] ?? tableEnd) - 2.5 * (lines[0]?.size ?? 10);
  const rows: CellText[][] = [];
  // The header's lines, to know them when a page repeats them; a row broken by the page goes on after them.
  const headerLines: string[] = [];
  let repeated = false;
  let skipping = 0;
  for (const line of lines) {
    const texts = columns.map((): CellText => ({ paragraphs: [], end: 0 }));
    for (const piece of line.pieces.flatMap((whole) => splitAtBoundaries(whole, columns))) {
      const cell = texts[columnOf(columns, piece.x, line.size)];
      if (!cell) continue;
      const before = cell.paragraphs[0];
      cell.paragraphs[0] = before === undefined ? piece.text : joinPieces(before, piece.text, (piece.x - cell.end) / piece.size);
      cell.end = Math.max(cell.end, piece.x + piece.width);
    }
    const key = texts.map((cell) => cell.paragraphs[0] ?? '').join('\t');
    const row = rows.at(-1);
    const startsRow = !row || texts[0]?.paragraphs.length;
    if (skipping > 0) skipping--;
    else if (startsRow && rows.length > 1 && key === headerLines[0]) {
      repeated = true;
      skipping = headerLines.length - 1;
    } else {
      if (rows.length === 0 || (rows.length === 1 && !startsRow)) headerLines.push(key);
      if (startsRow || !row) rows.push(texts);
      else {
        texts.forEach((text, column) => {
          if (row[column] && text.paragraphs[0] !== undefined) continueCell(row[column], text, rightOf(column));
        });
      }
    }
  }
  const laidOut = rows.map(
    (row): DocumentRow => ({ cells: row.map(({ paragraphs }): DocumentCell => ({ paragraphs, rowSpan: 1, colSpan: 1 })) }),
  );
  const [first, ...rest] = laidOut;
  return {
    kind: 'table',
    rows: first && repeated ? [{ ...first, repeatedHeader: true }, ...rest] : laidOut,
    rebuiltFrom: 'text-positions',
  };
}

interface CellText {
  readonly paragraphs: string[];
  end: number;
}

// A line of a cell continues the paragraph above when that one wrapped (reached the column's right
// side) and the line does not open with an outline label; otherwise it is a paragraph of its own.
function continueCell(cell: CellText, line: CellText, right: number): void {
  const text = line.paragraphs[0] ?? '';
  const last = cell.paragraphs.at(-1);
  if (last === undefined || cell.end < right || outlineLabel(text, { lineStart: true }) !== null) cell.paragraphs.push(text);
  else cell.paragraphs[cell.paragraphs.length - 1] = joinWrapped(last, text);
  cell.end = line.end;
}

// Column starts: segment starts shared by several lines (the first line's always count).
function columnsOf(lines: readonly Line[]): number[] {
  const starts: { x: number; lines: number }[] = [];
  for (const line of lines) {
    for (const segment of line.segments) {
      const near = starts.find((start) => Math.abs(start.x - segment.x) <= 0.6 * line.size);
      if (near) near.lines++;
      else starts.push({ x: segment.x, lines: 1 });
    }
  }
  const multi = lines.filter((line) => line.segments.length >= 2).length;
  const firstLine = new Set(lines[0]?.segments.map((segment) => segment.x));
  const kept = starts.filter((start) => firstLine.has(start.x) || start.lines >= Math.max(2, Math.ceil(multi / 5)));
  return kept.map((start) => start.x).sort((a, b) => a - b);
}

function columnOf(columns: readonly number[], x: number, size: number): number {
  let found = 0;
  for (const [i, start] of columns.entries()) if (x >= start - 0.6 * size) found = i;
  return found;
}

// Lines join into a paragraph while each is the one above wrapped (its first word would not have
// fit after it), across a page end too; an outline label or a gap of more than a line starts another.
function paragraphsOf(lines: readonly Line[], box: TextMargins): DocumentBlock[] {
  const paragraphs: DocumentBlock[] = [];
  let text = '';
  let previous: Line | undefined;
  for (const line of lines) {
    const lineString = lineText(line);
    const newPage = previous !== undefined && previous.y < line.y;
    const breaks =
      !previous ||
      outlineLabel(lineString, { lineStart: true }) !== null ||
      !wrapsInto(previous, line, box) ||
      (!newPage && previous.y - line.y > 2 * line.size);
    if (breaks && text !== '') {
      paragraphs.push({ kind: 'paragraph', text: joinSpacedOut(text) });
      text = '';
    }
    text = joinWrapped(text, lineString);
    previous = line;
  }
  if (text !== '') paragraphs.push({ kind: 'paragraph', text: joinSpacedOut(text) });
  return paragraphs;
}

function lineText(line: Line): string {
  return line.segments.map((segment) => segment.text).join('\t');
}
