import { periodKey } from './period.ts';
import { rowHash, sameRow } from './row-identity.ts';
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
  /**
   * The valid rows that do not count on their own, by `order` (a dense row counter, so an array
   * rather than a map of most of a year's rows): duplicates and superseded rows. A valid row
   * without one counts.
   */
  readonly standing: readonly (Standing | undefined)[];
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
  return arrivalOrderOf(inReadingOrder(valid));
}

// arrivalOrder of rows already in reading order, where a tab's rows follow one another.
function arrivalOrderOf(rows: readonly Submission[]): (a: Submission, b: Submission) => number {
  // By reading order (a dense row counter): an array, as this runs for every row of the year.
  const effective = new Float64Array((rows.at(-1)?.raw.order ?? -1) + 1).fill(Number.NEGATIVE_INFINITY);
  let source: SubmissionSource | null = null;
  let latest = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < rows.length; r++) {
    const submission = rows[r] as Submission;
    if (submission.raw.source !== source) {
      source = submission.raw.source;
      latest = Number.NEGATIVE_INFINITY;
    }
    const { timestamp } = submission;
    effective[submission.raw.order] = timestamp ?? latest;
    if (timestamp !== null && timestamp > latest) latest = timestamp;
  }
  return (a, b) => {
    const byTime = (effective[a.raw.order] as number) - (effective[b.raw.order] as number);
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
  for (let r = 0; r < checked.length; r++) {
    const row = checked[r] as Checked;
    if (row.ok) submissions.push(row);
  }
  const valid = inReadingOrder(submissions);
  const compareArrival = arrivalOrderOf(valid);
  const slots = reportSlots();
  const slotOfRow: ReportSlot[] = new Array<ReportSlot>(valid.length);
  const duplicate = new Uint8Array(valid.length);
  const standing = new Array<Standing | undefined>(checked.length);
  const originalOf = deliveries();
  for (let i = 0; i < valid.length; i++) {
    const submission = valid[i] as Submission;
    const slot = slots.of(submission);
    slotOfRow[i] = slot;
    // The first copy of a row delivered twice is the original, whatever the supersede order says.
    const original = originalOf(submission);
    if (original) {
      duplicate[i] = 1;
      standing[submission.raw.order] = { kind: 'duplicate', of: original.raw };
    } else if (!slot.winner || compareArrival(submission, slot.winner) > 0) slot.winner = submission;
  }
  for (let i = 0; i < valid.length; i++) {
    const slot = slotOfRow[i] as ReportSlot;
    const submission = valid[i] as Submission;
    if (duplicate[i] === 1 || !slot.winner || slot.winner === submission) continue;
    // The rows one report superseded share one Standing: a year's rows are mostly superseded.
    slot.superseded ??= { kind: 'superseded', by: slot.winner.raw };
    standing[submission.raw.order] = slot.superseded;
  }
  // In the order the slots were first reported in.
  const winners = new Map<string, Submission>();
  for (const slot of slots.all) if (slot.winner) winners.set(slot.key, slot.winner);
  return { winners, standing, compareArrival };
}

// For each row in turn, the earlier row it repeats (the same delivery, row-identity.ts), else null
// after noting the row for the rows after it. Rows are kept by their fingerprint, one row to each;
// only where several share one (a unit's reports on one practice sent in the same second, or typed
// into a tab without 時間戳記) by rowHash too, with a list where those meet. Rows that sameRow calls
// the same share both hashes, so each row is still compared with every earlier row it could repeat.
function deliveries(): (submission: Submission) => Submission | null {
  const byFingerprint = new Map<number, Submission | Map<number, Submission[]>>();
  return (submission) => {
    const seen = byFingerprint.get(submission.fingerprint);
    if (seen === undefined) {
      byFingerprint.set(submission.fingerprint, submission);
      return null;
    }
    const byHash = seen instanceof Map ? seen : new Map([[rowHash(seen.raw, seen.unit), [seen]]]);
    if (byHash !== seen) byFingerprint.set(submission.fingerprint, byHash);
    const hash = rowHash(submission.raw, submission.unit);
    const earlier = byHash.get(hash);
    const original = earlier?.find((row) => sameRow(row.raw, row.unit, submission.raw, submission.unit));
    if (original) return original;
    if (earlier) earlier.push(submission);
    else byHash.set(hash, [submission]);
    return null;
  };
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
  const all: ReportSlot[] = [];
  return {
    /** Every slot, in the order each was first asked for. */
    all,
    of({ unit, practiceId, period }: Submission): ReportSlot {
      let byPractice = byUnit.get(unit);
      if (!byPractice) byUnit.set(unit, (byPractice = new Map()));
      let byPeriod = byPractice.get(practiceId);
      if (!byPeriod) byPractice.set(practiceId, (byPeriod = new Map()));
      const periodId = periodKey(period);
      let slot = byPeriod.get(periodId);
      if (!slot) {
        byPeriod.set(periodId, (slot = { key: reportKey(unit, practiceId, periodId), winner: null }));
        all.push(slot);
      }
      return slot;
    },
  };
}

function inReadingOrder(rows: readonly Submission[]): readonly Submission[] {
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i] as Submission).raw.order < (rows[i - 1] as Submission).raw.order)
      return [...rows].sort((a, b) => a.raw.order - b.raw.order);
  }
  return rows;
}
