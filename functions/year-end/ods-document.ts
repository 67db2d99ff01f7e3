// A year-end document as an OpenDocument spreadsheet (ODF 1.3, what Taiwan's government asks for
// editable files): one table a sheet, each chart an embedded chart object, on the documents' page.
import type { Document } from '../../shared/published-document.ts';
import { ROW_LOOKS } from '../../shared/row-looks.ts';
import { FONT_FACE_DECLS, ZH_TW_TEXT } from '../odf/font.ts';
import { cellPropertiesXml, textPropertiesXml } from '../odf/look.ts';
import { metaPartXml } from '../odf/meta.ts';
import { DOCUMENT_PREFIXES, rootAttributes } from '../odf/namespaces.ts';
import { MEDIA_TYPES, odfPackage, type PartContent } from '../odf/package.ts';
import { stylesXml } from '../odf/styles.ts';
import { XML_DECLARATION } from '../odf/xml.ts';
import { DOCUMENT_PAGE } from './document-page.ts';
import { odsCellStyles } from './ods-cell-styles.ts';
import { odsTable } from './ods-table.ts';

// Cells a row kind does not style (the chart's column) wrap at the top in the body's size.
const DEFAULT_STYLES = [
  `<style:default-style style:family="table-cell">${cellPropertiesXml({ verticalAlign: 'top', wrap: true })}${textPropertiesXml({ size: ROW_LOOKS.body.size }, ZH_TW_TEXT)}</style:default-style>`,
  '<style:style style:name="Default" style:family="table-cell"/>',
].join('');

/** The bytes of an .ods file holding the document, one table a sheet. */
export function odsDocumentBytes(document: Document): Uint8Array {
  let nextObject = 1;
  const tables = document.sheets.map((sheet, index) => {
    const table = odsTable(sheet, index, nextObject);
    nextObject += table.objects.length;
    return table;
  });
  const objects = tables.flatMap((table) => table.objects);
  const automaticStyles = `<office:automatic-styles>${tables.map((t) => t.styles).join('')}${odsCellStyles()}</office:automatic-styles>`;
  const content = `${XML_DECLARATION}<office:document-content ${rootAttributes(...DOCUMENT_PREFIXES)}>${FONT_FACE_DECLS}${automaticStyles}<office:body><office:spreadsheet>${tables.map((t) => t.xml).join('')}</office:spreadsheet></office:body></office:document-content>`;
  const parts: Record<string, PartContent> = {
    'content.xml': content,
    'styles.xml': stylesXml(DEFAULT_STYLES, DOCUMENT_PAGE, 'spreadsheet'),
    'meta.xml': metaPartXml({ title: document.title, language: document.language }),
  };
  for (const object of objects) parts[`${object.name}/content.xml`] = object.content;
  return odfPackage(
    MEDIA_TYPES.spreadsheet,
    parts,
    objects.map((object) => ({ folder: `${object.name}/`, mediaType: MEDIA_TYPES.chart })),
  );
}
