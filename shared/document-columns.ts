import * as msg from './messages/domain/index.ts';
import type { OutputColumn } from './output-columns.ts';
import type { DocCell, DocRow } from './published-document.ts';

// A year-end table described column by column, as the output tabs are (output-columns.ts): a
// column's header, width and cells are declared together. Columns are named, so a total row or a
// chart says which column it means instead of counting.

/** One column of a year-end table. */
export type DocColumn<Row> = OutputColumn<Row, DocCell>;
/** A year-end table's columns by name, in the order they stand in the table. */
export type DocColumns<Row> = Readonly<Record<string, DocColumn<Row>>>;

/** The widths of the columns, in pixels. */
export const columnWidths = <Row>(columns: DocColumns<Row>): number[] => Object.values(columns).map((column) => column.width);

/** Where a column stands in its table, from 0. */
export const columnIndex = <Columns extends DocColumns<never>>(columns: Columns, name: keyof Columns & string): number =>
  Object.keys(columns).indexOf(name);

/** The row of the columns' headers. */
export const headerRow = <Row>(columns: DocColumns<Row>): DocRow => ({
  kind: 'header',
  cells: Object.values(columns).map((column) => column.header),
});

/** A row's cells, one a column. */
export const bodyRow = <Row>(columns: DocColumns<Row>, row: Row): DocRow => ({
  kind: 'body',
  cells: Object.values(columns).map((column) => column.value(row)),
});

/** A total row: 合計 in the first column, the totals given in their columns, the others blank. */
export function totalRow<Columns extends DocColumns<never>>(columns: Columns, totals: Partial<Record<keyof Columns, DocCell>>): DocRow {
  return { kind: 'total', cells: Object.keys(columns).map((name, index) => (index === 0 ? msg.totalLabel : (totals[name] ?? ''))) };
}
