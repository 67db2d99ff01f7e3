import type { Consolidated } from './consolidation.ts';
import { comparePeriods, periodKey } from './period.ts';
import type { Practice } from './plan.ts';
import { NOT_REPORTED, type Status } from './status.ts';
import type { Submission } from './validation.ts';

// Which report each output uses. Every one of them is built from the winners only:
// - Consolidated.winners (consolidation.ts): per unit × practice × period, the report that counts,
//   the maximum of the supersede order (arrivalOrder). 管考總表's period cells (reportFor) and the
//   year-end overview's 已填報期數 and 每期填報 (reportingRecord's `reported`) read them one by one.
// - latestPeriodReport(unit, practice): of one unit's winners on one practice, the one of the latest
//   period. 執行成效's 執行成效, 辦理狀態 and 佐證資料 (latestPeriodReports, one per responsible unit),
//   單位摘要's 已填報 / status counts / 未填報 / 完成率, 管考總表's 逾期 (has it reached 已完成 or
//   取消?), and the year-end 執行成效, 最近狀態 and unit summaries.
// - mostRecentReport(reports): across several units or practices, the latest period, then the later
//   in the supersede order. Only 最近填報, in 執行成效 (over a practice's units) and 單位摘要 (over a
//   unit's practices).

/** Counted reports arranged for the output tabs: by unit × practice, in period order. */
export class ReportIndex {
  readonly #byUnitPractice = new Map<string, Submission[]>();
  readonly #compareArrival: Consolidated['compareArrival'];

  constructor(consolidated: Consolidated) {
    this.#compareArrival = consolidated.compareArrival;
    for (const submission of consolidated.winners.values()) {
      const key = pairKey(submission.unit, submission.practiceId);
      const list = this.#byUnitPractice.get(key) ?? [];
      list.push(submission);
      this.#byUnitPractice.set(key, list);
    }
    for (const list of this.#byUnitPractice.values()) list.sort((a, b) => comparePeriods(a.period, b.period));
  }

  /** One unit's counted reports on one practice, earliest period first. */
  reports(unit: string, practiceId: string): readonly Submission[] {
    return this.#byUnitPractice.get(pairKey(unit, practiceId)) ?? [];
  }

  /** One unit's report for one period, if any. */
  reportFor(unit: string, practiceId: string, key: string): Submission | undefined {
    return this.reports(unit, practiceId).find((submission) => periodKey(submission.period) === key);
  }

  /** The unit's counted report of the latest period it reported on the practice. */
  latestPeriodReport(unit: string, practiceId: string): Submission | undefined {
    return this.reports(unit, practiceId).at(-1);
  }

  /** Each responsible unit's {@link latestPeriodReport} on a practice, in the practice's unit order. */
  latestPeriodReports(practice: Practice): { unit: string; report: Submission }[] {
    return practice.units.flatMap((unit) => {
      const report = this.latestPeriodReport(unit, practice.id);
      return report ? [{ unit, report }] : [];
    });
  }

  /** The most recent of some counted reports (of several units or practices): the latest period, then the later in the supersede order. */
  mostRecentReport(reports: readonly Submission[]): Submission | undefined {
    let best: Submission | undefined;
    for (const report of reports) {
      const byPeriod = best ? comparePeriods(report.period, best.period) : 1;
      if (byPeriod > 0 || (byPeriod === 0 && best && this.#compareArrival(report, best) > 0)) best = report;
    }
    return best;
  }
}

function pairKey(unit: string, practiceId: string): string {
  return `${unit}\u0000${practiceId}`;
}

/** The status SPEC.md shows for a practice: shared when all agree, 落後 when any is, else 辦理中. */
export function combinedStatus(statuses: readonly Status[]): Status | typeof NOT_REPORTED {
  if (statuses.length === 0) return NOT_REPORTED;
  if (statuses.includes('落後')) return '落後';
  const [first] = statuses;
  return first !== undefined && statuses.every((status) => status === first) ? first : '辦理中';
}
