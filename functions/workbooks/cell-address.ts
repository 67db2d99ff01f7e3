// Cell references as spreadsheets write them, for every writer that names a cell or a tab in a
// formula, a range or an ODF attribute (Sheets A1 ranges, .ods autofilters and charts).

/** 0 → A, 26 → AA: a column's letters. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * A tab's name as a reference names it: always in apostrophes, an apostrophe inside doubled
 * (`'表單回應 1'`, `'It''s'`), as spreadsheet formulas write it and the Sheets API echoes it. Never
 * bare: Sheets reads a bare name that looks like a cell (`CRM26`) as that cell, and names with
 * spaces or CJK characters need the quotes anyway.
 */
export const quotedTabName = (name: string) => `'${name.replaceAll("'", "''")}'`;

/** `'單位完成率'.D4` from 0-based column and row: a cell address as ODF writes it. */
export const cellAddress = (sheet: string, column: number, row: number) => `${quotedTabName(sheet)}.${columnLetter(column)}${row + 1}`;
