// A year-end document as a flat OpenDocument text file (.fodt), the source of its published PDF.
// Calc's tagged PDF marks every cell as a paragraph; Writer's marks a table as Table / TR / TH / TD,
// its repeated heading rows as TH, and its headings as H1 / H2, which is what screen readers need.
// Layout follows the .ods: A4 landscape, zh-TW text in Noto Sans CJK TC, page numbers in the footer.
import { type DocCell, type DocRow, type DocSheet, type Document, cellAsText, type RowKind } from '../../shared/document.ts';
import * as msg from '../../shared/messages.ts';
import { ODF_NAMESPACES, PRINTABLE_WIDTH_CM } from '../workbooks/ods/ods-styles.ts';
import { escapeXml, FONT_FACES, XML_DECLARATION, ZH_TW_TEXT } from '../workbooks/ods/ods-xml.ts';
import { odfParagraphs } from './odf-text.ts';

/** The media type of an OpenDocument text file. */
export const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text';

const BORDER = 'fo:border="0.5pt solid #000000"';
// Per row kind: the cell's background and the paragraph's size, weight and alignment (as in the .ods).
const LOOK: Readonly<Record<RowKind, { size: number; bold: boolean; background?: string; align?: 'center' | 'end' }>> = {
  title: { size: 16, bold: true, align: 'center' },
  info: { size: 10, bold: false, align: 'end' },
  header: { size: 11, bold: true, background: '#d9d9d9', align: 'center' },
  group: { size: 11, bold: true, background: '#eef3f8' },
  subgroup: { size: 10, bold: true, background: '#f7f7f7' },
  body: { size: 10, bold: false },
  total: { size: 10, bold: true, background: '#f2f2f2' },
};

/** The text of a .fodt file holding the document: each sheet a heading, its information lines and a table. */
export function odtDocumentXml(document: Document): string {
  const tables = document.sheets.map((sheet, index) => sheetXml(sheet, index));
  return [
    `${XML_DECLARATION}<office:document ${ODF_NAMESPACES} office:version="1.3" office:mimetype="${ODT_MEDIA_TYPE}">`,
    `<office:meta><meta:generator>guankao</meta:generator><dc:title>${escapeXml(document.title)}</dc:title><dc:language>${document.language}</dc:language></office:meta>`,
    FONT_FACES,
    sharedStyles(),
    `<office:automatic-styles>${pageLayout()}${cellStyles()}${tables.map((table) => table.styles).join('')}</office:automatic-styles>`,
    masterPage(),
    `<office:body><office:text>${tables.map((table) => table.xml).join('')}</office:text></office:body>`,
    '</office:document>',
  ].join('');
}

function sharedStyles(): string {
  const text = (size: number, bold: boolean) =>
    `<style:text-properties fo:font-size="${size}pt" style:font-size-asian="${size}pt" style:font-size-complex="${size}pt"${bold ? ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' : ''}/>`;
  const paragraph = (name: string, parent: string, kind: RowKind, align = LOOK[kind].align) =>
    `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}"><style:paragraph-properties fo:text-align="${align ?? 'start'}"/>${text(LOOK[kind].size, LOOK[kind].bold)}</style:style>`;
  const kinds = Object.keys(LOOK) as RowKind[];
  return [
    '<office:styles>',
    `<style:default-style style:family="paragraph"><style:paragraph-properties style:line-break="strict" style:text-autospace="none" style:writing-mode="lr-tb"/><style:text-properties ${ZH_TW_TEXT} style:language-complex="zh" style:country-complex="TW" fo:font-size="10pt" style:font-size-asian="10pt"/></style:default-style>`,
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>',
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"/>',
    `<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>${text(16, true)}</style:style>`,
    `<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>${text(13, true)}</style:style>`,
    `<style:style style:name="Info" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/></style:style>`,
    '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/></style:style>',
    ...kinds.flatMap((kind) => {
      const parent = kind === 'header' ? 'Table_20_Heading' : 'Table_20_Contents';
      return [paragraph(paragraphStyle(kind), parent, kind), paragraph(paragraphStyle(kind, true), parent, kind, 'end')];
    }),
    '</office:styles>',
  ].join('');
}

// Writer applies cell styles only as automatic styles. A row moves to the next page whole, as in
// Calc, unless it is taller than a page.
function cellStyles(): string {
  const cell = (kind: RowKind) =>
    `<style:style style:name="${cellStyle(kind)}" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:padding-left="0.1cm" fo:padding-right="0.1cm" ${BORDER} style:vertical-align="${kind === 'header' ? 'middle' : 'top'}"${LOOK[kind].background ? ` fo:background-color="${LOOK[kind].background}"` : ''}/></style:style>`;
  return `<style:style style:name="${ROW_STYLE}" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>${(Object.keys(LOOK) as RowKind[]).map(cell).join('')}`;
}

const ROW_STYLE = 'R';

const paragraphStyle = (kind: RowKind, end = false) => `P-${kind}${end ? '-end' : ''}`;
const cellStyle = (kind: RowKind) => `C-${kind}`;

function pageLayout(): string {
  return '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" style:writing-mode="lr-tb"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>';
}

function masterPage(): string {
  const pageNumber = msg.printPageNumber('<text:page-number text:select-page="current">1</text:page-number>', '<text:page-count>1</text:page-count>');
  return `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">${pageNumber}</text:p></style:footer></style:master-page></office:master-styles>`;
}

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
      parts.push(row.kind === 'title' ? heading(text, index === 0 ? 1 : 2) : odfParagraphs(text).replaceAll('<text:p>', '<text:p text:style-name="Info">'));
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

// Numbers and percentages align right, as in the .ods; dates read as the documents print them (民國115年4月28日).
function cellParagraphs(kind: RowKind, cell: DocCell): string {
  const numeric = typeof cell === 'number' || (cell !== null && typeof cell === 'object' && 'percent' in cell);
  const style = paragraphStyle(kind, numeric);
  const text = cellAsText(cell);
  return text ? odfParagraphs(text).replaceAll('<text:p>', `<text:p text:style-name="${style}">`) : `<text:p text:style-name="${style}"/>`;
}
