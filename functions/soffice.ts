// Finding and running LibreOffice (soffice) headless, for the year-end PDFs and for reading .doc
// and .rtf plans. Each caller gives the run a profile folder of its own: parallel runs sharing one fail.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

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

/** Runs soffice with `args`: its stderr, or 'missing' when the program is not there, 'timeout' when it was killed for taking too long. */
export function runSoffice(program: string, args: readonly string[], timeout: number): Promise<{ stderr: string } | 'missing' | 'timeout'> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') resolve('missing');
      else if (error?.killed) resolve('timeout');
      // soffice's exit status says little; whether the output exists is checked by the caller.
      else resolve({ stderr: String(stderr).trim() });
    });
  });
}
