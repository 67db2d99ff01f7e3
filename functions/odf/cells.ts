// A spreadsheet cell as content.xml holds it: its value typed (text never becomes a formula, even
// when it begins with =), its style, and how many columns it repeats or spans.
import { paragraphsXml } from './text.ts';

/** What a cell can hold: text, a number, a boolean, a calendar date (ISO, yyyy-mm-dd), a ratio shown as a percentage, or nothing. */
export type OdfCellValue = string | number | boolean | { readonly date: string } | { readonly percent: number } | null;

/** Where a cell sits: its style, the columns it repeats (identical cells), and the columns and rows it spans (a merge). */
export interface CellPlacement {
  readonly style?: string | null;
  readonly repeat?: number;
  readonly span?: number;
  readonly rows?: number;
}

/** A <table:table-cell> holding the value. */
export function tableCellXml(value: OdfCellValue, { style, repeat = 1, span = 1, rows = 1 }: CellPlacement = {}): string {
  const attributes = [
    style ? ` table:style-name="${style}"` : '',
    repeat > 1 ? ` table:number-columns-repeated="${repeat}"` : '',
    span > 1 || rows > 1 ? ` table:number-columns-spanned="${span}" table:number-rows-spanned="${rows}"` : '',
  ].join('');
  if (value === null || value === '') return `<table:table-cell${attributes}/>`;
  if (typeof value === 'boolean') {
    return `<table:table-cell${attributes} office:value-type="boolean" office:boolean-value="${value}"><text:p>${value ? 'TRUE' : 'FALSE'}</text:p></table:table-cell>`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return `<table:table-cell${attributes} office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  }
  // Dates and percentages without text: LibreOffice shows them in the cell's data style.
  if (typeof value === 'object' && 'date' in value)
    return `<table:table-cell${attributes} office:value-type="date" office:date-value="${value.date}"/>`;
  if (typeof value === 'object') return `<table:table-cell${attributes} office:value-type="percentage" office:value="${value.percent}"/>`;
  return `<table:table-cell${attributes} office:value-type="string">${paragraphsXml(String(value))}</table:table-cell>`;
}
