// One document sheet as an ODF <table:table>: column widths scaled to the A4 landscape page, merged
// cells, the header rows in <table:table-header-rows> so LibreOffice repeats them on every printed
// page, real dates (shown 民國115年1月31日) and percentages, and a frame for each chart.
import { formatIsoDate } from '../../shared/dates.ts';
import type { ChartSpec, DocCell, DocRow, DocSheet } from '../../shared/document.ts';
import { ROW_LOOKS } from '../../shared/row-looks.ts';
import { tableCellXml } from '../odf/cells.ts';
import { CELL_PADDING } from '../odf/look.ts';
import { escapeXml } from '../odf/xml.ts';
import { cellAddress } from '../workbooks/cell-address.ts';
import { PRINTABLE_WIDTH_CM } from './document-page.ts';
import { cellStyle, TABLE_STYLE } from './ods-cell-styles.ts';
import { chartObjectXml } from './ods-chart.ts';
import { rowHeightCm } from './ods-row-height.ts';

/** An embedded object of the package (a chart), by its folder name. */
export interface OdsObject {
  readonly name: string;
  readonly content: string;
}

const CHART = { width: 16, height: 7.5, gap: 0.5 } as const;

/** The sheet's table, its column and row styles, and its charts as embedded objects numbered from `firstObject`. */
export function odsTable(sheet: DocSheet, sheetIndex: number, firstObject: number): { xml: string; styles: string; objects: OdsObject[] } {
  const columns = Math.max(sheet.widths.length, ...sheet.rows.map((row) => row.cells.length));
  const beside = sheet.charts.filter((chart) => chart.place === 'right');
  const below = sheet.charts.filter((chart) => chart.place === 'below');
  // A chart beside the table takes its width from the page; the table gets the rest.
  const tableWidth = PRINTABLE_WIDTH_CM - 0.3 - (beside.length > 0 ? CHART.width + CHART.gap : 0);
  const total = sheet.widths.reduce((sum, width) => sum + width, 0) || 1;
  const widths = Array.from({ length: columns }, (_, i) => ((sheet.widths[i] ?? 80) / total) * tableWidth);
  if (beside.length > 0) widths.push(CHART.width + CHART.gap);
  const columnStyle = (i: number) => `co${sheetIndex}-${i}`;
  const styles = widths
    .map((width, i) => `<style:style style:name="${columnStyle(i)}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${width.toFixed(3)}cm"/></style:style>`)
    .join('');

  let next = firstObject;
  const objectOf = (chart: ChartSpec) => ({ name: `Object ${next++}`, content: chartObjectXml(sheet, chart, CHART.width, CHART.height) });
  const besideObjects = beside.map(objectOf);
  const belowObjects = below.map(objectOf);

  // One row style per distinct height, each height estimated from the row's text.
  const rowStyles = new Map<string, string>();
  const rowStyle = (row: DocRow) => {
    const height = rowHeightCm(row, widths, ROW_LOOKS[row.kind].size, CELL_PADDING).toFixed(2);
    const name = `ro${sheetIndex}-${height.replace('.', '_')}`;
    rowStyles.set(name, `<style:style style:name="${name}" style:family="table-row"><style:table-row-properties style:row-height="${height}cm" style:use-optimal-row-height="false" fo:break-before="auto"/></style:style>`);
    return name;
  };

  const header = sheet.rows.map((row) => row.kind === 'header');
  const firstHeader = header.indexOf(true);
  const lastHeader = header.lastIndexOf(true);
  const parts: string[] = [`<table:table table:name="${escapeXml(sheet.name)}" table:style-name="${TABLE_STYLE}">`];
  widths.forEach((_, i) => parts.push(`<table:table-column table:style-name="${columnStyle(i)}" table:default-cell-style-name="Default"/>`));
  sheet.rows.forEach((row, index) => {
    if (index === firstHeader) parts.push('<table:table-header-rows>');
    // Charts beside the table hang from the cell right of its header row.
    const spansAll = row.merge?.from === 0 && row.merge.to === columns - 1;
    if (beside.length > 0 && spansAll) {
      // Titles span the chart's column too.
      parts.push(rowXml({ ...row, merge: { from: 0, to: columns } }, columns + 1, '', rowStyle(row)));
    } else {
      const extra = beside.length > 0 ? `<table:table-cell>${index === Math.max(0, firstHeader) ? frames(sheet, beside, besideObjects, 0.3) : ''}</table:table-cell>` : '';
      parts.push(rowXml(row, columns, extra, rowStyle(row)));
    }
    if (index === lastHeader) parts.push('</table:table-header-rows>');
  });
  if (belowObjects.length > 0) {
    // Charts below sit in a row tall enough to hold them, so they stay inside the printed area.
    parts.push(`<table:table-row><table:table-cell table:number-columns-repeated="${widths.length}"/></table:table-row>`);
    parts.push(`<table:table-row table:style-name="ro-chart"><table:table-cell>${frames(sheet, below, belowObjects, 0)}</table:table-cell><table:table-cell table:number-columns-repeated="${Math.max(1, widths.length - 1)}"/></table:table-row>`);
  }
  parts.push('</table:table>');
  return { xml: parts.join(''), styles: styles + [...rowStyles.values()].join(''), objects: [...besideObjects, ...belowObjects] };
}

/** The row style holding charts placed below a table. */
export const CHART_ROW_STYLE = `<style:style style:name="ro-chart" style:family="table-row"><style:table-row-properties style:row-height="${CHART.height + 0.6}cm" style:use-optimal-row-height="false"/></style:style>`;

// Chart frames side by side, each telling LibreOffice which cell ranges it draws from.
function frames(sheet: DocSheet, charts: readonly ChartSpec[], objects: readonly OdsObject[], x: number): string {
  return charts
    .map((chart, i) => {
      const object = objects[i];
      if (!object) return '';
      const ranges = [chart.categoryColumn, ...chart.valueColumns]
        .map((column) => `${cellAddress(sheet.name, column, chart.rows.from - 1)}:${cellAddress(sheet.name, column, chart.rows.to)}`)
        .join(' ');
      const left = x + i * (CHART.width + CHART.gap);
      return `<draw:frame draw:z-index="${i}" draw:name="${escapeXml(object.name)}" svg:width="${CHART.width}cm" svg:height="${CHART.height}cm" svg:x="${left.toFixed(2)}cm" svg:y="0.2cm"><draw:object draw:notify-on-update-of-ranges="${escapeXml(ranges)}" xlink:href="./${escapeXml(object.name)}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>`;
    })
    .join('');
}

function rowXml(row: DocRow, columns: number, extra: string, style: string): string {
  const cells: string[] = [];
  for (let c = 0; c < columns; c++) {
    const { merge } = row;
    if (merge && c > merge.from && c <= merge.to) {
      cells.push(`<table:covered-table-cell table:style-name="${cellStyle(row.kind)}"/>`);
      continue;
    }
    const span = merge?.from === c ? merge.to - merge.from + 1 : 1;
    cells.push(cellXml(row.kind, row.cells[c] ?? null, span));
  }
  return `<table:table-row table:style-name="${style}">${cells.join('')}${extra}</table:table-row>`;
}

function cellXml(kind: DocRow['kind'], cell: DocCell, span: number): string {
  if (cell === null || typeof cell === 'string') return tableCellXml(cell, { style: cellStyle(kind), span });
  if (typeof cell === 'number') return tableCellXml(cell, { style: cellStyle(kind, 'number'), span });
  if ('date' in cell) return tableCellXml({ date: formatIsoDate(cell.date) }, { style: cellStyle(kind, 'date'), span });
  return tableCellXml(cell, { style: cellStyle(kind, 'percent'), span });
}
