// The look of a year-end .ods: the backends' CJK font in zh-TW (else LibreOffice picks Japanese or
// Simplified glyph forms), A4 landscape pages numbered 第 n 頁／共 m 頁, and one cell style per row kind.
import type { RowKind } from '../../../shared/document.ts';
import { FONT_FACES, ZH_TW_TEXT } from './ods-xml.ts';

/** Printable width of an A4 landscape page with our margins, in centimetres. */
export const PRINTABLE_WIDTH_CM = 29.7 - 2 * 1.2;

/** Every namespace our ODF parts use. */
export const ODF_NAMESPACES = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xlink="http://www.w3.org/1999/xlink"',
  'dc="http://purl.org/dc/elements/1.1/"',
  'meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0"',
]
  .map((ns) => `xmlns:${ns}`)
  .join(' ');

/** Text properties in the zh-TW font and language (Noto Sans CJK TC, which the PDF embeds), at a size. */
export const textProperties = (size: number, bold = false) =>
  `<style:text-properties ${ZH_TW_TEXT} fo:font-size="${size}pt" style:font-size-asian="${size}pt"${bold ? ' fo:font-weight="bold" style:font-weight-asian="bold"' : ''}/>`;

export const FONT_FACE_DECLS = FONT_FACES;

/** styles.xml: the default cell style, and the A4 landscape page with a page-number footer. */
export function stylesXml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${ODF_NAMESPACES} office:version="1.3">${FONT_FACE_DECLS}<office:styles><style:default-style style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:wrap-option="wrap"/>${textProperties(10)}</style:default-style><style:style style:name="Default" style:family="table-cell"/></office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" style:print-page-order="ttb" style:first-page-number="continue" style:print="charts drawings objects zero-values"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer><text:p>第 <text:page-number>1</text:page-number> 頁，共 <text:page-count>1</text:page-count> 頁</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`;
}

const BORDER = 'fo:border="0.5pt solid #000000"';
const TOP = 'style:vertical-align="top"';
const CELL_LOOK: Readonly<Record<RowKind, { size: number; bold: boolean; props: string; align?: string }>> = {
  title: { size: 16, bold: true, props: 'style:vertical-align="middle"', align: 'center' },
  info: { size: 10, bold: false, props: 'style:vertical-align="middle"', align: 'end' },
  header: { size: 11, bold: true, props: `fo:background-color="#d9d9d9" ${BORDER} style:vertical-align="middle"`, align: 'center' },
  group: { size: 11, bold: true, props: `fo:background-color="#eef3f8" ${BORDER} ${TOP}` },
  subgroup: { size: 10, bold: true, props: `fo:background-color="#f7f7f7" ${BORDER} ${TOP}` },
  body: { size: 10, bold: false, props: `${BORDER} ${TOP}` },
  total: { size: 10, bold: true, props: `fo:background-color="#f2f2f2" ${BORDER} ${TOP}` },
};

/** Cell padding in cm, across and down. */
export const CELL_PADDING = { x: 0.1, y: 0.05 } as const;

/** The font size of a row kind, in points. */
export const fontSizeOf = (kind: RowKind): number => CELL_LOOK[kind].size;

/** The cell style of a row kind, and of its numbers, dates and percentages. */
export const cellStyle = (kind: RowKind, value: 'text' | 'number' | 'date' | 'percent' = 'text') => `ce-${kind}-${value}`;

/** content.xml's automatic styles: data styles (ROC dates, percentages), cell styles, the table style. */
export function automaticStyles(columnStyles: string): string {
  const dataStyles =
    '<number:date-style style:name="N-roc" number:language="zh" number:country="TW"><number:era number:calendar="ROC"/><number:year number:calendar="ROC"/><number:text>年</number:text><number:month number:calendar="ROC"/><number:text>月</number:text><number:day number:calendar="ROC"/><number:text>日</number:text></number:date-style>' +
    '<number:percentage-style style:name="N-pct"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>';
  const cells = (Object.entries(CELL_LOOK) as [RowKind, (typeof CELL_LOOK)[RowKind]][]).flatMap(([kind, look]) =>
    (['text', 'number', 'date', 'percent'] as const).map((value) => {
      const dataStyle = value === 'date' ? ' style:data-style-name="N-roc"' : value === 'percent' ? ' style:data-style-name="N-pct"' : '';
      const align = value === 'number' || value === 'percent' ? 'end' : look.align;
      return `<style:style style:name="${cellStyle(kind, value)}" style:family="table-cell" style:parent-style-name="Default"${dataStyle}><style:table-cell-properties fo:wrap-option="wrap" fo:padding-top="${CELL_PADDING.y}cm" fo:padding-bottom="${CELL_PADDING.y}cm" fo:padding-left="${CELL_PADDING.x}cm" fo:padding-right="${CELL_PADDING.x}cm" ${look.props}/>${align ? `<style:paragraph-properties fo:text-align="${align}"/>` : ''}${textProperties(look.size, look.bold)}</style:style>`;
    }),
  );
  return `<office:automatic-styles>${dataStyles}${columnStyles}<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>${cells.join('')}</office:automatic-styles>`;
}
