// Runs LibreOffice headless on files our backends wrote, to prove they open in it. Each call has
// its own profile folder: parallel soffice runs sharing one fail. LibreOffice is installed in CI
// (.ci/install-system-deps.sh); on a developer's machine without it these tests are skipped, and
// the describe's name says why. In CI a missing soffice fails the tests rather than skipping them.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Whether `soffice` runs here. */
export const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;

/** The describe title to use: as given, or saying why the LibreOffice tests are skipped. */
export function libreOfficeTitle(title: string): string {
  if (hasLibreOffice) return title;
  if (process.env.CI)
    throw new Error('soffice (LibreOffice) is not installed, but CI must run the LibreOffice tests: see .ci/install-system-deps.sh');
  return `${title} — SKIPPED: soffice (LibreOffice) not found; install libreoffice-calc, libreoffice-writer and fonts-noto-cjk to run these`;
}

/** CSV export of every sheet, UTF-8, as LibreOffice names it: `<file>-<sheet>.csv` (LibreOffice 7.2 and later). */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Converts the files (in one soffice call) to `format` (e.g. `xlsx`, `ods`, `pdf`, CSV_ALL_SHEETS) into `outdir`. */
export async function convertWithLibreOffice(files: readonly string[], format: string, outdir: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'guankao-lo-profile-'));
  try {
    await run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        format,
        '--outdir',
        outdir,
        ...files,
      ],
      {
        timeout: 120_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
