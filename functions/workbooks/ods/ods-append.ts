// Rows added below the last row holding anything in a <table:table>, as the file holds it now:
// every other row's XML stays as it was, and the blank rows a spreadsheet keeps at the end of a
// table (LibreOffice writes a 1,048,576-row repeated tail) are split only where the rows go.
import type { Cell } from '../../../shared/workbook.ts';
import { setOdsColumn } from './ods-table-edit.ts';

/** The table with `rows` written from row index `at` (0-based; the rows there are blank), one column at a time. */
export function appendOdsRows(table: string, at: number, rows: readonly (readonly Cell[])[]): string {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  let xml = table;
  for (let column = 0; column < width; column++) {
    const values = rows.map((row) => row[column] ?? null);
    if (values.every((value) => value === null || value === '')) continue;
    xml = setOdsColumn(xml, column, [...new Array<undefined>(at).fill(undefined), ...values]);
  }
  return xml;
}
