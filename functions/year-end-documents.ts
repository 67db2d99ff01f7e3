// The year-end run on local files: the 一覽表 (.ods, .xlsx, .pdf), the coordinator's overview (the
// same three) and one summary per responsible unit (.ods, .pdf), written into one folder. Every
// file is replaced whole (written aside, then renamed), so a re-run never leaves a second copy.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../shared/document.ts';
import type { OutputInput } from '../shared/output-tabs.ts';
import { overviewDocument } from '../shared/overview.ts';
import type { Result } from '../shared/result.ts';
import { unitSummaryDocument } from '../shared/unit-summary.ts';
import { yearEndDocument } from '../shared/year-end-table.ts';
import { odsDocumentBytes } from './ods-document.ts';
import { exportPdfs, type PdfExportOptions } from './pdf-export.ts';
import { replaceFile } from './workbook-file.ts';
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
 * converts the .ods files to PDF in one LibreOffice call.
 * @example await writeYearEndDocuments(result.output, 'out/年度成效') // → { files: [...], pdfs: ok([...]) }
 */
export async function writeYearEndDocuments(input: OutputInput, folder: string, options: PdfExportOptions = {}): Promise<YearEndOutcome> {
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  const sources: string[] = [];
  for (const { document, xlsx } of yearEndDocuments(input)) {
    const base = join(folder, fileName(document.name));
    await replaceWith(`${base}.ods`, odsDocumentBytes(document));
    files.push(`${base}.ods`);
    sources.push(`${base}.ods`);
    if (xlsx) {
      await replaceWith(`${base}.xlsx`, await xlsxDocumentBytes(document));
      files.push(`${base}.xlsx`);
    }
  }
  const pdfs = await exportPdfs(sources, options);
  return { files: pdfs.ok ? [...files, ...pdfs.value] : files, pdfs };
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
