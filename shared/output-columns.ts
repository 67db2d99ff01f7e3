import type { StatusWord } from './status.ts';
import type { Cell, OutputTab } from './workbook.ts';

// An output tab described column by column: a column's header, width and cells are declared
// together, so none of them can be added, dropped or moved without the others, and the tab's
// layout follows from its columns.

/** One column of an output tab (or of a year-end table): its header, its width in pixels and what it holds for each row. */
export interface OutputColumn<Row, Value = Cell> {
  readonly header: string;
  readonly width: number;
  readonly value: (row: Row) => Value;
  /** Set on a column of status words (statusColumn), which backends colour. */
  readonly status?: true;
}

/** A column whose cells are words of status.ts (or blank), coloured where the backend can. */
export function statusColumn<Row>(header: string, width: number, value: (row: Row) => StatusWord | ''): OutputColumn<Row> {
  return { header, width, value, status: true };
}

/** The tab `name`: a header row of the columns' headers, then one row of their values per row. */
export function columnsTab<Row>(name: string, columns: readonly OutputColumn<Row>[], rows: readonly Row[]): OutputTab {
  return {
    name,
    rows: [columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.value(row)))],
    layout: {
      widths: columns.map((column) => column.width),
      statusColumns: columns.flatMap((column, index) => (column.status ? [index] : [])),
    },
  };
}
