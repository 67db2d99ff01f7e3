// The pages of a year-end document's Writer version (behind its PDF and its .odt), decided here
// rather than left to LibreOffice, which can neither keep a table row with the next one (a
// 執行策略 row ended pages, its practices on the next) nor show a merged cell's text again on the
// page that continues it (a 實施要項 written once beside its practices would be blank there).
// So each printed page's rows are a table of their own, the pages after the first starting with a
// page break: every page has the header row, a heading row never ends a page (it goes over with
// the row it heads; a total never starts one), and a cell merged down shows its text at the top of
// each page it is on, with （續）. A section heading goes to the next page with the start of its table. Heights come from
// text-metrics.ts; pages are filled to `fill` of their height, so an estimate a little short never
// pushes a row over (year-end-documents.ts checks the page count and lays out tighter if it did).

import * as msg from '../../shared/messages/functions/index.ts';
import {
  cellAsText,
  type DocCell,
  type DocRow,
  type DocSheet,
  type Document,
  type DownMerge,
  type RowKind,
} from '../../shared/published-document.ts';
import { ROW_LOOKS } from '../../shared/row-looks.ts';
import { LINE_HEIGHT_EM, wrappedLines } from '../../shared/text-metrics.ts';
import { CELL_PADDING } from '../odf/look.ts';
import { bodyHeightCm } from '../odf/page.ts';
import { DOCUMENT_PAGE, PRINTABLE_WIDTH_CM } from './document-page.ts';

const PT_PER_CM = 72 / 2.54;
/** How much of a page's height the layout fills, unless told otherwise. */
export const DEFAULT_FILL = 0.97;
/** Vertical spacing of the Writer document's blocks, in cm (odt-document.ts writes them). */
export const SPACING_CM = {
  titleBelow: 0.2,
  sectionAbove: 0.6,
  sectionBelow: 0.2,
  infoBelow: 0.1,
  tableAbove: 0.1,
  tableBelow: 0.2,
} as const;
/** Font size of a section heading after the document's title (a unit summary's 落後項目…), in pt. */
export const SECTION_HEADING_SIZE = 13;
// A cell's frame (0.5 pt lines) and the paragraph LibreOffice keeps after the last table.
const BORDER_PT = 0.5;
const END_PARAGRAPH_PT = 2;
const EMPTY_ROW: DocRow = { kind: 'body', cells: [] };

/** A cell merged down some rows of a page's table: where it starts there, how many rows it spans, and what it shows. */
export interface PageSpan {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly kind: RowKind;
  readonly content: DocCell;
}

/** A piece of the document in print order; `newPage` when it starts a page. */
export type PageBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string; readonly newPage: boolean }
  | { readonly kind: 'info'; readonly text: string; readonly newPage: boolean }
  | {
      readonly kind: 'table';
      readonly name: string;
      /** Index of the document sheet it shows (its column widths). */
      readonly sheet: number;
      readonly header: readonly DocRow[];
      readonly rows: readonly DocRow[];
      readonly spans: readonly PageSpan[];
      readonly newPage: boolean;
    };

/** A document laid out in pages. */
export interface PagedDocument {
  readonly document: Document;
  readonly blocks: readonly PageBlock[];
  /** How many pages it prints on. */
  readonly pages: number;
}

/** Column widths of a sheet on the page, in cm. */
export function sheetWidthsCm(sheet: DocSheet): number[] {
  const columns = Math.max(sheet.widths.length, ...sheet.rows.map((row) => row.cells.length));
  const total = sheet.widths.reduce((sum, width) => sum + width, 0) || 1;
  return Array.from({ length: columns }, (_, i) => ((sheet.widths[i] ?? 80) / total) * PRINTABLE_WIDTH_CM);
}

/**
 * The document cut into pages filled to `fill` of their height.
 * @example paginate(yearEndDocument(result.output)).pages // → 5
 */
export function paginate(document: Document, fill = DEFAULT_FILL): PagedDocument {
  const capacity = bodyHeightCm(DOCUMENT_PAGE) * PT_PER_CM * fill - END_PARAGRAPH_PT;
  const blocks: PageBlock[] = [];
  let used = 0;
  let pages = 1;
  const turnPage = () => {
    pages++;
    used = 0;
  };

  document.sheets.forEach((sheet, sheetIndex) => {
    const widths = sheetWidthsCm(sheet);
    const height = rowHeights(sheet, widths);
    const merges = mergesByRow(sheet);
    const { lead, tables } = partsOf(sheet);
    type LeadBlock = Extract<PageBlock, { kind: 'heading' | 'info' }>;
    const leadBlocks = lead.map((row, i): { block: LeadBlock; height: number } => {
      const text = row.cells.map(cellAsText).filter(Boolean).join(' ');
      if (row.kind !== 'title')
        return {
          block: { kind: 'info', text, newPage: false },
          height: lineBlockPt(text, ROW_LOOKS.info.size) + SPACING_CM.infoBelow * PT_PER_CM,
        };
      const level = sheetIndex === 0 && i === 0 ? 1 : 2;
      const size = level === 1 ? ROW_LOOKS.title.size : SECTION_HEADING_SIZE;
      const spacing = level === 1 ? SPACING_CM.titleBelow : SPACING_CM.sectionAbove + SPACING_CM.sectionBelow;
      return { block: { kind: 'heading', level, text, newPage: false }, height: lineBlockPt(text, size) + spacing * PT_PER_CM };
    });

    // A section's heading and lines stay with its table's header and first rows.
    const [firstTable] = tables;
    const leadHeight = leadBlocks.reduce((sum, { height: h }) => sum + h, 0);
    const tableStart = (table: SheetTable) =>
      SPACING_CM.tableAbove * PT_PER_CM + sum(table.header.map(height)) + sum((unitsOf(sheet, table.body)[0] ?? []).map(height));
    let breakBefore = used > 0 && used + leadHeight + (firstTable ? tableStart(firstTable) : 0) > capacity;
    if (breakBefore) turnPage();
    for (const { block, height: h } of leadBlocks) {
      blocks.push({ ...block, newPage: breakBefore });
      breakBefore = false;
      used += h;
    }

    tables.forEach((table, tableIndex) => {
      const baseName = `${sheet.name}${tableIndex > 0 ? ` (${tableIndex + 1})` : ''}`;
      const header = table.header.map((index) => sheet.rows[index] ?? EMPTY_ROW);
      const headerHeight = SPACING_CM.tableAbove * PT_PER_CM + sum(table.header.map(height));
      // Where the rows of a unit placed from `top` end (`bottom`, where the next row goes) and how far
      // down the page they reach (`extent`): a cell merged down through them needs its whole text's
      // height from the row it starts at, and the rows below it start after that once it ends.
      const reach = (unit: readonly number[], page: PageTable | null, top: number) => {
        let bottom = top;
        const floors = new Map(page?.floors() ?? []);
        for (const index of unit) {
          const merge = merges.get(index);
          for (const [other, floor] of [...floors]) {
            if (other === merge) continue;
            bottom = Math.max(bottom, floor);
            floors.delete(other);
          }
          if (merge && !floors.has(merge)) floors.set(merge, bottom + mergedHeight(sheet, merge, widths, index !== merge.from));
          bottom += height(index);
        }
        return { bottom, extent: Math.max(bottom, ...floors.values()), floors };
      };
      let page: PageTable | null = null;
      const emit = (done: PageTable) => {
        const part = blocks.filter(
          (block) => block.kind === 'table' && block.sheet === sheetIndex && block.name.startsWith(baseName),
        ).length;
        blocks.push({
          kind: 'table',
          name: part === 0 ? baseName : `${baseName}－${part + 1}`,
          sheet: sheetIndex,
          header,
          rows: done.rows.map((index) => sheet.rows[index] ?? EMPTY_ROW),
          spans: done.spans(),
          newPage: done.newPage,
        });
      };
      for (const unit of unitsOf(sheet, table.body)) {
        if (page === null || (page.rows.length > 0 && reach(unit, page, used).extent > capacity)) {
          if (page !== null) {
            emit(page);
            turnPage();
            breakBefore = true;
          } else if (used > 0 && reach(unit, null, used + headerHeight).extent > capacity) {
            turnPage();
            breakBefore = true;
          }
          page = new PageTable(breakBefore);
          breakBefore = false;
          used += headerHeight;
        }
        const { bottom, extent, floors } = reach(unit, page, used);
        // A unit taller than a page is split by LibreOffice after all: count the pages it takes.
        if (extent - used > capacity) pages += Math.floor((extent - used) / capacity);
        for (const index of unit) {
          const merge = merges.get(index);
          page.add(index, merge, merge ? (floors.get(merge) ?? used) : 0, (m) => sheet.rows[m.from]?.cells[m.column] ?? null);
        }
        used = bottom;
      }
      if (page !== null) used = Math.max(used, ...page.floors().map(([, floor]) => floor));
      if (page !== null) emit(page);
      used += SPACING_CM.tableBelow * PT_PER_CM;
    });
  });
  return { document, blocks, pages };
}

// The rows of one page's table, and the cells merged down through them: each shows its content at
// its first row on this page (with （續） when it began on an earlier page).
class PageTable {
  readonly rows: number[] = [];
  readonly #open = new Map<DownMerge, { row: number; floor: number; content: DocCell; rows: number }>();
  readonly #done: PageSpan[] = [];
  /** Whether the table starts a page of its own (a page break before it). */
  readonly newPage: boolean;

  constructor(newPage: boolean) {
    this.newPage = newPage;
  }

  /** The cells merged down that are open at the table's last row, each with how far down the page its text reaches (pt). */
  floors(): [DownMerge, number][] {
    return [...this.#open].map(([merge, open]) => [merge, open.floor]);
  }

  /** Adds a row, part of `merge` if any, whose text reaches `floor` when the row opens it here. */
  add(index: number, merge: DownMerge | undefined, floor: number, content: (merge: DownMerge) => DocCell): void {
    for (const other of [...this.#open.keys()]) if (other !== merge) this.#close(other);
    if (merge) {
      const open = this.#open.get(merge);
      if (open) open.rows++;
      else
        this.#open.set(merge, {
          row: this.rows.length,
          floor,
          content: index === merge.from ? content(merge) : continued(content(merge)),
          rows: 1,
        });
    }
    this.rows.push(index);
  }

  /** The merged cells of the page, in row order. */
  spans(): PageSpan[] {
    for (const merge of [...this.#open.keys()]) this.#close(merge);
    return [...this.#done].sort((a, b) => a.row - b.row);
  }

  #close(merge: DownMerge): void {
    const open = this.#open.get(merge);
    if (!open) return;
    this.#done.push({ row: open.row, column: merge.column, rows: open.rows, kind: merge.kind, content: open.content });
    this.#open.delete(merge);
  }
}

interface SheetTable {
  readonly header: readonly number[];
  readonly body: readonly number[];
}

// A sheet's title and information lines, then its tables: a header row after data rows starts a new one.
function partsOf(sheet: DocSheet): { lead: DocRow[]; tables: SheetTable[] } {
  const lead: DocRow[] = [];
  const tables: { header: number[]; body: number[] }[] = [];
  sheet.rows.forEach((row, index) => {
    if (row.kind === 'title' || row.kind === 'info') {
      if (tables.length === 0) lead.push(row);
      return;
    }
    let table = tables.at(-1);
    if (!table || (row.kind === 'header' && table.body.length > 0)) tables.push((table = { header: [], body: [] }));
    (row.kind === 'header' && table.body.length === 0 ? table.header : table.body).push(index);
  });
  return { lead, tables };
}

// Rows that go to a page together: heading rows (實施要項, 執行策略) with the row after them, and a
// total with the row before it.
function unitsOf(sheet: DocSheet, body: readonly number[]): number[][] {
  const units: number[][] = [];
  let pending: number[] = [];
  for (const index of body) {
    const kind = sheet.rows[index]?.kind;
    const last = units.at(-1);
    if (kind === 'total' && pending.length === 0 && last) {
      last.push(index);
      continue;
    }
    pending.push(index);
    if (kind !== 'group' && kind !== 'subgroup') {
      units.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) units.push(pending);
  return units;
}

function mergesByRow(sheet: DocSheet): Map<number, DownMerge> {
  const byRow = new Map<number, DownMerge>();
  for (const merge of sheet.mergesDown ?? []) for (let r = merge.from; r <= merge.to; r++) byRow.set(r, merge);
  return byRow;
}

const continued = (content: DocCell): DocCell => (content === null ? null : `${cellAsText(content)}${msg.continuedMark}`);

// Each row's height in pt: its tallest cell, a cell merged down aside (mergedHeight).
function rowHeights(sheet: DocSheet, widths: readonly number[]): (index: number) => number {
  const merges = mergesByRow(sheet);
  const memo = new Map<number, number>();
  return (index) => {
    const known = memo.get(index);
    if (known !== undefined) return known;
    const row = sheet.rows[index] ?? EMPTY_ROW;
    const skip = merges.get(index)?.column;
    let tallest = cellHeightPt('', widths[0] ?? 1, ROW_LOOKS[row.kind].size);
    row.cells.forEach((cell, column) => {
      if (column === skip || (row.merge && column > row.merge.from && column <= row.merge.to)) return;
      const last = row.merge?.from === column ? row.merge.to : column;
      const width = sum(widths.slice(column, last + 1));
      tallest = Math.max(tallest, cellHeightPt(cellAsText(cell), width, ROW_LOOKS[row.kind].size));
    });
    memo.set(index, tallest);
    return tallest;
  };
}

function mergedHeight(sheet: DocSheet, merge: DownMerge, widths: readonly number[], isContinued: boolean): number {
  const content = sheet.rows[merge.from]?.cells[merge.column] ?? null;
  return cellHeightPt(cellAsText(isContinued ? continued(content) : content), widths[merge.column] ?? 1, ROW_LOOKS[merge.kind].size);
}

/** A table cell's height in pt: its text wrapped in the cell's width less padding and frame, one line at least. */
function cellHeightPt(text: string, widthCm: number, sizePt: number): number {
  const inner = widthCm * PT_PER_CM - 2 * CELL_PADDING.x * PT_PER_CM - 2 * BORDER_PT;
  return wrappedLines(text, inner / sizePt) * LINE_HEIGHT_EM * sizePt + 2 * CELL_PADDING.y * PT_PER_CM + BORDER_PT;
}

// A paragraph across the page: its lines' height in pt.
function lineBlockPt(text: string, sizePt: number): number {
  return wrappedLines(text, (PRINTABLE_WIDTH_CM * PT_PER_CM) / sizePt) * LINE_HEIGHT_EM * sizePt;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
