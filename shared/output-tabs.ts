import type { PlainDate } from './dates.ts';
import type { Plan } from './plan.ts';
import type { Problem } from './problem.ts';
import type { ReportIndex } from './report-index.ts';

/** Names of the tabs the system owns. */
export const OUTPUT_TABS = {
  results: '執行成效',
  tracking: '管考總表',
  units: '單位摘要',
  problems: '檢核錯誤',
} as const;

/** What the output tabs are built from. */
export interface OutputInput {
  readonly plan: Plan;
  readonly index: ReportIndex;
  readonly problems: readonly Problem[];
  /** reportKeys of prefilled rows not filled in yet (awaiting-rows.ts): 管考總表 shows them 待填報 until the period is due. */
  readonly awaiting?: ReadonlySet<string>;
  /** Today in the plan's time zone. */
  readonly today: PlainDate;
  /** By practice id, the 執行成效 the year-end documents publish (year-end-drafts.ts); a practice without one publishes its draft. */
  readonly published?: ReadonlyMap<string, string>;
}
