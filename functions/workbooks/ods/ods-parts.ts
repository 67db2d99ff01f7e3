// The small parts of an .ods file beside content.xml: styles.xml (zh-TW default cell style, A4
// page, page header and footer), meta.xml, settings.xml (frozen header rows) and the manifest.
import * as msg from '../../../shared/messages.ts';
import type { OutputTab } from '../../../shared/workbook.ts';
import type { PrintLayout } from '../print-layout.ts';
import { escapeXml, FONT_FACES, ODS_MEDIA_TYPE, rootAttributes, XML_DECLARATION, ZH_TW_TEXT } from './ods-xml.ts';

/** styles.xml: the zh-TW default style, and an A4 page with page numbers (and the title when printing a document). */
export function odsStyles(print?: PrintLayout): string {
  const [width, height] = print?.landscape ? ['29.7cm', '21cm'] : ['21cm', '29.7cm'];
  const page = `fo:page-width="${width}" fo:page-height="${height}" style:print-orientation="${print?.landscape ? 'landscape' : 'portrait'}" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:writing-mode="lr-tb" style:scale-to-X="1" style:scale-to-Y="0"`;
  const band = '<style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>';
  const pageNumber = msg.printPageNumber('<text:page-number>1</text:page-number>', '<text:page-count>1</text:page-count>');
  const header = print
    ? `<style:header><style:region-center><text:p text:style-name="PrintTitle">${escapeXml(print.title)}</text:p></style:region-center></style:header>`
    : '<style:header style:display="false"/>';
  return [
    `${XML_DECLARATION}<office:document-styles ${rootAttributes('office', 'style', 'text', 'table', 'fo', 'svg', 'number')}>`,
    FONT_FACES,
    '<office:styles>',
    `<style:default-style style:family="table-cell"><style:text-properties ${ZH_TW_TEXT} fo:font-size="11pt" style:font-size-asian="11pt" style:font-size-complex="11pt"/></style:default-style>`,
    `<style:default-style style:family="paragraph"><style:text-properties ${ZH_TW_TEXT}/></style:default-style>`,
    '<style:style style:name="Default" style:family="table-cell"/>',
    '<style:style style:name="PrintTitle" style:family="paragraph"><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>',
    '</office:styles>',
    `<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties ${page}/><style:header-style>${band}</style:header-style><style:footer-style>${band}</style:footer-style></style:page-layout></office:automatic-styles>`,
    `<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">${header}<style:footer><text:p>${pageNumber}</text:p></style:footer></style:master-page></office:master-styles>`,
    '</office:document-styles>',
  ].join('');
}

/** meta.xml: the generator, the language and the document's title. */
export function odsMeta(title?: string): string {
  const titleXml = title ? `<dc:title>${escapeXml(title)}</dc:title>` : '';
  return `${XML_DECLARATION}<office:document-meta ${rootAttributes('office', 'meta', 'dc')}><office:meta><meta:generator>guankao</meta:generator>${titleXml}<dc:language>zh-TW</dc:language></office:meta></office:document-meta>`;
}

/** settings.xml: laid-out tabs open with their header row frozen, as the .xlsx and Google tabs do. */
export function odsSettings(tabs: readonly OutputTab[]): string {
  const item = (name: string, type: string, value: string | number) => `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;
  const frozen = tabs
    .filter((tab) => tab.layout)
    .map(
      (tab) =>
        `<config:config-item-map-entry config:name="${escapeXml(tab.name)}">${[
          item('HorizontalSplitMode', 'short', 0),
          item('VerticalSplitMode', 'short', 2),
          item('HorizontalSplitPosition', 'int', 0),
          item('VerticalSplitPosition', 'int', 1),
          item('ActiveSplitRange', 'short', 2),
          item('PositionLeft', 'int', 0),
          item('PositionRight', 'int', 0),
          item('PositionTop', 'int', 0),
          item('PositionBottom', 'int', 1),
        ].join('')}</config:config-item-map-entry>`,
    )
    .join('');
  const view = `<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>${item('ViewId', 'string', 'view1')}<config:config-item-map-named config:name="Tables">${frozen}</config:config-item-map-named></config:config-item-map-entry></config:config-item-map-indexed>`;
  return `${XML_DECLARATION}<office:document-settings ${rootAttributes('office', 'config')}><office:settings><config:config-item-set config:name="ooo:view-settings">${view}</config:config-item-set></office:settings></office:document-settings>`;
}

/** META-INF/manifest.xml listing the parts. */
export function odsManifest(parts: readonly string[]): string {
  const entries = parts.map((part) => `<manifest:file-entry manifest:full-path="${part}" manifest:media-type="text/xml"/>`).join('');
  return `${XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${ODS_MEDIA_TYPE}"/>${entries}</manifest:manifest>`;
}
