import { type DocRow, type DocSheet, type Document, percentText, titleRows } from './document.ts';
import { groupedRows } from './grouped-rows.ts';
import * as msg from './messages/domain/index.ts';
import { formatRocDateTime } from './dates.ts';
import type { OutputInput } from './output-tabs.ts';
import { periodLabel, periodRunsLabel } from './period.ts';
import { formatQuantities, totalQuantities } from './quantity.ts';
import { reportingRecord, type ReportingRecord, unitTotals } from './reporting-record.ts';
import type { Practice } from './plan.ts';
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
  const practiceColumns = msg.unitPracticesHeader.length;
  const reported = owned.filter((practice) => byPractice.get(practice)?.latestPeriodReport !== undefined);
  // Wide enough that a timestamp (115/05/02 09:00) and a date (民國115年4月28日) each stay on one line.
  const practices: DocSheet = {
    name: msg.unitSheets.practices,
    widths: [67, 220, 150, 73, 128, 140, 200, 99],
    rows: [
      ...titleRows(title, [documentInfo(input), silent > 0 ? `${counts}${msg.unitSilentCount(silent)}` : counts], practiceColumns),
      { kind: 'header', cells: [...msg.unitPracticesHeader] },
      ...(reported.length === 0
        ? [noneRow(practiceColumns)]
        : groupedRows(
            reported,
            practiceColumns,
            (practice) => {
              const latest = byPractice.get(practice)?.latestPeriodReport;
              return {
                kind: 'body',
                cells: [
                  practice.id,
                  practice.text,
                  deadlineText(practice),
                  latest?.status ?? NOT_REPORTED,
                  latest ? reportedLines(latest, timeZone) : '',
                  latest?.date ? { date: latest.date } : null,
                  latest?.narrative.trim() ? latest.narrative : '',
                  latest?.quantity ?? '',
                ],
              };
            },
            { strategies: false, plan: plan.practices },
          )),
    ],
    charts: [],
  };

  const late = records.filter((record) => record.latestPeriodReport?.status === '落後');
  const lateSheet = section(msg.unitSheets.late, title, [...msg.unitLateHeader], [67, 300, 110, 300, 300], late, (record) => [
    record.practice.id,
    record.practice.text,
    record.latestPeriodReport ? periodLabel(record.latestPeriodReport.period) : '',
    record.latestPeriodReport?.lateReason ?? '',
    record.latestPeriodReport?.improvement ?? '',
  ]);

  // One line a practice: the periods due without a report as runs (1–6月), beside the practice's
  // text across most of the page.
  const missing = records.filter((record) => record.missing.length > 0);
  const missingSheet = section(msg.unitSheets.missing, title, [...msg.unitMissingHeader], [67, 500, 270, 140, 60], missing, (record) => [
    record.practice.id,
    record.practice.text,
    deadlineText(record.practice),
    periodRunsLabel(record.missing),
    record.missing.length,
  ]);
  if (missing.length > 0) {
    missingSheet.rows.push({ kind: 'total', cells: [msg.totalLabel, '', '', '', totals.missingPeriods] });
  }

  const quantityText = (record: ReportingRecord) => record.reported.map((report) => report.quantity).filter((text) => text.trim());
  const counted = records.filter((record) => totalQuantities(quantityText(record)).length > 0);
  const quantitySheet = section(msg.unitSheets.quantities, title, [...msg.unitQuantitiesHeader], [67, 420, 80, 420], counted, (record) => [
    record.practice.id,
    record.practice.text,
    quantityText(record).length,
    formatQuantities(totalQuantities(quantityText(record))),
  ]);
  if (counted.length > 0) {
    const all = counted.flatMap(quantityText);
    quantitySheet.rows.push({ kind: 'total', cells: [msg.totalLabel, '', all.length, formatQuantities(totalQuantities(all))] });
  }

  return { name: unitSummaryName(unit), title, language: 'zh-TW', sheets: [practices, lateSheet, missingSheet, quantitySheet] };
}

// A blank 完成期限 (a cell merged in the printed plan, written once above) means 持續辦理, as it does
// everywhere else, so every row says it.
const deadlineText = (practice: Practice) => practice.deadline.text.trim() || msg.deadlineWords.continuous;

const noneRow = (columns: number): DocRow => ({ kind: 'body', cells: [msg.noneRow], merge: { from: 0, to: columns - 1 } });

// When the latest report was made: its period, and on a line of its own its 時間戳記 (so a narrow
// column breaks between the two, never inside the time).
function reportedLines(report: Submission, timeZone: string): string {
  return report.timestamp === null ? periodLabel(report.period) : `${periodLabel(report.period)}\n${formatRocDateTime(report.timestamp, timeZone)}`;
}

/** A titled table of records, or a single （無） row when there are none. */
function section(
  name: string,
  title: string,
  header: string[],
  widths: number[],
  records: readonly ReportingRecord[],
  cells: (record: ReportingRecord) => DocRow['cells'],
): DocSheet & { rows: DocRow[] } {
  const columns = header.length;
  const body: DocRow[] =
    records.length > 0
      ? records.map((record) => ({ kind: 'body', cells: cells(record) }))
      : [noneRow(columns)];
  return { name, widths, rows: [...titleRows(msg.sectionTitle(title, name), [], columns), { kind: 'header', cells: header }, ...body], charts: [] };
}
