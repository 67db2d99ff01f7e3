// What the .docx and .odt readers build before it becomes a PlanDocument: cells still hold
// blocks (a table can sit in a cell) and paragraphs keep their generated label apart. Turning
// that into the document model is done once here: empty paragraphs go, a table of one cell is
// only a frame around its content (its blocks take its place), a table inside a cell gives its
// cells' paragraphs row by row, and a cell's paragraph shows its generated label before its text.
import type { DocumentBlock, DocumentCell, DocumentParagraph, DocumentRow } from '../../shared/plan-import/document.ts';

/** A paragraph as read; `joined` when the file puts nothing between label and text (Word's w:suff, ODF's label-followed-by). */
export type ReadParagraph = DocumentParagraph & { readonly joined?: boolean };

/** A cell holding blocks (a table may sit in it), spanning as in the model. */
export type ReadCell = Omit<DocumentCell, 'paragraphs'> & { readonly content: readonly ReadBlock[] };

export type ReadRow = Omit<DocumentRow, 'cells'> & { readonly cells: readonly ReadCell[] };

export type ReadTable = { readonly kind: 'table'; readonly rows: readonly ReadRow[] };

export type ReadBlock = ReadParagraph | ReadTable;

/** The document model's blocks for what a reader read. */
export function toDocumentBlocks(blocks: readonly ReadBlock[]): DocumentBlock[] {
  const out: DocumentBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (isBlank(block.text)) continue;
      out.push({
        kind: 'paragraph',
        text: block.text,
        ...(block.heading === undefined ? {} : { heading: block.heading }),
        ...(block.label === undefined ? {} : { label: block.label }),
      });
      continue;
    }
    const only = block.rows.length === 1 && block.rows[0]?.cells.length === 1 ? block.rows[0].cells[0] : undefined;
    if (only) {
      out.push(...toDocumentBlocks(only.content));
      continue;
    }
    const rows: DocumentRow[] = [];
    // A row may have no cells left when every one is covered by a merge from above; it stays, so row spans count right.
    for (const row of block.rows) {
      const cells: DocumentCell[] = row.cells.map((cell) => ({
        paragraphs: cellParagraphs(cell.content),
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
      }));
      rows.push(row.repeatedHeader ? { cells, repeatedHeader: true } : { cells });
    }
    // Word and ODF mark a merged cell as merged: a blank cell is one the plan left blank.
    if (rows.length > 0) out.push({ kind: 'table', rows, mergesKept: true });
  }
  return out;
}

/** A cell's paragraphs: each with its label in front, a table inside it read row by row. */
function cellParagraphs(blocks: readonly ReadBlock[]): string[] {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (!isBlank(block.text))
        paragraphs.push(block.label === undefined ? block.text : labelled(block.label, block.text, block.joined ?? false));
    } else {
      for (const row of block.rows) for (const cell of row.cells) paragraphs.push(...cellParagraphs(cell.content));
    }
  }
  return paragraphs;
}

// 「一、」「(1)」 read well straight before the text; 「1.」 followed by a tab in the file gets a space.
function labelled(label: string, text: string, joined: boolean): string {
  return joined || /[、，：）)」】〕．]$/u.test(label) ? `${label}${text}` : `${label} ${text}`;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}
