// Reads a tagged PDF's structure without a PDF library: the file's text with every Flate stream
// inflated (object streams included, should LibreOffice ever write its structure there), then the
// structure elements' types (/S /Table …), resolved through the /RoleMap to the standard ones.
import { inflateSync } from 'node:zlib';

/** The PDF as searchable text: its bytes as Latin-1, followed by each compressed stream inflated. */
export function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  const inflated: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/gu)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      inflated.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (a font, an image), or a stream whose filter is another: nothing to read.
    }
  }
  return [raw, ...inflated].join('\n');
}

// A PDF name's characters (LibreOffice names custom types after paragraph styles: /P-body).
const NAME = '[^\\s/<>\\[\\]()]+';

/** How many structure elements of each standard type the PDF holds (custom types counted as what /RoleMap maps them to). */
export function structureTypes(text: string): Record<string, number> {
  const roles = new Map<string, string>();
  for (const map of text.matchAll(/\/RoleMap\s*<<(.*?)>>/gsu)) {
    for (const [, from, to] of (map[1] ?? '').matchAll(new RegExp(`/(${NAME})\\s*/(${NAME})`, 'gu'))) if (from && to) roles.set(from, to);
  }
  const counts: Record<string, number> = {};
  // A structure element is a dictionary with /S <type> and /P <parent>; /S also names actions and groups, which have no /P.
  for (const [element] of text.matchAll(/<<(?:[^<>]|<[^<]|>[^>])*?\/S\s*\/[^\s/<>[\]()]+(?:[^<>]|<[^<]|>[^>])*?>>/gu)) {
    const type = new RegExp(`/S\\s*/(${NAME})`, 'u').exec(element)?.[1];
    if (!type || !/\/P\s+\d+\s+0\s+R/u.test(element)) continue;
    const standard = roles.get(type) ?? type;
    counts[standard] = (counts[standard] ?? 0) + 1;
  }
  return counts;
}
