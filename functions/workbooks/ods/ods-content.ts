// content.xml of an .ods file: every tab as a <table:table>, with the layout TabLayout asks for —
// column widths, wrapped text in rows tall enough for it, the header row as print titles
// (<table:table-header-rows>), coloured 辦理狀態 cells, and an autofilter on the header — and date
// cells (Tab.dates) shown 民國116年6月30日. Yielded in pieces, a row at a time, so a large tab never
// becomes one string.
import { dateCellsOf } from '../../../shared/date-cells.ts';
import { formatIsoDate, serialToDate } from '../../../shared/dates.ts';
import { textCellsOf, wrappedRowHeightPt } from '../../../shared/row-height.ts';
import { OUTPUT_HEADER_LOOK, TAB_TEXT_SIZE } from '../../../shared/row-looks.ts';
import { STATUS_LOOKS } from '../../../shared/status-palette.ts';
import type { Cell, OutputTab } from '../../../shared/workbook.ts';
import { tableCellXml } from '../../odf/cells.ts';
import { rocDateStyleXml } from '../../odf/data-styles.ts';
import { FONT_FACE_DECLS } from '../../odf/font.ts';
import { alignmentXml, cellPropertiesXml, textPropertiesXml } from '../../odf/look.ts';
import { rootAttributes } from '../../odf/namespaces.ts';
import { escapeXml, XML_DECLARATION } from '../../odf/xml.ts';
import { cellAddress } from '../cell-address.ts';
import { ODS_DEFAULT_COLUMN_PX, odsRowStyleName, odsRowStyleXml } from './ods-row-height.ts';

const BODY = 'gkB';
const HEADER = 'gkH';
const DATE = 'gkD';
const ROW = 'gkro';
const STATUS_STYLES: ReadonlyMap<string, string> = new Map(STATUS_LOOKS.map(({ word }, i) => [word, `gkS${i}`]));

/** content.xml for the tabs, in pieces. */
export function* odsContent(tabs: readonly OutputTab[]): Generator<string> {
  yield `${XML_DECLARATION}<office:document-content ${rootAttributes('office', 'style', 'text', 'table', 'fo', 'svg', 'number')}>`;
  yield FONT_FACE_DECLS;
  const sheets = odsSheets(tabs);
  yield `<office:automatic-styles>${odsStyleDefinitions(sheets)}</office:automatic-styles>`;
  yield '<office:body><office:spreadsheet>';
  yield* odsTables(sheets);
  const filters = odsFilterRanges(tabs);
  if (filters) yield `<table:database-ranges>${filters}</table:database-ranges>`;
  yield '</office:spreadsheet></office:body></office:document-content>';
}

/** Tabs to write as tables, with the height each row needs for its wrapped text (null where one line does), worked out once for the row styles and the rows. */
export interface OdsSheets {
  readonly tabs: readonly OutputTab[];
  readonly heights: readonly (readonly (number | null)[])[];
}

/** The tabs with their rows' heights (shared/row-height.ts). */
export function odsSheets(tabs: readonly OutputTab[]): OdsSheets {
  return {
    tabs,
    heights: tabs.map((tab) => tab.rows.map((cells) => wrappedRowHeightPt(textCellsOf(cells, columnPxOf(tab), TAB_TEXT_SIZE)))),
  };
}

/** The <table:table> elements of the tabs, in pieces. */
export function* odsTables({ tabs, heights }: OdsSheets): Generator<string> {
  const widths = columnStyleNames(tabs);
  for (const [index, tab] of tabs.entries()) yield* tableXml(tab, heights[index] ?? [], widths);
}

/** The automatic styles odsTables refers to; every name starts gk, so they can join another file's styles. */
export function odsStyleDefinitions({ tabs, heights }: OdsSheets): string {
  const widths = columnStyleNames(tabs);
  const columns = [...widths].map(
    ([px, name]) =>
      `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${(px / 96).toFixed(4)}in"/></style:style>`,
  );
  const statuses = STATUS_LOOKS.map(
    ({ word, look }) =>
      `<style:style style:name="${STATUS_STYLES.get(word)}" style:family="table-cell">${cellPropertiesXml({ fill: look.fill, wrap: true, verticalAlign: 'top' })}${alignmentXml('center')}${textPropertiesXml({ colour: look.text })}</style:style>`,
  );
  // One row style per distinct height, by name.
  const rows = new Map<string, string>();
  for (const tabHeights of heights)
    for (const height of tabHeights) if (height !== null) rows.set(odsRowStyleName(height), odsRowStyleXml(height));
  return [
    ...columns,
    `<style:style style:name="${ROW}" style:family="table-row"><style:table-row-properties fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>`,
    ...rows.values(),
    '<style:style style:name="gkta" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>',
    `<style:style style:name="${BODY}" style:family="table-cell">${cellPropertiesXml({ wrap: true, verticalAlign: 'top' })}</style:style>`,
    `<style:style style:name="${HEADER}" style:family="table-cell">${cellPropertiesXml({ fill: OUTPUT_HEADER_LOOK.fill, wrap: true, verticalAlign: OUTPUT_HEADER_LOOK.verticalAlign, border: { sides: 'bottom', colour: OUTPUT_HEADER_LOOK.underline } })}${textPropertiesXml({ bold: OUTPUT_HEADER_LOOK.bold })}</style:style>`,
    ...statuses,
    // Only a workbook holding date cells gets their style, so every other file keeps its bytes.
    ...(tabs.some((tab) => tab.dates?.length)
      ? [
          rocDateStyleXml(`${DATE}N`),
          `<style:style style:name="${DATE}" style:family="table-cell" style:data-style-name="${DATE}N">${cellPropertiesXml({ wrap: true, verticalAlign: 'top' })}</style:style>`,
        ]
      : []),
  ].join('');
}

function* tableXml(tab: OutputTab, heights: readonly (number | null)[], widths: ReadonlyMap<number, string>): Generator<string> {
  const layout = tab.layout;
  const statusColumns = new Set(layout?.statusColumns ?? []);
  const isDate = dateCellsOf(tab);
  yield `<table:table table:name="${escapeXml(tab.name)}" table:style-name="gkta">`;
  yield columnsXml(tab, widths);
  let blank = 0;
  for (let r = 0; r < tab.rows.length; r++) {
    const cells = tab.rows[r] ?? [];
    const height = heights[r] ?? null;
    const used = cells.findLastIndex((cell) => cell !== null && cell !== '') + 1;
    if (used === 0 && r > 0) {
      blank++;
      continue;
    }
    if (blank > 0) yield blankRows(blank);
    blank = 0;
    const row = rowXml(
      height === null ? ROW : odsRowStyleName(height),
      cells.slice(0, used),
      (value, c) => (r === 0 && layout ? HEADER : statusColumns.has(c) && r > 0 ? statusStyle(value) : null),
      (c) => isDate(r, c),
    );
    // The header row of a laid-out tab is repeated at the top of every printed page.
    yield r === 0 && layout ? `<table:table-header-rows>${row}</table:table-header-rows>` : row;
  }
  // A table needs one row; trailing blank rows are not written (a spreadsheet shows them anyway).
  if (tab.rows.length === 0) yield blankRows(1);
  yield '</table:table>';
}

function columnsXml(tab: OutputTab, widths: ReadonlyMap<number, string>): string {
  const count = Math.max(1, tab.layout?.widths.length ?? 0, widest(tab.rows));
  let xml = '';
  for (let c = 0; c < count; c++) {
    const px = tab.layout?.widths[c];
    const style = px === undefined ? '' : ` table:style-name="${widths.get(px)}"`;
    xml += `<table:table-column${style} table:default-cell-style-name="${BODY}"/>`;
  }
  return xml;
}

function rowXml(
  style: string,
  cells: readonly Cell[],
  styleOf: (value: Cell, column: number) => string | null,
  isDate: (column: number) => boolean,
): string {
  let xml = `<table:table-row table:style-name="${style}">`;
  let empty = 0;
  cells.forEach((value, c) => {
    if (typeof value === 'number' && isDate(c)) {
      if (empty > 0) xml += tableCellXml(null, { repeat: empty });
      empty = 0;
      xml += tableCellXml({ date: formatIsoDate(serialToDate(value)) }, { style: DATE });
      return;
    }
    const style = styleOf(value, c);
    if ((value === null || value === '') && style === null) {
      empty++;
      return;
    }
    if (empty > 0) xml += tableCellXml(null, { repeat: empty });
    empty = 0;
    xml += tableCellXml(value, { style });
  });
  if (cells.length === 0) xml += '<table:table-cell/>';
  return `${xml}</table:table-row>`;
}

const blankRows = (count: number) =>
  `<table:table-row table:style-name="${ROW}"${count > 1 ? ` table:number-rows-repeated="${count}"` : ''}><table:table-cell/></table:table-row>`;

function statusStyle(value: Cell): string | null {
  return typeof value === 'string' ? (STATUS_STYLES.get(value.trim()) ?? null) : null;
}

// Each column's width in pixels: the layout's, else LibreOffice's default.
const columnPxOf = (tab: OutputTab) => (column: number) => tab.layout?.widths[column] ?? ODS_DEFAULT_COLUMN_PX;

// One automatic column style per distinct width over all tabs, named by its width: a name always
// means the same width, in this run and in the next one writing into the same file (ods-own-styles.ts).
function columnStyleNames(tabs: readonly OutputTab[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const tab of tabs) for (const px of tab.layout?.widths ?? []) names.set(px, `gkco-${String(px).replace('.', '_')}`);
  return names;
}

/** The autofilters of laid-out tabs, as <table:database-range> elements; `first` is the first tab's index in the file. */
export function odsFilterRanges(tabs: readonly OutputTab[], first = 0): string {
  return tabs.map((tab, index) => (tab.layout && tab.rows.length > 0 ? autofilter(tab, first + index) : '')).join('');
}

// LibreOffice keeps a sheet's autofilter as an anonymous database range named after the sheet's index.
function autofilter(tab: OutputTab, index: number): string {
  const width = Math.max(1, widest(tab.rows));
  const range = `${cellAddress(tab.name, 0, 0)}:${cellAddress(tab.name, width - 1, tab.rows.length - 1)}`;
  return `<table:database-range table:name="__Anonymous_Sheet_DB__${index}" table:target-range-address="${escapeXml(range)}" table:display-filter-buttons="true"/>`;
}

// A loop, not Math.max(...rows): a 100,000-row tab would overflow the call stack.
function widest(rows: readonly (readonly Cell[])[]): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  return width;
}
