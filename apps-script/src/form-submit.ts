import * as msg from '../../shared/messages/apps-script.ts';
import { deliver } from './delivery.ts';
import { type Gas, logEvent, withScriptLock } from './gas.ts';
import { planTimeZone } from './plan-reader.ts';
import { type FormResponsesSince, responseIdFor } from './response-id.ts';
import { readResponseRow, submissionBody } from './response-row.ts';
import { readConnection } from './script-config.ts';
import { digestOf } from './signing.ts';
import { CLAIM_MS, openQueue, type QueueItem, queueHash, readQueue, writeItem } from './submit-queue.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What became of one form-submit event. */
export type SubmitOutcome = 'ignored-blank' | 'duplicate' | 'answered' | 'queued' | 'failed';

/** A response row made ready to queue: its id, the body to sign and that body's hash. */
export interface PreparedResponse {
  readonly responseId: string;
  readonly tab: string;
  readonly row: number;
  readonly hash: string;
  readonly body: string;
}

/**
 * Reads a response row and builds what ingest is sent — the same bytes whoever reads it (the
 * form-submit trigger, or the retry trigger's sweep for a trigger that never fired), so the same
 * response always has the same id and hash. Null for a row that holds no answer.
 */
export function prepareResponse(
  gas: Gas,
  sheet: Sheet,
  row: number,
  timeZone: string,
  responses?: FormResponsesSince,
): PreparedResponse | null {
  const response = readResponseRow(sheet, row, timeZone, gas.utilities);
  if (!response) return null;
  const responseId = responseIdFor(gas, sheet, response, responses);
  const body = submissionBody(responseId, response, timeZone, gas.utilities, gas.now());
  return { responseId, tab: response.tab, row: response.row, hash: queueHash(digestOf(gas.utilities, body)), body };
}

/**
 * Queues a prepared response unless the queue already holds it with the same content (a second
 * firing, a second trigger, the sweep meeting a response the trigger handled): whatever happened
 * to the first stands. An edited response (same id, new content) replaces its item. Call it
 * holding the script lock; `nextAt` is when a sender may take it.
 */
export function recordResponse(gas: Gas, queue: Sheet, prepared: PreparedResponse, nextAt: number): QueueItem | null {
  const entry = readQueue(queue).find((candidate) => candidate.item.responseId === prepared.responseId);
  if (entry && entry.item.hash === prepared.hash) return null;
  const item: QueueItem = { ...prepared, state: msg.gasQueueStates.pending, attempts: 0, nextAt, lastResult: '', updatedAt: gas.now() };
  writeItem(queue, item, entry);
  return item;
}

/**
 * The installable form-submit trigger: reads the response row, queues it under its response id and
 * sends it at once. A blank event is ignored; the same response firing twice is sent once; an
 * edited response (same id, new content) is sent again.
 */
export function handleFormSubmit(gas: Gas, event: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): SubmitOutcome {
  const values = event?.values ?? [];
  if (!event?.range || (values.length > 0 && values.every((value) => String(value ?? '').trim() === ''))) {
    logEvent(gas, 'submit.ignored-blank', { reason: event?.range ? 'blank values' : 'no range' });
    return 'ignored-blank';
  }
  const sheet = event.range.getSheet();
  const spreadsheet = sheet.getParent();
  const prepared = prepareResponse(gas, sheet, event.range.getRow(), planTimeZone(spreadsheet));
  if (!prepared) {
    logEvent(gas, 'submit.ignored-blank', { reason: 'blank row', row: event.range.getRow() });
    return 'ignored-blank';
  }
  // Claimed for the send below; if this execution dies, the retry trigger takes it after the claim.
  const claimed = withScriptLock(gas, () => recordResponse(gas, openQueue(spreadsheet), prepared, gas.now() + CLAIM_MS));
  if (!claimed) {
    logEvent(gas, 'submit.duplicate', { responseId: prepared.responseId });
    return 'duplicate';
  }
  const delivery = deliver(gas, spreadsheet, claimed, readConnection(gas.properties.getScriptProperties()));
  return delivery.kind === 'retry' ? 'queued' : delivery.kind;
}
