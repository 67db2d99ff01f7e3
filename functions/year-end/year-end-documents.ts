// The year-end run on local files: the 一覽表 (.ods, .xlsx, .odt, .pdf), the coordinator's overview
// (.ods, .xlsx, .pdf) and one summary per responsible unit (.ods, .pdf), written into one folder.
// Every file is replaced whole (written aside, then renamed), so a re-run never leaves a second
// copy. The published PDFs are made from a Writer document (a temporary .fodt) for their tagged
// table structure and the pages odt-pages.ts lays out; a document with charts (the overview) is
// printed from its .ods, which draws them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputInput } from '../../shared/output-tabs.ts';
import { overviewDocument } from '../../shared/overview.ts';
import type { Document } from '../../shared/published-document.ts';
import type { Result } from '../../shared/result.ts';
import { unitSummaryDocument } from '../../shared/unit-summary.ts';
import { yearEndDocument } from '../../shared/year-end-table.ts';
import { prepareFolder, replaceFile } from '../workbooks/workbook-file.ts';
import { odsDocumentBytes } from './ods-document.ts';
import { odtDocumentBytes, odtDocumentXml, writerPages } from './odt-document.ts';
import { DEFAULT_FILL } from './odt-pages.ts';
import { exportPdfs, type PdfExportOptions, type PdfSource } from './pdf-export.ts';
import { pdfPageCount } from './pdf-page-count.ts';
import { xlsxDocumentBytes } from './xlsx-document.ts';

/** What a year-end run wrote, and how the PDF conversion went. */
export interface YearEndOutcome {
  readonly files: readonly string[];
  readonly pdfs: Result<string[]>;
}

/** A document and the formats it gets beside its .ods and PDF. */
export interface YearEndFile {
  readonly document: Document;
  readonly xlsx: boolean;
  /** The text document agencies post (the 一覽表). */
  readonly odt: boolean;
}

/** The documents of a year: the 一覽表, the overview, and each responsible unit's summary, with the formats each gets. */
export function yearEndDocuments(input: OutputInput): YearEndFile[] {
  const units = input.plan.units.names().filter((unit) => input.plan.practices.some((practice) => practice.units.includes(unit)));
  return [
    { document: yearEndDocument(input), xlsx: true, odt: true },
    { document: overviewDocument(input), xlsx: true, odt: false },
    ...units.map((unit) => ({ document: unitSummaryDocument(input, unit), xlsx: false, odt: false })),
  ];
}

// A document printed through Writer: its temporary source, its PDF, its .odt if it gets one, and how full its pages are.
interface WriterSource {
  readonly document: Document;
  readonly source: string;
  readonly pdf: string;
  readonly odt: string | null;
  fill: number;
}

// How full pages are laid out when a PDF came out longer than its layout (an estimate fell short):
// tighter each time, the last kept whatever it gives.
const TIGHTER_FILLS = [0.9, 0.8] as const;

/**
 * Writes every year-end document into `folder` as .ods (and .xlsx, .odt where they are made), then
 * makes their PDFs in one LibreOffice call: from a temporary Writer document, or from the .ods for
 * charts. A Writer PDF longer than its layout is made again laid out tighter.
 * @example await writeYearEndDocuments(result.output, 'out/年度成效') // → { files: [...], pdfs: ok([...]) }
 */
export async function writeYearEndDocuments(input: OutputInput, folder: string, options: PdfExportOptions = {}): Promise<YearEndOutcome> {
  await prepareFolder(folder);
  const files: string[] = [];
  const sources: PdfSource[] = [];
  const writer: WriterSource[] = [];
  // The Writer sources are not outputs: they live in a folder of their own, removed afterwards.
  const scratch = await mkdtemp(join(tmpdir(), 'guankao-odt-'));
  try {
    for (const { document, xlsx, odt } of yearEndDocuments(input)) {
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
        const entry = {
          document,
          source: join(scratch, `${name}.fodt`),
          pdf: `${base}.pdf`,
          odt: odt ? `${base}.odt` : null,
          fill: DEFAULT_FILL,
        };
        await writeFile(entry.source, odtDocumentXml(document, entry.fill));
        sources.push({ source: entry.source, pdf: entry.pdf });
        writer.push(entry);
      }
    }
    const pdfs = await exportPdfs(sources, options);
    if (pdfs.ok) {
      for (const fill of TIGHTER_FILLS) {
        const long: WriterSource[] = [];
        for (const entry of writer) if ((await pdfPageCount(entry.pdf)) > writerPages(entry.document, entry.fill)) long.push(entry);
        if (long.length === 0) break;
        for (const entry of long) {
          entry.fill = fill;
          await writeFile(entry.source, odtDocumentXml(entry.document, fill));
        }
        const again = await exportPdfs(
          long.map(({ source, pdf }) => ({ source, pdf })),
          options,
        );
        if (!again.ok) return { files, pdfs: again };
      }
    }
    // The .odt is laid out as its PDF is.
    for (const entry of writer) {
      if (entry.odt === null) continue;
      await replaceWith(entry.odt, odtDocumentBytes(entry.document, entry.fill));
      files.push(entry.odt);
    }
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
