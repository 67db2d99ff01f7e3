// PDFs through LibreOffice headless: one `soffice --convert-to pdf` call for several files, with a
// profile of its own (parallel runs sharing one fail) that sets the locale to zh-TW, so the PDF's
// /Lang is zh-TW, and tagged PDF/UA output. Files land beside their sources, each PDF renamed into
// place whole, so a re-run replaces the PDF and a failed run leaves the old one.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as msg from '../shared/messages.ts';
import { fail, ok, type Result } from '../shared/result.ts';

/** How to reach LibreOffice. */
export interface PdfExportOptions {
  /** The soffice program (default: `soffice` on the PATH, else the usual install places). */
  readonly soffice?: string;
  /** How long one conversion call may take before it is killed (default 30 s plus 10 s a file). */
  readonly timeoutMs?: number;
}

/** Calc's PDF export: tagged (PDF/UA), no notes pages. */
export const PDF_FILTER =
  'pdf:calc_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"PDFUACompliance":{"type":"boolean","value":"true"},"ExportNotesPages":{"type":"boolean","value":"false"}}';

// The profile's locale decides the PDF's document language; zh-TW also for CJK text without one.
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>zh-TW</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CJK" oor:op="fuse"><value>zh-TW</value></prop></item>
</oor:items>
`;

const INSTALL_PLACES = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

/** The soffice to run: the one given, else the first usual install place that exists, else `soffice` on the PATH. */
export function findSoffice(given?: string): string {
  return given ?? INSTALL_PLACES.find((place) => existsSync(place)) ?? 'soffice';
}

/**
 * Converts each source file (.ods) to a PDF of the same name beside it, in one LibreOffice call.
 * Fails with a zh-TW message when LibreOffice is missing, times out, or leaves a file unconverted.
 * @example await exportPdfs(['out/年度執行成效一覽表.ods']) // → ok(['out/年度執行成效一覽表.pdf'])
 */
export async function exportPdfs(sources: readonly string[], options: PdfExportOptions = {}): Promise<Result<string[]>> {
  if (sources.length === 0) return ok([]);
  const soffice = findSoffice(options.soffice);
  const timeout = options.timeoutMs ?? 30_000 + 10_000 * sources.length;
  const profile = await mkdtemp(join(tmpdir(), 'guankao-soffice-'));
  // Converted files are made in a hidden folder beside the first source, so moving them into place is a rename.
  const staging = join(dirname(sources[0] ?? '.'), `.guankao-pdf-${basename(profile)}`);
  try {
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
    await mkdir(staging, { recursive: true });
    const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', PDF_FILTER, '--outdir', staging, ...sources];
    const run = await runProgram(soffice, args, timeout);
    if (run === 'missing') return fail(msg.sofficeMissing(soffice));
    if (run === 'timeout') return fail(msg.sofficeTimedOut(Math.round(timeout / 1000)));
    const written: string[] = [];
    for (const source of sources) {
      const name = `${basename(source, extname(source))}.pdf`;
      const made = join(staging, name);
      if (!existsSync(made)) return fail(msg.pdfNotProduced(source, run.stderr));
      const target = join(dirname(source), name);
      await rename(made, target);
      written.push(target);
    }
    return ok(written);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

function runProgram(program: string, args: readonly string[], timeout: number): Promise<{ stderr: string } | 'missing' | 'timeout'> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') resolve('missing');
      else if (error?.killed) resolve('timeout');
      // soffice's exit status says little; whether each PDF exists is checked by the caller.
      else resolve({ stderr: String(stderr).trim() });
    });
  });
}
