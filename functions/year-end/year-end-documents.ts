// The year-end run on local files: the 一覽表 (.ods, .xlsx, .pdf), the coordinator's overview (the
// same three) and one summary per responsible unit (.ods, .pdf), written into one folder. Every
// file is replaced whole (written aside, then renamed), so a re-run never leaves a second copy.
// The published PDFs are made from a Writer document (a temporary .fodt) for their tagged table
// structure; a document with charts (the overview) is printed from its .ods, which draws them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '../../shared/document.ts';
import type { OutputInput } from '../../shared/output-tabs.ts';
import { overviewDocument } from '../../shared/overview.ts';
import type { Result } from '../../shared/result.ts';
import { unitSummaryDocument } from '../../shared/unit-summary.ts';
import { yearEndDocument } from '../../shared/year-end-table.ts';
import { odsDocumentBytes } from './ods-document.ts';
import { odtDocumentXml } from './odt-document.ts';
import { exportPdfs, type PdfExportOptions, type PdfSource } from './pdf-export.ts';
import { prepareFolder, replaceFile } from '../workbooks/workbook-file.ts';
import { xlsxDocumentBytes } from './xlsx-document.ts';

/** What a year-end run wrote, and how the PDF conversion went. */
export interface YearEndOutcome {
  readonly files: readonly string[];
  readonly pdfs: Result<string[]>;
}

/** The documents of a year: the 一覽表, the overview, and each responsible unit's summary, with the formats each gets. */
export function yearEndDocuments(input: OutputInput): { document: Document; xlsx: boolean }[] {
  const units = input.plan.units.names().filter((unit) => input.plan.practices.some((practice) => practice.units.includes(unit)));
  return [
    { document: yearEndDocument(input), xlsx: true },
    { document: overviewDocument(input), xlsx: true },
    ...units.map((unit) => ({ document: unitSummaryDocument(input, unit), xlsx: false })),
  ];
}

/**
 * Writes every year-end document into `folder` as .ods (and .xlsx where SPEC.md asks for it), then
 * makes their PDFs in one LibreOffice call: from a temporary Writer document, or from the .ods for charts.
 * @example await writeYearEndDocuments(result.output, 'out/年度成效') // → { files: [...], pdfs: ok([...]) }
 */
export async function writeYearEndDocuments(input: OutputInput, folder: string, options: PdfExportOptions = {}): Promise<YearEndOutcome> {
  await prepareFolder(folder);
  const files: string[] = [];
  const sources: PdfSource[] = [];
  // The Writer sources are not outputs: they live in a folder of their own, removed afterwards.
  const scratch = await mkdtemp(join(tmpdir(), 'guankao-odt-'));
  try {
    for (const { document, xlsx } of yearEndDocuments(input)) {
      const name = fileName(document.name);
      const base = join(folder, name);
      await replaceWith(`${base}.ods`, odsDocumentBytes(document));
      files.push(`${base}.ods`);
      if (xlsx) {
        await replaceWith(`${base}.xlsx`, await xlsxDocumentBytes(document));
        files.push(`${base}.xlsx`);
      }
      if (document.sheets.some((sheet) => sheet.charts.length > 0)) sources.push(`${base}.ods`);
      else {
        const source = join(scratch, `${name}.fodt`);
        await writeFile(source, odtDocumentXml(document));
        sources.push({ source, pdf: `${base}.pdf` });
      }
    }
    const pdfs = await exportPdfs(sources, options);
    return { files: pdfs.ok ? [...files, ...pdfs.value] : files, pdfs };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** A document name as a file name: characters no file system takes become ＿. */
export function fileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names
  return name.replace(/[\\/:*?"<>|\u0000-\u001F]/gu, '＿').replace(/^\.+/u, '＿');
}

function replaceWith(path: string, bytes: Uint8Array): Promise<void> {
  return replaceFile(path, async (file) => {
    await file.writeFile(bytes);
  });
}
