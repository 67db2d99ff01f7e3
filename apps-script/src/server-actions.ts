import { z } from 'zod';
import * as msg from '../../shared/messages/apps-script.ts';
import type { Gas } from './gas.ts';
import { postSigned } from './ingest-client.ts';
import { readConnection } from './script-config.ts';

const CountsSchema = z.object({
  status: z.string(),
  counts: z
    .object({ rows: z.number(), valid: z.number(), counted: z.number(), invalid: z.number(), problems: z.number() })
    .partial()
    .optional(),
});

const RolledSchema = z.object({ status: z.string(), rocYear: z.number(), practices: z.number(), units: z.number(), notes: z.number() });

/** Asks the functions to write next year's workbook into the spreadsheet at `out` (管考 › 建立明年度活頁簿); returns what to tell the coordinator. */
export function runRollForward(gas: Gas, out: string): string {
  const connection = readConnection(gas.properties.getScriptProperties());
  if (!connection.ok) return connection.reason;
  const body = JSON.stringify({ run: 'rollForward', requestedAt: new Date(gas.now()).toISOString(), out });
  const delivery = postSigned(gas, connection.value.rollForward, connection.value.secrets, body);
  if (delivery.kind === 'retry') return msg.gasRemoteLater(delivery.reason);
  if (delivery.kind === 'failed') return msg.gasRemoteRefused(delivery.status, delivery.reason);
  const answer = RolledSchema.safeParse(delivery.body);
  return answer.success ? msg.gasRollForwardDone(answer.data) : msg.gasNotGuankao;
}

/** Which run to ask the functions for. */
export type RemoteRun = 'consolidate' | 'yearEnd';

/** Asks the functions to consolidate (or build the year-end tables) now, signed like a submission; returns what to tell the coordinator. */
export function runRemote(gas: Gas, run: RemoteRun): string {
  const connection = readConnection(gas.properties.getScriptProperties());
  if (!connection.ok) return connection.reason;
  const url = run === 'consolidate' ? connection.value.consolidate : connection.value.yearEnd;
  const body = JSON.stringify({ run, requestedAt: new Date(gas.now()).toISOString() });
  const delivery = postSigned(gas, url, connection.value.secrets, body);
  if (delivery.kind === 'retry') return msg.gasRemoteLater(delivery.reason);
  if (delivery.kind === 'failed') return msg.gasRemoteRefused(delivery.status, delivery.reason);
  const answer = CountsSchema.safeParse(delivery.body);
  if (!answer.success) return msg.gasNotGuankao;
  return msg.gasRemoteDone(run === 'yearEnd', answer.data.status, answer.data.counts ?? {});
}
