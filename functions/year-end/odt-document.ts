// A year-end document as a flat OpenDocument text file (.fodt), the source of its published PDF.
// Calc's tagged PDF marks every cell as a paragraph; Writer's marks a table as Table / TR / TH / TD,
// its repeated heading rows as TH, and its headings as H1 / H2, which is what screen readers need.
// Layout follows the .ods: the same page, and each row kind's look (shared/row-looks.ts) split into
// a cell style (fill, frame) and a paragraph style (size, weight, alignment), as Writer keeps them.
import { type DocCell, type DocRow, type DocSheet, type Document, cellAsText, isNumericCell, ROW_KINDS, type RowKind } from '../../shared/document.ts';
import { alignmentOf, ROW_LOOKS } from '../../shared/row-looks.ts';
import { FONT_FACE_DECLS, ZH_TW_TEXT } from '../odf/font.ts';
import { alignmentXml, cellPropertiesXml, rowCellBox, textPropertiesXml } from '../odf/look.ts';
import { metaXml } from '../odf/meta.ts';
import { DOCUMENT_PREFIXES, rootAttributes } from '../odf/namespaces.ts';
import { MEDIA_TYPES } from '../odf/package.ts';
import { MASTER_PAGE, pageStyles } from '../odf/page.ts';
import { paragraphsXml } from '../odf/text.ts';
import { escapeXml, XML_DECLARATION } from '../odf/xml.ts';
import { DOCUMENT_PAGE, PRINTABLE_WIDTH_CM } from './document-page.ts';

// A section's heading after the document's own (a unit summary's 落後項目, 量化成果…): a size between the title's and the header's.
const SECTION_HEADING_SIZE = 13;

/** The text of a .fodt file holding the document: each sheet a heading, its information lines and a table. */
export function odtDocumentXml(document: Document): string {
  const tables = document.sheets.map((sheet, index) => sheetXml(sheet, index));
  const page = pageStyles(DOCUMENT_PAGE, MASTER_PAGE.text);
  return [
    `${XML_DECLARATION}<office:document ${rootAttributes(...DOCUMENT_PREFIXES)} office:mimetype="${MEDIA_TYPES.text}">`,
    metaXml({ title: document.title, language: document.language }),
    FONT_FACE_DECLS,
    `<office:styles>${namedStyles()}${page.styles}</office:styles>`,
    `<office:automatic-styles>${page.automaticStyles}${cellStyles()}${tables.map((table) => table.styles).join('')}</office:automatic-styles>`,
    `<office:master-styles>${page.masterStyles}</office:master-styles>`,
    `<office:body><office:text>${tables.map((table) => table.xml).join('')}</office:text></office:body>`,
    '</office:document>',
  ].join('');
}

function namedStyles(): string {
  const title = ROW_LOOKS.title;
  const info = ROW_LOOKS.info;
  const paragraph = (name: string, parent: string, kind: RowKind, numeric: boolean) =>
    `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}">${alignmentXml(alignmentOf(ROW_LOOKS[kind], numeric))}${textPropertiesXml(ROW_LOOKS[kind])}</style:style>`;
  return [
    `<style:default-style style:family="paragraph"><style:paragraph-properties style:line-break="strict" style:text-autospace="none" style:writing-mode="lr-tb"/>${textPropertiesXml({ size: ROW_LOOKS.body.size }, ZH_TW_TEXT)}</style:default-style>`,
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>',
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"/>',
    `<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:text-align="${title.align ?? 'start'}" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>${textPropertiesXml(title)}</style:style>`,
    `<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:text-align="${title.align ?? 'start'}" fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>${textPropertiesXml({ ...title, size: SECTION_HEADING_SIZE })}</style:style>`,
    `<style:style style:name="${INFO_STYLE}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="${info.align ?? 'start'}" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>${textPropertiesXml(info)}</style:style>`,
    ...ROW_KINDS.flatMap((kind) => {
      const parent = kind === 'header' ? 'Table_20_Heading' : 'Table_20_Contents';
      return [paragraph(paragraphStyle(kind), parent, kind, false), paragraph(paragraphStyle(kind, true), parent, kind, true)];
    }),
  ].join('');
}

// Writer applies cell styles only as automatic styles. A row moves to the next page whole, as in
// Calc, unless it is taller than a page.
function cellStyles(): string {
  const cell = (kind: RowKind) => `<style:style style:name="${cellStyle(kind)}" style:family="table-cell">${cellPropertiesXml({ ...rowCellBox(ROW_LOOKS[kind]), wrap: false })}</style:style>`;
  return `<style:style style:name="${ROW_STYLE}" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>${ROW_KINDS.map(cell).join('')}`;
}

const ROW_STYLE = 'R';
const INFO_STYLE = 'Info';

const paragraphStyle = (kind: RowKind, numeric = false) => `P-${kind}${numeric ? '-end' : ''}`;
const cellStyle = (kind: RowKind) => `C-${kind}`;

// A sheet: its title a heading (level 1 for the document's first, 2 for the sections after it),
// its information lines right-aligned, and each run of header and data rows one table.
function sheetXml(sheet: DocSheet, index: number): { xml: string; styles: string } {
  const columns = Math.max(sheet.widths.length, ...sheet.rows.map((row) => row.cells.length));
  const total = sheet.widths.reduce((sum, width) => sum + width, 0) || 1;
  const widths = Array.from({ length: columns }, (_, i) => ((sheet.widths[i] ?? 80) / total) * PRINTABLE_WIDTH_CM);
  const name = `T${index}`;
  const styles =
    `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${PRINTABLE_WIDTH_CM.toFixed(3)}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>` +
    widths.map((width, i) => `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${width.toFixed(3)}cm"/></style:style>`).join('');

  const parts: string[] = [];
  let table: DocRow[] = [];
  let tables = 0;
  const flush = () => {
    if (table.length > 0) parts.push(tableXml(`${sheet.name}${tables > 0 ? ` (${tables + 1})` : ''}`, name, columns, table));
    if (table.length > 0) tables++;
    table = [];
  };
  for (const row of sheet.rows) {
    if (row.kind === 'title' || row.kind === 'info') {
      flush();
      const text = row.cells.map(cellAsText).filter(Boolean).join(' ');
      parts.push(row.kind === 'title' ? heading(text, index === 0 ? 1 : 2) : paragraphsXml(text, INFO_STYLE));
    } else {
      // A header row after data rows starts a table of its own, so its header repeats on its own pages.
      if (row.kind === 'header' && table.some((r) => r.kind !== 'header')) flush();
      table.push(row);
    }
  }
  flush();
  return { xml: parts.join(''), styles };
}

function heading(text: string, level: 1 | 2): string {
  return `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${escapeXml(text)}</text:h>`;
}

function tableXml(name: string, style: string, columns: number, rows: readonly DocRow[]): string {
  const headers = rows.filter((row) => row.kind === 'header').length;
  const columnsXml = Array.from({ length: columns }, (_, i) => `<table:table-column table:style-name="${style}.C${i}"/>`).join('');
  const body = rows.map((row) => rowXml(row, columns));
  const head = headers > 0 ? `<table:table-header-rows>${body.slice(0, headers).join('')}</table:table-header-rows>` : '';
  return `<table:table table:name="${escapeXml(name)}" table:style-name="${style}">${columnsXml}${head}${body.slice(headers).join('')}</table:table>`;
}

function rowXml(row: DocRow, columns: number): string {
  const cells: string[] = [];
  for (let c = 0; c < columns; c++) {
    const { merge } = row;
    if (merge && c > merge.from && c <= merge.to) {
      cells.push('<table:covered-table-cell/>');
      continue;
    }
    const span = merge?.from === c && merge.to > merge.from ? ` table:number-columns-spanned="${merge.to - merge.from + 1}"` : '';
    cells.push(`<table:table-cell table:style-name="${cellStyle(row.kind)}" office:value-type="string"${span}>${cellParagraphs(row.kind, row.cells[c] ?? null)}</table:table-cell>`);
  }
  return `<table:table-row table:style-name="${ROW_STYLE}">${cells.join('')}</table:table-row>`;
}

// Numbers and percentages align as in the .ods; dates read as the documents print them (民國115年4月28日).
function cellParagraphs(kind: RowKind, cell: DocCell): string {
  return paragraphsXml(cellAsText(cell), paragraphStyle(kind, isNumericCell(cell)));
}
