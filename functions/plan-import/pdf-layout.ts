// A PDF holds positioned pieces of text, not paragraphs and tables; this rebuilds them as well as
// the positions allow. Pieces on one baseline make a line; a wide gap splits a line into segments.
// A run of lines with several segments is a table: its columns are where segments start on many
// lines, a line with text in the first column starts a row, and a row's lines in a column are
// that cell's text (a line continues the paragraph above when that one reached the column's right
// side, as wrapped text does, unless it opens with an outline label 「1.」「(一)」). A header row
// repeated at the top of a page is kept once, marked as repeated, and a row the page broke goes on
// after it. Other lines join into paragraphs until a label, a
// short line or a gap ends one. It is a guess (merged cells cannot be seen): the reader says so.
import type { DocumentBlock, DocumentCell, DocumentRow } from '../../shared/plan-import/document.ts';

/** A piece of text on a page: where its baseline starts (PDF points, y upwards), its width and font size. */
export interface PdfTextPiece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

interface Segment {
  x: number;
  end: number;
  text: string;
}

interface Line {
  readonly y: number;
  readonly size: number;
  readonly segments: Segment[];
  readonly pieces: readonly PdfTextPiece[];
}

// Gaps, in font sizes: below JOIN pieces touch (CJK autospacing is about 0.2); above SPLIT they are columns apart.
const JOIN = 0.3;
const SPLIT = 1.2;
const OUTLINE_LABEL = /^\s*(?:第?[壹貳參肆伍陸柒捌玖拾一二三四五六七八九十]+[、.．]|[(（][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]{1,3}[.．、)）](?!\d))/u;
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:第\s*)?\d{1,4}(?:\s*頁)?(?:\s*[,，/／]\s*共?\s*\d{1,4}\s*頁?)?(?:\s*[-–—])?\s*$/u;

/** A page: its width (points) and its pieces of text in any order. */
export interface PdfPage {
  readonly width: number;
  readonly pieces: readonly PdfTextPiece[];
}

/** The blocks of a document's pages. */
export function layOutPdfPages(pages: readonly PdfPage[]): DocumentBlock[] {
  const lines = pages.flatMap((page) => linesOf(page.pieces.filter((piece) => piece.text.trim() !== '')).filter((line) => !PAGE_NUMBER.test(lineText(line))));
  // Text is laid out between margins that are, as in nearly every document, the same on both sides.
  const left = Math.min(...pages.flatMap((page) => page.pieces.map((piece) => piece.x)));
  const right = Math.max(0, ...pages.map((page) => page.width - left));
  const blocks: DocumentBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const end = tableEnd(lines, index);
    if (end > index) {
      blocks.push(tableOf(lines.slice(index, end), right));
      index = end;
    } else {
      const start = index;
      while (index < lines.length && tableEnd(lines, index) === index) index++;
      blocks.push(...paragraphsOf(lines.slice(start, index)));
    }
  }
  return blocks;
}

function linesOf(pieces: readonly PdfTextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextPiece[][] = [];
  for (const piece of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - piece.y) <= 0.4 * Math.max(first.size, piece.size)) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => {
    const inOrder = group.sort((a, b) => a.x - b.x);
    const size = Math.max(...inOrder.map((piece) => piece.size));
    const segments: Segment[] = [];
    for (const piece of inOrder) {
      const last = segments.at(-1);
      const gap = last ? piece.x - last.end : Number.POSITIVE_INFINITY;
      if (last && gap < SPLIT * size) {
        last.text += gap > JOIN * size && !isCjk(last.text.at(-1)) && !isCjk(piece.text[0]) ? ` ${piece.text}` : piece.text;
        last.end = Math.max(last.end, piece.x + piece.width);
      } else segments.push({ x: piece.x, end: piece.x + piece.width, text: piece.text });
    }
    return { y: inOrder[0]?.y ?? 0, size, segments, pieces: inOrder };
  });
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
    for (const piece of line.pieces.flatMap((whole) => splitAtColumns(whole, columns))) {
      const cell = texts[columnOf(columns, piece.x, line.size)];
      if (!cell) continue;
      const before = cell.paragraphs[0] ?? '';
      cell.paragraphs[0] = before === '' || isCjk(before.at(-1)) || isCjk(piece.text[0]) ? before + piece.text : `${before} ${piece.text}`;
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
      else texts.forEach((text, column) => row[column] && text.paragraphs[0] !== undefined && continueCell(row[column], text, rightOf(column)));
    }
  }
  const laidOut = rows.map((row): DocumentRow => ({ cells: row.map(({ paragraphs }): DocumentCell => ({ paragraphs, rowSpan: 1, colSpan: 1 })) }));
  const [first, ...rest] = laidOut;
  return { kind: 'table', rows: first && repeated ? [{ ...first, repeatedHeader: true }, ...rest] : laidOut };
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
  if (last === undefined || cell.end < right || OUTLINE_LABEL.test(text)) cell.paragraphs.push(text);
  else cell.paragraphs[cell.paragraphs.length - 1] = isCjk(last.at(-1)) || isCjk(text[0]) ? last + text : `${last} ${text}`;
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

// pdf.js joins pieces that touch, and text wrapped to a cell's edge touches the next column's: such
// a piece is cut where the next column starts, its characters taken as equally wide (as CJK text is).
function splitAtColumns(piece: PdfTextPiece, columns: readonly number[]): PdfTextPiece[] {
  const characters = [...piece.text];
  const next = columns.find((start) => start > piece.x + 0.5 * piece.size && start < piece.x + piece.width - 0.5 * piece.size);
  if (next === undefined || characters.length < 2) return [piece];
  const each = piece.width / characters.length;
  const cut = Math.min(characters.length - 1, Math.max(1, Math.round((next - piece.x) / each)));
  const head = { ...piece, text: characters.slice(0, cut).join(''), width: cut * each };
  const tail = { ...piece, text: characters.slice(cut).join(''), x: piece.x + cut * each, width: piece.width - cut * each };
  return [head, ...splitAtColumns(tail, columns)];
}

function columnOf(columns: readonly number[], x: number, size: number): number {
  let found = 0;
  for (const [i, start] of columns.entries()) if (x >= start - 0.6 * size) found = i;
  return found;
}

function paragraphsOf(lines: readonly Line[]): DocumentBlock[] {
  const right = Math.max(...lines.map((line) => Math.max(...line.segments.map((segment) => segment.end))));
  const paragraphs: DocumentBlock[] = [];
  let text = '';
  let previous: Line | undefined;
  for (const line of lines) {
    const lineString = lineText(line);
    const previousEnd = previous ? Math.max(...previous.segments.map((segment) => segment.end)) : right;
    const breaks = !previous || OUTLINE_LABEL.test(lineString) || previousEnd < right - 2 * line.size || previous.y - line.y > 2 * line.size || previous.y < line.y;
    if (breaks && text !== '') {
      paragraphs.push({ kind: 'paragraph', text });
      text = '';
    }
    text = text === '' || isCjk(text.at(-1)) || isCjk(lineString[0]) ? text + lineString : `${text} ${lineString}`;
    previous = line;
  }
  if (text !== '') paragraphs.push({ kind: 'paragraph', text });
  return paragraphs;
}

function lineText(line: Line): string {
  return line.segments.map((segment) => segment.text).join('\t');
}

function isCjk(character: string | undefined): boolean {
  return character !== undefined && /[\p{Script=Han}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u.test(character);
}
