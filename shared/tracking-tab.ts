import { reportKey } from './consolidation.ts';
import { compareDates, formatRocDate } from './dates.ts';
import { deadlineDue } from './deadline.ts';
import * as msg from './messages/domain/index.ts';
import { columnsTab, type OutputColumn, statusColumn } from './output-columns.ts';
import { OUTPUT_TABS, type OutputInput } from './output-tabs.ts';
import { periodKey, periodLabel, periodsOfYear } from './period.ts';
import type { Practice } from './plan.ts';
import { dutyFor, isPastDue } from './report-duty.ts';
import { AWAITING_REPORT, FINAL_STATUSES, NOT_REPORTED, type StatusWord } from './status.ts';
import type { OutputTab } from './workbook.ts';

/** 管考總表's row: one responsible unit of a practice, what each period's cell shows, and 逾期. */
interface TrackingRow {
  readonly practice: Practice;
  readonly unit: string;
  readonly periods: readonly (StatusWord | '')[];
  readonly overdue: string;
}

/** 管考總表's columns before one column per period (and 逾期 after them); readTrackingTab (tracking-view.ts) finds rows by 項次 and 單位. */
export const TRACKING_LEADING = [
  { header: '項次', width: 60, value: (row) => row.practice.id },
  { header: '具體作法', width: 280, value: (row) => row.practice.text },
  { header: '單位', width: 90, value: (row) => row.unit },
] as const satisfies readonly OutputColumn<TrackingRow>[];

/**
 * 管考總表: practice × responsible unit, the status reported for each period, and what is overdue.
 * Its inverse, for a script that can read only this tab, is readTrackingTab (tracking-view.ts).
 */
export function trackingTab({ plan, index, awaiting, today }: OutputInput): OutputTab {
  const { settings } = plan;
  const periods = periodsOfYear(settings.year, settings.cycle);
  const rows: TrackingRow[] = [];
  for (const practice of plan.practices) {
    const due = deadlineDue(practice.deadline);
    for (const unit of practice.units) {
      let missing = 0;
      const cells = periods.map((period): StatusWord | '' => {
        const duty = dutyFor(index, unit, practice.id, period);
        if (duty.kind === 'reported') return duty.report.status;
        if (duty.kind === 'finished') return '';
        if (isPastDue(period, settings.dueDay, today)) {
          missing++;
          return NOT_REPORTED;
        }
        // A prefilled row not filled in yet: shown, but not late before its 填報截止日.
        return awaiting?.has(reportKey(unit, practice.id, periodKey(period))) ? AWAITING_REPORT : '';
      });
      const overdue: string[] = [];
      if (missing > 0) overdue.push(msg.periodsMissing(missing));
      const latest = index.latestPeriodReport(unit, practice.id);
      if (due && compareDates(due, today) < 0 && !(latest && FINAL_STATUSES.has(latest.status))) {
        overdue.push(msg.pastDeadline(formatRocDate(due)));
      }
      rows.push({ practice, unit, periods: cells, overdue: overdue.join('；') });
    }
  }
  const columns: OutputColumn<TrackingRow>[] = [
    ...TRACKING_LEADING,
    ...periods.map((period, i) => statusColumn(periodLabel(period), 80, (row: TrackingRow) => row.periods[i] ?? '')),
    { header: '逾期', width: 160, value: (row) => row.overdue },
  ];
  return columnsTab(OUTPUT_TABS.tracking, columns, rows);
}
