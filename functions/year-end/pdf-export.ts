// PDFs through LibreOffice headless: one `soffice --convert-to pdf` call for several files, with a
// profile of its own (parallel runs sharing one fail) that sets the locale to zh-TW, so the PDF's
// /Lang is zh-TW, and tagged PDF/UA output. The sources may be spreadsheets (.ods: Calc exports
// them) and text documents (.fodt / .odt: Writer does, with real table structure). A filter named
// on the command line applies to every file and Calc's cannot export a Writer document (nor the
// reverse), so the PDF options are set in the profile instead: each file goes through its own
// application's PDF export (calc_pdf_Export, writer_pdf_Export), tagged, in the one call.
// Each PDF is made in a hidden folder and renamed into place whole, so a re-run replaces the PDF
// and a failed run leaves the old one.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as msg from '../../shared/messages/functions/index.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { findSoffice, runSoffice } from '../soffice.ts';

/** How to reach LibreOffice. */
export interface PdfExportOptions {
  /** The soffice program (default: `soffice` on the PATH, else the usual install places). */
  readonly soffice?: string;
  /** How long one conversion call may take before it is killed (default 30 s plus 10 s a file). */
  readonly timeoutMs?: number;
}

// The profile's locale decides the PDF's document language; zh-TW also for CJK text without one.
// The PDF export options (tagged, PDF/UA, no notes pages) hold for Calc's and Writer's export alike.
const PDF_OPTIONS = { UseTaggedPDF: true, PDFUACompliance: true, ExportNotesPages: false } as const;
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>zh-TW</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CJK" oor:op="fuse"><value>zh-TW</value></prop></item>
${Object.entries(PDF_OPTIONS)
  .map(
    ([name, value]) =>
      `<item oor:path="/org.openoffice.Office.Common/Filter/PDF/Export"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`,
  )
  .join('\n')}
</oor:items>
`;

// Text documents, which Writer converts (an installation may have Calc without Writer).
const WRITER_SOURCE = /\.f?odt$/iu;

/** A file to convert, and where its PDF goes (default: beside it, with the same name). */
export type PdfSource = string | { readonly source: string; readonly pdf: string };

/**
 * Converts each source file (.ods, .fodt, .odt) to a PDF, in one LibreOffice call.
 * Fails with a zh-TW message when LibreOffice is missing, times out, or leaves a file unconverted.
 * @example await exportPdfs(['out/年度管考總覽.ods', { source: '/tmp/x/年度執行成效一覽表.fodt', pdf: 'out/年度執行成效一覽表.pdf' }])
 */
export async function exportPdfs(sources: readonly PdfSource[], options: PdfExportOptions = {}): Promise<Result<string[]>> {
  const jobs = sources.map((entry) =>
    typeof entry === 'string' ? { source: entry, pdf: join(dirname(entry), `${basename(entry, extname(entry))}.pdf`) } : entry,
  );
  const first = jobs[0];
  if (!first) return ok([]);
  const soffice = findSoffice(options.soffice);
  const timeout = options.timeoutMs ?? 30_000 + 10_000 * jobs.length;
  const profile = await mkdtemp(join(tmpdir(), 'guankao-soffice-'));
  // Converted files are made in a hidden folder beside the first PDF, so moving them into place is a rename.
  const staging = join(dirname(first.pdf), `.guankao-pdf-${basename(profile)}`);
  try {
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
    await mkdir(staging, { recursive: true });
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      staging,
      ...jobs.map((job) => job.source),
    ];
    const run = await runSoffice(soffice, args, timeout);
    if (run === 'missing') return fail(msg.sofficeMissing(soffice));
    if (run === 'timeout') return fail(msg.sofficeTimedOut(Math.round(timeout / 1000)));
    const written: string[] = [];
    for (const { source, pdf } of jobs) {
      const made = join(staging, `${basename(source, extname(source))}.pdf`);
      if (!existsSync(made)) {
        const name = basename(pdf, '.pdf');
        return fail(WRITER_SOURCE.test(source) ? msg.writerPdfNotProduced(name, run.stderr) : msg.pdfNotProduced(name, run.stderr));
      }
      await rename(made, pdf);
      written.push(pdf);
    }
    return ok(written);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}
