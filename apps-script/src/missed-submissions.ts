import { isFormTab } from '../../shared/submission-tabs.ts';
import { parseTimestamp } from '../../shared/timestamp-reading.ts';
import { type PreparedResponse, prepareResponse, recordResponse } from './form-submit.ts';
import { type Gas, logEvent, withScriptLock } from './gas.ts';
import { planTimeZone } from './plan-reader.ts';
import { formResponsesOnce } from './response-id.ts';
import { findSheet } from './sheet-cells.ts';
import { openQueue, QUEUE_TAB, readQueue } from './submit-queue.ts';
import { submissionColumn } from './verdict-column.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// Installable form-submit triggers occasionally never fire. Such a response sits in its row with
// an empty 檢核結果 and no item in 待送 — the two marks every response the trigger handled carries
// (a queued one has its item, a delivered or refused one its 檢核結果). The retry trigger looks for
// rows without either and queues them through the trigger's own path (prepareResponse, then
// recordResponse under the lock), so each gets the id and body the trigger would have given it:
// a response the trigger did handle meanwhile is recognised by id and hash and not queued again.

/** How old a row must be before the sweep takes it: the form-submit trigger has had its chance. */
const SWEEP_AFTER_MS = 3 * 60_000;
/** Rows one sweep reads and queues at most, oldest first; the rest wait for the next run. */
const SWEEP_ROWS = 25;

/** What one sweep found. */
export interface SweepReport {
  /** Rows older than SWEEP_AFTER_MS with neither 檢核結果 nor a queue item. */
  readonly missed: number;
  /** Of those, queued by this run. */
  readonly queued: number;
  /** Of those read, rows holding no answer (left alone). */
  readonly blank: number;
}

interface Candidate {
  readonly sheet: Sheet;
  readonly row: number;
  readonly timestamp: number;
}

/**
 * Finds the response rows no trigger handled and queues up to SWEEP_ROWS of them, due at once.
 * Per run it reads two columns (時間戳記, 檢核結果) of each response tab, and the queue and the
 * rows themselves only when such rows exist.
 */
export function sweepMissedSubmissions(gas: Gas, spreadsheet: Spreadsheet): SweepReport {
  const timeZone = planTimeZone(spreadsheet);
  const cutoff = gas.now() - SWEEP_AFTER_MS;
  const unchecked = spreadsheet
    .getSheets()
    .filter((sheet) => isFormTab(sheet.getName()))
    .flatMap((sheet) => uncheckedRows(sheet, timeZone, cutoff));
  if (unchecked.length === 0) return { missed: 0, queued: 0, blank: 0 };

  // A pending item (ingest down) has no 檢核結果 yet: its row is known by the queue. Only looked
  // at here — the tab is created (openQueue) under the lock, never by two executions at once.
  const queueSheet = findSheet(spreadsheet, QUEUE_TAB);
  const queued = new Set((queueSheet ? readQueue(queueSheet) : []).map((entry) => rowKey(entry.item.tab, entry.item.row)));
  const missed = unchecked
    .filter((candidate) => !queued.has(rowKey(candidate.sheet.getName(), candidate.row)))
    .sort((a, b) => a.timestamp - b.timestamp);
  const taken = missed.slice(0, SWEEP_ROWS);

  const prepared: PreparedResponse[] = [];
  let blank = 0;
  for (const sheet of new Set(taken.map((candidate) => candidate.sheet))) {
    const rows = taken.filter((candidate) => candidate.sheet === sheet);
    // One request for the form's responses per tab, from the oldest row on, rather than one per row.
    const responses = formResponsesOnce(gas, sheet, Math.min(...rows.map((candidate) => candidate.timestamp)) - 2_000);
    for (const candidate of rows) {
      const ready = prepareResponse(gas, sheet, candidate.row, timeZone, responses);
      if (ready) prepared.push(ready);
      else blank++;
    }
  }
  const written =
    prepared.length === 0
      ? 0
      : withScriptLock(gas, () => {
          const queue = openQueue(spreadsheet);
          return prepared.filter((ready) => recordResponse(gas, queue, ready, gas.now()) !== null).length;
        });
  const report = { missed: missed.length, queued: written, blank };
  logEvent(gas, 'sweep.done', { ...report });
  return report;
}

// Rows with a 時間戳記 before `cutoff` and an empty 檢核結果, read two columns at a time. A row
// without a readable 時間戳記 is not a form's: hand-typed rows are the consolidation's to count.
function uncheckedRows(sheet: Sheet, timeZone: string, cutoff: number): Candidate[] {
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (lastRow < 2 || width < 1) return [];
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const stampColumn = submissionColumn(header, '時間戳記');
  if (stampColumn === 0) return [];
  const verdictColumn = submissionColumn(header, '檢核結果');
  const stamps = sheet.getRange(2, stampColumn, lastRow - 1, 1).getValues();
  const verdicts = verdictColumn > 0 ? sheet.getRange(2, verdictColumn, lastRow - 1, 1).getValues() : [];
  return stamps.flatMap(([value], index): Candidate[] => {
    if (String(verdicts[index]?.[0] ?? '').trim() !== '') return [];
    const timestamp = timestampOf(value, timeZone);
    return timestamp !== null && timestamp <= cutoff ? [{ sheet, row: index + 2, timestamp }] : [];
  });
}

function timestampOf(value: unknown, timeZone: string): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const read = parseTimestamp(value, timeZone);
  return read.ok ? read.value : null;
}

function rowKey(tab: string, row: number): string {
  return `${tab}\u0000${row}`;
}
