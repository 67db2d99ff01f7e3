// One document sheet as an ODF <table:table>: column widths scaled to the A4 landscape page, merged
// cells, the header rows in <table:table-header-rows> so LibreOffice repeats them on every printed
// page, real dates (shown 民國115年1月31日) and percentages, and a frame for each chart.
import { formatIsoDate } from '../../shared/dates.ts';
import type { ChartSpec, DocCell, DocRow, DocSheet, DownMerge } from '../../shared/published-document.ts';
import { ROW_LOOKS } from '../../shared/row-looks.ts';
import { tableCellXml } from '../odf/cells.ts';
import { CELL_PADDING } from '../odf/look.ts';
import { escapeXml } from '../odf/xml.ts';
import { cellAddress } from '../workbooks/cell-address.ts';
import { PRINTABLE_WIDTH_CM } from './document-page.ts';
import { cellStyle, TABLE_STYLE } from './ods-cell-styles.ts';
import { chartHeightCm, chartObjectXml } from './ods-chart.ts';
import { rowHeightCm } from './ods-row-height.ts';

/** An embedded object of the package (a chart), by its folder name. */
export interface OdsObject {
  readonly name: string;
  readonly content: string;
}

const CHART = { width: 16, gap: 0.5 } as const;
// A chart beside a table is as tall as a line chart is drawn.
const BESIDE_HEIGHT_CM = 7.5;

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
    .map(
      (width, i) =>
        `<style:style style:name="${columnStyle(i)}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${width.toFixed(3)}cm"/></style:style>`,
    )
    .join('');

  let next = firstObject;
  const objectOf = (chart: ChartSpec, height: number) => ({
    name: `Object ${next++}`,
    content: chartObjectXml(sheet, chart, CHART.width, height),
  });
  const besideObjects = beside.map((chart) => objectOf(chart, BESIDE_HEIGHT_CM));
  const belowObjects = below.map((chart) => objectOf(chart, chartHeightCm(chart)));

  // One row style per distinct height, each height estimated from the row's text; a cell merged
  // down is left out of its first row's height, and the last row it spans grows when its text needs it.
  const rowStyles = new Map<string, string>();
  const styleOfHeight = (cm: number) => {
    const height = cm.toFixed(2);
    const name = `ro${sheetIndex}-${height.replace('.', '_')}`;
    rowStyles.set(
      name,
      `<style:style style:name="${name}" style:family="table-row"><style:table-row-properties style:row-height="${height}cm" style:use-optimal-row-height="false" fo:break-before="auto"/></style:style>`,
    );
    return name;
  };
  const down = mergesDownAt(sheet);
  const heights = sheet.rows.map((row, index) => {
    const merge = down.covering.get(index);
    const cells = merge ? row.cells.map((cell, column) => (column === merge.column ? null : cell)) : row.cells;
    return rowHeightCm({ ...row, cells }, widths, ROW_LOOKS[row.kind].size, CELL_PADDING);
  });
  for (const merge of sheet.mergesDown ?? []) {
    const content: DocRow = {
      kind: merge.kind,
      cells: [...new Array<null>(merge.column).fill(null), sheet.rows[merge.from]?.cells[merge.column] ?? null],
    };
    const needed = rowHeightCm(content, widths, ROW_LOOKS[merge.kind].size, CELL_PADDING);
    const spanned = heights.slice(merge.from, merge.to + 1).reduce((sum, h) => sum + h, 0);
    if (spanned < needed) heights[merge.to] = (heights[merge.to] ?? 0) + needed - spanned;
  }
  const rowStyle = (index: number) => styleOfHeight(heights[index] ?? 0.6);

  const header = sheet.rows.map((row) => row.kind === 'header');
  const firstHeader = header.indexOf(true);
  const lastHeader = header.lastIndexOf(true);
  const parts: string[] = [`<table:table table:name="${escapeXml(sheet.name)}" table:style-name="${TABLE_STYLE}">`];
  widths.forEach((_, i) => {
    parts.push(`<table:table-column table:style-name="${columnStyle(i)}" table:default-cell-style-name="Default"/>`);
  });
  sheet.rows.forEach((row, index) => {
    if (index === firstHeader) parts.push('<table:table-header-rows>');
    // Charts beside the table hang from the cell right of its header row.
    const spansAll = row.merge?.from === 0 && row.merge.to === columns - 1;
    if (beside.length > 0 && spansAll) {
      // Titles span the chart's column too.
      parts.push(rowXml({ ...row, merge: { from: 0, to: columns } }, columns + 1, '', rowStyle(index), down, index));
    } else {
      const extra =
        beside.length > 0
          ? `<table:table-cell>${index === Math.max(0, firstHeader) ? frames(sheet, beside, besideObjects, 0.3, BESIDE_HEIGHT_CM) : ''}</table:table-cell>`
          : '';
      parts.push(rowXml(row, columns, extra, rowStyle(index), down, index));
    }
    if (index === lastHeader) parts.push('</table:table-header-rows>');
  });
  // Charts below, after a blank row (without it Calc's PDF cuts off the frame's bottom line), each
  // in a row of its own as tall as the chart, so a printed page breaks between charts, never
  // through one, and each stays inside the printed area.
  if (below.length > 0)
    parts.push(`<table:table-row><table:table-cell table:number-columns-repeated="${widths.length}"/></table:table-row>`);
  below.forEach((chart, i) => {
    const object = belowObjects[i];
    if (!object) return;
    const height = chartHeightCm(chart);
    parts.push(
      `<table:table-row table:style-name="${styleOfHeight(height + 0.6)}"><table:table-cell>${frames(sheet, [chart], [object], 0, height)}</table:table-cell>${widths.length > 1 ? `<table:table-cell table:number-columns-repeated="${widths.length - 1}"/>` : ''}</table:table-row>`,
    );
  });
  parts.push('</table:table>');
  return { xml: parts.join(''), styles: styles + [...rowStyles.values()].join(''), objects: [...besideObjects, ...belowObjects] };
}

// Chart frames side by side, each telling LibreOffice which cell ranges it draws from.
function frames(sheet: DocSheet, charts: readonly ChartSpec[], objects: readonly OdsObject[], x: number, height: number): string {
  return charts
    .map((chart, i) => {
      const object = objects[i];
      if (!object) return '';
      const data = chart.source ?? sheet.name;
      const ranges = [chart.categoryColumn, ...chart.valueColumns]
        .map((column) => `${cellAddress(data, column, chart.rows.from - 1)}:${cellAddress(data, column, chart.rows.to)}`)
        .join(' ');
      const left = x + i * (CHART.width + CHART.gap);
      return `<draw:frame draw:z-index="${i}" draw:name="${escapeXml(object.name)}" svg:width="${CHART.width}cm" svg:height="${height}cm" svg:x="${left.toFixed(2)}cm" svg:y="0.2cm"><draw:object draw:notify-on-update-of-ranges="${escapeXml(ranges)}" xlink:href="./${escapeXml(object.name)}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>`;
    })
    .join('');
}

/** The sheet's cells merged down: which merge starts at a row, and which covers a row. */
function mergesDownAt(sheet: DocSheet): { starts: Map<number, DownMerge>; covering: Map<number, DownMerge> } {
  const starts = new Map<number, DownMerge>();
  const covering = new Map<number, DownMerge>();
  for (const merge of sheet.mergesDown ?? []) {
    starts.set(merge.from, merge);
    for (let r = merge.from; r <= merge.to; r++) covering.set(r, merge);
  }
  return { starts, covering };
}

function rowXml(row: DocRow, columns: number, extra: string, style: string, down: ReturnType<typeof mergesDownAt>, index: number): string {
  const cells: string[] = [];
  const merged = down.covering.get(index);
  for (let c = 0; c < columns; c++) {
    const { merge } = row;
    if (merge && c > merge.from && c <= merge.to) {
      cells.push(`<table:covered-table-cell table:style-name="${cellStyle(row.kind)}"/>`);
      continue;
    }
    if (merged && merged.column === c) {
      if (merged.from !== index) cells.push(`<table:covered-table-cell table:style-name="${cellStyle(merged.kind)}"/>`);
      else cells.push(cellXml(merged.kind, row.cells[c] ?? null, 1, merged.to - merged.from + 1));
      continue;
    }
    const span = merge?.from === c ? merge.to - merge.from + 1 : 1;
    cells.push(cellXml(row.kind, row.cells[c] ?? null, span));
  }
  return `<table:table-row table:style-name="${style}">${cells.join('')}${extra}</table:table-row>`;
}

function cellXml(kind: DocRow['kind'], cell: DocCell, span: number, rows = 1): string {
  const options = { span, ...(rows > 1 ? { rows } : {}) };
  if (cell === null || typeof cell === 'string') return tableCellXml(cell, { style: cellStyle(kind), ...options });
  if (typeof cell === 'number') return tableCellXml(cell, { style: cellStyle(kind, 'number'), ...options });
  if ('date' in cell) return tableCellXml({ date: formatIsoDate(cell.date) }, { style: cellStyle(kind, 'date'), ...options });
  return tableCellXml(cell, { style: cellStyle(kind, 'percent'), ...options });
}
