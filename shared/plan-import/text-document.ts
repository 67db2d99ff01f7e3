// A plan as text — extracted from a PDF or Word file, converted to Markdown, or pasted — read into
// the document model. Tables come as tab-separated lines, Markdown pipe tables (with `---`
// separator lines) or HTML <table>; a table broken at page ends comes as pieces separated by blank
// lines, the header repeated, a cut row going on in the first row of the next piece. Lines are
// paragraphs, also cut where a page ended; `#` marks a heading and `- ` a list item.

import { matchKey } from '../text.ts';
import type { DocumentBlock, DocumentCell, DocumentParagraph, DocumentRow, DocumentTable, PlanDocument } from './document.ts';
import { htmlTables } from './html-table.ts';
import { htmlParagraphs } from './html-text.ts';
import { isLabelledLine } from './labelled-parts.ts';
import { outlineLabel } from './outline-label.ts';
import { joinRowsAcrossPages } from './page-breaks.ts';
import { isPageFooter, spacedHeader, spacedRows, startsSpacedRow } from './spaced-columns.ts';
import { joinSpacedOut } from './spaced-out.ts';
import type { ColumnRole } from './table-columns.ts';
import { endsFinished, joinWrapped } from './wrapped-text.ts';

type Line =
  | { readonly kind: 'blank' | 'rule' }
  | { readonly kind: 'pipe' | 'tab'; readonly cells: readonly string[] }
  | { readonly kind: 'html-table'; readonly html: string }
  | { readonly kind: 'text'; readonly text: string; readonly heading?: number; readonly bullet?: boolean };

// A row of dashes (with pipes, colons or tabs between): a Markdown table's header rule or a rule line.
const RULE = /^[\s|:\t]*[-—–=]{2,}[-—–=\s|:\t]*$/u;
// A line cut so short, or ending in a comma, is joined to the next when that one goes on with it.
const WRAPPED_LENGTH = 20;

/**
 * Reads a text plan into blocks in reading order.
 * @example readTextDocument('壹、依據\n\n項次\t具體作法\n1\t檢討流程', 'plan.txt', 'txt').blocks.length // → 2
 */
export function readTextDocument(text: string, source: string, kind: 'txt' | 'md'): PlanDocument {
  const lines = classifyLines(text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u));
  const blocks: DocumentBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as Line;
    if (line.kind === 'pipe' || line.kind === 'tab') {
      const run = tableRun(lines, index, line.kind);
      blocks.push(...run.tables);
      index = run.end;
    } else if (line.kind === 'html-table') {
      blocks.push(...htmlTables(line.html).map(spacedOutTable));
      index++;
    } else if (line.kind === 'text' && !line.heading && spacedHeader(line.text)) {
      const roles = spacedHeader(line.text) ?? [];
      const run = spacedRun(lines, index + 1, roles);
      blocks.push(spacedTable(line.text, run.texts, roles));
      index = run.end;
    } else if (line.kind === 'text') {
      const previous = blocks.at(-1);
      const gap = index > 0 && lines[index - 1]?.kind !== 'text';
      if (previous?.kind === 'paragraph' && goesOn(previous, line, gap)) {
        blocks[blocks.length - 1] = { ...previous, text: joinWrapped(previous.text, line.text) };
      } else {
        blocks.push(paragraphOf(line));
      }
      index++;
    } else {
      index++;
    }
  }
  return { source, kind, blocks, confidence: 'approximate' };
}

function classifyLines(raw: readonly string[]): Line[] {
  const lines: Line[] = [];
  for (let index = 0; index < raw.length; index++) {
    const text = raw[index] ?? '';
    const trimmed = text.trim();
    if (/<table\b/iu.test(trimmed)) {
      // An HTML table may run over many lines: take them up to its end.
      let html = text;
      while (!/<\/table>/iu.test(html) && index + 1 < raw.length) html += `\n${raw[++index] ?? ''}`;
      lines.push({ kind: 'html-table', html });
    } else if (!trimmed) lines.push({ kind: 'blank' });
    else if (RULE.test(trimmed)) lines.push({ kind: 'rule' });
    else if (trimmed.startsWith('|') && trimmed.length > 1) lines.push({ kind: 'pipe', cells: pipeCells(trimmed) });
    else if (text.includes('\t')) lines.push({ kind: 'tab', cells: text.split('\t') });
    else lines.push(textLine(trimmed));
  }
  return lines;
}

function textLine(trimmed: string): Line {
  const heading = /^(#{1,6})\s+(.*)$/u.exec(trimmed);
  if (heading) return { kind: 'text', text: heading[2] ?? '', heading: heading[1]?.length ?? 1 };
  const bullet = /^[-*+•・]\s+(.*)$/u.exec(trimmed);
  if (bullet) return { kind: 'text', text: bullet[1] ?? '', bullet: true };
  return { kind: 'text', text: trimmed };
}

// | a | b \| c | → ['a', 'b | c']
function pipeCells(line: string): string[] {
  const inner = line.replace(/^\|/u, '').replace(/\|\s*$/u, '');
  return inner.split(/(?<!\\)\|/u).map((cell) => cell.replace(/\\\|/gu, '|'));
}

function paragraphOf(line: Extract<Line, { kind: 'text' }>): DocumentParagraph {
  const text = joinSpacedOut(htmlParagraphs(line.text).join('\n'));
  const bulletLabel = line.bullet && !outlineLabel(text) ? { label: '•' } : {};
  return { kind: 'paragraph', text, ...(line.heading ? { heading: line.heading } : {}), ...bulletLabel };
}

// A paragraph goes on in the next line when it was cut (long, or ending in a comma, and not ending a
// sentence) and the next line starts no item or heading of its own, nor is a labelled part (權責單位：…).
function goesOn(previous: DocumentParagraph, line: Extract<Line, { kind: 'text' }>, gap: boolean): boolean {
  if (previous.heading || line.heading || line.bullet || outlineLabel(line.text) || isLabelledLine(line.text)) return false;
  if (endsFinished(previous.text)) return false;
  return (!gap && previous.text.length >= WRAPPED_LENGTH / 2) || previous.text.length >= WRAPPED_LENGTH || /[，、,]$/u.test(previous.text);
}

// ---- tables ----

// The lines of a table pasted with spaces between its columns, from `start` (below its header) to
// the next section heading or the first paragraph after a blank line; page footers left out.
function spacedRun(lines: readonly Line[], start: number, roles: readonly ColumnRole[]): { texts: string[]; end: number } {
  const texts: string[] = [];
  let index = start;
  for (; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.kind === 'blank') {
      const next = lines.slice(index + 1).find((later) => later.kind !== 'blank');
      if (next?.kind === 'text' && startsSpacedRow(next.text, roles)) continue;
      break;
    }
    if (line.kind !== 'text' || line.heading || isSectionHeading(line.text, roles)) break;
    if (!isPageFooter(line.text)) texts.push(line.text);
  }
  return { texts, end: index };
}

// 四、管考: a heading of the plan's own outline, not a row (a row starts with its 項次).
function isSectionHeading(text: string, roles: readonly ColumnRole[]): boolean {
  const kind = outlineLabel(text)?.kind;
  return kind !== undefined && kind !== 'arabic' && kind !== 'arabicParen' && !startsSpacedRow(text, roles);
}

function spacedTable(header: string, texts: readonly string[], roles: readonly ColumnRole[]): DocumentTable {
  const rows = spacedRows(header, texts, roles).map((cells) => ({ cells: cells.map((text) => cell(text, 1)) }));
  return { kind: 'table', rows, rebuiltFrom: 'spaces' };
}

interface RawRow {
  readonly cells: readonly string[];
  /** A blank line (a page end) came before this row. */
  readonly afterGap: boolean;
  /** A Markdown header: a rule line follows it. */
  readonly markedHeader: boolean;
}

// The rows of one kind from `start` on, across blank and rule lines, cut into tables where a
// Markdown header that is not the first one's begins another table.
function tableRun(lines: readonly Line[], start: number, kind: 'pipe' | 'tab'): { tables: DocumentTable[]; end: number } {
  const rows: RawRow[] = [];
  let index = start;
  let gap = false;
  while (index < lines.length) {
    const line = lines[index] as Line;
    if (line.kind === kind) {
      const markedHeader = kind === 'pipe' && lines[index + 1]?.kind === 'rule';
      rows.push({ cells: line.cells, afterGap: gap, markedHeader });
      gap = false;
    } else if (line.kind === 'blank') {
      gap = true;
    } else if (line.kind !== 'rule') {
      break;
    }
    index++;
  }
  // Trailing blank lines belong to what follows.
  while (index > start && lines[index - 1]?.kind === 'blank') index--;
  return { tables: splitTables(rows).map(buildTable), end: index };
}

// A new table starts at a Markdown header unlike the first one's (a repeated or blank header is the
// same table on a new page, as converters write it), or after a blank line at a row of another width
// that does not go on with the row above (its first cell filled).
function splitTables(rows: readonly RawRow[]): RawRow[][] {
  const tables: RawRow[][] = [];
  let header: string | null = null;
  let width = 0;
  for (const row of rows) {
    const key = row.cells.map(matchKey).join('\u0000');
    const blank = row.cells.every((cell) => !cell.trim());
    const otherHeader = row.markedHeader && header !== null && key !== header && !blank;
    const otherWidth = row.afterGap && width > 0 && filledWidth(row.cells) !== width && !!row.cells[0]?.trim() && !isTitleRow(row.cells);
    if (tables.length === 0 || otherHeader || otherWidth) {
      tables.push([]);
      header = row.markedHeader ? key : null;
      width = 0;
    }
    if (row.markedHeader && header === null) header = key;
    if (width === 0 && !isTitleRow(row.cells) && !blank) width = filledWidth(row.cells);
    tables.at(-1)?.push(row);
  }
  return tables;
}

// A row's width up to its last filled cell (a trailing tab adds nothing).
function filledWidth(cells: readonly string[]): number {
  let width = cells.length;
  while (width > 0 && !cells[width - 1]?.trim()) width--;
  return width;
}

function buildTable(raw: readonly RawRow[]): DocumentTable {
  const width = Math.max(...raw.map((row) => row.cells.length));
  const headerIndex = raw.findIndex((row) => !isTitleRow(row.cells) && row.cells.some((cell) => cell.trim()));
  const headerKey = headerIndex < 0 ? null : rowKey(raw[headerIndex]?.cells ?? []);
  const rows: DocumentRow[] = [];
  const pageStarts = new Set<number>();
  for (const [index, row] of raw.entries()) {
    const blank = row.cells.every((cell) => !cell.trim());
    // A page's headerless piece starts with a blank header row: a page break, not a row.
    if (blank && row.markedHeader) {
      pageStarts.add(rows.length);
      continue;
    }
    if (blank) continue;
    if (row.afterGap || (row.markedHeader && index > 0)) pageStarts.add(rows.length);
    const repeated = index > headerIndex && headerKey !== null && rowKey(row.cells) === headerKey;
    rows.push(buildRow(row.cells, width, index === headerIndex, repeated));
  }
  return spacedOutTable({ kind: 'table', rows: joinRowsAcrossPages(rows, pageStarts) });
}

function isTitleRow(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell.trim());
  return cells.length > 1 && filled.length === 1 && !!cells[0]?.trim() && !/^\s*[0-9]+\s*$/u.test(cells[0]);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL joins a row's cells, since no cell holds one
const TRAILING_NULS = /\u0000+$/u;

function rowKey(cells: readonly string[]): string {
  return cells.map(matchKey).join('\u0000').replace(TRAILING_NULS, '');
}

// A title row spans the table; in the header, a blank cell after a named one is that one's span
// (「執行要項 | | 執行重點」: 執行要項 covers two columns).
function buildRow(texts: readonly string[], width: number, isHeader: boolean, repeatedHeader: boolean): DocumentRow {
  if (isTitleRow(texts)) return { cells: [cell(texts[0] ?? '', width)] };
  const cells: DocumentCell[] = [];
  for (let column = 0; column < width; column++) {
    const text = texts[column] ?? '';
    const owner = cells.at(-1);
    if (isHeader && !text.trim() && owner && owner.paragraphs.length > 0) {
      cells[cells.length - 1] = { ...owner, colSpan: owner.colSpan + 1 };
      continue;
    }
    cells.push(cell(text, 1));
  }
  return { cells, ...(repeatedHeader ? { repeatedHeader: true } : {}) };
}

function cell(text: string, colSpan: number): DocumentCell {
  return { paragraphs: htmlParagraphs(text), rowSpan: 1, colSpan };
}

function spacedOutTable(table: DocumentTable): DocumentTable {
  return {
    ...table,
    rows: table.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c, paragraphs: c.paragraphs.map(joinSpacedOut) })) })),
  };
}
