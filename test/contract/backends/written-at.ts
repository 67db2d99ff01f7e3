import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new path named `name` in a fresh temporary folder, once `write` has made the workbook there. */
export async function writtenAt(name: string, write: (path: string) => Promise<void>): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'guankao-contract-')), name);
  await write(path);
  return path;
}
