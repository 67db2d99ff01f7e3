// One cell and one paragraph as content.xml holds them. ODF collapses runs of spaces and drops
// leading ones, so spaces that would be lost are written as <text:s/>, tabs as <text:tab/>, and
// each line of a multi-line cell is its own <text:p>.
import type { Cell } from '../../../shared/workbook.ts';
import { escapeXml } from './ods-xml.ts';

/** A <table:table-cell> for the value, with a style name when it is not the column's default. */
export function cellXml(value: Cell, style: string | null, repeat = 1): string {
  const attributes = `${style ? ` table:style-name="${style}"` : ''}${repeat > 1 ? ` table:number-columns-repeated="${repeat}"` : ''}`;
  if (value === null || value === '') return `<table:table-cell${attributes}/>`;
  if (typeof value === 'boolean') {
    return `<table:table-cell${attributes} office:value-type="boolean" office:boolean-value="${value}"><text:p>${value ? 'TRUE' : 'FALSE'}</text:p></table:table-cell>`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return `<table:table-cell${attributes} office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  }
  // A string value: text beginning with = is shown as typed and never becomes a formula.
  const paragraphs = String(value).split(/\r\n|\r|\n/u).map(paragraphXml).join('');
  return `<table:table-cell${attributes} office:value-type="string">${paragraphs}</table:table-cell>`;
}

/** One line as a <text:p>, its spaces and tabs kept. */
export function paragraphXml(line: string): string {
  if (line === '') return '<text:p/>';
  let xml = '';
  for (const match of line.matchAll(/ +|\t|[^ \t]+/gu)) {
    const run = match[0];
    const start = match.index;
    const end = start + run.length;
    if (run === '\t') xml += '<text:tab/>';
    else if (run[0] !== ' ') xml += escapeXml(run);
    else {
      // Only a single space between two other characters survives as a literal space.
      const between = run.length === 1 && start > 0 && end < line.length && line[start - 1] !== '\t' && line[end] !== '\t';
      xml += between ? ' ' : run.length === 1 ? '<text:s/>' : `<text:s text:c="${run.length}"/>`;
    }
  }
  return `<text:p>${xml}</text:p>`;
}
