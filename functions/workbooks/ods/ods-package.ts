// The zip around an .ods file. ODF requires `mimetype` as the first entry, STORED (uncompressed)
// and without extra fields, so that a reader can recognise the file from its first bytes; SheetJS
// gets this wrong. fflate's streaming zip always writes a data descriptor, so the whole package
// is built in memory with zipSync, which knows every size up front and writes clean headers.
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import * as msg from '../../../shared/messages.ts';
import { ODS_MEDIA_TYPE } from './ods-xml.ts';
import { odsManifest } from './ods-parts.ts';
import { readWorkbookFile, replaceFile } from '../workbook-file.ts';
import { WorkbookError } from '../workbook-error.ts';

/** The XML parts of a new .ods file; content.xml may come in pieces. */
export interface OdsParts {
  readonly content: Iterable<string>;
  readonly styles: string;
  readonly meta: string;
  readonly settings: string;
}

// A fixed time in every entry: the same workbook makes the same bytes.
const MTIME = new Date(2000, 0, 1);

/** Writes the parts as an .ods file at `path`, replacing one that is there atomically. */
export async function writeOdsPackage(path: string, parts: OdsParts): Promise<void> {
  const files: Zippable = {
    mimetype: [strToU8(ODS_MEDIA_TYPE), { level: 0 }],
    'content.xml': encode(parts.content),
    'styles.xml': strToU8(parts.styles),
    'meta.xml': strToU8(parts.meta),
    'settings.xml': strToU8(parts.settings),
    'META-INF/manifest.xml': strToU8(odsManifest(['content.xml', 'styles.xml', 'meta.xml', 'settings.xml'])),
  };
  const bytes = zipSync(files, { level: 6, mtime: MTIME });
  await replaceFile(path, (file) => file.writeFile(bytes));
}

/** Writes the entries of an .ods file back with content.xml replaced: everything else the file held stays. */
export async function rewriteOdsPackage(path: string, entries: Readonly<Record<string, Uint8Array>>, content: string): Promise<void> {
  const files: Zippable = { mimetype: [strToU8(ODS_MEDIA_TYPE), { level: 0 }] };
  for (const [name, bytes] of Object.entries(entries)) {
    if (name !== 'mimetype') files[name] = name === 'content.xml' ? strToU8(content) : bytes;
  }
  const bytes = zipSync(files, { level: 6, mtime: MTIME });
  await replaceFile(path, (file) => file.writeFile(bytes));
}

/** The content.xml bytes of the .ods file at `path`, after checking it is a spreadsheet. */
export async function readOdsContent(path: string): Promise<Uint8Array> {
  const files = await readOdsEntries(path, (name) => name === 'content.xml');
  return files['content.xml'] ?? new Uint8Array();
}

/** The entries of the .ods file at `path` (those `wanted`, or all), in the file's order, after checking it is a spreadsheet. */
export async function readOdsEntries(path: string, wanted: (name: string) => boolean = () => true): Promise<Record<string, Uint8Array>> {
  const bytes = await readWorkbookFile(path, 'ods');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'mimetype' || file.name === 'content.xml' || wanted(file.name) });
  } catch {
    throw new WorkbookError(msg.spreadsheetFileUnreadable(path, 'ods'));
  }
  const mimetype = files.mimetype && strFromU8(files.mimetype).trim();
  const content = files['content.xml'];
  // An .odt renamed .ods, or another zip: refused rather than read as an empty workbook.
  if (!content || (mimetype !== undefined && !mimetype.startsWith(ODS_MEDIA_TYPE))) {
    throw new WorkbookError(msg.spreadsheetFileUnreadable(path, 'ods'));
  }
  return files;
}

function encode(pieces: Iterable<string>): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let pending = '';
  let length = 0;
  const flush = () => {
    const chunk = encoder.encode(pending);
    chunks.push(chunk);
    length += chunk.length;
    pending = '';
  };
  for (const piece of pieces) {
    pending += piece;
    if (pending.length > 1 << 16) flush();
  }
  flush();
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
