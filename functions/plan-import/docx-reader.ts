// A .docx (Office Open XML) plan: word/document.xml's paragraphs and tables, with the labels of
// Word's automatic numbering (numbering.xml) and the heading levels of its styles (styles.xml).
// Merged cells become spans: w:gridSpan across, w:vMerge restart … continue down (a continued
// cell is covered; anything left in it is kept in the cell that covers it).
import { strFromU8 } from 'fflate';
import type { DocumentBlock } from '../../shared/plan-import/document.ts';
import { readWordBody, type WordBlock, type WordParagraph, type WordTable } from './docx-body.ts';
import { readWordNumbering, type WordNumbering } from './docx-numbering.ts';
import { readWordStyles, type WordStyles } from './docx-styles.ts';
import { type ReadBlock, type ReadCell, type ReadParagraph, type ReadRow, toDocumentBlocks } from './read-blocks.ts';

/** The parts of a .docx package, by name. */
export type PackageEntries = Readonly<Record<string, Uint8Array>>;

/** The part names a .docx reader needs from the package. */
export const DOCX_PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'] as const;

/** The blocks of a .docx package (its entries unzipped); throws on a part that is not well-formed XML. */
export function readDocxBlocks(entries: PackageEntries): DocumentBlock[] {
  const text = (name: string) => (entries[name] ? strFromU8(entries[name]) : undefined);
  const styles = readWordStyles(text('word/styles.xml'));
  const numbering = readWordNumbering(text('word/numbering.xml'), styles);
  const body = readWordBody([text('word/document.xml') ?? '']);
  return toDocumentBlocks(laidOut(body, { styles, numbering }, true));
}

interface Definitions {
  readonly styles: WordStyles;
  readonly numbering: WordNumbering;
}

// In document order, so every numbered paragraph takes its turn of the counters.
function laidOut(blocks: readonly WordBlock[], definitions: Definitions, topLevel: boolean): ReadBlock[] {
  const out: ReadBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') out.push(tableOf(block, definitions));
    else if (!definitions.styles.isTableOfContents(block.styleId)) out.push(paragraphOf(block, definitions, topLevel));
  }
  return out;
}

function paragraphOf(paragraph: WordParagraph, { styles, numbering }: Definitions, topLevel: boolean): ReadParagraph {
  const fromStyle = styles.numbering(paragraph.styleId);
  const numId = paragraph.numbering?.numId ?? fromStyle?.numId;
  // numId 0 switches off numbering the style would give.
  const label =
    numId === undefined || numId === '0'
      ? null
      : numbering.next(numId, paragraph.numbering?.level ?? fromStyle?.level ?? numbering.levelOfStyle(numId, paragraph.styleId));
  const outline = paragraph.outlineLevel;
  const heading = !topLevel
    ? undefined
    : outline !== undefined
      ? outline >= 0 && outline < 9
        ? outline + 1
        : undefined
      : styles.headingLevel(paragraph.styleId);
  return {
    kind: 'paragraph',
    text: paragraph.text,
    ...(label ? { label: label.label, joined: label.joined } : {}),
    ...(heading === undefined ? {} : { heading }),
  };
}

interface CellInProgress {
  content: ReadBlock[];
  rowSpan: number;
  colSpan: number;
}

function tableOf(table: WordTable, definitions: Definitions): ReadBlock {
  // The cell each grid column's vertical merge continues, by the column it starts in.
  const spanning = new Map<number, CellInProgress>();
  const rows: ReadRow[] = [];
  for (const row of table.rows) {
    const cells: CellInProgress[] = [];
    let column = row.gridBefore;
    for (const cell of row.cells) {
      const content = laidOut(cell.content, definitions, false);
      const previous = cells.at(-1);
      const above = spanning.get(column);
      if (cell.horizontalMerge === 'continue' && previous) {
        previous.colSpan += cell.gridSpan;
        previous.content.push(...content);
      } else if (cell.verticalMerge === 'continue' && above) {
        above.rowSpan++;
        above.content.push(...content);
      } else {
        const made: CellInProgress = { content, rowSpan: 1, colSpan: cell.gridSpan };
        for (let covered = column; covered < column + cell.gridSpan; covered++) spanning.delete(covered);
        if (cell.verticalMerge === 'restart') spanning.set(column, made);
        cells.push(made);
      }
      column += cell.gridSpan;
    }
    rows.push({ cells: cells.map((cell): ReadCell => cell), repeatedHeader: row.header });
  }
  return { kind: 'table', rows };
}
