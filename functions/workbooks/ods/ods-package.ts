// An .ods workbook file as a whole: written as a new ODF package, written back with its
// content.xml replaced, and read after checking it is a spreadsheet.
import { strFromU8, unzipSync } from 'fflate';
import * as msg from '../../../shared/messages/functions/index.ts';
import { MEDIA_TYPES, odfPackage, type PartContent, zipOdf } from '../../odf/package.ts';
import { WorkbookError } from '../workbook-error.ts';
import { replaceFile } from '../workbook-file.ts';

/** The XML parts of a new .ods file; content.xml may come in pieces. */
export interface OdsParts {
  readonly content: Iterable<string>;
  readonly styles: string;
  readonly meta: string;
  readonly settings: string;
}

/** Writes the parts as an .ods file at `path`, replacing one that is there atomically. */
export async function writeOdsPackage(path: string, parts: OdsParts): Promise<void> {
  const bytes = odsPackage(parts);
  await replaceFile(path, (file) => file.writeFile(bytes));
}

/** The bytes of an .ods file made of the parts. */
export function odsPackage(parts: OdsParts): Uint8Array {
  const entries: Record<string, PartContent> = {
    'content.xml': parts.content,
    'styles.xml': parts.styles,
    'meta.xml': parts.meta,
    'settings.xml': parts.settings,
  };
  return odfPackage(MEDIA_TYPES.spreadsheet, entries);
}

/** The bytes of an .ods file of these entries with content.xml replaced: everything else the file held stays. */
export function rewrittenOdsPackage(entries: Readonly<Record<string, Uint8Array>>, content: string): Uint8Array {
  return zipOdf(MEDIA_TYPES.spreadsheet, { ...entries, 'content.xml': content });
}

/** The entries of the .ods file at `path` whose bytes these are (those `wanted`, or all), after checking it is a spreadsheet. */
export function odsEntriesOf(path: string, bytes: Uint8Array, wanted: (name: string) => boolean = () => true): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'mimetype' || file.name === 'content.xml' || wanted(file.name) });
  } catch {
    throw new WorkbookError(msg.spreadsheetFileUnreadable(path, 'ods'));
  }
  const mimetype = files.mimetype && strFromU8(files.mimetype).trim();
  const content = files['content.xml'];
  // An .odt renamed .ods, or another zip: refused rather than read as an empty workbook.
  if (!content || (mimetype !== undefined && !mimetype.startsWith(MEDIA_TYPES.spreadsheet))) {
    throw new WorkbookError(msg.spreadsheetFileUnreadable(path, 'ods'));
  }
  return files;
}
