// An .odt (ODF text) plan: content.xml's paragraphs, headings, lists and tables, numbered with the
// list styles of styles.xml and content.xml's own.
import { strFromU8 } from 'fflate';
import type { DocumentBlock } from '../../shared/plan-import/document.ts';
import { readOdtBody } from './odt-body.ts';
import { toDocumentBlocks } from './read-blocks.ts';
import { descendantsNamed, parseXmlTree } from './xml-tree.ts';

/** The part names an .odt reader needs from the package. */
export const ODT_PARTS = ['mimetype', 'content.xml', 'styles.xml', 'META-INF/manifest.xml'] as const;

/** The media types of ODF text documents (a document, a template, a master document, a Writer/Web document: all hold an office:text body). */
export const ODT_MEDIA_TYPES = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.text-template',
  'application/vnd.oasis.opendocument.text-master',
  'application/vnd.oasis.opendocument.text-web',
];

/** True when the package's manifest says its parts are encrypted (a password-protected ODF file). */
export function isEncryptedOdf(entries: Readonly<Record<string, Uint8Array>>): boolean {
  const manifest = entries['META-INF/manifest.xml'];
  if (!manifest) return false;
  try {
    return descendantsNamed(parseXmlTree(strFromU8(manifest)), 'manifest:encryption-data').length > 0;
  } catch {
    return false;
  }
}

/** The blocks of an .odt package (its entries unzipped); throws on a part that is not well-formed XML. */
export function readOdtBlocks(entries: Readonly<Record<string, Uint8Array>>): DocumentBlock[] {
  const styles = entries['styles.xml'] ? parseXmlTree(strFromU8(entries['styles.xml'])) : undefined;
  return toDocumentBlocks(readOdtBody([entries['content.xml'] ? strFromU8(entries['content.xml']) : ''], styles));
}
