// The XML namespaces of OpenDocument, declared once for every part we write (.ods workbooks, the
// year-end .ods and its charts, the Writer document behind the PDFs), and the version we claim.

const NAMESPACES = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  chart: 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  xlink: 'http://www.w3.org/1999/xlink',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  config: 'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
} as const;

/** A namespace prefix we write. */
export type OdfPrefix = keyof typeof NAMESPACES;

/** The ODF version we write: 1.3, as LibreOffice 7 and later do. */
export const ODF_VERSION = '1.3';

/** xmlns declarations for the prefixes. */
export function namespaceDeclarations(...prefixes: readonly OdfPrefix[]): string {
  return prefixes.map((prefix) => `xmlns:${prefix}="${NAMESPACES[prefix]}"`).join(' ');
}

/** The attributes of a part's root element: xmlns declarations for the prefixes it uses, and office:version. */
export function rootAttributes(...prefixes: readonly OdfPrefix[]): string {
  return `${namespaceDeclarations(...prefixes)} office:version="${ODF_VERSION}"`;
}

/** The prefixes a whole document (content, styles and meta in one) may use. */
export const DOCUMENT_PREFIXES: readonly OdfPrefix[] = [
  'office',
  'style',
  'text',
  'table',
  'draw',
  'chart',
  'fo',
  'svg',
  'xlink',
  'number',
  'meta',
  'dc',
];
