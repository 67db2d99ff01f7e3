// Small .odt files written part by part, as LibreOffice lays them out: content.xml's body, list
// styles in styles.xml (or content.xml's automatic styles), mimetype stored first, a manifest.
import { strToU8, type Zippable, zipSync } from 'fflate';
import { esc } from './docx-builder.ts';

const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');

/** What goes into a test .odt: the body's XML, and styles (list styles, outline style) for styles.xml and content.xml. */
export interface OdtParts {
  readonly body: string;
  readonly styles?: string;
  readonly automaticStyles?: string;
  /** manifest:file-entry elements beside the defaults (e.g. with encryption data). */
  readonly manifestEntries?: string;
  /** The page: styles.xml's automatic styles (a page layout) and master styles (a master page with its header and footer). */
  readonly page?: { readonly automatic: string; readonly master: string };
  /** The package's media type (mimetype and the manifest's root entry): a Writer text document unless given. */
  readonly mediaType?: string;
}

/** An .odt file's bytes. */
export function anOdt(parts: OdtParts): Uint8Array {
  const mediaType = parts.mediaType ?? 'application/vnd.oasis.opendocument.text';
  const files: Zippable = {
    mimetype: [strToU8(mediaType), { level: 0 }],
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NAMESPACES} office:version="1.3"><office:automatic-styles>${parts.automaticStyles ?? ''}</office:automatic-styles><office:body><office:text>${parts.body}</office:text></office:body></office:document-content>`,
    ),
    'styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NAMESPACES} office:version="1.3"><office:styles><style:default-style style:family="paragraph"><style:text-properties fo:language="zh" fo:country="TW" style:font-name-asian="Noto Sans CJK TC" style:language-asian="zh" style:country-asian="TW"/></style:default-style>${parts.styles ?? ''}</office:styles>${parts.page ? `<office:automatic-styles>${parts.page.automatic}</office:automatic-styles><office:master-styles>${parts.page.master}</office:master-styles>` : ''}</office:document-styles>`,
    ),
    'META-INF/manifest.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mediaType}"/>${
        parts.manifestEntries ??
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
      }</manifest:manifest>`,
    ),
  };
  return zipSync(files);
}

/** A paragraph (text escaped); `style` names its paragraph style. */
export const p = (text: string, style?: string) => `<text:p${style ? ` text:style-name="${style}"` : ''}>${esc(text)}</text:p>`;

/** A heading at an outline level. */
export const h = (text: string, level: number) => `<text:h text:outline-level="${level}">${esc(text)}</text:h>`;

/** A list in a list style; each item is its XML (paragraphs, nested lists). */
export const list = (style: string | undefined, items: readonly string[], attributes = '') =>
  `<text:list${style ? ` text:style-name="${style}"` : ''}${attributes ? ` ${attributes}` : ''}>${items.map((item) => `<text:list-item>${item}</text:list-item>`).join('')}</text:list>`;

/** A cell; `span` gives rows and columns spanned, and the cell style (its borders) by name. */
export const td = (content: string | readonly string[], span: { rows?: number; columns?: number; style?: string } = {}) =>
  `<table:table-cell office:value-type="string"${span.style ? ` table:style-name="${span.style}"` : ''}${span.rows ? ` table:number-rows-spanned="${span.rows}"` : ''}${span.columns ? ` table:number-columns-spanned="${span.columns}"` : ''}>${(typeof content ===
  'string'
    ? [content]
    : content
  )
    .map((c) => (c.startsWith('<') ? c : p(c)))
    .join('')}</table:table-cell>`;

/** A cell covered by a merge. */
export const covered = '<table:covered-table-cell/>';

/** A row of cells. */
export const tr = (cells: readonly string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;

/** A table: header rows (repeated on each page) and body rows, with `columns` columns. */
export const odtTable = (columns: number, header: readonly string[], rows: readonly string[]) =>
  `<table:table table:name="表格1"><table:table-column table:number-columns-repeated="${columns}"/>${header.length ? `<table:table-header-rows>${header.join('')}</table:table-header-rows>` : ''}${rows.join('')}</table:table>`;

/** A numbered list style whose levels are [num-format, prefix, suffix]. */
export const listStyle = (name: string, levels: readonly (readonly [string, string, string])[]) =>
  `<text:list-style style:name="${name}">${levels
    .map(
      ([format, prefix, suffix], i) =>
        `<text:list-level-style-number text:level="${i + 1}" style:num-format="${format}"${prefix ? ` style:num-prefix="${prefix}"` : ''}${suffix ? ` style:num-suffix="${suffix}"` : ''}><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>`,
    )
    .join('')}</text:list-style>`;

/** A table cell style drawing `borders` (fo:border, or fo:border-top and fo:border-bottom for rules across only). */
export const cellStyle = (name: string, borders: 'grid' | 'across') =>
  `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" ${
    borders === 'grid'
      ? 'fo:border="0.5pt solid #000000"'
      : 'fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:border-left="none" fo:border-right="none"'
  }/></style:style>`;

/** An A4 page with a running header and a footer holding the page number (「第 3 頁」). */
export const pageWithHeaderAndFooter = (header: string) => ({
  automatic:
    '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>',
  master: `<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p>${esc(header)}</text:p></style:header><style:footer><text:p>第 <text:page-number text:select-page="current">1</text:page-number> 頁</text:p></style:footer></style:master-page>`,
});
