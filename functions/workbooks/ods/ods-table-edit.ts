// Edits one column of a <table:table> as the file holds it, leaving every other cell's XML —
// its formula, date, style, comment, merge — exactly as it was. Repeated rows and cells are split
// only where the column is written, so a 1,048,576-row blank tail stays one element.
import type { Cell } from '../../../shared/workbook.ts';
import { tableCellXml } from '../../odf/cells.ts';
import type { OdsRowFit } from './ods-row-height.ts';

const ROW_START = /<table:table-row(?=[\s>/])/gu;
const CELL_START = /<table:(?:covered-)?table-cell(?=[\s>/])/gu;
const TAG = String.raw`<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>`;
const ROW_REPEAT = 'table:number-rows-repeated';
const CELL_REPEAT = 'table:number-columns-repeated';
const ROW_STYLE = 'table:style-name';

/** Markup the editor does not follow (a tag it cannot read, an element never closed): the file is not edited. */
export class OdsLayoutNotEdited extends Error {}

interface Element {
  readonly name: string;
  readonly attributes: string;
  /** The XML inside the element ('' when it closes itself). */
  readonly body: string;
  readonly repeat: number;
}

/**
 * The table with column `column` (0-based) of row r set to values[r]; rows past the values, and rows
 * whose value is undefined, keep theirs. A row whose `fit` names a row style for its value gets that style.
 */
export function setOdsColumn(table: string, column: number, values: readonly (Cell | undefined)[], fit?: OdsRowFit): string {
  const out: string[] = [];
  let position = 0;
  let row = 0;
  for (const { element, start, end } of elements(table, ROW_START, ROW_REPEAT)) {
    out.push(table.slice(position, start));
    position = end;
    const edited = Math.max(0, Math.min(element.repeat, values.length - row));
    for (let k = 0; k < edited; k++) {
      const value = values[row + k];
      if (value === undefined) {
        out.push(elementXml({ ...element, repeat: 1 }, ROW_REPEAT));
        continue;
      }
      const cell = setCell(element.body, column, value);
      const style = fit?.(attribute(element.attributes, ROW_STYLE), value, cell.style);
      const attributes = style === undefined ? element.attributes : withAttribute(element.attributes, ROW_STYLE, style);
      out.push(elementXml({ ...element, attributes, repeat: 1, body: cell.row }, ROW_REPEAT));
    }
    if (element.repeat > edited) out.push(elementXml({ ...element, repeat: element.repeat - edited }, ROW_REPEAT));
    row += element.repeat;
  }
  const tail = table.slice(position);
  // Rows the table did not have yet (a table always ends with its rows, then </table:table>).
  const added = values.slice(row).map((value) => {
    const style = value === undefined ? undefined : fit?.(undefined, value, null);
    return `<table:table-row${style === undefined ? '' : ` ${ROW_STYLE}="${style}"`}>${setCell('', column, value ?? null).row}</table:table-row>`;
  });
  const close = tail.lastIndexOf('</table:table>');
  out.push(added.length > 0 && close >= 0 ? tail.slice(0, close) + added.join('') + tail.slice(close) : tail);
  return out.join('');
}

// The row's cells with the one in `column` set, and the style that cell keeps.
function setCell(row: string, column: number, value: Cell): { readonly row: string; readonly style: string | null } {
  const out: string[] = [];
  let position = 0;
  let at = 0;
  let style: string | null | undefined;
  for (const { element, start, end } of elements(row, CELL_START, CELL_REPEAT)) {
    out.push(row.slice(position, start));
    position = end;
    if (style !== undefined || at + element.repeat <= column) {
      out.push(row.slice(start, end));
    } else {
      const before = column - at;
      const after = at + element.repeat - column - 1;
      style = styleName(element.attributes);
      if (before > 0) out.push(elementXml({ ...element, repeat: before }, CELL_REPEAT));
      out.push(tableCellXml(value, { style }));
      if (after > 0) out.push(elementXml({ ...element, repeat: after }, CELL_REPEAT));
    }
    at += element.repeat;
  }
  const tail = row.slice(position);
  if (style !== undefined) return { row: out.join('') + tail, style };
  const gap = column - at;
  return { row: `${out.join('')}${gap > 0 ? tableCellXml(null, { repeat: gap }) : ''}${tableCellXml(value)}${tail}`, style: null };
}

/** Elements found by `start` (which never nest), with where each begins and ends in the text. */
function* elements(text: string, start: RegExp, repeatAttribute: string) {
  const tagAt = new RegExp(TAG, 'uy');
  for (const match of text.matchAll(start)) {
    tagAt.lastIndex = match.index;
    const tag = tagAt.exec(text);
    if (!tag) throw new OdsLayoutNotEdited(`unreadable tag at ${match.index}`);
    const [whole, name = '', attributes = '', selfClosing] = tag;
    const bodyStart = match.index + whole.length;
    const closing = `</${name}>`;
    const bodyEnd = selfClosing ? bodyStart : text.indexOf(closing, bodyStart);
    if (bodyEnd < 0) throw new OdsLayoutNotEdited(`unclosed ${name} at ${match.index}`);
    const end = selfClosing ? bodyStart : bodyEnd + closing.length;
    const repeat = Number.parseInt(attribute(attributes, repeatAttribute) ?? '1', 10);
    yield { element: { name, attributes, body: text.slice(bodyStart, bodyEnd), repeat: repeat > 0 ? repeat : 1 }, start: match.index, end };
  }
}

// The attributes with `name` set to `value`, in its place when there, else last.
function withAttribute(attributes: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`, 'u');
  return existing.test(attributes) ? attributes.replace(existing, `$1"${value}"`) : `${attributes} ${name}="${value}"`;
}

function elementXml(element: Element, repeatAttribute: string): string {
  const attributes = element.attributes.replace(new RegExp(`\\s+${repeatAttribute}\\s*=\\s*(?:"[^"]*"|'[^']*')`, 'u'), '');
  const repeat = element.repeat > 1 ? ` ${repeatAttribute}="${element.repeat}"` : '';
  return element.body === ''
    ? `<${element.name}${attributes}${repeat}/>`
    : `<${element.name}${attributes}${repeat}>${element.body}</${element.name}>`;
}

/** The value of attribute `name` in a tag's attributes, or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

// The 檢核結果 cell keeps its formatting (a user may have coloured the column); nothing else of it.
function styleName(attributes: string): string | null {
  return attribute(attributes, 'table:style-name') ?? null;
}
