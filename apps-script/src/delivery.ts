import { z } from 'zod';
import * as msg from '../../shared/messages/apps-script.ts';
import type { Result } from '../../shared/result.ts';
import { type Gas, logEvent, withScriptLock } from './gas.ts';
import { type Delivery, postSigned } from './ingest-client.ts';
import { mailProblems, resultMailOn } from './result-mail.ts';
import type { Connection } from './script-config.ts';
import { backoffMs, openQueue, type QueueItem, readQueue, writeItem } from './submit-queue.ts';
import { writeVerdict } from './verdict-column.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The answer ingest gives a submission (SPEC.md › Signed submissions). */
const IngestAnswerSchema = z.object({
  status: z.string(),
  檢核結果: z.string(),
  problems: z.array(z.object({ 欄位: z.string(), 說明: z.string() })),
});

const BodySchema = z.object({ email: z.string(), answers: z.record(z.string(), z.unknown()) });

/**
 * Sends one item the caller has claimed, then, holding the lock, records the outcome: delivered
 * (its 檢核結果 written beside the response), back off and retry (unreachable, 429, 5xx), or
 * failed for good (any other 4xx, shown in 檢核結果 for the coordinator). An item edited while
 * it was in flight is left for its newer version.
 */
export function deliver(gas: Gas, spreadsheet: Spreadsheet, item: QueueItem, connection: Result<Connection>): Delivery {
  const sent: Delivery = connection.ok
    ? postSigned(gas, connection.value.ingest, connection.value.secrets, item.body)
    : { kind: 'retry', reason: connection.reason };
  const answer = sent.kind === 'answered' ? IngestAnswerSchema.safeParse(sent.body) : undefined;
  const delivery: Delivery = answer && !answer.success ? { kind: 'failed', status: 200, reason: msg.gasNotGuankao } : sent;
  const recorded = withScriptLock(gas, () => {
    const queue = openQueue(spreadsheet);
    const entry = readQueue(queue).find((candidate) => candidate.item.responseId === item.responseId);
    if (!entry || entry.item.hash !== item.hash) return false;
    const now = gas.now();
    const attempts = entry.item.attempts + 1;
    const base = { ...entry.item, attempts, updatedAt: now };
    if (delivery.kind === 'answered' && answer?.success) {
      writeItem(queue, { ...base, state: msg.gasQueueStates.delivered, nextAt: 0, lastResult: answer.data.檢核結果, body: '' }, entry);
      writeVerdict(spreadsheet, item.tab, item.row, answer.data.檢核結果);
    } else if (delivery.kind === 'failed') {
      const text = msg.gasDeliveryFailed(delivery.status, delivery.reason);
      writeItem(queue, { ...base, state: msg.gasQueueStates.failed, nextAt: 0, lastResult: text }, entry);
      writeVerdict(spreadsheet, item.tab, item.row, text);
    } else if (delivery.kind === 'retry') {
      writeItem(queue, { ...base, nextAt: now + backoffMs(attempts), lastResult: delivery.reason }, entry);
    }
    return true;
  });
  logEvent(gas, `submit.${delivery.kind}`, { responseId: item.responseId, recorded });
  if (recorded && answer?.success && answer.data.problems.length > 0 && resultMailOn(gas, spreadsheet)) {
    const body = BodySchema.safeParse(safeJson(item.body));
    if (body.success && body.data.email) mailProblems(gas, body.data.email, body.data.answers, answer.data);
  }
  return delivery;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
