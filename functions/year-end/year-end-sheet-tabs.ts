// The year-end documents as tabs of one Google spreadsheet: one tab per document, its sheets one
// below the other (a blank row between), every cell typed (text never becomes a formula; dates as
// the ROC text 民國115年4月28日, which Sheets has no format for; ratios as numbers in 0.0%), each
// row styled by its kind, merged cells merged, the header frozen, and each chart spec an
// `addChart` beside its table. docs/year-end.md › Google mode.
import type { sheets_v4 } from '@googleapis/sheets';
import { type ChartSpec, type DocCell, type DocRow, type Document, type RowKind, rocDateText } from '../../shared/document.ts';
import { type Alignment, ROW_LOOKS, type RowLook } from '../../shared/row-looks.ts';
import { sheetsColour } from '../workbooks/sheets/sheets-colour.ts';

type Request = sheets_v4.Schema$Request;
type CellFormat = sheets_v4.Schema$CellFormat;

/** A document laid out as one tab: its rows, charts (rows counted in the tab), widths and frozen rows. */
export interface YearEndTab {
  readonly title: string;
  readonly rows: readonly DocRow[];
  readonly charts: readonly ChartSpec[];
  readonly widths: readonly number[];
  readonly frozenRows: number;
}

// A chart is drawn 480 × 300 px beside its table; a section with a chart is at least this many rows tall, so the next section's chart does not cover it.
const CHART_WIDTH = 480;
const CHART_HEIGHT = 300;
const CHART_ROWS = 16;
const CHART_COLUMNS = 8;

const HORIZONTAL: Readonly<Record<Alignment, string>> = { start: 'LEFT', center: 'CENTER', end: 'RIGHT' };
const THIN: sheets_v4.Schema$Border = { style: 'SOLID', color: sheetsColour('000000') };

// A row kind's look (shared/row-looks.ts) as a Sheets cell format. Without an alignment of its
// own, Sheets puts text at the start and numbers at the end, as the documents do.
function kindFormat(look: RowLook): CellFormat {
  return {
    wrapStrategy: 'WRAP',
    verticalAlignment: look.verticalAlign === 'middle' ? 'MIDDLE' : 'TOP',
    ...(look.align ? { horizontalAlignment: HORIZONTAL[look.align] } : {}),
    ...(look.fill ? { backgroundColor: sheetsColour(look.fill) } : {}),
    ...(look.border ? { borders: { top: THIN, bottom: THIN, left: THIN, right: THIN } } : {}),
    textFormat: { fontFamily: 'Noto Sans TC', fontSize: look.size, bold: look.bold },
  };
}
const PERCENT = { type: 'PERCENT', pattern: '0.0%' } as const;

/** A document as one tab: its sheets stacked, each chart's rows moved to where its sheet lands. */
export function documentTab(document: Document): YearEndTab {
  const rows: DocRow[] = [];
  const charts: ChartSpec[] = [];
  const widths: number[] = [];
  for (const [index, sheet] of document.sheets.entries()) {
    if (index > 0) rows.push({ kind: 'body', cells: [] });
    const offset = rows.length;
    rows.push(...sheet.rows);
    for (const chart of sheet.charts) charts.push({ ...chart, rows: { from: chart.rows.from + offset, to: chart.rows.to + offset } });
    while (sheet.charts.length > 0 && rows.length - offset < CHART_ROWS) rows.push({ kind: 'body', cells: [] });
    sheet.widths.forEach((width, column) => {
      widths[column] = Math.max(widths[column] ?? 0, width);
    });
  }
  // One sheet: its title and header stay in view. Several: the next section's header would sit
  // under the first one's frozen header, so only the document's title row stays.
  const firstHeader = document.sheets.length === 1 ? (document.sheets[0]?.rows.findIndex((row) => row.kind === 'header') ?? -1) : -1;
  return { title: document.name, rows, charts, widths, frozenRows: firstHeader >= 0 ? firstHeader + 1 : 1 };
}

/** The requests that add the tab as `sheetId` at `index` and fill, style, merge and chart it. */
export function tabRequests(tab: YearEndTab, sheetId: number, index: number): Request[] {
  const columns = Math.max(1, tab.widths.length, ...tab.rows.map((row) => row.cells.length));
  const gridColumns = columns + (tab.charts.length > 0 ? CHART_COLUMNS + 1 : 0);
  const gridRows = Math.max(tab.rows.length, tab.frozenRows + 1, 2);
  const requests: Request[] = [
    { addSheet: { properties: { sheetId, title: tab.title, index, gridProperties: { rowCount: gridRows, columnCount: gridColumns, frozenRowCount: tab.frozenRows } } } },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        // The blank rows between sections (no cells at all) stay unstyled: no frame round nothing.
        rows: tab.rows.map((row) => ({ values: row.cells.length === 0 ? [] : Array.from({ length: columns }, (_, column) => cellData(row.cells[column] ?? null, row.kind)) })),
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
  ];
  for (const [row, { merge }] of tab.rows.entries()) {
    if (merge && merge.to > merge.from) {
      requests.push({ mergeCells: { mergeType: 'MERGE_ALL', range: { sheetId, startRowIndex: row, endRowIndex: row + 1, startColumnIndex: merge.from, endColumnIndex: merge.to + 1 } } });
    }
  }
  for (const [column, pixelSize] of tab.widths.entries()) {
    requests.push({ updateDimensionProperties: { range: { sheetId, dimension: 'COLUMNS', startIndex: column, endIndex: column + 1 }, properties: { pixelSize }, fields: 'pixelSize' } });
  }
  for (const chart of tab.charts) requests.push({ addChart: { chart: chartOf(chart, sheetId, columns + 1) } });
  return requests;
}

function cellData(cell: DocCell, kind: RowKind): sheets_v4.Schema$CellData {
  const format = kindFormat(ROW_LOOKS[kind]);
  if (cell === null || cell === '') return { userEnteredFormat: format };
  if (typeof cell === 'string') return { userEnteredValue: { stringValue: cell }, userEnteredFormat: format };
  if (typeof cell === 'number') return { userEnteredValue: { numberValue: cell }, userEnteredFormat: format };
  if ('date' in cell) return { userEnteredValue: { stringValue: rocDateText(cell.date) }, userEnteredFormat: format };
  return { userEnteredValue: { numberValue: cell.percent }, userEnteredFormat: { ...format, numberFormat: PERCENT } };
}

// Categories and series read the sheet's own cells, with the header row above the data naming the
// series (headerCount 1), as the .ods chart does; anchored to the right of the table, at its header.
function chartOf(chart: ChartSpec, sheetId: number, column: number): sheets_v4.Schema$EmbeddedChart {
  const header = Math.max(0, chart.rows.from - 1);
  const range = (c: number) => ({ sourceRange: { sources: [{ sheetId, startRowIndex: header, endRowIndex: chart.rows.to + 1, startColumnIndex: c, endColumnIndex: c + 1 }] } });
  const chartType = chart.kind === 'bar' ? 'BAR' : chart.kind === 'column' ? 'COLUMN' : 'LINE';
  // A BAR chart's values run along the bottom axis; COLUMN and LINE along the left.
  const targetAxis = chartType === 'BAR' ? 'BOTTOM_AXIS' : 'LEFT_AXIS';
  return {
    spec: {
      title: chart.title,
      fontName: 'Noto Sans TC',
      basicChart: {
        chartType,
        legendPosition: 'BOTTOM_LEGEND',
        headerCount: 1,
        axis: [{ position: targetAxis, ...(chart.percent ? { viewWindowOptions: { viewWindowMin: 0, viewWindowMax: 1 } } : {}) }],
        domains: [{ domain: range(chart.categoryColumn) }],
        series: chart.valueColumns.map((c) => ({ series: range(c), targetAxis })),
      },
    },
    position: { overlayPosition: { anchorCell: { sheetId, rowIndex: header, columnIndex: column }, widthPixels: CHART_WIDTH, heightPixels: CHART_HEIGHT } },
  };
}
