// A year-end document as a Writer document: a flat .fodt (the source of its published PDF) or a
// packaged .odt (the editable text document agencies post). Calc's tagged PDF marks every cell as a
// paragraph; Writer's marks a table as Table / TR / TH / TD, its heading rows as TH, and its
// headings as H1 / H2, which is what screen readers need. The pages are laid out by odt-pages.ts
// (a table a page, so headings stay with their rows and merged cells show on every page); each
// row kind's look (shared/row-looks.ts) is split into a cell style (fill, frame) and a paragraph
// style (size, weight, alignment), as Writer keeps them.
import {
  cellAsText,
  type DocCell,
  type DocRow,
  type Document,
  isNumericCell,
  ROW_KINDS,
  type RowKind,
} from '../../shared/published-document.ts';
import { alignmentOf, ROW_LOOKS } from '../../shared/row-looks.ts';
import { FONT_FACE_DECLS, ZH_TW_TEXT } from '../odf/font.ts';
import { alignmentXml, cellPropertiesXml, rowCellBox, textPropertiesXml } from '../odf/look.ts';
import { metaPartXml, metaXml } from '../odf/meta.ts';
import { DOCUMENT_PREFIXES, rootAttributes } from '../odf/namespaces.ts';
import { MEDIA_TYPES, odfPackage } from '../odf/package.ts';
import { MASTER_PAGE, pageStyles } from '../odf/page.ts';
import { stylesXml } from '../odf/styles.ts';
import { paragraphsXml } from '../odf/text.ts';
import { escapeXml, XML_DECLARATION } from '../odf/xml.ts';
import { DOCUMENT_PAGE, PRINTABLE_WIDTH_CM } from './document-page.ts';
import {
  DEFAULT_FILL,
  type PageBlock,
  type PagedDocument,
  paginate,
  SECTION_HEADING_SIZE,
  SPACING_CM,
  sheetWidthsCm,
} from './odt-pages.ts';

/** The text of a .fodt file holding the document, laid out in pages filled to `fill` of their height. */
export function odtDocumentXml(document: Document, fill = DEFAULT_FILL): string {
  const { automaticStyles, body } = writerContent(paginate(document, fill));
  const page = pageStyles(DOCUMENT_PAGE, MASTER_PAGE.text);
  return [
    `${XML_DECLARATION}<office:document ${rootAttributes(...DOCUMENT_PREFIXES)} office:mimetype="${MEDIA_TYPES.text}">`,
    metaXml({ title: document.title, language: document.language }),
    FONT_FACE_DECLS,
    `<office:styles>${namedStyles()}${page.styles}</office:styles>`,
    `<office:automatic-styles>${page.automaticStyles}${automaticStyles}</office:automatic-styles>`,
    `<office:master-styles>${page.masterStyles}</office:master-styles>`,
    body,
    '</office:document>',
  ].join('');
}

/** The bytes of an .odt file holding the document, laid out as its PDF is. */
export function odtDocumentBytes(document: Document, fill = DEFAULT_FILL): Uint8Array {
  const { automaticStyles, body } = writerContent(paginate(document, fill));
  const content = `${XML_DECLARATION}<office:document-content ${rootAttributes(...DOCUMENT_PREFIXES)}>${FONT_FACE_DECLS}<office:automatic-styles>${automaticStyles}</office:automatic-styles>${body}</office:document-content>`;
  return odfPackage(MEDIA_TYPES.text, {
    'content.xml': content,
    'styles.xml': stylesXml(namedStyles(), DOCUMENT_PAGE, 'text'),
    'meta.xml': metaPartXml({ title: document.title, language: document.language }),
  });
}

/** How many pages the document prints on, laid out with `fill`. */
export function writerPages(document: Document, fill = DEFAULT_FILL): number {
  return paginate(document, fill).pages;
}

const ROW_STYLE = 'R';
const INFO_STYLE = 'Info';
const END_STYLE = 'End';
const paragraphStyle = (kind: RowKind, numeric = false) => `P-${kind}${numeric ? '-end' : ''}`;
const cellStyle = (kind: RowKind) => `C-${kind}`;
const tableStyle = (sheet: number, newPage: boolean) => `T${sheet}${newPage ? '-break' : ''}`;
const breaking = (style: string) => `${style}-break`;

function namedStyles(): string {
  const { title, info } = ROW_LOOKS;
  const paragraph = (name: string, parent: string, kind: RowKind, numeric: boolean) =>
    `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}">${alignmentXml(alignmentOf(ROW_LOOKS[kind], numeric))}${textPropertiesXml(ROW_LOOKS[kind])}</style:style>`;
  return [
    `<style:default-style style:family="paragraph"><style:paragraph-properties style:line-break="strict" style:text-autospace="none" style:writing-mode="lr-tb"/>${textPropertiesXml({ size: ROW_LOOKS.body.size }, ZH_TW_TEXT)}</style:default-style>`,
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>',
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"/>',
    `<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:text-align="${title.align ?? 'start'}" fo:margin-bottom="${SPACING_CM.titleBelow}cm" fo:keep-with-next="always"/>${textPropertiesXml(title)}</style:style>`,
    `<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:text-align="${title.align ?? 'start'}" fo:margin-top="${SPACING_CM.sectionAbove}cm" fo:margin-bottom="${SPACING_CM.sectionBelow}cm" fo:keep-with-next="always"/>${textPropertiesXml({ ...title, size: SECTION_HEADING_SIZE })}</style:style>`,
    `<style:style style:name="${INFO_STYLE}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="${info.align ?? 'start'}" fo:margin-bottom="${SPACING_CM.infoBelow}cm" fo:keep-with-next="always"/>${textPropertiesXml(info)}</style:style>`,
    // The paragraph Writer keeps after the last table: tiny, so it never needs a page of its own.
    `<style:style style:name="${END_STYLE}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>${textPropertiesXml({ size: 1 })}</style:style>`,
    ...ROW_KINDS.flatMap((kind) => {
      const parent = kind === 'header' ? 'Table_20_Heading' : 'Table_20_Contents';
      return [paragraph(paragraphStyle(kind), parent, kind, false), paragraph(paragraphStyle(kind, true), parent, kind, true)];
    }),
  ].join('');
}

// Writer applies cell styles only as automatic styles. A row moves to the next page whole, unless
// it is taller than a page; a table or paragraph starting a page says so with a page break.
function writerContent(paged: PagedDocument): { automaticStyles: string; body: string } {
  const { document, blocks } = paged;
  const cell = (kind: RowKind) =>
    `<style:style style:name="${cellStyle(kind)}" style:family="table-cell">${cellPropertiesXml({ ...rowCellBox(ROW_LOOKS[kind]), wrap: false })}</style:style>`;
  const pageBreak = (name: string, parent: string) =>
    `<style:style style:name="${breaking(name)}" style:family="paragraph" style:parent-style-name="${parent}"><style:paragraph-properties fo:break-before="page"/></style:style>`;
  const tables = document.sheets.map((sheet, index) => {
    const widths = sheetWidthsCm(sheet);
    const table = (newPage: boolean) =>
      `<style:style style:name="${tableStyle(index, newPage)}" style:family="table"><style:table-properties style:width="${PRINTABLE_WIDTH_CM.toFixed(3)}cm" table:align="left" fo:margin-top="${SPACING_CM.tableAbove}cm" fo:margin-bottom="${SPACING_CM.tableBelow}cm"${newPage ? ' fo:break-before="page"' : ''}/></style:style>`;
    return (
      table(false) +
      table(true) +
      widths
        .map(
          (width, i) =>
            `<style:style style:name="T${index}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${width.toFixed(3)}cm"/></style:style>`,
        )
        .join('')
    );
  });
  const automaticStyles = [
    `<style:style style:name="${ROW_STYLE}" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>`,
    ...ROW_KINDS.map(cell),
    pageBreak('Heading_20_2', 'Heading_20_2'),
    pageBreak(INFO_STYLE, INFO_STYLE),
    ...tables,
  ].join('');
  const body = blocks.map((block) => blockXml(paged, block)).join('');
  return { automaticStyles, body: `<office:body><office:text>${body}<text:p text:style-name="${END_STYLE}"/></office:text></office:body>` };
}

function blockXml({ document }: PagedDocument, block: PageBlock): string {
  if (block.kind === 'heading') {
    const style = `Heading_20_${block.level}`;
    return `<text:h text:style-name="${block.newPage ? breaking(style) : style}" text:outline-level="${block.level}">${escapeXml(block.text)}</text:h>`;
  }
  if (block.kind === 'info') return paragraphsXml(block.text, block.newPage ? breaking(INFO_STYLE) : INFO_STYLE);
  const sheet = document.sheets[block.sheet];
  const columns = sheet ? sheetWidthsCm(sheet).length : 0;
  const columnsXml = Array.from({ length: columns }, (_, i) => `<table:table-column table:style-name="T${block.sheet}.C${i}"/>`).join('');
  const header =
    block.header.length > 0
      ? `<table:table-header-rows>${block.header.map((row) => rowXml(row, columns, new Map(), new Set())).join('')}</table:table-header-rows>`
      : '';
  // Which cells are merged down: the first cell of each span holds it, the cells below are covered.
  const starts = new Map<number, Map<number, { rows: number; kind: RowKind; content: DocCell }>>();
  const covered = new Map<number, Set<number>>();
  for (const span of block.spans) {
    const at = starts.get(span.row) ?? new Map();
    at.set(span.column, span);
    starts.set(span.row, at);
    for (let r = span.row + 1; r < span.row + span.rows; r++) covered.set(r, (covered.get(r) ?? new Set()).add(span.column));
  }
  const rows = block.rows.map((row, r) => rowXml(row, columns, starts.get(r) ?? new Map(), covered.get(r) ?? new Set())).join('');
  return `<table:table table:name="${escapeXml(block.name)}" table:style-name="${tableStyle(block.sheet, block.newPage)}">${columnsXml}${header}${rows}</table:table>`;
}

function rowXml(
  row: DocRow,
  columns: number,
  spans: ReadonlyMap<number, { rows: number; kind: RowKind; content: DocCell }>,
  covered: ReadonlySet<number>,
): string {
  const cells: string[] = [];
  for (let c = 0; c < columns; c++) {
    const { merge } = row;
    if (covered.has(c) || (merge && c > merge.from && c <= merge.to)) {
      cells.push('<table:covered-table-cell/>');
      continue;
    }
    const span = spans.get(c);
    const across = merge?.from === c && merge.to > merge.from ? ` table:number-columns-spanned="${merge.to - merge.from + 1}"` : '';
    const down = span && span.rows > 1 ? ` table:number-rows-spanned="${span.rows}"` : '';
    const kind = span?.kind ?? row.kind;
    const content = span ? span.content : (row.cells[c] ?? null);
    cells.push(
      `<table:table-cell table:style-name="${cellStyle(kind)}" office:value-type="string"${across}${down}>${cellParagraphs(kind, content)}</table:table-cell>`,
    );
  }
  return `<table:table-row table:style-name="${ROW_STYLE}">${cells.join('')}</table:table-row>`;
}

// Numbers and percentages align as in the .ods; dates read as the documents print them (民國115年4月28日).
function cellParagraphs(kind: RowKind, cell: DocCell): string {
  return paragraphsXml(cellAsText(cell), paragraphStyle(kind, isNumericCell(cell)));
}
