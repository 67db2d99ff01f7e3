// The year-end documents as tabs of one Google spreadsheet: one tab per document, its sheets one
// below the other (a blank row between), every cell typed (text never becomes a formula; dates as
// the ROC text 民國115年4月28日, which Sheets has no format for; ratios as numbers in 0.0%), each
// row styled by its kind, merged cells merged (a 實施要項 down its column too), the header frozen,
// and each chart spec an `addChart` beside its table or below it. docs/year-end.md › Google mode.
import type { sheets_v4 } from '@googleapis/sheets';
import {
  type ChartSpec,
  chartCategories,
  type DocCell,
  type DocRow,
  type Document,
  type DownMerge,
  type RowKind,
  rocDateText,
} from '../../shared/published-document.ts';
import { type Alignment, ROW_LOOKS, type RowLook } from '../../shared/row-looks.ts';
import { sheetsColour } from '../workbooks/sheets/sheets-colour.ts';

type Request = sheets_v4.Schema$Request;
type CellFormat = sheets_v4.Schema$CellFormat;

/** A document laid out as one tab: its rows, merges down, charts (rows counted in the tab), widths and frozen rows. */
export interface YearEndTab {
  readonly title: string;
  readonly rows: readonly DocRow[];
  readonly mergesDown: readonly DownMerge[];
  readonly charts: readonly PlacedChart[];
  readonly widths: readonly number[];
  readonly frozenRows: number;
}

/** A chart with its data rows counted in the tab, where it is anchored, and its size in pixels. */
export interface PlacedChart extends ChartSpec {
  readonly anchor: { readonly row: number; readonly column: number };
  readonly height: number;
}

// A chart is drawn CHART_WIDTH px wide; a bar chart gives each category room for its label, so
// every unit is named. A chart beside its table has its section padded to the chart's height; a
// chart below takes rows of its own, under the one before.
const CHART_WIDTH = 480;
const ROW_PX = 21;
const CHART_COLUMNS = 8;
const chartHeight = (chart: ChartSpec) => (chart.kind === 'bar' ? Math.max(300, 80 + 24 * chartCategories(chart)) : 300);
const rowsOf = (px: number) => Math.ceil(px / ROW_PX) + 1;

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

/** A document as one tab: its sheets stacked, each chart's rows moved to where its data's sheet lands. */
export function documentTab(document: Document): YearEndTab {
  const rows: DocRow[] = [];
  const mergesDown: DownMerge[] = [];
  const widths: number[] = [];
  const offsets = new Map<string, number>();
  const placed: { chart: ChartSpec; start: number; below: number }[] = [];
  for (const [index, sheet] of document.sheets.entries()) {
    if (index > 0) rows.push({ kind: 'body', cells: [] });
    const start = rows.length;
    offsets.set(sheet.name, start);
    rows.push(...sheet.rows);
    for (const merge of sheet.mergesDown ?? []) mergesDown.push({ ...merge, from: merge.from + start, to: merge.to + start });
    // Charts beside: the section is at least as tall as the tallest; below: each under the one before.
    const beside = sheet.charts.filter((chart) => chart.place === 'right');
    while (beside.length > 0 && rows.length - start < Math.max(...beside.map((chart) => rowsOf(chartHeight(chart)))))
      rows.push({ kind: 'body', cells: [] });
    for (const chart of beside) placed.push({ chart, start, below: -1 });
    for (const chart of sheet.charts.filter((c) => c.place === 'below')) {
      placed.push({ chart, start, below: rows.length });
      for (let r = rowsOf(chartHeight(chart)); r > 0; r--) rows.push({ kind: 'body', cells: [] });
    }
    sheet.widths.forEach((width, column) => {
      widths[column] = Math.max(widths[column] ?? 0, width);
    });
  }
  const columns = Math.max(1, widths.length, ...rows.map((row) => row.cells.length));
  const charts = placed.map(({ chart, start, below }): PlacedChart => {
    const data = chart.source === undefined ? start : (offsets.get(chart.source) ?? start);
    const rowsInTab = { from: chart.rows.from + data, to: chart.rows.to + data };
    const anchor = below >= 0 ? { row: below, column: 0 } : { row: Math.max(start, rowsInTab.from - 1), column: columns + 1 };
    return { ...chart, rows: rowsInTab, anchor, height: chartHeight(chart) };
  });
  // One sheet: its title and header stay in view. Several: the next section's header would sit
  // under the first one's frozen header, so only the document's title row stays.
  const firstHeader = document.sheets.length === 1 ? (document.sheets[0]?.rows.findIndex((row) => row.kind === 'header') ?? -1) : -1;
  return { title: document.name, rows, mergesDown, charts, widths, frozenRows: firstHeader >= 0 ? firstHeader + 1 : 1 };
}

/** The requests that add the tab as `sheetId` at `index` and fill, style, merge and chart it. */
export function tabRequests(tab: YearEndTab, sheetId: number, index: number): Request[] {
  const columns = Math.max(1, tab.widths.length, ...tab.rows.map((row) => row.cells.length));
  const gridColumns = columns + (tab.charts.some((chart) => chart.place === 'right') ? CHART_COLUMNS + 1 : 0);
  const gridRows = Math.max(tab.rows.length, tab.frozenRows + 1, 2);
  const requests: Request[] = [
    {
      addSheet: {
        properties: {
          sheetId,
          title: tab.title,
          index,
          gridProperties: { rowCount: gridRows, columnCount: gridColumns, frozenRowCount: tab.frozenRows },
        },
      },
    },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        // The blank rows between sections (no cells at all) stay unstyled: no frame round nothing.
        rows: tab.rows.map((row) => ({
          values:
            row.cells.length === 0 ? [] : Array.from({ length: columns }, (_, column) => cellData(row.cells[column] ?? null, row.kind)),
        })),
        fields: 'userEnteredValue,userEnteredFormat',
      },
    },
  ];
  for (const [row, { merge }] of tab.rows.entries()) {
    if (merge && merge.to > merge.from) {
      requests.push({
        mergeCells: {
          mergeType: 'MERGE_ALL',
          range: cellsOf(sheetId, { from: row, to: row }, { from: merge.from, to: merge.to }),
        },
      });
    }
  }
  // A cell merged down: its look, then the merge (whose value is the first cell's).
  for (const merge of tab.mergesDown) {
    requests.push({
      repeatCell: {
        range: cellsOf(sheetId, { from: merge.from, to: merge.from }, { from: merge.column, to: merge.column }),
        cell: { userEnteredFormat: kindFormat(ROW_LOOKS[merge.kind]) },
        fields: 'userEnteredFormat',
      },
    });
    if (merge.to > merge.from)
      requests.push({
        mergeCells: {
          mergeType: 'MERGE_ALL',
          range: cellsOf(sheetId, { from: merge.from, to: merge.to }, { from: merge.column, to: merge.column }),
        },
      });
  }
  for (const [column, pixelSize] of tab.widths.entries()) {
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: column, endIndex: column + 1 },
        properties: { pixelSize },
        fields: 'pixelSize',
      },
    });
  }
  for (const chart of tab.charts) requests.push({ addChart: { chart: chartOf(chart, sheetId) } });
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

// Categories and series read the tab's own cells, with the header row above the data naming the
// series (headerCount 1), as the .ods chart does; anchored where documentTab placed it.
function chartOf(chart: PlacedChart, sheetId: number): sheets_v4.Schema$EmbeddedChart {
  const header = Math.max(0, chart.rows.from - 1);
  const range = (c: number) => ({
    sourceRange: {
      sources: [cellsOf(sheetId, { from: header, to: chart.rows.to }, { from: c, to: c })],
    },
  });
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
    position: {
      overlayPosition: {
        anchorCell: { sheetId, rowIndex: chart.anchor.row, columnIndex: chart.anchor.column },
        widthPixels: CHART_WIDTH,
        heightPixels: chart.height,
      },
    },
  };
}

// The cells of rows and columns given first to last, both included, as the API's GridRange (end exclusive).
function cellsOf(sheetId: number, rows: { from: number; to: number }, columns: { from: number; to: number }): sheets_v4.Schema$GridRange {
  return { sheetId, startRowIndex: rows.from, endRowIndex: rows.to + 1, startColumnIndex: columns.from, endColumnIndex: columns.to + 1 };
}
