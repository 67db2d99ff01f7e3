// A workbook kept as one .ods file (OpenDocument, the format Taiwan's government publishes
// editable documents in), written by hand: no maintained library writes correct ODS (see
// docs/backends.md). Writing edits the file as it holds it then; user tables are kept as it holds them
// (formulas, dates, styles) but for their 檢核結果 column, and output tables are rebuilt. A file
// laid out in a way we do not edit (a table inside a cell) is not written in place: rewriting it
// from its values would lose its formulas and styles, so the run is refused and --out suggested;
// the copy --out makes is rewritten from its values, and the run says so.
import { dirname } from 'node:path';
import { applyChanges } from '../../../shared/apply-changes.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import type { Changes, OutputTab, Snapshot, Workbook } from '../../../shared/workbook.ts';
import type { WriteOptions } from '../copy-options.ts';
import type { Versioned } from '../file-version.ts';
import { rewriteWorkbookFile } from '../guarded-replace.ts';
import type { CreateOptions } from '../print-layout.ts';
import { WorkbookError, WriteRefused } from '../workbook-error.ts';
import { prepareFolder, readWorkbookVersioned } from '../workbook-file.ts';
import { odsContent } from './ods-content.ts';
import { type OdsParts, odsEntriesOf, odsPackage, rewrittenOdsPackage, writeOdsPackage } from './ods-package.ts';
import { odsMeta, odsSettings, odsStyles } from './ods-parts.ts';
import { readOdsTables } from './ods-reader.ts';
import { OdsLayoutNotEdited } from './ods-table-edit.ts';
import { updateOdsContent } from './ods-update.ts';

/** Opens an .ods file as a workbook. */
export function openOdsWorkbook(path: string, options: WriteOptions = {}): Workbook {
  // The file as last read and its tables: the write places its 檢核結果 by them rather than parse
  // the same bytes again (a large content.xml takes seconds), and the file is still compared with
  // them before the rename (guarded-replace.ts).
  let lastRead: { readonly file: Versioned<Buffer>; readonly snapshot: Snapshot } | null = null;
  return {
    location: path,
    async read() {
      const file = await readWorkbookVersioned(path, 'ods');
      const snapshot = parseTables(path, decodeInPieces(odsEntriesOf(path, file.content, () => false)['content.xml'] ?? new Uint8Array()));
      lastRead = { file, snapshot };
      return snapshot;
    },
    async write(changes) {
      let reusable = lastRead;
      lastRead = null;
      // A unit may have added a row while the run computed, or saved the file: then it is read and
      // the changes made again from what it holds.
      const first = reusable?.file;
      await rewriteWorkbookFile(
        path,
        'ods',
        options,
        async (bytes, warn) => {
          const entries = odsEntriesOf(path, bytes);
          const content = new TextDecoder().decode(entries['content.xml']);
          const snapshot = reusable?.file.content === bytes ? reusable.snapshot : parseTables(path, [content]);
          reusable = null;
          const updated = updatedContent(content, snapshot, changes);
          if (updated !== null) return rewrittenOdsPackage(entries, updated);
          if (!options.copy) throw new WriteRefused(msg.odsLayoutRefused(path));
          warn(msg.odsCopyFromValues(path));
          return odsPackage(odsPartsOf(applyChanges(snapshot, changes)));
        },
        first,
      );
    },
  };
}

/** Writes the tabs as a new .ods file at `path`, replacing one that is there. */
export async function createOdsWorkbook(path: string, tabs: readonly OutputTab[], options: CreateOptions = {}): Promise<void> {
  await prepareFolder(dirname(path));
  await writeOds(path, tabs, options);
}

function parseTables(path: string, content: Iterable<string>): Snapshot {
  try {
    return { tabs: readOdsTables(content) };
  } catch {
    throw new WorkbookError(msg.spreadsheetFileUnreadable(path, 'ods'));
  }
}

function updatedContent(content: string, snapshot: Snapshot, changes: Changes): string | null {
  try {
    return updateOdsContent(content, snapshot, changes);
  } catch (error) {
    // Markup our editor does not follow is a layout we do not edit; anything else is a bug to see.
    if (error instanceof OdsLayoutNotEdited) return null;
    throw error;
  }
}

function writeOds(path: string, tabs: readonly OutputTab[], options: CreateOptions = {}): Promise<void> {
  return writeOdsPackage(path, odsPartsOf(tabs, options));
}

function odsPartsOf(tabs: readonly OutputTab[], { print }: CreateOptions = {}): OdsParts {
  return { content: odsContent(tabs), styles: odsStyles(print), meta: odsMeta(print?.title), settings: odsSettings(tabs) };
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
