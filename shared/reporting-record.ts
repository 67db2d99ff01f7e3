import { compareDates, type PlainDate } from './dates.ts';
import { deadlineDue } from './deadline.ts';
import { type Period, periodsOfYear } from './period.ts';
import type { Plan, Practice } from './plan.ts';
import { dutyFor, isPastDue } from './report-duty.ts';
import type { ReportIndex } from './report-index.ts';
import { completion, FINAL_STATUSES } from './status.ts';
import type { Submission } from './validation.ts';

// One unit's year on one practice, by the same rules as 管考總表: a period is expected once its
// 填報截止日 has passed, until the unit reports 已完成 or 取消; a report for a period not yet due
// still counts as expected and reported.

/** What one unit did on one practice over the year. */
export interface ReportingRecord {
  readonly practice: Practice;
  readonly unit: string;
  /** Periods reported or due, in order. */
  readonly expected: readonly Period[];
  readonly reported: readonly Submission[];
  /** Due periods without a report. */
  readonly missing: readonly Period[];
  /** The counted report of the latest period the unit reported (ReportIndex.latestPeriodReport). */
  readonly latestPeriodReport: Submission | undefined;
  /** The 完成期限 when it has passed without 已完成 or 取消. */
  readonly pastDeadline: PlainDate | null;
}

/** One unit's record on one practice as of `today`. */
export function reportingRecord(plan: Plan, index: ReportIndex, practice: Practice, unit: string, today: PlainDate): ReportingRecord {
  const { settings } = plan;
  const expected: Period[] = [];
  const reported: Submission[] = [];
  const missing: Period[] = [];
  for (const period of periodsOfYear(settings.year, settings.cycle)) {
    const duty = dutyFor(index, unit, practice.id, period);
    if (duty.kind === 'reported') {
      expected.push(period);
      reported.push(duty.report);
    } else if (duty.kind === 'owed' && isPastDue(period, settings.dueDay, today)) {
      expected.push(period);
      missing.push(period);
    }
  }
  const latestPeriodReport = index.latestPeriodReport(unit, practice.id);
  const due = deadlineDue(practice.deadline);
  const done = latestPeriodReport !== undefined && FINAL_STATUSES.has(latestPeriodReport.status);
  return {
    practice,
    unit,
    expected,
    reported,
    missing,
    latestPeriodReport,
    pastDeadline: due && compareDates(due, today) < 0 && !done ? due : null,
  };
}

/** Every (practice, responsible unit) record of the plan, in plan order. */
export function reportingRecords(plan: Plan, index: ReportIndex, today: PlainDate): ReportingRecord[] {
  return plan.practices.flatMap((practice) => practice.units.map((unit) => reportingRecord(plan, index, practice, unit, today)));
}

/** One unit's year in numbers. */
export interface UnitTotals {
  readonly owned: number;
  readonly done: number;
  /** 已完成 ÷ (負責作法數 − 取消), null when nothing is expected. */
  readonly completion: number | null;
  readonly expectedPeriods: number;
  readonly reportedPeriods: number;
  /** 已填報期數 ÷ 應填報期數, null when nothing was due yet. */
  readonly reportingRate: number | null;
  readonly missingPeriods: number;
}

/** Totals over one unit's records (one per practice it is responsible for). */
export function unitTotals(records: readonly ReportingRecord[]): UnitTotals {
  const { done, rate } = completion(
    records.flatMap((record) => record.latestPeriodReport?.status ?? []),
    records.length,
  );
  const expectedPeriods = records.reduce((sum, record) => sum + record.expected.length, 0);
  const reportedPeriods = records.reduce((sum, record) => sum + record.reported.length, 0);
  return {
    owned: records.length,
    done,
    completion: rate,
    expectedPeriods,
    reportedPeriods,
    reportingRate: expectedPeriods > 0 ? reportedPeriods / expectedPeriods : null,
    missingPeriods: expectedPeriods - reportedPeriods,
  };
}
