import { formatRocDateTime } from './dates.ts';
import { bodyRow, columnWidths, type DocColumns, headerRow, totalRow } from './document-columns.ts';
import { groupedRows } from './grouped-rows.ts';
import * as msg from './messages/domain/index.ts';
import type { OutputInput } from './output-tabs.ts';
import { periodLabel, periodRunsLabel } from './period.ts';
import type { Practice } from './plan.ts';
import { type DocRow, type DocSheet, type Document, percentText, titleRows } from './published-document.ts';
import { combineTotals, formatQuantities, totalQuantities } from './quantity-totals.ts';
import { type ReportingRecord, reportingRecord, unitTotals } from './reporting-record.ts';
import { NOT_REPORTED } from './status.ts';
import type { Submission } from './validation.ts';
import { unitSummaryName } from './year-end-names.ts';
import { documentInfo } from './year-end-table.ts';

/**
 * One unit's year, in proportion to what it reported: the practices it reported on with their
 * latest status and results, its late items with 落後原因 and 改善措施, the periods each practice
 * is missing reports for (as runs: 1–6月), and the totals of the numbers in its 量化成果.
 * @example unitSummaryDocument(result.output, '民政課').sheets.map((s) => s.name) // → ['作法成效', '落後項目', '未填報期間', '量化成果']
 */
export function unitSummaryDocument(input: OutputInput, unit: string): Document {
  const { plan, index, today } = input;
  const owned = plan.practices.filter((practice) => practice.units.includes(unit));
  const records = owned.map((practice) => reportingRecord(plan, index, practice, unit, today));
  const totals = unitTotals(records);
  const title = msg.unitSummaryTitle(plan.settings.agency, plan.settings.rocYear, unit);
  const counts = msg.unitCounts(totals.owned, totals.done, totals.completion === null ? '—' : percentText(totals.completion));
  const silent = records.filter((record) => record.latestPeriodReport === undefined).length;
  const byPractice = new Map(records.map((record) => [record.practice, record]));
  const { timeZone } = plan.settings;

  // The practices reported on; one never reported has its row in 未填報期間, not an empty one here.
  const columns = practiceColumns(timeZone);
  const columnCount = Object.keys(columns).length;
  const reported = owned.filter((practice) => byPractice.get(practice)?.latestPeriodReport !== undefined);
  const practices: DocSheet = {
    name: msg.unitSheets.practices,
    widths: columnWidths(columns),
    rows: [
      ...titleRows(title, [documentInfo(input), silent > 0 ? `${counts}${msg.unitSilentCount(silent)}` : counts], columnCount),
      headerRow(columns),
      ...(reported.length === 0
        ? [noneRow(columnCount)]
        : groupedRows(
            reported,
            columnCount,
            (practice) => bodyRow(columns, { practice, latest: byPractice.get(practice)?.latestPeriodReport }),
            {
              strategies: false,
              plan: plan.practices,
            },
          )),
    ],
    charts: [],
  };

  const late = records.filter((record) => record.latestPeriodReport?.status === '落後');
  const lateSheet = section(msg.unitSheets.late, title, LATE_COLUMNS, late);

  const missing = records.filter((record) => record.missing.length > 0);
  const missingSheet = section(msg.unitSheets.missing, title, MISSING_COLUMNS, missing);
  if (missing.length > 0) missingSheet.rows.push(totalRow(MISSING_COLUMNS, { count: totals.missingPeriods }));

  const counted = records.filter((record) => yearQuantities(record).totals.length > 0);
  const quantitySheet = section(msg.unitSheets.quantities, title, QUANTITY_COLUMNS, counted);
  if (counted.length > 0) {
    const reports = counted.reduce((sum, record) => sum + quantityTexts(record).length, 0);
    const total = formatQuantities(combineTotals(counted.map(yearQuantities)));
    quantitySheet.rows.push(totalRow(QUANTITY_COLUMNS, { reports, total }));
  }

  return { name: unitSummaryName(unit), title, language: 'zh-TW', sheets: [practices, lateSheet, missingSheet, quantitySheet] };
}

// A blank 完成期限 (a cell merged in the printed plan, written once above) means 持續辦理, as it does
// everywhere else, so every row says it.
const deadlineText = (practice: Practice) => practice.deadline.text.trim() || msg.deadlineWords.continuous;

/** A row of 作法成效: a practice the unit reported on, with its latest report. */
interface PracticeRow {
  readonly practice: Practice;
  readonly latest: Submission | undefined;
}

// Wide enough that a timestamp (115/05/02 09:00) and a date (民國115年4月28日) each stay on one line.
const practiceColumns = (timeZone: string) =>
  ({
    id: { header: msg.unitPracticesHeader.id, width: 67, value: (row) => row.practice.id },
    practice: { header: msg.unitPracticesHeader.practice, width: 220, value: (row) => row.practice.text },
    deadline: { header: msg.unitPracticesHeader.deadline, width: 150, value: (row) => deadlineText(row.practice) },
    status: { header: msg.unitPracticesHeader.status, width: 73, value: (row) => row.latest?.status ?? NOT_REPORTED },
    reported: {
      header: msg.unitPracticesHeader.reported,
      width: 128,
      value: (row) => (row.latest ? reportedLines(row.latest, timeZone) : ''),
    },
    date: { header: msg.unitPracticesHeader.date, width: 140, value: (row) => (row.latest?.date ? { date: row.latest.date } : null) },
    narrative: {
      header: msg.unitPracticesHeader.narrative,
      width: 200,
      value: (row) => (row.latest?.narrative.trim() ? row.latest.narrative : ''),
    },
    quantity: { header: msg.unitPracticesHeader.quantity, width: 99, value: (row) => row.latest?.quantity ?? '' },
  }) satisfies DocColumns<PracticeRow>;

const LATE_COLUMNS = {
  id: { header: msg.unitLateHeader.id, width: 67, value: (record) => record.practice.id },
  practice: { header: msg.unitLateHeader.practice, width: 300, value: (record) => record.practice.text },
  period: {
    header: msg.unitLateHeader.period,
    width: 110,
    value: (record) => (record.latestPeriodReport ? periodLabel(record.latestPeriodReport.period) : ''),
  },
  lateReason: { header: msg.unitLateHeader.lateReason, width: 300, value: (record) => record.latestPeriodReport?.lateReason ?? '' },
  improvement: { header: msg.unitLateHeader.improvement, width: 300, value: (record) => record.latestPeriodReport?.improvement ?? '' },
} satisfies DocColumns<ReportingRecord>;

// One line a practice: the periods due without a report as runs (1–6月), beside the practice's
// text across most of the page.
const MISSING_COLUMNS = {
  id: { header: msg.unitMissingHeader.id, width: 67, value: (record) => record.practice.id },
  practice: { header: msg.unitMissingHeader.practice, width: 500, value: (record) => record.practice.text },
  deadline: { header: msg.unitMissingHeader.deadline, width: 270, value: (record) => deadlineText(record.practice) },
  periods: { header: msg.unitMissingHeader.periods, width: 140, value: (record) => periodRunsLabel(record.missing) },
  count: { header: msg.unitMissingHeader.count, width: 60, value: (record) => record.missing.length },
} satisfies DocColumns<ReportingRecord>;

const quantityTexts = (record: ReportingRecord) => record.reported.map((report) => report.quantity).filter((text) => text.trim());
const yearQuantities = (record: ReportingRecord) => totalQuantities(quantityTexts(record));

const QUANTITY_COLUMNS = {
  id: { header: msg.unitQuantitiesHeader.id, width: 67, value: (record) => record.practice.id },
  practice: { header: msg.unitQuantitiesHeader.practice, width: 420, value: (record) => record.practice.text },
  reports: { header: msg.unitQuantitiesHeader.reports, width: 80, value: (record) => quantityTexts(record).length },
  total: {
    header: msg.unitQuantitiesHeader.total,
    width: 420,
    value: (record) => formatQuantities(yearQuantities(record)),
  },
} satisfies DocColumns<ReportingRecord>;

const noneRow = (columns: number): DocRow => ({ kind: 'body', cells: [msg.noneRow], merge: { from: 0, to: columns - 1 } });

// When the latest report was made: its period, and on a line of its own its 時間戳記 (so a narrow
// column breaks between the two, never inside the time).
function reportedLines(report: Submission, timeZone: string): string {
  return report.timestamp === null
    ? periodLabel(report.period)
    : `${periodLabel(report.period)}\n${formatRocDateTime(report.timestamp, timeZone)}`;
}

/** A titled table of records, or a single （無） row when there are none. */
function section(
  name: string,
  title: string,
  columns: DocColumns<ReportingRecord>,
  records: readonly ReportingRecord[],
): DocSheet & { rows: DocRow[] } {
  const count = Object.keys(columns).length;
  const body = records.length > 0 ? records.map((record) => bodyRow(columns, record)) : [noneRow(count)];
  return {
    name,
    widths: columnWidths(columns),
    rows: [...titleRows(msg.sectionTitle(title, name), [], count), headerRow(columns), ...body],
    charts: [],
  };
}
