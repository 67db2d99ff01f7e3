// A document table as a grid: every row as wide as the table, each position pointing at the cell
// that covers it. A merged cell (rowSpan, colSpan) covers several positions; `first` tells the
// position where the cell begins from one it only covers, so a merged 實施要項 or 完成期限 is read
// once and applies to every row it spans.
import type { DocumentCell, DocumentTable } from './document.ts';

/** One position of the grid. */
export interface GridSlot {
  readonly cell: DocumentCell;
  /** The cell begins in this row (it is not covered by a cell spanning down from above). */
  readonly firstRow: boolean;
  /** The cell begins in this column. */
  readonly firstColumn: boolean;
}

/** A row of the grid, with the document row it came from. */
export interface GridRow {
  readonly slots: readonly (GridSlot | null)[];
  readonly repeatedHeader: boolean;
  /** 1-based row in the document table. */
  readonly number: number;
}

const EMPTY: DocumentCell = { paragraphs: [], rowSpan: 1, colSpan: 1 };

/** Lays a table out as a grid; positions nothing covers are null. */
export function tableGrid(table: DocumentTable): GridRow[] {
  const covering: (GridSlot | null)[][] = [];
  const rows: GridRow[] = [];
  table.rows.forEach((row, rowIndex) => {
    const slots = (covering[rowIndex] ??= []);
    let column = 0;
    for (const cell of row.cells) {
      while (slots[column]) column++;
      for (let down = 0; down < Math.max(1, cell.rowSpan); down++) {
        const target = (covering[rowIndex + down] ??= []);
        for (let across = 0; across < Math.max(1, cell.colSpan); across++) {
          target[column + across] = { cell, firstRow: down === 0, firstColumn: across === 0 };
        }
      }
      column += Math.max(1, cell.colSpan);
    }
    rows.push({ slots, repeatedHeader: row.repeatedHeader === true, number: rowIndex + 1 });
  });
  const width = Math.max(0, ...rows.map((row) => row.slots.length));
  return rows.map((row) => ({ ...row, slots: Array.from({ length: width }, (_, i) => row.slots[i] ?? null) }));
}

/** The text of a position: its cell's paragraphs joined by line breaks ('' for nothing). */
export function slotText(slot: GridSlot | null | undefined): string {
  return (slot?.cell ?? EMPTY).paragraphs.join('\n').trim();
}

/** The paragraphs of a position's cell. */
export function slotParagraphs(slot: GridSlot | null | undefined): readonly string[] {
  return (slot?.cell ?? EMPTY).paragraphs.filter((paragraph) => paragraph.trim() !== '');
}
