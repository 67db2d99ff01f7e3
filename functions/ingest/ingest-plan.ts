import { isPlanTab, type Plan, parsePlan } from '../../shared/plan.ts';
import { ok, type Result } from '../../shared/result.ts';
import { DEFAULT_FORM_TAB, isFormTab } from '../../shared/submission-tabs.ts';
import type { PartialSnapshot, Snapshot, Workbook } from '../../shared/workbook.ts';
import { readTabsOf } from '../workbooks/read-tabs.ts';

// Ingest checks each submission against the plan, and the plan changes rarely: reading the whole
// workbook for every submission would spend Sheets' read quota (60 a minute) on a burst of forms.
// So the plan is kept for a short while, concurrent requests share one read, and every rebuild hands
// over the snapshot it read anyway. The read is of the plan's tabs only (設定, 計畫, 單位), not of
// the submissions: a workbook of 100,000 rows answers the first submission as fast as a small one.

/** What ingest needs from the workbook: the plan and the name of the form's response tab. */
export interface PlanView {
  readonly plan: Plan;
  readonly formTab: string;
}

export interface PlanCache {
  /** The plan read at most `ttlMs` ago, reading (once, for every caller waiting) when it is older. */
  get(): Promise<Result<PlanView>>;
  /** A snapshot read by someone else (a rebuild): fresher than what is kept, so it replaces it. */
  offer(snapshot: Snapshot): void;
}

/** The plan's tabs of a workbook and the names of all its tabs: what ingest reads. */
export function readPlanTabs(workbook: Workbook): Promise<PartialSnapshot> {
  return readTabsOf(workbook, isPlanTab);
}

export const PLAN_TTL_MS = 60_000;

/** A plan cache over `read`; failures are not kept, so the next request reads again. */
export function createPlanCache(options: {
  read: () => Promise<Snapshot | PartialSnapshot>;
  now: () => number;
  ttlMs?: number;
}): PlanCache {
  const ttl = options.ttlMs ?? PLAN_TTL_MS;
  let kept: { at: number; view: Result<PlanView> } | null = null;
  let reading: Promise<Result<PlanView>> | null = null;

  const keep = (snapshot: Snapshot | PartialSnapshot, at: number) => {
    const view = planView(snapshot);
    kept = { at, view };
    return view;
  };

  return {
    get() {
      if (kept && options.now() - kept.at < ttl) return Promise.resolve(kept.view);
      if (reading) return reading;
      const started = options.now();
      reading = options
        .read()
        .then((snapshot) => keep(snapshot, started))
        .finally(() => {
          reading = null;
        });
      return reading;
    },
    offer(snapshot) {
      keep(snapshot, options.now());
    },
  };
}

/** The plan and the form tab of a snapshot (whole, or the plan's tabs with every tab's name); fails as parsePlan does when the workbook cannot be used. */
export function planView(snapshot: Snapshot | PartialSnapshot): Result<PlanView> {
  const parsed = parsePlan(snapshot);
  if (!parsed.ok) return parsed;
  const names = 'tabNames' in snapshot ? snapshot.tabNames : snapshot.tabs.map((tab) => tab.name);
  const formTab = names.find(isFormTab) ?? DEFAULT_FORM_TAB;
  return ok({ plan: parsed.value.plan, formTab });
}
