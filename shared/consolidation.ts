import { periodKey } from './period.ts';
import type { RawSubmission } from './submission-tabs.ts';
import type { Checked, Submission } from './validation.ts';

/** Why a valid row does not count on its own. */
export type Standing =
  | { readonly kind: 'counted' }
  | { readonly kind: 'duplicate'; readonly of: RawSubmission }
  | { readonly kind: 'superseded'; readonly by: RawSubmission };

/** The valid reports that count: for each unit × practice × period, the latest one. */
export interface Consolidated {
  /** Latest valid report per `unit|practice|period` key. */
  readonly latest: ReadonlyMap<string, Submission>;
  /** How each valid row stands (by its `order`). */
  readonly standing: ReadonlyMap<number, Standing>;
}

/** The key under which reports supersede each other. */
export function reportKey(unit: string, practiceId: string, key: string): string {
  return `${unit}\u0000${practiceId}\u0000${key}`;
}

// A later valid submission supersedes an earlier one: by 時間戳記 when both rows have one,
// otherwise by reading order (tab order, then row).
function isLater(a: Submission, b: Submission): boolean {
  if (a.timestamp !== null && b.timestamp !== null && a.timestamp !== b.timestamp) return a.timestamp > b.timestamp;
  return a.raw.order > b.raw.order;
}

/**
 * Applies SPEC.md's supersede and de-duplicate rules to the checked rows. Order-independent:
 * the same rows in any order give the same result.
 * @example consolidate(checked).latest.get(reportKey('民政課', '1-1', '2026-M03'))
 */
export function consolidate(checked: readonly Checked[]): Consolidated {
  const valid = checked
    .flatMap((row) => (row.ok ? [row.submission] : []))
    .sort((a, b) => a.raw.order - b.raw.order);
  const standing = new Map<number, Standing>();
  const firstByFingerprint = new Map<string, Submission>();
  const latest = new Map<string, Submission>();
  for (const submission of valid) {
    const original = firstByFingerprint.get(submission.fingerprint);
    if (original) {
      standing.set(submission.raw.order, { kind: 'duplicate', of: original.raw });
      continue;
    }
    firstByFingerprint.set(submission.fingerprint, submission);
    standing.set(submission.raw.order, { kind: 'counted' });
    const key = reportKey(submission.unit, submission.practiceId, periodKey(submission.period));
    const current = latest.get(key);
    if (!current || isLater(submission, current)) latest.set(key, submission);
  }
  for (const submission of valid) {
    const state = standing.get(submission.raw.order);
    if (state?.kind !== 'counted') continue;
    const winner = latest.get(reportKey(submission.unit, submission.practiceId, periodKey(submission.period)));
    if (winner && winner !== submission) standing.set(submission.raw.order, { kind: 'superseded', by: winner.raw });
  }
  return { latest, standing };
}
