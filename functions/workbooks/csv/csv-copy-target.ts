// A CSV folder `consolidate --out` writes into must end up a complete copy of the workbook. Every
// `<tab>.csv` in a folder is a tab of it, so a tab file the copy does not write — another
// workbook's, or a tab since renamed or removed — would read as part of the copy, silently mixing
// two workbooks. Such a folder is not written into (the caller stops the run), rather than emptied:
// an --out folder may be one the coordinator keeps other files in, and nothing of theirs is deleted.
import { stat } from 'node:fs/promises';
import { tabFiles, tabNameOf } from './csv-tab-file.ts';

/** The `<tab>.csv` files already in `folder` (absent: none) that are not among the tabs the copy writes. */
export async function tabFilesNotCopied(folder: string, tabs: readonly string[]): Promise<string[]> {
  const found = await stat(folder).catch(() => null);
  if (!found?.isDirectory()) return [];
  const copied = new Set(tabs.map((tab) => tab.normalize('NFC')));
  return (await tabFiles(folder)).filter((file) => !copied.has(tabNameOf(file))).sort();
}
