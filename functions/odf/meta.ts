// meta.xml: who made the document, its title and its language.
//
// No meta:creation-date or dc:date: the same input gives the same bytes, whatever the day or the
// machine's time zone (README › Decisions). When the file was written is the file system's to say.
import { rootAttributes } from './namespaces.ts';
import { escapeXml, XML_DECLARATION } from './xml.ts';

/** What meta.xml says of a document. */
export interface DocumentMeta {
  readonly title?: string;
  /** BCP 47 tag of the text. */
  readonly language: string;
}

/** <office:meta> for the document, as a flat document holds it inline. */
export function metaXml({ title, language }: DocumentMeta): string {
  const titleXml = title ? `<dc:title>${escapeXml(title)}</dc:title>` : '';
  return `<office:meta><meta:generator>guankao</meta:generator>${titleXml}<dc:language>${escapeXml(language)}</dc:language></office:meta>`;
}

/** meta.xml of a package. */
export function metaPartXml(meta: DocumentMeta): string {
  return `${XML_DECLARATION}<office:document-meta ${rootAttributes('office', 'meta', 'dc')}>${metaXml(meta)}</office:document-meta>`;
}
