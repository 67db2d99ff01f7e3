// Streams an ODF text document's content.xml into blocks: paragraphs and headings (text:h with its
// outline level) with the labels their lists generate, and tables with spans, covered cells left
// out and the rows of table:table-header-rows marked as repeated. Text boxes' paragraphs follow
// the paragraph they are anchored in. Comments, footnotes, tracked deletions (kept apart in
// text:tracked-changes) and generated indexes such as the table of contents are not the text.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { type ListCounters, listStylesIn, newCounters, nextListLabel, type OdfListStyle, OUTLINE } from './odt-lists.ts';
import type { ReadBlock, ReadCell, ReadParagraph, ReadRow } from './read-blocks.ts';
import type { XmlElement } from './xml-tree.ts';

interface ParagraphState {
  text: string;
  readonly heading?: number;
  label?: { label: string; joined: boolean } | null;
  written?: string;
  readonly after: ReadBlock[];
}

interface ListState {
  readonly counters: ListCounters;
  readonly style: string | undefined;
  readonly level: number;
}

interface ItemState {
  counted: boolean;
  readonly header: boolean;
  readonly startValue: number | undefined;
}

interface RowState {
  readonly cells: ReadCell[];
  readonly repeat: number;
  readonly header: boolean;
}

interface CellState {
  readonly content: ReadBlock[];
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly repeat: number;
}

const SKIPPED = new Set([
  'office:annotation',
  'office:annotation-end',
  'text:note',
  'text:tracked-changes',
  'table:covered-table-cell',
  'text:sequence-decls',
  'text:table-of-content',
  'text:illustration-index',
  'text:table-index',
  'text:object-index',
  'text:user-index',
  'text:alphabetical-index',
  'text:bibliography',
  'office:forms',
  'svg:title',
  'svg:desc',
  'draw:image',
  'office:event-listeners',
]);
const TEXT_BOXES = new Set(['draw:text-box', 'draw:custom-shape', 'draw:rect', 'draw:ellipse', 'draw:polygon']);
// <text:s text:c="…"/> from a hostile file cannot make a paragraph of gigabytes.
const MAX_REPEAT = 1000;

/** The blocks of content.xml (given in pieces), numbered with the list styles of styles.xml and its own; throws on XML that is not well-formed. */
export function readOdtBody(pieces: Iterable<string>, stylesXml: XmlElement | undefined): ReadBlock[] {
  const listStyles = new Map<string, OdfListStyle>();
  for (const part of stylesXml?.children ?? [])
    if (part.name === 'office:styles' || part.name === 'office:automatic-styles') listStylesIn(part, listStyles);
  const body: ReadBlock[] = [];
  const containers: ReadBlock[][] = [body];
  const paragraphs: ParagraphState[] = [];
  const lists: ListState[] = [];
  const items: ItemState[] = [];
  const tables: ReadRow[][] = [];
  const rows: RowState[] = [];
  const cells: CellState[] = [];
  const chains = new Map<string, ListCounters>();
  const lastOfStyle = new Map<string | undefined, ListCounters>();
  let lastChain: ListCounters | undefined;
  const outline = newCounters();
  // Automatic styles of content.xml, gathered as a tree before the body uses them.
  const styleTree: { name: string; attributes: Record<string, string>; children: XmlElement[] }[] = [];
  let headerRows = 0;
  let skip = 0;
  let inNumber = false;

  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (skip > 0) {
      skip++;
      return;
    }
    const { name, attributes } = tag;
    if (styleTree.length > 0 || name === 'office:automatic-styles') {
      const element = { name, attributes, children: [] as XmlElement[] };
      styleTree.at(-1)?.children.push(element);
      styleTree.push(element);
      return;
    }
    if (SKIPPED.has(name)) {
      skip = 1;
      return;
    }
    const paragraph = paragraphs.at(-1);
    switch (name) {
      case 'text:p':
      case 'text:h': {
        const level = name === 'text:h' ? Math.max(1, Number(attributes['text:outline-level'] ?? '1') || 1) : undefined;
        const state: ParagraphState = { text: '', ...(level === undefined ? {} : { heading: level }), after: [] };
        state.label = labelFor(state, name, attributes);
        paragraphs.push(state);
        break;
      }
      case 'text:number':
        inNumber = true;
        break;
      case 'text:s':
        if (paragraph) paragraph.text += ' '.repeat(Math.min(MAX_REPEAT, count(attributes['text:c'])));
        break;
      case 'text:tab':
        if (paragraph) paragraph.text += '\t';
        break;
      case 'text:line-break':
        if (paragraph) paragraph.text += '\n';
        break;
      case 'text:list': {
        const parentList = items.length > 0 ? lists.at(-1) : undefined;
        const style = attributes['text:style-name'] ?? parentList?.style;
        let counters: ListCounters;
        if (parentList) counters = parentList.counters;
        else {
          const continued = attributes['text:continue-list'];
          counters =
            (continued !== undefined ? chains.get(continued) : undefined) ??
            (attributes['text:continue-numbering'] === 'true' ? (lastOfStyle.get(style) ?? lastChain) : undefined) ??
            newCounters();
          lastChain = counters;
          lastOfStyle.set(style, counters);
        }
        if (attributes['xml:id'] !== undefined) chains.set(attributes['xml:id'], counters);
        // A list nested in an item is counted as begun: that item shows no number of its own.
        const item = items.at(-1);
        if (item) item.counted = true;
        lists.push({ counters, style, level: (parentList?.level ?? 0) + 1 });
        break;
      }
      case 'text:list-item':
      case 'text:list-header': {
        const start = Number(attributes['text:start-value']);
        items.push({ counted: false, header: name === 'text:list-header', startValue: Number.isInteger(start) ? start : undefined });
        break;
      }
      case 'table:table':
        tables.push([]);
        break;
      case 'table:table-header-rows':
        headerRows++;
        break;
      case 'table:table-row':
        rows.push({ cells: [], repeat: Math.min(MAX_REPEAT, count(attributes['table:number-rows-repeated'])), header: headerRows > 0 });
        break;
      case 'table:table-cell': {
        const content: ReadBlock[] = [];
        cells.push({
          content,
          rowSpan: count(attributes['table:number-rows-spanned']),
          colSpan: count(attributes['table:number-columns-spanned']),
          repeat: Math.min(MAX_REPEAT, count(attributes['table:number-columns-repeated'])),
        });
        containers.push(content);
        break;
      }
      default:
        if (TEXT_BOXES.has(name)) containers.push(paragraph ? paragraph.after : (containers.at(-1) ?? body));
    }
  });
  parser.on('text', (text) => {
    const paragraph = paragraphs.at(-1);
    if (skip > 0 || !paragraph || styleTree.length > 0) return;
    // ODF white space: tabs and line breaks in the file are spaces, and runs of them one space.
    const collapsed = text.replace(/[ \t\r\n]+/gu, ' ');
    if (inNumber) paragraph.written = (paragraph.written ?? '') + collapsed;
    else paragraph.text += collapsed;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (skip > 0) {
      skip--;
      return;
    }
    const name = tag.name;
    if (styleTree.length > 0) {
      const element = styleTree.pop();
      if (styleTree.length === 0 && element) listStylesIn(element, listStyles);
      return;
    }
    switch (name) {
      case 'text:p':
      case 'text:h': {
        const paragraph = paragraphs.pop();
        if (paragraph) containers.at(-1)?.push(paragraphOf(paragraph), ...paragraph.after);
        break;
      }
      case 'text:number':
        inNumber = false;
        break;
      case 'text:list':
        lists.pop();
        break;
      case 'text:list-item':
      case 'text:list-header':
        items.pop();
        break;
      case 'table:table-header-rows':
        headerRows--;
        break;
      case 'table:table-cell': {
        const cell = cells.pop();
        containers.pop();
        const row = rows.at(-1);
        if (cell && row)
          for (let i = 0; i < cell.repeat; i++) row.cells.push({ content: cell.content, rowSpan: cell.rowSpan, colSpan: cell.colSpan });
        break;
      }
      case 'table:table-row': {
        const row = rows.pop();
        if (row) for (let i = 0; i < row.repeat; i++) tables.at(-1)?.push({ cells: row.cells, repeatedHeader: row.header });
        break;
      }
      case 'table:table': {
        const table = tables.pop();
        if (table) containers.at(-1)?.push({ kind: 'table', rows: table });
        break;
      }
      default:
        if (TEXT_BOXES.has(name)) containers.pop();
    }
  });
  for (const piece of pieces) parser.write(piece);
  parser.close();
  return body;

  // The label a paragraph opening now gets: the first paragraph of a list item counts that item;
  // a heading outside lists is numbered by the outline style.
  function labelFor(
    paragraph: ParagraphState,
    name: string,
    attributes: Readonly<Record<string, string>>,
  ): { label: string; joined: boolean } | null {
    const item = items.at(-1);
    const list = lists.at(-1);
    if (item && list && paragraphs.length === 0) {
      if (item.counted || item.header) return null;
      item.counted = true;
      return nextListLabel(listStyles.get(list.style ?? ''), list.counters, list.level, item.startValue);
    }
    if (name !== 'text:h' || paragraph.heading === undefined || attributes['text:is-list-header'] === 'true' || items.length > 0)
      return null;
    const restart = Number(attributes['text:start-value']);
    return nextListLabel(
      listStyles.get(OUTLINE),
      outline,
      paragraph.heading,
      Number.isInteger(restart) && attributes['text:restart-numbering'] === 'true' ? restart : undefined,
    );
  }
}

function paragraphOf(paragraph: ParagraphState): ReadParagraph {
  // A number the file wrote out (text:number) is what the application showed; ours is the fallback.
  const written = paragraph.written?.trim();
  const label = written ? { label: written, joined: false } : paragraph.label;
  return {
    kind: 'paragraph',
    text: paragraph.text,
    ...(label ? { label: label.label, joined: label.joined } : {}),
    ...(paragraph.heading === undefined ? {} : { heading: paragraph.heading }),
  };
}

function count(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
