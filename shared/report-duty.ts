import { compareDates, type PlainDate } from './dates.ts';
import { comparePeriods, type Period, periodKey, periodStart, periodsOfYear, previousPeriod, reportDueDate } from './period.ts';
import type { ReportIndex } from './report-index.ts';
import type { Settings } from './settings.ts';
import { CARRIED_STATUSES, FINAL_STATUSES, type Status } from './status.ts';
import type { UncountedRows } from './uncounted-rows.ts';
import type { Submission } from './validation.ts';

// What a unit owes on one practice for one period: the one rule behind 管考總表, the year-end
// records, 催報, and the rows prepare-period adds. A unit owes a report for every period of the
// year until it reports 已完成 or 取消; a report for a period settles it; a period is late once its
// 填報截止日 has passed.

/** What a unit owes on a practice for a period. */
export type Duty =
  | { readonly kind: 'reported'; readonly report: Submission }
  /** 已完成 or 取消 was reported for an earlier period: nothing more is expected. */
  | { readonly kind: 'finished' }
  | { readonly kind: 'owed' };

/** The unit's duty on the practice for the period. */
export function dutyFor(index: ReportIndex, unit: string, practiceId: string, period: Period): Duty {
  const key = periodKey(period);
  let finished = false;
  for (const report of index.reports(unit, practiceId)) {
    if (periodKey(report.period) === key) return { kind: 'reported', report };
    if (comparePeriods(report.period, period) < 0 && FINAL_STATUSES.has(report.status)) finished = true;
  }
  return finished ? { kind: 'finished' } : { kind: 'owed' };
}

/** Whether a period's reports are late by `today`: its 填報截止日 has passed. */
export function isPastDue(period: Period, dueDay: number, today: PlainDate): boolean {
  return compareDates(reportDueDate(period, dueDay), today) < 0;
}

/**
 * The period whose reports are being collected on `today`: the earliest of the plan year that has
 * begun and whose 填報截止日 has not passed (on 4月2日 of a monthly plan due on the 5th, 3月; on
 * 4月6日, 4月). Null before the year's first period begins and after its last is due.
 * @example openPeriod(settings, { year: 2026, month: 4, day: 6 }) // → { year: 2026, cycle: 'month', index: 4 }
 */
export function openPeriod(settings: Pick<Settings, 'year' | 'cycle' | 'dueDay'>, today: PlainDate): Period | null {
  return (
    periodsOfYear(settings.year, settings.cycle).find(
      (period) => compareDates(periodStart(period), today) <= 0 && !isPastDue(period, settings.dueDay, today),
    ) ?? null
  );
}

/**
 * The status a prefilled row for `period` starts with: the unit's counted report of the period just
 * before, when it was 持續辦理 or 辦理中; null otherwise — no counted report for that period (an
 * older one is no longer the unit's latest word), 未開始 / 落後 (which the unit must say anew), or
 * a report on that period made after the counted one that does not count (`uncounted`).
 */
export function carriedStatus(
  index: ReportIndex,
  unit: string,
  practiceId: string,
  period: Period,
  uncounted: UncountedRows,
): Status | null {
  const before = previousPeriod(period);
  const last = before && index.reportFor(unit, practiceId, periodKey(before));
  return last && CARRIED_STATUSES.has(last.status) && !uncounted.cameAfter(last) ? last.status : null;
}
