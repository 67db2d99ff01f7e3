// Streams word/document.xml into paragraphs and tables as Word shows them with changes accepted:
// inserted text kept, deleted text and deleted rows dropped, a deleted paragraph mark joining its
// paragraph to the next. Runs' text with tabs and line breaks, field results (not their codes),
// text boxes (their paragraphs follow the one they are anchored in; Word also writes a VML copy
// for old readers, which is skipped), content controls. Hidden text and the table of contents are left out.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { isOff } from './docx-numbering.ts';

/** A paragraph as written: its text and what decides its label and heading level. */
export interface WordParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly styleId?: string;
  readonly numbering?: { readonly numId?: string; readonly level?: number };
  readonly outlineLevel?: number;
}

/** A cell as written: Word's grid span and vertical merge marks, and what it holds. */
export interface WordCell {
  readonly gridSpan: number;
  readonly verticalMerge?: 'restart' | 'continue';
  readonly horizontalMerge?: 'restart' | 'continue';
  readonly content: readonly WordBlock[];
}

/** A row: grid columns left empty before it (w:gridBefore), its cells, and whether it repeats as a header. */
export interface WordRow {
  readonly gridBefore: number;
  readonly cells: readonly WordCell[];
  readonly header: boolean;
}

export interface WordTable {
  readonly kind: 'table';
  readonly rows: readonly WordRow[];
}

export type WordBlock = WordParagraph | WordTable;

interface Container {
  readonly blocks: WordBlock[];
  // Text of paragraphs whose mark was deleted, waiting for the paragraph it joins.
  carry: string;
}

interface ParagraphState {
  text: string;
  styleId?: string;
  numId?: string;
  level?: number;
  outlineLevel?: number;
  markDeleted: boolean;
  readonly after: Container;
}

interface RowState {
  gridBefore: number;
  header: boolean;
  deleted: boolean;
  readonly cells: WordCell[];
}

interface CellState {
  gridSpan: number;
  verticalMerge?: 'restart' | 'continue';
  horizontalMerge?: 'restart' | 'continue';
  readonly content: Container;
}

// Subtrees whose text is not the document's accepted text, or is a second copy of it.
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:instrText',
  'mc:Fallback',
  'w:pPrChange',
  'w:rPrChange',
  'w:tcPrChange',
  'w:trPrChange',
  'w:tblPrChange',
  'w:sectPrChange',
  'w:numberingChange',
]);
const RUN_CHARACTERS: Readonly<Record<string, string>> = {
  'w:tab': '\t',
  'w:ptab': '\t',
  'w:br': '\n',
  'w:cr': '\n',
  'w:noBreakHyphen': '-',
};

/** The blocks of word/document.xml, given as text in pieces; throws on XML that is not well-formed. */
export function readWordBody(pieces: Iterable<string>): WordBlock[] {
  const body: Container = { blocks: [], carry: '' };
  const containers: Container[] = [body];
  const paragraphs: ParagraphState[] = [];
  const tables: { rows: WordRow[] }[] = [];
  const rows: RowState[] = [];
  const cells: CellState[] = [];
  // Per open w:sdt: whether it is the table of contents.
  const contentControls: boolean[] = [];
  const path: string[] = [];
  let skip = 0;
  let runHidden = false;

  const parent = () => path.at(-2);
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    path.push(tag.name);
    if (skip > 0) {
      skip++;
      return;
    }
    const name = tag.name;
    const value = tag.attributes['w:val'];
    const paragraph = paragraphs.at(-1);
    if (name === 'w:del' && parent() === 'w:trPr') {
      const row = rows.at(-1);
      if (row) row.deleted = true;
    } else if (name === 'w:del' && parent() === 'w:rPr' && path.at(-3) === 'w:pPr') {
      if (paragraph) paragraph.markDeleted = true;
    }
    if (SKIPPED.has(name)) {
      skip = 1;
      return;
    }
    switch (name) {
      case 'w:p':
        paragraphs.push({ text: '', markDeleted: false, after: { blocks: [], carry: '' } });
        break;
      case 'w:pStyle':
        if (paragraph && parent() === 'w:pPr' && value !== undefined) paragraph.styleId = value;
        break;
      case 'w:numId':
        if (paragraph && parent() === 'w:numPr' && value !== undefined) paragraph.numId = value;
        break;
      case 'w:ilvl':
        if (paragraph && parent() === 'w:numPr' && value !== undefined) paragraph.level = Number(value);
        break;
      case 'w:outlineLvl':
        if (paragraph && parent() === 'w:pPr' && value !== undefined) paragraph.outlineLevel = Number(value);
        break;
      case 'w:r':
        runHidden = false;
        break;
      case 'w:vanish':
        if (parent() === 'w:rPr' && path.at(-3) === 'w:r') runHidden = !isOff(value);
        break;
      case 'w:txbxContent':
        if (paragraph) containers.push(paragraph.after);
        else skip = 1;
        break;
      case 'w:tbl':
        tables.push({ rows: [] });
        break;
      case 'w:tr':
        rows.push({ gridBefore: 0, header: false, deleted: false, cells: [] });
        break;
      case 'w:tblHeader':
        if (rows.at(-1) && parent() === 'w:trPr') (rows.at(-1) as RowState).header = !isOff(value);
        break;
      case 'w:gridBefore':
        if (rows.at(-1) && parent() === 'w:trPr') (rows.at(-1) as RowState).gridBefore = positive(value, 0);
        break;
      case 'w:tc': {
        const content: Container = { blocks: [], carry: '' };
        cells.push({ gridSpan: 1, content });
        containers.push(content);
        break;
      }
      case 'w:gridSpan':
        if (cells.at(-1) && parent() === 'w:tcPr') (cells.at(-1) as CellState).gridSpan = positive(value, 1);
        break;
      case 'w:vMerge':
        if (cells.at(-1) && parent() === 'w:tcPr') (cells.at(-1) as CellState).verticalMerge = value === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:hMerge':
        if (cells.at(-1) && parent() === 'w:tcPr')
          (cells.at(-1) as CellState).horizontalMerge = value === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:sdt':
        contentControls.push(false);
        break;
      case 'w:docPartGallery':
        if (value === 'Table of Contents' && contentControls.length > 0) contentControls[contentControls.length - 1] = true;
        break;
      case 'w:sdtContent':
        if (contentControls.at(-1)) skip = 1;
        break;
      default:
        if (paragraph && parent() === 'w:r' && !runHidden && RUN_CHARACTERS[name] !== undefined) paragraph.text += RUN_CHARACTERS[name];
    }
  });
  parser.on('text', (text) => {
    if (skip === 0 && !runHidden && path.at(-1) === 'w:t') {
      const paragraph = paragraphs.at(-1);
      if (paragraph) paragraph.text += text;
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    path.pop();
    if (skip > 0) {
      skip--;
      return;
    }
    switch (tag.name) {
      case 'w:p': {
        const paragraph = paragraphs.pop();
        const container = containers.at(-1);
        if (paragraph && container) closeParagraph(paragraph, container);
        break;
      }
      case 'w:txbxContent':
        flush(containers.pop());
        break;
      case 'w:tc': {
        const cell = cells.pop();
        flush(containers.pop());
        if (cell) rows.at(-1)?.cells.push(cellOf(cell));
        break;
      }
      case 'w:tr': {
        const row = rows.pop();
        if (row && !row.deleted) tables.at(-1)?.rows.push({ gridBefore: row.gridBefore, cells: row.cells, header: row.header });
        break;
      }
      case 'w:tbl': {
        const table = tables.pop();
        if (table) containers.at(-1)?.blocks.push({ kind: 'table', rows: table.rows });
        break;
      }
      case 'w:sdt':
        contentControls.pop();
        break;
    }
  });
  for (const piece of pieces) parser.write(piece);
  parser.close();
  flush(body);
  return body.blocks;
}

function closeParagraph(paragraph: ParagraphState, container: Container): void {
  flush(paragraph.after);
  if (paragraph.markDeleted) {
    container.carry += paragraph.text;
    container.blocks.push(...paragraph.after.blocks);
    return;
  }
  const text = container.carry + paragraph.text;
  container.carry = '';
  container.blocks.push(
    {
      kind: 'paragraph',
      text,
      ...(paragraph.styleId === undefined ? {} : { styleId: paragraph.styleId }),
      ...(paragraph.numId === undefined && paragraph.level === undefined
        ? {}
        : {
            numbering: {
              ...(paragraph.numId === undefined ? {} : { numId: paragraph.numId }),
              ...(paragraph.level === undefined ? {} : { level: paragraph.level }),
            },
          }),
      ...(paragraph.outlineLevel === undefined ? {} : { outlineLevel: paragraph.outlineLevel }),
    },
    ...paragraph.after.blocks,
  );
}

// Text left over from a deleted paragraph mark at the end of a cell or the body is still text.
function flush(container: Container | undefined): void {
  if (!container || container.carry === '') return;
  container.blocks.push({ kind: 'paragraph', text: container.carry });
  container.carry = '';
}

function cellOf(cell: CellState): WordCell {
  return {
    gridSpan: cell.gridSpan,
    ...(cell.verticalMerge ? { verticalMerge: cell.verticalMerge } : {}),
    ...(cell.horizontalMerge ? { horizontalMerge: cell.horizontalMerge } : {}),
    content: cell.content.blocks,
  };
}

function positive(value: string | undefined, fallback: number): number {
  const n = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 1000) : fallback;
}
