// The printed page of an ODF document: A4 in either orientation, its margins, an optional title in
// the page header and the page number in the footer (worded in the messages module). A page is
// three pieces that go to three places of a styles part: the paragraph styles of its header and
// footer (office:styles), its layout (office:automatic-styles) and its master page (office:master-styles).
import * as msg from '../../shared/messages/functions/index.ts';
import { alignmentXml, textPropertiesXml } from './look.ts';
import { escapeXml } from './xml.ts';

/** A page: A4, its margins in cm, and what it prints above and below the content. */
export interface Page {
  readonly orientation: 'portrait' | 'landscape';
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Printed, centred and bold, at the top of every page. */
  readonly title?: string;
  /** A spreadsheet scaled to the page's width (then as many pages down as it takes). */
  readonly fitToWidth?: boolean;
}

/** A page style's pieces, each to be placed inside the element of a styles part it is named after. */
export interface PageStyles {
  /** Paragraph styles of the header and footer: inside <office:styles>. */
  readonly styles: string;
  /** The page layout: inside <office:automatic-styles>. */
  readonly automaticStyles: string;
  /** The master page: inside <office:master-styles>. */
  readonly masterStyles: string;
}

const A4_CM = { short: 21, long: 29.7 } as const;

/** The page header's and footer's height and their gap to the body, in cm: what a page's body loses to each. */
const HEADER_FOOTER_CM = { minHeight: 0.6, gap: 0.2 } as const;
const LAYOUT = 'pm1';
const TITLE_STYLE = 'PageTitle';
const FOOTER_STYLE = 'PageFooter';

/** Width inside the margins, in cm. */
export function printableWidthCm(page: Page): number {
  return (page.orientation === 'landscape' ? A4_CM.long : A4_CM.short) - page.margins.left - page.margins.right;
}

/** Height of the body of a page with a footer and no page header (a text document's), in cm. */
export function bodyHeightCm(page: Page): number {
  return (
    (page.orientation === 'landscape' ? A4_CM.short : A4_CM.long) -
    page.margins.top -
    page.margins.bottom -
    HEADER_FOOTER_CM.minHeight -
    HEADER_FOOTER_CM.gap
  );
}

/** The name of the page style a spreadsheet's tables print with, and a text document's paragraphs. */
export const MASTER_PAGE = { spreadsheet: 'Default', text: 'Standard' } as const;

/** The page as the master page `masterName` (MASTER_PAGE). */
export function pageStyles(page: Page, masterName: string): PageStyles {
  const [width, height] = page.orientation === 'landscape' ? [A4_CM.long, A4_CM.short] : [A4_CM.short, A4_CM.long];
  const { top, bottom, left, right } = page.margins;
  const size = `fo:page-width="${width}cm" fo:page-height="${height}cm" style:print-orientation="${page.orientation}"`;
  const margins = `fo:margin-top="${top}cm" fo:margin-bottom="${bottom}cm" fo:margin-left="${left}cm" fo:margin-right="${right}cm"`;
  // The overview's PDF is Calc printing its .ods, so the page style says to print charts and drawings.
  const print =
    'style:writing-mode="lr-tb" style:print-page-order="ttb" style:first-page-number="continue" style:print="charts drawings objects zero-values"';
  const fit = page.fitToWidth ? ' style:scale-to-X="1" style:scale-to-Y="0"' : '';
  const properties = `${size} ${margins} ${print}${fit}`;
  const { minHeight, gap } = HEADER_FOOTER_CM;
  const headerStyle = page.title
    ? `<style:header-style><style:header-footer-properties fo:min-height="${minHeight}cm" fo:margin-bottom="${gap}cm"/></style:header-style>`
    : '';
  const footerStyle = `<style:footer-style><style:header-footer-properties fo:min-height="${minHeight}cm" fo:margin-top="${gap}cm"/></style:footer-style>`;
  const header = page.title
    ? `<style:header><text:p text:style-name="${TITLE_STYLE}">${escapeXml(page.title)}</text:p></style:header>`
    : '<style:header style:display="false"/>';
  const pageNumber = msg.printPageNumber(
    '<text:page-number text:select-page="current">1</text:page-number>',
    '<text:page-count>1</text:page-count>',
  );
  return {
    styles: [
      page.title
        ? `<style:style style:name="${TITLE_STYLE}" style:family="paragraph">${alignmentXml('center')}${textPropertiesXml({ size: 14, bold: true })}</style:style>`
        : '',
      `<style:style style:name="${FOOTER_STYLE}" style:family="paragraph">${alignmentXml('center')}</style:style>`,
    ].join(''),
    automaticStyles: `<style:page-layout style:name="${LAYOUT}"><style:page-layout-properties ${properties}/>${headerStyle}${footerStyle}</style:page-layout>`,
    masterStyles: `<style:master-page style:name="${masterName}" style:page-layout-name="${LAYOUT}">${header}<style:footer><text:p text:style-name="${FOOTER_STYLE}">${pageNumber}</text:p></style:footer></style:master-page>`,
  };
}
