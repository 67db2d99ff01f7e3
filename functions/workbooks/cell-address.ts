/** 0 → A, 26 → AA: a column's letters. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `'單位完成率'.D4` from 0-based column and row: a cell address as ODF charts write it. */
export const cellAddress = (sheet: string, column: number, row: number) => `'${sheet.replaceAll("'", "''")}'.${columnLetter(column)}${row + 1}`;
