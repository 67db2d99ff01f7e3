// A year-end document as an OpenDocument spreadsheet (ODF 1.3, what Taiwan's government asks for
// editable files): a zip with `mimetype` first and stored, as ODF requires, then the XML parts.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Document } from '../../shared/document.ts';
import { automaticStyles, FONT_FACE_DECLS, ODF_NAMESPACES, stylesXml } from '../workbooks/ods/ods-styles.ts';
import { CHART_ROW_STYLE, odsTable } from './ods-table.ts';
import { escapeXml } from '../workbooks/ods/ods-xml.ts';

// A fixed time for the zip entries, so the same document always gives the same bytes.
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

/** The bytes of an .ods file holding the document, one table a sheet. */
export function odsDocumentBytes(document: Document): Uint8Array {
  let nextObject = 1;
  const tables = document.sheets.map((sheet, index) => {
    const table = odsTable(sheet, index, nextObject);
    nextObject += table.objects.length;
    return table;
  });
  const objects = tables.flatMap((table) => table.objects);
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_NAMESPACES} office:version="1.3">${FONT_FACE_DECLS}${automaticStyles(tables.map((t) => t.styles).join('') + CHART_ROW_STYLE)}<office:body><office:spreadsheet>${tables.map((t) => t.xml).join('')}</office:spreadsheet></office:body></office:document-content>`;

  const files: Zippable = {
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
    'styles.xml': strToU8(stylesXml()),
    'meta.xml': strToU8(metaXml(document)),
    'META-INF/manifest.xml': strToU8(manifestXml(objects.map((object) => object.name))),
  };
  for (const object of objects) files[`${object.name}/content.xml`] = strToU8(object.content);
  return zipSync(files, { level: 6, mtime: ENTRY_TIME });
}

function metaXml(document: Document): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${ODF_NAMESPACES} office:version="1.3"><office:meta><dc:title>${escapeXml(document.title)}</dc:title><dc:language>${document.language}</dc:language><meta:generator>guankao</meta:generator></office:meta></office:document-meta>`;
}

function manifestXml(objects: readonly string[]): string {
  const entry = (path: string, type: string) => `<manifest:file-entry manifest:full-path="${escapeXml(path)}" manifest:media-type="${type}"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">${[
    entry('/', 'application/vnd.oasis.opendocument.spreadsheet'),
    entry('content.xml', 'text/xml'),
    entry('styles.xml', 'text/xml'),
    entry('meta.xml', 'text/xml'),
    ...objects.flatMap((name) => [entry(`${name}/`, 'application/vnd.oasis.opendocument.chart'), entry(`${name}/content.xml`, 'text/xml')]),
  ].join('')}</manifest:manifest>`;
}
