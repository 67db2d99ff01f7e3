import * as msg from './messages/domain/index.ts';
import type { Status } from './status-schema.ts';

// The closed sets a status cell is drawn from, and what each status means to the outputs. Everything
// that treats statuses one by one is typed by these sets (a Record over them, or a switch ending in
// `never`), so a status added here compiles only once each of those places says what it does with it.

/** The statuses a unit may report (SPEC.md), in the order the Form and the dropdowns offer them. */
export const STATUSES = ['未開始', '辦理中', '已完成', '持續辦理', '落後', '取消'] as const;
export type { Status };

/** What 執行成效 and 管考總表 show where a report is due and none was made. */
export const NOT_REPORTED = msg.notReported;
/** What 管考總表 shows, before the period is due, for a prefilled row its unit has not filled in yet. */
export const AWAITING_REPORT = msg.awaitingReport;
/** The words a status cell shows where no status counts (a blank aside). */
export const NO_REPORT_WORDS = [NOT_REPORTED, AWAITING_REPORT] as const;
export type NoReportWord = (typeof NO_REPORT_WORDS)[number];
/** Every word a status cell of an output can hold. */
export type StatusWord = Status | NoReportWord;

/** What a status means for the periods after it and for 完成率. */
export interface StatusMeaning {
  /**
   * After it, nothing more is expected of the unit on the practice (settled); the next prefilled
   * row suggests it again for the unit to confirm (carried); or the unit says anew (asked).
   */
  readonly next: 'settled' | 'carried' | 'asked';
  /** Its part in 完成率 = 已完成 ÷ (負責作法數 − 取消): done, left out of the practices expected, or expected and not done. */
  readonly completion: 'done' | 'excluded' | 'expected';
}

/** What every status means. */
export const STATUS_MEANINGS: Readonly<Record<Status, StatusMeaning>> = {
  未開始: { next: 'asked', completion: 'expected' },
  辦理中: { next: 'carried', completion: 'expected' },
  已完成: { next: 'settled', completion: 'done' },
  持續辦理: { next: 'carried', completion: 'expected' },
  落後: { next: 'asked', completion: 'expected' },
  取消: { next: 'settled', completion: 'excluded' },
};

/** Statuses after which a unit need not report again on a practice. */
export const FINAL_STATUSES: ReadonlySet<Status> = new Set(STATUSES.filter((status) => STATUS_MEANINGS[status].next === 'settled'));

/** Statuses a prefilled row carries over from the period before, as a starting point the unit confirms. */
export const CARRIED_STATUSES: ReadonlySet<Status> = new Set(STATUSES.filter((status) => STATUS_MEANINGS[status].next === 'carried'));

/**
 * Of `owned` practices whose latest statuses are `latest` (none for a practice never reported):
 * how many are done, and 完成率 — those done ÷ those expected, null when none is expected.
 */
export function completion(latest: readonly Status[], owned: number): { readonly done: number; readonly rate: number | null } {
  const part = (wanted: StatusMeaning['completion']) => latest.filter((status) => STATUS_MEANINGS[status].completion === wanted).length;
  const done = part('done');
  const expected = owned - part('excluded');
  return { done, rate: expected > 0 ? done / expected : null };
}
