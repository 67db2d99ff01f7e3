import { type DocRow, type DocSheet, type Document, percentText, titleRows } from './document.ts';
import { groupedRows } from './grouped-rows.ts';
import * as msg from './messages.ts';
import { type OutputInput, reportedLabel } from './output-tabs.ts';
import { periodLabel } from './period.ts';
import { formatQuantities, totalQuantities } from './quantity.ts';
import { reportingRecord, type ReportingRecord, unitTotals } from './reporting-record.ts';
import { NOT_REPORTED } from './status.ts';
import { unitSummaryName } from './year-end-names.ts';
import { documentInfo } from './year-end-table.ts';

/**
 * One unit's year: its practices with latest status and results, its late items with 落後原因 and
 * 改善措施, its missing reports by period, and the totals of the numbers in its 量化成果.
 * @example unitSummaryDocument(result.output, '民政課').sheets.map((s) => s.name) // → ['作法成效', '落後項目', '未填報期間', '量化成果']
 */
export function unitSummaryDocument(input: OutputInput, unit: string): Document {
  const { plan, index, today } = input;
  const owned = plan.practices.filter((practice) => practice.units.includes(unit));
  const records = owned.map((practice) => reportingRecord(plan, index, practice, unit, today));
  const totals = unitTotals(records);
  const title = msg.unitSummaryTitle(plan.settings.agency, plan.settings.rocYear, unit);
  const counts = msg.unitCounts(totals.owned, totals.done, totals.completion === null ? '—' : percentText(totals.completion));
  const byPractice = new Map(records.map((record) => [record.practice, record]));
  const { timeZone } = plan.settings;

  const practiceColumns = msg.unitPracticesHeader.length;
  const practices: DocSheet = {
    name: msg.unitSheets.practices,
    widths: [50, 260, 90, 74, 150, 128, 260, 100],
    rows: [
      ...titleRows(title, [documentInfo(input), counts], practiceColumns),
      { kind: 'header', cells: [...msg.unitPracticesHeader] },
      ...groupedRows(
        owned,
        practiceColumns,
        (practice) => {
          const latest = byPractice.get(practice)?.latestPeriodReport;
          return {
            kind: 'body',
            cells: [
              practice.id,
              practice.text,
              practice.deadline.text.trim(),
              latest?.status ?? NOT_REPORTED,
              latest ? reportedLabel(latest, timeZone) : '',
              latest?.date ? { date: latest.date } : null,
              latest ? (latest.narrative.trim() ? latest.narrative : '') : '',
              latest?.quantity ?? '',
            ],
          };
        },
        { strategies: false },
      ),
    ],
    charts: [],
  };

  const late = records.filter((record) => record.latestPeriodReport?.status === '落後');
  const lateSheet = section(msg.unitSheets.late, title, [...msg.unitLateHeader], [56, 260, 110, 300, 300], late, (record) => [
    record.practice.id,
    record.practice.text,
    record.latestPeriodReport ? periodLabel(record.latestPeriodReport.period) : '',
    record.latestPeriodReport?.lateReason ?? '',
    record.latestPeriodReport?.improvement ?? '',
  ]);

  const missing = records.filter((record) => record.missing.length > 0);
  const missingSheet = section(msg.unitSheets.missing, title, [...msg.unitMissingHeader], [56, 330, 500, 64], missing, (record) => [
    record.practice.id,
    record.practice.text,
    record.missing.map(periodLabel).join('、'),
    record.missing.length,
  ]);
  if (missing.length > 0) {
    missingSheet.rows.push({ kind: 'total', cells: [msg.totalLabel, '', '', totals.missingPeriods] });
  }

  const quantityText = (record: ReportingRecord) => record.reported.map((report) => report.quantity).filter((text) => text.trim());
  const counted = records.filter((record) => totalQuantities(quantityText(record)).length > 0);
  const quantitySheet = section(msg.unitSheets.quantities, title, [...msg.unitQuantitiesHeader], [56, 380, 80, 420], counted, (record) => [
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
      : [{ kind: 'body', cells: [msg.noneRow], merge: { from: 0, to: columns - 1 } }];
  return { name, widths, rows: [...titleRows(msg.sectionTitle(title, name), [], columns), { kind: 'header', cells: header }, ...body], charts: [] };
}
