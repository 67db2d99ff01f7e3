import { periodKey } from './period.ts';
import { sameRow } from './row-identity.ts';
import type { RawSubmission } from './submission-tabs.ts';
import type { Checked, Submission } from './validation.ts';

/** Why a valid row does not count on its own. */
export type Standing =
  | { readonly kind: 'duplicate'; readonly of: RawSubmission }
  | { readonly kind: 'superseded'; readonly by: RawSubmission };

/** The valid reports that count: for each unit × practice × period, the latest one. */
export interface Consolidated {
  /** Latest valid report per `unit|practice|period` key. */
  readonly latest: ReadonlyMap<string, Submission>;
  /** The valid rows that do not count on their own (by `order`): duplicates and superseded rows. A valid row not here counts. */
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
  const valid: Submission[] = [];
  for (const row of checked) if (row.ok) valid.push(row.submission);
  if (!isInOrder(valid)) valid.sort((a, b) => a.raw.order - b.raw.order);
  const keys = valid.map((submission) => reportKey(submission.unit, submission.practiceId, periodKey(submission.period)));
  const standing = new Map<number, Standing>();
  const firstByHash = new Map<number, Submission[]>();
  const latest = new Map<string, Submission>();
  valid.forEach((submission, i) => {
    const sameHash = firstByHash.get(submission.fingerprint);
    const original = sameHash?.find((earlier) => sameRow(earlier.raw, earlier.unit, submission.raw, submission.unit));
    if (original) {
      standing.set(submission.raw.order, { kind: 'duplicate', of: original.raw });
      return;
    }
    if (sameHash) sameHash.push(submission);
    else firstByHash.set(submission.fingerprint, [submission]);
    const key = keys[i] as string;
    const current = latest.get(key);
    if (!current || isLater(submission, current)) latest.set(key, submission);
  });
  valid.forEach((submission, i) => {
    if (standing.has(submission.raw.order)) return;
    const winner = latest.get(keys[i] as string);
    if (winner && winner !== submission) standing.set(submission.raw.order, { kind: 'superseded', by: winner.raw });
  });
  return { latest, standing };
}

function isInOrder(rows: readonly Submission[]): boolean {
  for (let i = 1; i < rows.length; i++) if ((rows[i] as Submission).raw.order < (rows[i - 1] as Submission).raw.order) return false;
  return true;
}
