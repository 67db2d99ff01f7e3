import * as msg from '../../shared/messages.ts';
import { deliver } from './delivery.ts';
import { type Gas, logEvent, withScriptLock } from './gas.ts';
import { planTimeZone } from './plan-reader.ts';
import { responseIdFor } from './response-id.ts';
import { readResponseRow, submissionBody } from './response-row.ts';
import { readConnection } from './script-config.ts';
import { digestOf } from './signing.ts';
import { CLAIM_MS, openQueue, type QueueItem, readQueue, writeItem } from './submit-queue.ts';

/** What became of one form-submit event. */
export type SubmitOutcome = 'ignored-blank' | 'duplicate' | 'answered' | 'queued' | 'failed';

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
  const timeZone = planTimeZone(spreadsheet);
  const response = readResponseRow(sheet, event.range.getRow(), timeZone, gas.utilities);
  if (!response) {
    logEvent(gas, 'submit.ignored-blank', { reason: 'blank row', row: event.range.getRow() });
    return 'ignored-blank';
  }
  const responseId = responseIdFor(gas, sheet, response);
  const body = submissionBody(responseId, response, timeZone, gas.utilities, gas.now());
  const hash = digestOf(gas.utilities, body);

  const claimed = withScriptLock(gas, (): QueueItem | null => {
    const queue = openQueue(spreadsheet);
    const entry = readQueue(queue).find((candidate) => candidate.item.responseId === responseId);
    // The same content again (a second firing, a second trigger): whatever happened to the first stands.
    if (entry && entry.item.hash === hash) return null;
    const now = gas.now();
    const item: QueueItem = {
      responseId,
      tab: response.tab,
      row: response.row,
      hash,
      state: msg.gasQueueStates.pending,
      attempts: 0,
      // Claimed for the send below; if this execution dies, the retry trigger takes it after the claim.
      nextAt: now + CLAIM_MS,
      lastResult: '',
      updatedAt: now,
      body,
    };
    writeItem(queue, item, entry);
    return item;
  });
  if (!claimed) {
    logEvent(gas, 'submit.duplicate', { responseId });
    return 'duplicate';
  }
  const delivery = deliver(gas, spreadsheet, claimed, readConnection(gas.properties.getScriptProperties()));
  return delivery.kind === 'retry' ? 'queued' : delivery.kind;
}
