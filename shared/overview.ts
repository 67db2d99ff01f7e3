import { compareDates, formatRocDate } from './dates.ts';
import { bodyRow, columnIndex, columnWidths, type DocColumns, headerRow } from './document-columns.ts';
import * as msg from './messages/domain/index.ts';
import type { OutputInput } from './output-tabs.ts';
import { type Period, periodKey, periodLabel, periodStart, periodsOfYear } from './period.ts';
import { type ChartSpec, type DocCell, type DocRow, type DocSheet, type Document, titleRows } from './published-document.ts';
import { type ReportingRecord, reportingRecords, type UnitTotals, unitTotals } from './reporting-record.ts';
import { NOT_REPORTED } from './status.ts';
import type { Submission } from './validation.ts';
import { documentInfo } from './year-end-table.ts';

const ratio = (value: number | null): DocCell => (value === null ? '—' : { percent: value });
/** Units one bar chart names at most: each gets its label on a chart that fits a landscape page. */
const UNITS_PER_CHART = 20;

/** A row of 單位完成率: a unit (or 合計) and its totals. */
interface UnitRow {
  readonly label: string;
  readonly totals: UnitTotals;
}

const UNIT_COLUMNS = {
  unit: { header: msg.overviewUnitsHeader.unit, width: 120, value: (row) => row.label },
  owned: { header: msg.overviewUnitsHeader.owned, width: 90, value: (row) => row.totals.owned },
  done: { header: msg.overviewUnitsHeader.done, width: 70, value: (row) => row.totals.done },
  completion: { header: msg.overviewUnitsHeader.completion, width: 80, value: (row) => ratio(row.totals.completion) },
  expectedPeriods: { header: msg.overviewUnitsHeader.expectedPeriods, width: 96, value: (row) => row.totals.expectedPeriods },
  reportedPeriods: { header: msg.overviewUnitsHeader.reportedPeriods, width: 96, value: (row) => row.totals.reportedPeriods },
  reportingRate: { header: msg.overviewUnitsHeader.reportingRate, width: 80, value: (row) => ratio(row.totals.reportingRate) },
  missingPeriods: { header: msg.overviewUnitsHeader.missingPeriods, width: 96, value: (row) => row.totals.missingPeriods },
} satisfies DocColumns<UnitRow>;

/** A row of 每期填報: a period and the reports made for it. */
interface TrendRow {
  readonly period: Period;
  readonly reports: readonly Submission[];
}

const TREND_COLUMNS = {
  period: { header: msg.overviewTrendHeader.period, width: 140, value: (row) => periodLabel(row.period) },
  reports: { header: msg.overviewTrendHeader.reports, width: 100, value: (row) => row.reports.length },
  units: { header: msg.overviewTrendHeader.units, width: 100, value: (row) => new Set(row.reports.map((report) => report.unit)).size },
  done: {
    header: msg.overviewTrendHeader.done,
    width: 100,
    value: (row) => row.reports.filter((report) => report.status === '已完成').length,
  },
} satisfies DocColumns<TrendRow>;

const OVERDUE_COLUMNS = {
  id: { header: msg.overviewOverdueHeader.id, width: 56, value: (record) => record.practice.id },
  practice: { header: msg.overviewOverdueHeader.practice, width: 300, value: (record) => record.practice.text },
  unit: { header: msg.overviewOverdueHeader.unit, width: 90, value: (record) => record.unit },
  deadline: { header: msg.overviewOverdueHeader.deadline, width: 120, value: (record) => record.practice.deadline.text.trim() },
  status: { header: msg.overviewOverdueHeader.status, width: 80, value: (record) => record.latestPeriodReport?.status ?? NOT_REPORTED },
  missing: { header: msg.overviewOverdueHeader.missing, width: 80, value: (record) => record.missing.length },
  note: { header: msg.overviewOverdueHeader.note, width: 240, value: overdueNote },
} satisfies DocColumns<ReportingRecord>;

// Why a practice is listed: the 完成期限 it is past, and the reports it is missing if any.
function overdueNote(record: ReportingRecord): string {
  const past = record.pastDeadline === null ? [] : [msg.pastDeadline(formatRocDate(record.pastDeadline))];
  return [...past, ...(record.missing.length > 0 ? [msg.periodsMissing(record.missing.length)] : [])].join('；');
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
    return [bodyRow(UNIT_COLUMNS, { label: unit, totals: unitTotals(own) })];
  });
  const all = unitTotals(records);
  const units = table(msg.overviewSheets.units, title, info, UNIT_COLUMNS, unitRows);
  // The chart of units has a sheet of its own (no repeated table header above it), in charts of
  // at most UNITS_PER_CHART units each, so every unit's name labels its bars.
  const charts: DocSheet & { charts: ChartSpec[] } = {
    name: msg.overviewSheets.unitCharts,
    widths: [1000],
    rows: titleRows(msg.sectionTitle(title, msg.overviewSheets.unitCharts), [info], 1),
    charts: [],
  };
  if (unitRows.length > 0) {
    units.rows.push({ kind: 'total', cells: bodyRow(UNIT_COLUMNS, { label: msg.totalLabel, totals: all }).cells });
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
        categoryColumn: columnIndex(UNIT_COLUMNS, 'unit'),
        valueColumns: [columnIndex(UNIT_COLUMNS, 'completion'), columnIndex(UNIT_COLUMNS, 'reportingRate')],
        percent: true,
        place: 'below',
      });
    }
  }

  const reports = records.flatMap((record) => record.reported);
  const periods = periodsOfYear(plan.settings.year, plan.settings.cycle).filter((period) => compareDates(periodStart(period), today) <= 0);
  const trendRows = periods.map((period) =>
    bodyRow(TREND_COLUMNS, { period, reports: reports.filter((report) => periodKey(report.period) === periodKey(period)) }),
  );
  const trend = table(msg.overviewSheets.trend, title, info, TREND_COLUMNS, trendRows);
  if (trendRows.length > 0) {
    const first = trend.rows.length - trendRows.length;
    trend.charts.push({
      kind: 'line',
      title: msg.chartTrend,
      rows: { from: first, to: first + trendRows.length - 1 },
      categoryColumn: columnIndex(TREND_COLUMNS, 'period'),
      valueColumns: [columnIndex(TREND_COLUMNS, 'reports')],
      percent: false,
      place: 'right',
    });
  }

  const overdueRows = records.filter((record) => record.pastDeadline !== null).map((record) => bodyRow(OVERDUE_COLUMNS, record));
  const overdue = table(msg.overviewSheets.overdue, title, info, OVERDUE_COLUMNS, overdueRows);

  return {
    name: msg.overviewName,
    title,
    language: 'zh-TW',
    sheets: [units, ...(charts.charts.length > 0 ? [charts] : []), trend, overdue],
  };
}

function table<Row>(name: string, title: string, info: string, columns: DocColumns<Row>, body: readonly DocRow[]) {
  const count = Object.keys(columns).length;
  const rows: DocRow[] = [
    ...titleRows(msg.sectionTitle(title, name), [info], count),
    headerRow(columns),
    ...(body.length > 0 ? body : [{ kind: 'body', cells: [msg.noneRow], merge: { from: 0, to: count - 1 } } satisfies DocRow]),
  ];
  const sheet: DocSheet & { rows: DocRow[]; charts: DocSheet['charts'][number][] } = {
    name,
    widths: columnWidths(columns),
    rows,
    charts: [],
  };
  return sheet;
}
