// styles.xml of an ODF package: the font, the document's named styles, and its page.
import { FONT_FACE_DECLS } from './font.ts';
import { rootAttributes } from './namespaces.ts';
import { MASTER_PAGE, type Page, pageStyles } from './page.ts';
import { XML_DECLARATION } from './xml.ts';

/** styles.xml holding the named (and default) styles `styles` and the page, as the master page of a spreadsheet or a text document. */
export function stylesXml(styles: string, page: Page, kind: keyof typeof MASTER_PAGE): string {
  const pieces = pageStyles(page, MASTER_PAGE[kind]);
  return [
    `${XML_DECLARATION}<office:document-styles ${rootAttributes('office', 'style', 'text', 'table', 'fo', 'svg', 'number')}>`,
    FONT_FACE_DECLS,
    `<office:styles>${styles}${pieces.styles}</office:styles>`,
    `<office:automatic-styles>${pieces.automaticStyles}</office:automatic-styles>`,
    `<office:master-styles>${pieces.masterStyles}</office:master-styles>`,
    '</office:document-styles>',
  ].join('');
}
