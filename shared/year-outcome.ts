import type { OutputInput } from './output-tabs.ts';
import type { Practice } from './plan.ts';
import { combinedStatus } from './report-index.ts';
import { type ReportingRecord, reportingRecord } from './reporting-record.ts';
import type { NOT_REPORTED, Status } from './status.ts';

// A practice's year, as the year-end documents tell it and next year's plan starts from: what each
// responsible unit reported over the whole year (not only its last report), by the same rules as
// 管考總表 and 單位成效 (reporting-record.ts).

/** What the units responsible for a practice did on it over the year. */
export interface PracticeYearOutcome {
  readonly practice: Practice;
  /** One record per responsible unit, in the practice's unit order: its reports, missing periods and latest report. */
  readonly units: readonly ReportingRecord[];
  /** Where the practice stands, as 執行成效 shows it: the units' latest statuses combined, 未填報 when none reported. */
  readonly status: Status | typeof NOT_REPORTED;
}

/**
 * One practice's year as of `input.today`.
 * @example practiceYearOutcome(result.output, plan.practices[0]).status // → '辦理中'
 */
export function practiceYearOutcome(input: OutputInput, practice: Practice): PracticeYearOutcome {
  const { plan, index, today } = input;
  const units = practice.units.map((unit) => reportingRecord(plan, index, practice, unit, today));
  const latest = units.flatMap((record) => record.latestPeriodReport ?? []);
  return { practice, units, status: combinedStatus(latest.map((report) => report.status)) };
}
