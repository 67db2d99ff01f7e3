// A workbook kept as one .ods file (OpenDocument, the format Taiwan's government publishes
// editable documents in), written by hand: no maintained library writes correct ODS (research in
// docs/backends.md). Writing reads the file again and rewrites it whole through applyChanges:
// user tabs keep every value, the output tabs are rebuilt.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { applyChanges } from '../shared/apply-changes.ts';
import * as msg from '../shared/messages.ts';
import type { OutputTab, Snapshot, Workbook } from '../shared/workbook.ts';
import { odsContent } from './ods-content.ts';
import { readOdsContent, writeOdsPackage } from './ods-package.ts';
import { odsMeta, odsSettings, odsStyles } from './ods-parts.ts';
import { readOdsTables } from './ods-reader.ts';
import type { CreateOptions } from './print-layout.ts';
import { WorkbookError } from './workbook-error.ts';

/** Opens an .ods file as a workbook. */
export function openOdsWorkbook(path: string): Workbook {
  return {
    location: path,
    read: () => readOds(path),
    async write(changes) {
      // Read again: a unit may have added a row while the run computed.
      await writeOds(path, applyChanges(await readOds(path), changes));
    },
  };
}

/** Writes the tabs as a new .ods file at `path`, replacing one that is there. */
export async function createOdsWorkbook(path: string, tabs: readonly OutputTab[], options: CreateOptions = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeOds(path, tabs, options);
}

async function readOds(path: string): Promise<Snapshot> {
  const content = await readOdsContent(path);
  try {
    return { tabs: readOdsTables(decodeInPieces(content)) };
  } catch {
    throw new WorkbookError(msg.spreadsheetFileUnreadable(path, 'ods'));
  }
}

function writeOds(path: string, tabs: readonly OutputTab[], { print }: CreateOptions = {}): Promise<void> {
  return writeOdsPackage(path, { content: odsContent(tabs), styles: odsStyles(print), meta: odsMeta(print?.title), settings: odsSettings(tabs) });
}

// A megabyte at a time: a 100 MB content.xml is never one JavaScript string.
function* decodeInPieces(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder('utf-8');
  const step = 1 << 20;
  for (let offset = 0; offset < bytes.length; offset += step) {
    yield decoder.decode(bytes.subarray(offset, offset + step), { stream: true });
  }
  yield decoder.decode();
}
