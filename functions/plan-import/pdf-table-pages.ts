// A ruled table printed over several pages comes as one table per page. The part at the top of a
// page continues the table that ended the page before when their columns line up. Its first rows,
// when they repeat the table's header, are dropped and the header marked as repeated. A row the
// page cut in two (a cell's text running to the bottom of the page and going on at the top of the
// next, without an outline label) becomes one row again; a merged cell the page cut (blank at the
// top of the new page beside a cell merged down) goes on as one merged cell.
import type { RebuiltFrom } from '../../shared/plan-import/document.ts';
import { outlineLabel } from '../../shared/plan-import/outline-label.ts';
import { isUnitList } from '../../shared/plan-import/unit-words.ts';
import { endsFinished } from '../../shared/plan-import/wrapped-text.ts';
import { joinLines, wrapsInto } from './pdf-cell-paragraphs.ts';
import type { PlacedCell, RuledTable } from './pdf-ruled-table.ts';

// Column edges this close (points) are the same edge.
const SAME_EDGE = 3;
// Header rows repeated at the top of a page: at most this many.
const HEADER_ROWS = 3;

/**
 * Whether `below` (at the top of a page) goes on with `above` (at the end of the page before): it
 * lies within the same sides, and its column edges inside are mostly edges of `above` (a table
 * drawn from its text starts where its text does, so a first column left blank moves its side).
 */
export function continuesTable(above: RuledTable, below: RuledTable): boolean {
  const [left = 0, right = 0] = [above.xs[0], above.xs.at(-1)];
  if ((below.xs[0] ?? 0) < left - SAME_EDGE || (below.xs.at(-1) ?? 0) > right + SAME_EDGE) return false;
  // A header alone at the foot of a page, drawn from its text, has its edges where its centred words are.
  if (headerOnly(above)) return true;
  const inner = below.xs.slice(1, -1);
  const shared = inner.filter((x) => above.xs.some((other) => Math.abs(x - other) <= SAME_EDGE)).length;
  return shared >= inner.length / 2 && (inner.length > 0 || above.xs.length === 2);
}

function headerOnly(table: RuledTable): boolean {
  return table.rows === 1 && table.rebuiltFrom !== 'borders';
}

/** The two parts as one table. */
export function joinTables(above: RuledTable, below: RuledTable): RuledTable {
  // A header alone takes the columns of the rows below it, each word in the column it stands in.
  const xs = headerOnly(above) ? [...below.xs] : unionEdges(above.xs, below.xs);
  const top = headerOnly(above) ? inColumnsOfText(above, xs) : aligned(above, xs);
  let rest = aligned(below, xs);
  const header = repeatedHeader(top, rest);
  rest = rest.filter((cell) => cell.row >= header).map((cell) => ({ ...cell, row: cell.row - header }));
  const joined = joinAtBreak(
    top.filter((cell) => cell.row < above.rows),
    rest,
    above.rows,
  );
  return {
    xs,
    rows: above.rows + below.rows - header - joined.rowsTaken,
    cells: joined.cells,
    rebuiltFrom: leastSure(above.rebuiltFrom, below.rebuiltFrom),
    ...(header > 0 || above.repeatedHeaderRows ? { repeatedHeaderRows: Math.max(header, above.repeatedHeaderRows ?? 0) } : {}),
  };
}

// The edges of both parts: those of `above`, and inner edges of `below` it does not have.
function unionEdges(above: readonly number[], below: readonly number[]): number[] {
  const edges = [...above];
  for (const x of below.slice(1, -1)) if (!edges.some((other) => Math.abs(other - x) <= SAME_EDGE)) edges.push(x);
  return edges.sort((p, q) => p - q);
}

// The table's cells with columns counted on the joined edges. A table drawn from its text misses
// the edges of columns blank on its page: a cell over such an edge, or whose left edge is none of
// the joined edges, starts in the column its text starts in. The positions no cell covers then are
// blank cells, each down as many rows as it stays uncovered, so a merged cell above can go on over them.
function aligned(table: RuledTable, xs: readonly number[]): PlacedCell[] {
  const edge = (x: number) => xs.findIndex((other) => Math.abs(other - x) <= SAME_EDGE);
  const columnAt = (x: number) =>
    Math.max(
      0,
      xs.findLastIndex((other) => other <= x + SAME_EDGE),
    );
  const cells = table.cells.map((cell) => {
    const left = table.xs[cell.column] ?? 0;
    const right = table.xs[cell.column + cell.colSpan] ?? 0;
    const textStart = Math.min(...cell.lines.map((line) => line.x));
    let start = edge(left) >= 0 ? edge(left) : columnAt(Number.isFinite(textStart) ? textStart : left);
    const end =
      edge(right) >= 0
        ? edge(right)
        : Math.max(
            start + 1,
            xs.findIndex((other) => other >= right - SAME_EDGE),
          );
    // Over an edge its own table did not see (no text on this page showed it), the cell starts where its text does.
    const unseen = (column: number) => !table.xs.some((x) => Math.abs(x - (xs[column] ?? 0)) <= SAME_EDGE);
    if (Number.isFinite(textStart)) while (start + 1 < end && unseen(start + 1) && (xs[start + 1] ?? 0) <= textStart + SAME_EDGE) start++;
    return { ...cell, column: start, colSpan: Math.max(1, end - start) };
  });
  return [...cells, ...blanksBetween(cells, table.rows, xs.length - 1)];
}

// The table's cells, each in the column of `xs` its text's middle stands in (a cell without text is left out).
function inColumnsOfText(table: RuledTable, xs: readonly number[]): PlacedCell[] {
  return table.cells.flatMap((cell) => {
    if (cell.lines.length === 0) return [];
    const middle = (Math.min(...cell.lines.map((line) => line.x)) + Math.max(...cell.lines.map((line) => line.end))) / 2;
    return [
      {
        ...cell,
        column: Math.max(
          0,
          Math.min(
            xs.length - 2,
            xs.findLastIndex((x) => x <= middle),
          ),
        ),
        colSpan: 1,
      },
    ];
  });
}

function blanksBetween(cells: readonly PlacedCell[], rows: number, columns: number): PlacedCell[] {
  const covered = Array.from({ length: rows }, () => new Array<boolean>(columns).fill(false));
  for (const cell of cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      const row = covered[r];
      for (let c = cell.column; row && c < cell.column + cell.colSpan; c++) row[c] = true;
    }
  }
  const blanks: PlacedCell[] = [];
  for (let column = 0; column < columns; column++) {
    for (let row = 0; row < rows; row++) {
      if (covered[row]?.[column]) continue;
      let rowSpan = 1;
      while (row + rowSpan < rows && !covered[row + rowSpan]?.[column]) rowSpan++;
      blanks.push({ row, column, rowSpan, colSpan: 1, paragraphs: [], lines: [], box: { left: 0, right: 0 } });
      row += rowSpan - 1;
    }
  }
  return blanks;
}

// How many first rows of `below` repeat the first rows of `above` (cell for cell, same text).
function repeatedHeader(above: readonly PlacedCell[], below: readonly PlacedCell[]): number {
  const rowKey = (cells: readonly PlacedCell[], row: number) =>
    cells
      .filter((cell) => cell.row === row)
      .sort((a, b) => a.column - b.column)
      .map((cell) => `${cell.column}:${cell.colSpan}:${cell.paragraphs.join('').replace(/\s+/gu, '')}`)
      .join('|');
  let rows = 0;
  while (rows < HEADER_ROWS && rowKey(below, rows) !== '' && rowKey(below, rows) === rowKey(above, rows)) rows++;
  return rows;
}

// The first row of the lower part joined to the last row of the upper part when the page cut it
// (rowsTaken 1), or its blank cells joined to the merged cells above them (rowsTaken 0).
function joinAtBreak(above: PlacedCell[], below: readonly PlacedCell[], aboveRows: number): { cells: PlacedCell[]; rowsTaken: number } {
  const last = aboveRows - 1;
  const first = below.filter((cell) => cell.row === 0);
  const over = new Map(
    first.map((cell) => [
      cell,
      above.find((a) => a.column === cell.column && a.colSpan === cell.colSpan && a.row <= last && a.row + a.rowSpan > last),
    ]),
  );
  const lined = first.every((cell) => over.get(cell) !== undefined);
  // A row cut by the page goes on with its first column blank (a 編號 or a 實施要項 is short), unless that column's text is cut too.
  const leftmost = first.reduce<PlacedCell | undefined>((found, cell) => (found && found.column <= cell.column ? found : cell), undefined);
  const cut =
    lined &&
    leftmost !== undefined &&
    (isBlank(leftmost) || goesOn(over.get(leftmost), leftmost)) &&
    first.some((cell) => goesOn(over.get(cell), cell));
  const absorbed = new Set<PlacedCell>();
  const grown = new Map<PlacedCell, PlacedCell>();
  for (const cell of first) {
    const upper = over.get(cell);
    if (!upper || !lined) continue;
    if (cut) {
      const text = goesOn(upper, cell) ? joinParagraphs(upper.paragraphs, cell.paragraphs) : [...upper.paragraphs, ...cell.paragraphs];
      grown.set(upper, { ...upper, paragraphs: text, rowSpan: upper.rowSpan + cell.rowSpan - 1, lines: [...upper.lines, ...cell.lines] });
      absorbed.add(cell);
    } else if (isBlank(cell) && !isBlank(upper) && (upper.rowSpan > 1 || cell.rowSpan > 1)) {
      grown.set(upper, { ...upper, rowSpan: upper.rowSpan + cell.rowSpan });
      absorbed.add(cell);
    }
  }
  const shift = cut ? last : aboveRows;
  return {
    cells: [
      ...above.map((cell) => grown.get(cell) ?? cell),
      ...below.filter((cell) => !absorbed.has(cell)).map((cell) => ({ ...cell, row: cell.row + shift })),
    ],
    rowsTaken: cut ? 1 : 0,
  };
}

// A cell's text cut by the page: the cell above ran to its right side mid-sentence (this cell's
// first word would not have fit after it), and this one starts no item. Numbers and units fill a
// narrow column without being cut: a number below a number is the next row's, a unit below units is a unit more.
function goesOn(upper: PlacedCell | undefined, cell: PlacedCell): boolean {
  const before = upper?.paragraphs.at(-1);
  const after = cell.paragraphs[0];
  const [last, first] = [upper?.lines.at(-1), cell.lines[0]];
  if (!upper || !last || !first || before === undefined || after === undefined || !wrapsInto(last, first, upper.box)) return false;
  return (
    !endsFinished(before) && !outlineLabel(after) && !(isNumber(before) && isNumber(after)) && !(isUnitList(before) && isUnitList(after))
  );
}

function joinParagraphs(above: readonly string[], below: readonly string[]): string[] {
  const [first = '', ...rest] = below;
  return [...above.slice(0, -1), joinLines([above.at(-1) ?? '', first]), ...rest];
}

function isBlank(cell: PlacedCell): boolean {
  return cell.paragraphs.every((paragraph) => !paragraph.trim());
}

const SURE: readonly RebuiltFrom[] = ['text-positions', 'rules-across', 'borders'];

// A table rebuilt in two ways is as sure as its less sure part.
function leastSure(a: RebuiltFrom, b: RebuiltFrom): RebuiltFrom {
  return SURE.indexOf(a) <= SURE.indexOf(b) ? a : b;
}

function isNumber(text: string): boolean {
  return /^\s*[0-9０-９]+\s*$/u.test(text);
}
