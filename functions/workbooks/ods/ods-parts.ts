// The parts of an .ods workbook beside content.xml: styles.xml (zh-TW default cell style, A4 page,
// page header and footer), meta.xml and settings.xml (frozen header rows).
import { TAB_TEXT_SIZE } from '../../../shared/row-looks.ts';
import type { OutputTab } from '../../../shared/workbook.ts';
import { ZH_TW_TEXT } from '../../odf/font.ts';
import { textPropertiesXml } from '../../odf/look.ts';
import { metaPartXml } from '../../odf/meta.ts';
import { rootAttributes } from '../../odf/namespaces.ts';
import type { Page } from '../../odf/page.ts';
import { stylesXml } from '../../odf/styles.ts';
import { escapeXml, XML_DECLARATION } from '../../odf/xml.ts';
import type { PrintLayout } from '../print-layout.ts';

// Tabs print within these margins (cm), scaled to the page's width.
const MARGINS = { top: 1.2, bottom: 1.2, left: 1.5, right: 1.5 } as const;

/** styles.xml: the zh-TW default style, and an A4 page with page numbers (and the title when printing a document). */
export function odsStyles(print?: PrintLayout): string {
  const page: Page = {
    orientation: print?.landscape ? 'landscape' : 'portrait',
    margins: MARGINS,
    fitToWidth: true,
    ...(print ? { title: print.title } : {}),
  };
  const defaults = [
    `<style:default-style style:family="table-cell">${textPropertiesXml({ size: TAB_TEXT_SIZE }, ZH_TW_TEXT)}</style:default-style>`,
    `<style:default-style style:family="paragraph">${textPropertiesXml({}, ZH_TW_TEXT)}</style:default-style>`,
    '<style:style style:name="Default" style:family="table-cell"/>',
  ];
  return stylesXml(defaults.join(''), page, 'spreadsheet');
}

/** meta.xml: the generator, the language and the document's title. */
export function odsMeta(title?: string): string {
  return metaPartXml({ language: 'zh-TW', ...(title ? { title } : {}) });
}

/** settings.xml: laid-out tabs open with their header row frozen, as the .xlsx and Google tabs do. */
export function odsSettings(tabs: readonly OutputTab[]): string {
  const item = (name: string, type: string, value: string | number) =>
    `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;
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
