// The Sheet menu's 立即彙整 / 產生年度成效 through the public service, signed like a submission:
// unsigned or badly signed runs are refused and touch nothing; a signed one rebuilds.

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../functions/clock.ts';
import type { Config } from '../../../functions/config.ts';
import { createFunctions } from '../../../functions/function-handlers.ts';
import { sign } from '../../../functions/ingest/signature.ts';
import type { LogEntry } from '../../../functions/logger.ts';
import { aWorkbook, goodForm } from '../../builders.ts';
import { type FunctionServer, serveFunction } from '../function-server.ts';
import { type MemoryWorkbook, memoryWorkbook } from '../memory-workbook.ts';

const SECRET = 'signed-run-test-secret-0123456789-abcdefg';
let workbook: MemoryWorkbook;
let server: FunctionServer;
const logs: LogEntry[] = [];
// Told of each request the service starts handling, with the promise of its handling.
let onRequest: (handling: { readonly done: Promise<void> }) => void = () => undefined;

beforeAll(async () => {
  workbook = memoryWorkbook(aWorkbook([goodForm()]));
  const config: Config = { workbook: workbook.location, hmacSecrets: [SECRET], devSecret: false, port: 0 };
  const functions = createFunctions(config, {
    log: (entry) => logs.push(entry),
    clock: systemClock,
    open: () => workbook,
    windowMs: 10,
    retryDelaysMs: [10],
  });
  server = await serveFunction('public-service', (req, res) => {
    const done = functions.publicService(req, res);
    onRequest({ done });
    return done;
  });
});
afterAll(() => server.close());

async function run(path: string, secret: string | null) {
  const body = JSON.stringify({ run: path.slice(1), requestedAt: new Date().toISOString() });
  const timestamp = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret) Object.assign(headers, { 'x-guankao-timestamp': String(timestamp), 'x-guankao-signature': sign(secret, timestamp, body) });
  const response = await fetch(new URL(path, server.url), { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('signed runs on the public service', () => {
  it.each(['/consolidate', '/yearEnd'])('refuses an unsigned or wrongly signed %s without reading the workbook', async (path) => {
    for (const secret of [null, 'some-other-secret-0123456789-abcdefghijk']) {
      const answer = await run(path, secret);
      expect(answer.status).toBe(401);
      expect(String(answer.body.detail)).toMatch(/簽章/u);
    }
    expect(workbook.reads()).toBe(0);
    // Logged as ingest logs its refusals, without the request's content.
    const refused = logs.filter((entry) => entry.event === `${path === '/consolidate' ? 'consolidate' : 'year-end'}.unauthorized`);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatchObject({ severity: 'WARNING', status: 401 });
  });

  it('logs a request whose body breaks off, instead of leaving the failure unhandled', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const req = request(new URL('/consolidate', server.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
        'x-guankao-timestamp': String(timestamp),
        'x-guankao-signature': sign(SECRET, timestamp, '{}'),
      },
    });
    req.on('error', () => undefined);
    // The body breaks off once the service is reading it: no waiting on the clock for that.
    const handling = new Promise<{ readonly done: Promise<void> }>((resolve) => {
      onRequest = resolve;
    });
    req.write('{"run":');
    const { done } = await handling;
    req.destroy();
    await done;
    expect(logs.find((entry) => entry.event === 'consolidate.unexpected')).toMatchObject({ severity: 'ERROR' });
    expect(workbook.reads()).toBe(0);
  });

  it('rebuilds on a signed 立即彙整 and answers with the counts', async () => {
    const answer = await run('/consolidate', SECRET);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: '彙整完成', counts: { rows: 1, valid: 1 } });
    expect(workbook.tab('執行成效')?.rows[0]?.[0]).toBe('項次');
  });

  it('answers a signed 產生年度成效 with what it did: the year-end, not a consolidation', async () => {
    const answer = await run('/yearEnd', SECRET);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: '年度成效已產生', counts: { rows: 1, valid: 1 } });
  });
});
