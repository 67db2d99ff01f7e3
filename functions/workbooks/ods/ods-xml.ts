// What every part of our .ods files shares: namespaces, the font, escaping.
import { xmlSafe } from '../xml-text.ts';

/** The media type stored uncompressed as the first entry of every .ods file. */
export const ODS_MEDIA_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

const NAMESPACES = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  config: 'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
} as const;

/** The table namespace, which a reader checks its prefix against. */
export const TABLE_NS = NAMESPACES.table;

/** xmlns declarations for the given prefixes, and the ODF version we write (1.3, as LibreOffice 7 does). */
export function rootAttributes(...prefixes: (keyof typeof NAMESPACES)[]): string {
  return `${prefixes.map((prefix) => `xmlns:${prefix}="${NAMESPACES[prefix]}"`).join(' ')} office:version="1.3"`;
}

/** The zh-TW font: LibreOffice otherwise picks its default Asian locale (zh-CN) and renders Simplified glyph forms. */
export const FONT_NAME = 'Noto Sans CJK TC';

export const FONT_FACES = `<office:font-face-decls><style:font-face style:name="${FONT_NAME}" svg:font-family="&apos;${FONT_NAME}&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>`;

/** Text properties giving the font and the zh-TW language to Western, Asian and complex scripts alike. */
export const ZH_TW_TEXT = `style:font-name="${FONT_NAME}" fo:language="zh" fo:country="TW" style:font-name-asian="${FONT_NAME}" style:language-asian="zh" style:country-asian="TW" style:font-name-complex="${FONT_NAME}"`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Text escaped for element content or a double-quoted attribute, without characters XML cannot hold. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/gu, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
