import { compareDates, formatRocDate } from './dates.ts';
import { type ChartSpec, type DocCell, type DocRow, type DocSheet, type Document, titleRows } from './document.ts';
import * as msg from './messages/domain/index.ts';
import type { OutputInput } from './output-tabs.ts';
import { periodKey, periodLabel, periodsOfYear, periodStart } from './period.ts';
import { reportingRecords, type UnitTotals, unitTotals } from './reporting-record.ts';
import { NOT_REPORTED } from './status.ts';
import { documentInfo } from './year-end-table.ts';

const ratio = (value: number | null): DocCell => (value === null ? '—' : { percent: value });
/** Units one bar chart names at most: each gets its label on a chart that fits a landscape page. */
export const UNITS_PER_CHART = 20;

// What each column of a sheet holds, in the order of its header in messages/domain/year-end.ts, so a chart names its
// columns instead of counting them.
const UNIT_COLUMNS = ['unit', 'owned', 'done', 'completion', 'expectedPeriods', 'reportedPeriods', 'reportingRate', 'missingPeriods'] as const satisfies {
  readonly length: (typeof msg.overviewUnitsHeader)['length'];
};
const TREND_COLUMNS = ['period', 'reports', 'units', 'done'] as const satisfies { readonly length: (typeof msg.overviewTrendHeader)['length'] };
const unitColumn = (name: (typeof UNIT_COLUMNS)[number]) => UNIT_COLUMNS.indexOf(name);
const trendColumn = (name: (typeof TREND_COLUMNS)[number]) => TREND_COLUMNS.indexOf(name);

/** A row of 單位完成率: a unit (or the total) and its totals, in UNIT_COLUMNS order. */
function unitCells(label: string, t: UnitTotals): DocCell[] {
  const cells: Record<(typeof UNIT_COLUMNS)[number], DocCell> = {
    unit: label,
    owned: t.owned,
    done: t.done,
    completion: ratio(t.completion),
    expectedPeriods: t.expectedPeriods,
    reportedPeriods: t.reportedPeriods,
    reportingRate: ratio(t.reportingRate),
    missingPeriods: t.missingPeriods,
  };
  return UNIT_COLUMNS.map((column) => cells[column]);
}

/**
 * The coordinator's overview: completion and reporting rate per unit (with bar charts naming every
 * unit), reports per period (with a line), and the practices past their 完成期限.
 * @example overviewDocument(result.output).sheets.map((s) => s.name) // → ['單位完成率', '單位完成率圖表', '每期填報', '逾期作法']
 */
export function overviewDocument(input: OutputInput): Document {
  const { plan, today } = input;
  const { agency, rocYear } = plan.settings;
  const title = msg.overviewTitle(agency, rocYear);
  const records = reportingRecords(plan, input.index, today);
  const info = documentInfo(input);

  const unitRows: DocRow[] = plan.units.names().flatMap((unit) => {
    const own = records.filter((record) => record.unit === unit);
    if (own.length === 0) return [];
    return [{ kind: 'body', cells: unitCells(unit, unitTotals(own)) }];
  });
  const all = unitTotals(records);
  const units = table(msg.overviewSheets.units, title, info, [...msg.overviewUnitsHeader], [120, 90, 70, 80, 96, 96, 80, 96], unitRows);
  // The chart of units has a sheet of its own (no repeated table header above it), in charts of
  // at most UNITS_PER_CHART units each, so every unit's name labels its bars.
  const charts: DocSheet & { charts: ChartSpec[] } = { name: msg.overviewSheets.unitCharts, widths: [1000], rows: titleRows(msg.sectionTitle(title, msg.overviewSheets.unitCharts), [info], 1), charts: [] };
  if (unitRows.length > 0) {
    units.rows.push({ kind: 'total', cells: unitCells(msg.totalLabel, all) });
    const first = units.rows.length - unitRows.length - 1;
    const parts = Math.ceil(unitRows.length / UNITS_PER_CHART);
    const size = Math.ceil(unitRows.length / parts);
    for (let part = 0; part < parts; part++) {
      const from = first + part * size;
      const to = Math.min(first + unitRows.length - 1, from + size - 1);
      charts.charts.push({
        kind: 'bar',
        title: parts > 1 ? msg.chartCompletionPart(part + 1, parts) : msg.chartCompletion,
        source: units.name,
        rows: { from, to },
        categoryColumn: unitColumn('unit'),
        valueColumns: [unitColumn('completion'), unitColumn('reportingRate')],
        percent: true,
        place: 'below',
      });
    }
  }

  const reports = records.flatMap((record) => record.reported);
  const periods = periodsOfYear(plan.settings.year, plan.settings.cycle).filter((period) => compareDates(periodStart(period), today) <= 0);
  const trendRows: DocRow[] = periods.map((period) => {
    const inPeriod = reports.filter((report) => periodKey(report.period) === periodKey(period));
    const cells: Record<(typeof TREND_COLUMNS)[number], DocCell> = {
      period: periodLabel(period),
      reports: inPeriod.length,
      units: new Set(inPeriod.map((report) => report.unit)).size,
      done: inPeriod.filter((report) => report.status === '已完成').length,
    };
    return { kind: 'body', cells: TREND_COLUMNS.map((column) => cells[column]) };
  });
  const trend = table(msg.overviewSheets.trend, title, info, [...msg.overviewTrendHeader], [140, 100, 100, 100], trendRows);
  if (trendRows.length > 0) {
    const first = trend.rows.length - trendRows.length;
    trend.charts.push({ kind: 'line', title: msg.chartTrend, rows: { from: first, to: first + trendRows.length - 1 }, categoryColumn: trendColumn('period'), valueColumns: [trendColumn('reports')], percent: false, place: 'right' });
  }

  const overdueRows: DocRow[] = records.flatMap((record) => {
    if (record.pastDeadline === null) return [];
    const notes = [msg.pastDeadline(formatRocDate(record.pastDeadline)), ...(record.missing.length > 0 ? [msg.periodsMissing(record.missing.length)] : [])];
    return [{
      kind: 'body',
      cells: [record.practice.id, record.practice.text, record.unit, record.practice.deadline.text.trim(), record.latestPeriodReport?.status ?? NOT_REPORTED, record.missing.length, notes.join('；')],
    }];
  });
  const overdue = table(msg.overviewSheets.overdue, title, info, [...msg.overviewOverdueHeader], [56, 300, 90, 120, 80, 80, 240], overdueRows);

  return { name: msg.overviewName, title, language: 'zh-TW', sheets: [units, ...(charts.charts.length > 0 ? [charts] : []), trend, overdue] };
}

function table(name: string, title: string, info: string, header: string[], widths: number[], body: readonly DocRow[]) {
  const columns = header.length;
  const rows: DocRow[] = [
    ...titleRows(msg.sectionTitle(title, name), [info], columns),
    { kind: 'header', cells: header },
    ...(body.length > 0 ? body : [{ kind: 'body', cells: [msg.noneRow], merge: { from: 0, to: columns - 1 } } satisfies DocRow]),
  ];
  const sheet: DocSheet & { rows: DocRow[]; charts: DocSheet['charts'][number][] } = { name, widths, rows, charts: [] };
  return sheet;
}
