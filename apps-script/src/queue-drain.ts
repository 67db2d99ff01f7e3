import * as msg from '../../shared/messages/apps-script.ts';
import { deliver } from './delivery.ts';
import { errorDetail, type Gas, logEvent, withScriptLock } from './gas.ts';
import { type SweepReport, sweepMissedSubmissions } from './missed-submissions.ts';
import { readConnection } from './script-config.ts';
import { CLAIM_MS, KEEP_DELIVERED_MS, openQueue, pruneDelivered, type QueueEntry, readQueue, writeItem } from './submit-queue.ts';

/** What one run of the retry trigger did. */
export interface DrainReport {
  readonly answered: number;
  readonly failed: number;
  readonly waiting: number;
  /** Responses whose form-submit trigger never fired, found and queued by this run (null when the sweep failed). */
  readonly swept: SweepReport | null;
}

/** Items one run takes at most, and the time it allows itself (Apps Script stops a run at 6 minutes). */
const BATCH = 200;
const BUDGET_MS = 4 * 60_000;
/** After this many "try later" in a row the function is down: stop, and leave the rest for the next run. */
const GIVE_UP_AFTER = 3;

/**
 * The time-driven retry trigger: first queues the responses whose form-submit trigger never fired
 * (missed-submissions.ts), then sends every queued item whose back-off has passed, each exactly
 * once per run (taken under the lock, so a form-submit execution running alongside never sends it too),
 * and drops delivered items older than KEEP_DELIVERED_MS from 待送.
 */
export function drainQueue(gas: Gas): DrainReport {
  const started = gas.now();
  const spreadsheet = gas.spreadsheets.getActive();
  const swept = sweepSafely(gas, spreadsheet);
  const { taken, pruned } = withScriptLock(gas, () => {
    const queue = openQueue(spreadsheet);
    const now = gas.now();
    const entries = readQueue(queue);
    const due = entries
      .filter((entry) => entry.item.state === msg.gasQueueStates.pending && entry.item.nextAt <= now)
      .sort((a, b) => a.item.nextAt - b.item.nextAt)
      .slice(0, BATCH);
    for (const entry of due) writeItem(queue, { ...entry.item, nextAt: now + CLAIM_MS }, entry);
    // Last, as the rows move up: what is taken is found again by response id (deliver, release).
    return { taken: due, pruned: pruneDelivered(queue, entries, now - KEEP_DELIVERED_MS) };
  });
  const connection = readConnection(gas.properties.getScriptProperties());
  let answered = 0;
  let failed = 0;
  let busy = 0;
  let index = 0;
  for (; index < taken.length; index++) {
    const entry = taken[index];
    if (!entry || busy >= GIVE_UP_AFTER || gas.now() - started > BUDGET_MS) break;
    const delivery = deliver(gas, spreadsheet, entry.item, connection);
    if (delivery.kind === 'answered') answered++;
    if (delivery.kind === 'failed') failed++;
    busy = delivery.kind === 'retry' ? busy + 1 : 0;
  }
  release(gas, spreadsheet, taken.slice(index));
  const report = { answered, failed, waiting: countWaiting(spreadsheet), swept };
  logEvent(gas, 'drain.done', { answered, failed, waiting: report.waiting, pruned });
  return report;
}

// The sweep is a safety net: whatever goes wrong in it (a lock wait that timed out, a tab changed
// under it) must not keep the run from sending what is already queued.
function sweepSafely(gas: Gas, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SweepReport | null {
  try {
    return sweepMissedSubmissions(gas, spreadsheet);
  } catch (error) {
    logEvent(gas, 'sweep.failed', { error: errorDetail(error) });
    return null;
  }
}

/** Gives back the claims on items this run did not get to, with the back-off they had. */
function release(gas: Gas, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, untouched: readonly QueueEntry[]): void {
  if (untouched.length === 0) return;
  withScriptLock(gas, () => {
    const queue = openQueue(spreadsheet);
    const current = new Map(readQueue(queue).map((entry) => [entry.item.responseId, entry]));
    for (const before of untouched) {
      const entry = current.get(before.item.responseId);
      if (entry && entry.item.hash === before.item.hash) writeItem(queue, { ...entry.item, nextAt: before.item.nextAt }, entry);
    }
  });
}

function countWaiting(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return readQueue(openQueue(spreadsheet)).filter((entry) => entry.item.state === msg.gasQueueStates.pending).length;
}

/** Puts every failed item back in the queue (after the coordinator fixed HMAC_SECRET or FUNCTION_URL). */
export function requeueFailed(gas: Gas): number {
  const spreadsheet = gas.spreadsheets.getActive();
  return withScriptLock(gas, () => {
    const queue = openQueue(spreadsheet);
    const failed = readQueue(queue).filter((entry) => entry.item.state === msg.gasQueueStates.failed);
    for (const entry of failed) writeItem(queue, { ...entry.item, state: msg.gasQueueStates.pending, attempts: 0, nextAt: 0 }, entry);
    return failed.length;
  });
}
