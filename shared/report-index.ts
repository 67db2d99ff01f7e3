import type { Consolidated } from './consolidation.ts';
import { comparePeriods, periodKey } from './period.ts';
import type { Practice } from './plan.ts';
import type { Status, Submission } from './validation.ts';

/** Counted reports arranged for the output tabs: by unit × practice, in period order. */
export class ReportIndex {
  readonly #byUnitPractice = new Map<string, Submission[]>();
  readonly #compareArrival: Consolidated['compareArrival'];

  constructor(consolidated: Consolidated) {
    this.#compareArrival = consolidated.compareArrival;
    for (const submission of consolidated.latest.values()) {
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

  /** The unit's latest report on the practice (latest period). */
  latest(unit: string, practiceId: string): Submission | undefined {
    return this.reports(unit, practiceId).at(-1);
  }

  /** Each responsible unit's latest report on a practice, in the practice's unit order. */
  latestByUnit(practice: Practice): { unit: string; report: Submission }[] {
    return practice.units.flatMap((unit) => {
      const report = this.latest(unit, practice.id);
      return report ? [{ unit, report }] : [];
    });
  }

  /** The latest of some counted reports: a later period, else later in the supersede order. */
  latestReport(reports: readonly Submission[]): Submission | undefined {
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

/** Statuses after which a unit need not report again on a practice. */
export const FINAL_STATUSES: ReadonlySet<Status> = new Set<Status>(['已完成', '取消']);

/** The status SPEC.md shows for a practice: shared when all agree, 落後 when any is, else 辦理中. */
export function combinedStatus(statuses: readonly Status[]): Status | '未填報' {
  if (statuses.length === 0) return '未填報';
  if (statuses.includes('落後')) return '落後';
  const [first] = statuses;
  return first !== undefined && statuses.every((status) => status === first) ? first : '辦理中';
}

