// The zip around an ODF document (.ods, .odt). ODF requires `mimetype` as the first entry, STORED
// (uncompressed) and without extra fields, so that a reader can recognise the file from its first
// bytes; SheetJS gets this wrong. fflate's streaming zip always writes a data descriptor, so the
// package is built in memory with zipSync, which knows every size up front and writes clean headers.
import { strToU8, type Zippable, zipSync } from 'fflate';
import { namespaceDeclarations, ODF_VERSION } from './namespaces.ts';
import { escapeXml, XML_DECLARATION } from './xml.ts';

/** The media types of the documents we package. */
export const MEDIA_TYPES = {
  spreadsheet: 'application/vnd.oasis.opendocument.spreadsheet',
  text: 'application/vnd.oasis.opendocument.text',
  chart: 'application/vnd.oasis.opendocument.chart',
} as const;

/** A part's content: text (possibly in pieces, so a large content.xml is never one string) or bytes. */
export type PartContent = string | Iterable<string> | Uint8Array;

/** A document inside the package (a chart object): its folder, e.g. `Object 1/`, and media type. */
export interface SubDocument {
  readonly folder: string;
  readonly mediaType: string;
}

// A zip entry's time is a DOS date-time: local fields, no zone. fflate takes them from the Date's
// local fields, so the Date is built from local fields too, when the zip is made: every entry reads
// 2000-01-01 00:00 in any time zone, and the same document makes the same bytes on every machine.
const entryTime = () => new Date(2000, 0, 1);

/** The bytes of a new package of `mediaType` holding `parts` (path → content), with its manifest. */
export function odfPackage(
  mediaType: string,
  parts: Readonly<Record<string, PartContent>>,
  subDocuments: readonly SubDocument[] = [],
): Uint8Array {
  return zipOdf(mediaType, { ...parts, 'META-INF/manifest.xml': manifestXml(mediaType, Object.keys(parts), subDocuments) });
}

/** The bytes of a package holding `entries` as they are (a file read back, some parts replaced), `mimetype` first. */
export function zipOdf(mediaType: string, entries: Readonly<Record<string, PartContent>>): Uint8Array {
  const files: Zippable = { mimetype: [strToU8(mediaType), { level: 0 }] };
  for (const [name, content] of Object.entries(entries)) if (name !== 'mimetype') files[name] = bytesOf(content);
  return zipSync(files, { level: 6, mtime: entryTime() });
}

/** META-INF/manifest.xml listing the package, its XML parts and its sub-documents. */
function manifestXml(mediaType: string, parts: readonly string[], subDocuments: readonly SubDocument[] = []): string {
  const entry = (path: string, type: string, version = '') =>
    `<manifest:file-entry manifest:full-path="${escapeXml(path)}"${version} manifest:media-type="${escapeXml(type)}"/>`;
  const entries = [
    entry('/', mediaType, ` manifest:version="${ODF_VERSION}"`),
    ...subDocuments.map((sub) => entry(sub.folder, sub.mediaType)),
    ...parts.map((part) => entry(part, part.endsWith('.xml') ? 'text/xml' : '')),
  ];
  return `${XML_DECLARATION}<manifest:manifest ${namespaceDeclarations('manifest')} manifest:version="${ODF_VERSION}">${entries.join('')}</manifest:manifest>`;
}

function bytesOf(content: PartContent): Uint8Array {
  if (typeof content === 'string') return strToU8(content);
  if (content instanceof Uint8Array) return content;
  return utf8InPieces(content);
}

// Encoded 64 KiB at a time, so the pieces of a large part are never joined into one string.
function utf8InPieces(pieces: Iterable<string>): Uint8Array {
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
