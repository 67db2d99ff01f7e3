import { periodKey } from './period.ts';
import { sameRow } from './row-identity.ts';
import type { RawSubmission, SubmissionSource } from './submission-tabs.ts';
import type { Checked, Submission } from './validation.ts';

/** Why a valid row does not count on its own. */
export type Standing =
  | { readonly kind: 'duplicate'; readonly of: RawSubmission }
  | { readonly kind: 'superseded'; readonly by: RawSubmission };

/** The valid reports that count: for each unit × practice × period, the winner of the supersede order. */
export interface Consolidated {
  /** The report that counts per `unit|practice|period` key ({@link reportKey}): the maximum of {@link arrivalOrder}. */
  readonly winners: ReadonlyMap<string, Submission>;
  /** The valid rows that do not count on their own (by `order`): duplicates and superseded rows. A valid row not here counts. */
  readonly standing: ReadonlyMap<number, Standing>;
  /** The supersede order over valid rows (negative when `a` came first); see {@link arrivalOrder}. */
  readonly compareArrival: (a: Submission, b: Submission) => number;
}

/** The key under which reports supersede each other. */
export function reportKey(unit: string, practiceId: string, key: string): string {
  return `${unit}\u0000${practiceId}\u0000${key}`;
}

/**
 * The supersede order (README, Decisions › Supersede order), a total order on valid rows:
 * each row has an effective time, its own 時間戳記, else the latest 時間戳記 of the valid rows above
 * it in the same tab (a row typed below responses was typed after them), else none. Rows
 * compare by effective time, a row with none before every row with one (nothing shows when it was
 * typed, while a Form answer proves when it arrived); equal times, and rows with none, by reading
 * order (tabs in workbook order, then rows). A lexicographic order on (time, order), so it is
 * transitive, and `order` is unique, so no two rows tie. Taking the latest time above, not the
 * nearest, also means a row that loses never changes the winner, wherever it is inserted: it can
 * only raise the effective time of undated rows below it, and never past the winner's.
 * @returns a comparator over the rows given (and only those)
 */
export function arrivalOrder(valid: readonly Submission[]): (a: Submission, b: Submission) => number {
  // By reading order (a dense row counter): an array, as this runs for every row of the year.
  const effective: number[] = [];
  const lastTime = new Map<SubmissionSource, number>();
  for (const submission of inReadingOrder(valid)) {
    const source = submission.raw.source;
    const above = lastTime.get(source);
    const time = submission.timestamp ?? above;
    if (submission.timestamp !== null && (above === undefined || submission.timestamp > above)) lastTime.set(source, submission.timestamp);
    if (time !== undefined) effective[submission.raw.order] = time;
  }
  return (a, b) => {
    const byTime = (effective[a.raw.order] ?? Number.NEGATIVE_INFINITY) - (effective[b.raw.order] ?? Number.NEGATIVE_INFINITY);
    return byTime !== 0 && !Number.isNaN(byTime) ? Math.sign(byTime) : a.raw.order - b.raw.order;
  };
}

/**
 * Applies SPEC.md's supersede and de-duplicate rules to the checked rows: for each key the
 * maximum of {@link arrivalOrder} counts. Order-independent: the same rows in any order give the
 * same result.
 * @example consolidate(checked).winners.get(reportKey('民政課', '1-1', '2026-M03'))
 */
export function consolidate(checked: readonly Checked[]): Consolidated {
  const submissions: Submission[] = [];
  for (const row of checked) if (row.ok) submissions.push(row);
  const valid = inReadingOrder(submissions);
  const compareArrival = arrivalOrder(valid);
  const slots = reportSlots();
  const slotOfRow: ReportSlot[] = new Array<ReportSlot>(valid.length);
  const standing = new Map<number, Standing>();
  // One row per hash, a list only where hashes collide: most rows are unique.
  const firstByHash = new Map<number, Submission | Submission[]>();
  const winners = new Map<string, Submission>();
  // The first copy of a row delivered twice is the original, whatever the supersede order says.
  valid.forEach((submission, i) => {
    const slot = slots.of(submission);
    slotOfRow[i] = slot;
    const sameHash = firstByHash.get(submission.fingerprint);
    if (sameHash !== undefined) {
      const earlier = Array.isArray(sameHash) ? sameHash : [sameHash];
      const original = earlier.find((row) => sameRow(row.raw, row.unit, submission.raw, submission.unit));
      if (original) {
        standing.set(submission.raw.order, { kind: 'duplicate', of: original.raw });
        return;
      }
      firstByHash.set(submission.fingerprint, [...earlier, submission]);
    } else firstByHash.set(submission.fingerprint, submission);
    if (!slot.winner || compareArrival(submission, slot.winner) > 0) {
      slot.winner = submission;
      winners.set(slot.key, submission);
    }
  });
  valid.forEach((submission, i) => {
    if (standing.has(submission.raw.order)) return;
    const slot = slotOfRow[i];
    if (!slot?.winner || slot.winner === submission) return;
    // The rows one report superseded share one Standing: a year's rows are mostly superseded.
    slot.superseded ??= { kind: 'superseded', by: slot.winner.raw };
    standing.set(submission.raw.order, slot.superseded);
  });
  return { winners, standing, compareArrival };
}

/** One unit × practice × period: its reportKey, the row counting there so far, and what the others are once it is known. */
interface ReportSlot {
  readonly key: string;
  winner: Submission | null;
  superseded?: Standing;
}

// The slot of each row, found through maps by unit, practice and period rather than by a key text
// built for every row: a run builds one text per slot.
function reportSlots() {
  const byUnit = new Map<string, Map<string, Map<string, ReportSlot>>>();
  return {
    of({ unit, practiceId, period }: Submission): ReportSlot {
      let byPractice = byUnit.get(unit);
      if (!byPractice) byUnit.set(unit, (byPractice = new Map()));
      let byPeriod = byPractice.get(practiceId);
      if (!byPeriod) byPractice.set(practiceId, (byPeriod = new Map()));
      const periodId = periodKey(period);
      let slot = byPeriod.get(periodId);
      if (!slot) byPeriod.set(periodId, (slot = { key: reportKey(unit, practiceId, periodId), winner: null }));
      return slot;
    },
  };
}

function inReadingOrder(rows: readonly Submission[]): readonly Submission[] {
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i] as Submission).raw.order < (rows[i - 1] as Submission).raw.order) return [...rows].sort((a, b) => a.raw.order - b.raw.order);
  }
  return rows;
}
