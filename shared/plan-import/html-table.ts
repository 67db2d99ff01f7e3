// An HTML <table> left in extracted text (a Word file saved as HTML, a web page pasted), read into
// the document model with its merged cells (rowspan, colspan). Nested tables are read as text.

import { matchKey } from '../text.ts';
import type { DocumentCell, DocumentRow, DocumentTable } from './document.ts';
import { htmlParagraphs } from './html-text.ts';

const TABLE = /<table\b[^>]*>([\s\S]*?)<\/table>/giu;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr>|$)/giu;
const CELL = /<(t[dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/t[dh]>|$)/giu;

/** Every <table> in an HTML fragment, in order; its merged cells are as rowspan and colspan write them. */
export function htmlTables(html: string): DocumentTable[] {
  return [...html.matchAll(TABLE)].map((table) => ({ kind: 'table', rows: rowsOf(table[1] ?? ''), mergesKept: true }));
}

function rowsOf(body: string): DocumentRow[] {
  const rows: DocumentRow[] = [];
  for (const row of body.matchAll(ROW)) {
    const cells: DocumentCell[] = [];
    for (const cell of (row[1] ?? '').matchAll(CELL)) {
      const attributes = cell[2] ?? '';
      cells.push({ paragraphs: htmlParagraphs(cell[3] ?? ''), rowSpan: span(attributes, 'rowspan'), colSpan: span(attributes, 'colspan') });
    }
    if (cells.length === 0) continue;
    // The first row repeated further down is the header printed again on a new page.
    const repeated = rows.length > 0 && keyOf(cells) === keyOf(rows[0]?.cells ?? []);
    rows.push({ cells, ...(repeated ? { repeatedHeader: true } : {}) });
  }
  return rows;
}

function keyOf(cells: readonly DocumentCell[]): string {
  return matchKey(cells.map((cell) => cell.paragraphs.join('\n')).join('\u0000'));
}

function span(attributes: string, name: string): number {
  const value = new RegExp(String.raw`\b${name}\s*=\s*["']?([0-9]+)`, 'iu').exec(attributes)?.[1];
  const n = value === undefined ? 1 : Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
