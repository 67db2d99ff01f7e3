// The plan fixtures as Word and ODF documents, laid out as agencies lay them out: each text plan
// read into the document model, written as a web page whose tables merge down a blank cell into
// the filled one above it (as the printed plans merge 實施要項, 完成期限…, and as the transcriptions
// leave them blank), and converted by LibreOffice to .odt, .docx and .pdf. The import then reads them
// through the real readers, so the figures cover the whole way from a Word file to the workbook.
// PDFs are also made with other table styles and through Word's table model (PDF_STYLES).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice, runSoffice } from '../functions/soffice.ts';
import type { DocumentBlock, DocumentTable, PlanDocument } from '../shared/plan-import/document.ts';

/** The office kinds made: .odt, .docx and .pdf of the tables ruled as a grid, and PDFs printed otherwise (PDF_STYLES). */
export const OFFICE_KINDS = ['odt', 'docx', 'pdf'] as const;
/**
 * PDFs of other producers' and styles' making, to see the PDF reader is not tuned to one: the
 * tables ruled across only (pdf-across), without any rule (pdf-bare), and the .docx printed to PDF
 * (pdf-via-docx, LibreOffice laying out Word's table model).
 */
export const PDF_STYLES = ['pdf-across', 'pdf-bare', 'pdf-via-docx'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number] | (typeof PDF_STYLES)[number];

const FILTERS: Record<'odt' | 'docx' | 'pdf', string> = { odt: 'odt:writer8', docx: 'docx:MS Word 2007 XML', pdf: 'pdf:writer_pdf_Export' };
// The HTML table attributes each table style is written with (LibreOffice reads rules= and frame=).
const TABLE_TAGS = {
  grid: '<table border="1">',
  across: '<table border="1" rules="rows" frame="hsides">',
  bare: '<table border="0">',
} as const;
const TIMEOUT_MS = 120_000;

/** Writes the document as .odt, .docx and .pdf files (or the `kinds` asked) in `folder`, named `<name>.<kind>`; null when LibreOffice is not there. */
export async function officeCopies(
  document: PlanDocument,
  name: string,
  folder: string,
  kinds: readonly OfficeKind[] = OFFICE_KINDS,
): Promise<Partial<Record<OfficeKind, string>> | null> {
  const work = await mkdtemp(join(tmpdir(), 'guankao-office-copy-'));
  try {
    const copies: Partial<Record<OfficeKind, string>> = {};
    for (const kind of kinds) {
      const style = kind === 'pdf-across' ? 'across' : kind === 'pdf-bare' ? 'bare' : 'grid';
      const page = join(work, style, `${name}.html`);
      await mkdir(dirname(page), { recursive: true });
      await writeFile(page, documentAsHtml(document, style));
      const docx = kind === 'pdf-via-docx' ? await convert(page, 'docx', work) : page;
      const made = docx === null ? null : await convert(docx, kind === 'odt' || kind === 'docx' ? kind : 'pdf', work);
      if (made === null) return null;
      const copy = join(folder, `${name}.${kind}`);
      await writeFile(copy, await readFile(made));
      copies[kind] = copy;
    }
    return copies;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// One LibreOffice conversion of `file` (a web page is read as a Writer document); the file made, or null without LibreOffice.
async function convert(file: string, to: 'odt' | 'docx' | 'pdf', work: string): Promise<string | null> {
  const out = join(work, `${basename(file)}-${to}`);
  await mkdir(out, { recursive: true });
  const input = file.endsWith('.html') ? ['--infilter=HTML (StarWriter)'] : [];
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
    ...input,
    '--convert-to',
    FILTERS[to],
    '--outdir',
    out,
    file,
  ];
  const run = await runSoffice(findSoffice(process.env.GUANKAO_SOFFICE), args, TIMEOUT_MS);
  if (run === 'missing') return null;
  return join(out, `${basename(file, extname(file))}.${to}`);
}

/** The document as a web page: headings, paragraphs, and tables with their blank cells merged into the cell above. */
export function documentAsHtml(document: PlanDocument, style: keyof typeof TABLE_TAGS = 'grid'): string {
  const body = document.blocks.map((block) => blockHtml(block, style)).join('\n');
  return `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>plan</title></head><body>\n${body}\n</body></html>\n`;
}

function blockHtml(block: DocumentBlock, style: keyof typeof TABLE_TAGS): string {
  if (block.kind === 'table') return tableHtml(block, style);
  const tag = block.heading ? `h${Math.min(block.heading, 6)}` : 'p';
  return `<${tag}>${escapeHtml(`${block.label && block.label !== '•' ? `${block.label}` : ''}${block.text}`)}</${tag}>`;
}

// A table with merged cells keeps them. Without any (a table read from text), a blank cell left of
// the practices' column goes into the filled cell above it in the same column, from the first data
// row on: the merged 實施要項 and 執行策略 of a printed plan. The practices' column is the one with
// the longest texts; to its right a blank cell (a 協辦單位 left empty) stays blank.
function tableHtml(table: DocumentTable, style: keyof typeof TABLE_TAGS): string {
  const width = Math.max(...table.rows.map((row) => row.cells.reduce((sum, cell) => sum + cell.colSpan, 0)));
  const merged = table.rows.some((row) => row.cells.some((cell) => cell.rowSpan > 1));
  const flat = table.rows.map((row) => row.cells.length === width && !row.repeatedHeader);
  const spans = table.rows.map((row) => row.cells.map((cell) => cell.rowSpan));
  const hidden = table.rows.map((row) => row.cells.map(() => false));
  if (!merged) {
    for (let column = 0; column < practiceColumn(table, width); column++) {
      let owner: number | null = null;
      table.rows.forEach((row, index) => {
        const cell = row.cells[column];
        if (index === 0 || !flat[index] || !cell) {
          owner = null;
          return;
        }
        const blank = cell.paragraphs.every((paragraph) => !paragraph.trim());
        if (blank && owner !== null) {
          const ownerSpans = spans[owner] as number[];
          ownerSpans[column] = (ownerSpans[column] ?? 1) + 1;
          (hidden[index] as boolean[])[column] = true;
        } else if (!blank) owner = index;
      });
    }
  }
  const rows = table.rows.map((row, index) => {
    const cells = row.cells.map((cell, column) => {
      if (hidden[index]?.[column]) return '';
      const rowSpan = spans[index]?.[column] ?? 1;
      const colSpan = row.cells.length === 1 && width > 1 ? width : cell.colSpan;
      const attributes = `${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}${colSpan > 1 ? ` colspan="${colSpan}"` : ''}`;
      const tag = index === 0 || row.repeatedHeader ? 'th' : 'td';
      return `<${tag}${attributes}>${cell.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `${TABLE_TAGS[style]}\n${rows.join('\n')}\n</table>`;
}

function practiceColumn(table: DocumentTable, width: number): number {
  const lengths = Array.from({ length: width }, (_, column) =>
    table.rows
      .slice(1)
      .reduce((sum, row) => sum + (row.cells.length === width ? (row.cells[column]?.paragraphs.join('').length ?? 0) : 0), 0),
  );
  return lengths.indexOf(Math.max(...lengths));
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
