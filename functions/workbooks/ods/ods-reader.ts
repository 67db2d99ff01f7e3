// Reads the tabs of an .ods file's content.xml with saxes, as Google Sheets' API would give them
// unformatted: numbers (percentages and currency as their value), dates and times as serial
// numbers (days since 1899-12-30, LibreOffice's own epoch), booleans, and text with its lines
// joined by "\n". Repeated rows and cells are expanded only up to the last value: the
// 1,048,576-row blank tail LibreOffice writes costs nothing. A merged cell's value goes down the
// rows it spans (shared/merged-cells.ts): its covered cells are empty in the file.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { serialOfUtcMs } from '../../../shared/dates.ts';
import { fillMergedCells, type MergedRange } from '../../../shared/merged-cells.ts';
import type { Cell, Tab } from '../../../shared/workbook.ts';

const EMPTY_ROW: readonly Cell[] = Object.freeze([]);
// <text:s text:c="…"/> from a hostile file cannot make a cell of gigabytes.
const MAX_SPACES = 1000;

interface TableState {
  readonly name: string;
  readonly rows: (readonly Cell[])[];
  blankRows: number;
  readonly merges: MergedRange[];
}

interface RowState {
  readonly cells: Cell[];
  readonly repeat: number;
  emptyCells: number;
}

interface CellState {
  readonly attributes: Readonly<Record<string, string>>;
  readonly repeat: number;
  readonly covered: boolean;
  readonly paragraphs: string[];
}

/** The tabs of content.xml, given as text in pieces (so a large file never becomes one string). */
export function readOdsTables(pieces: Iterable<string>): Tab[] {
  const tabs: Tab[] = [];
  let table: TableState | null = null;
  let row: RowState | null = null;
  let cell: CellState | null = null;
  let paragraph: string | null = null;
  // Depth inside something whose text is not the cell's value: a comment, a drawing, a footnote.
  let skip = 0;

  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (skip > 0) {
      skip++;
      return;
    }
    const name = tag.name;
    if (cell) {
      if (!name.startsWith('text:') || name === 'text:note') skip = 1;
      else if (name === 'text:p' || name === 'text:h') paragraph = '';
      else if (paragraph !== null && name === 'text:s') paragraph += ' '.repeat(Math.min(MAX_SPACES, count(tag.attributes['text:c'])));
      else if (paragraph !== null && name === 'text:tab') paragraph += '\t';
      else if (paragraph !== null && name === 'text:line-break') paragraph += '\n';
      return;
    }
    if (name === 'table:table') table = { name: tag.attributes['table:name'] ?? '', rows: [], blankRows: 0, merges: [] };
    else if (name === 'table:table-row' && table)
      row = { cells: [], repeat: count(tag.attributes['table:number-rows-repeated']), emptyCells: 0 };
    else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && row) {
      cell = {
        attributes: tag.attributes,
        repeat: count(tag.attributes['table:number-columns-repeated']),
        covered: name !== 'table:table-cell',
        paragraphs: [],
      };
      const rows = count(tag.attributes['table:number-rows-spanned']);
      if (rows > 1 && table) {
        const columns = count(tag.attributes['table:number-columns-spanned']);
        table.merges.push({ row: table.rows.length + table.blankRows, column: row.cells.length + row.emptyCells, rows, columns });
      }
    }
  });
  parser.on('text', (text) => {
    // ODF white space: tabs and line breaks in the file are spaces, and runs of them one space.
    if (skip === 0 && paragraph !== null) paragraph += text.replace(/[ \t\r\n]+/gu, ' ');
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (skip > 0) {
      skip--;
      return;
    }
    const name = tag.name;
    if (cell && (name === 'text:p' || name === 'text:h') && paragraph !== null) {
      cell.paragraphs.push(paragraph);
      paragraph = null;
    } else if (cell && (name === 'table:table-cell' || name === 'table:covered-table-cell') && row) {
      addCell(row, cell.covered ? null : cellValue(cell), cell.repeat);
      cell = null;
    } else if (!cell && name === 'table:table-row' && row && table) {
      addRow(table, row);
      row = null;
    } else if (!cell && name === 'table:table' && table) {
      tabs.push({ name: table.name, rows: table.merges.length > 0 ? fillMergedCells(table.rows, table.merges) : table.rows });
      table = null;
    }
  });
  for (const piece of pieces) parser.write(piece);
  parser.close();
  return tabs;
}

function addCell(row: RowState, value: Cell, repeat: number): void {
  if (value === null) {
    row.emptyCells += repeat;
    return;
  }
  for (let i = 0; i < row.emptyCells; i++) row.cells.push(null);
  row.emptyCells = 0;
  for (let i = 0; i < repeat; i++) row.cells.push(value);
}

function addRow(table: TableState, row: RowState): void {
  if (row.cells.length === 0) {
    table.blankRows += row.repeat;
    return;
  }
  // Blank rows inside a tab stay, so row numbers in 檢核錯誤 match what the user sees.
  for (let i = 0; i < table.blankRows; i++) table.rows.push(EMPTY_ROW);
  table.blankRows = 0;
  for (let i = 0; i < row.repeat; i++) table.rows.push(row.cells);
}

function cellValue({ attributes, paragraphs }: CellState): Cell {
  switch (attributes['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency':
      return numberOrNull(attributes['office:value']);
    case 'date':
      return dateSerial(attributes['office:date-value']);
    case 'time':
      return durationDays(attributes['office:time-value']);
    case 'boolean':
      return attributes['office:boolean-value'] === 'true';
    default: {
      const text = attributes['office:string-value'] ?? paragraphs.join('\n');
      return text === '' ? null : text;
    }
  }
}

function count(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

function numberOrNull(value: string | undefined): number | null {
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** 2026-02-12 or 2026-02-12T10:30:00(.5) as a serial number (days since 1899-12-30). */
function dateSerial(value: string | undefined): number | null {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?/u.exec(value ?? '');
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) + Number(s) * 1000;
  return serialOfUtcMs(ms);
}

/** PT10H30M00S (an ISO 8601 duration) as a fraction of days. */
function durationDays(value: string | undefined): number | null {
  const match = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/u.exec(value ?? '');
  if (!match) return null;
  const [, minus, d = '0', h = '0', m = '0', s = '0'] = match;
  const days = Number(d) + (Number(h) * 3600 + Number(m) * 60 + Number(s)) / 86_400;
  return minus ? -days : days;
}
