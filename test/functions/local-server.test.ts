import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../functions/config.ts';
import { type LocalServer, startLocalServer } from '../../functions/local-server.ts';
import type { LogEntry } from '../../functions/logger.ts';
import { systemClock } from '../../functions/rebuild/rebuild-scheduler.ts';
import { sign } from '../../functions/ingest/signature.ts';
import { aWorkbook, goodForm } from '../builders.ts';
import { memoryWorkbook } from './memory-workbook.ts';

const SECRET = 'local-server-secret-0123456789-abcdefghij';
const workbook = memoryWorkbook(aWorkbook([goodForm()]));
const logs: LogEntry[] = [];
let local: LocalServer;

beforeAll(async () => {
  const config: Config = { workbook: workbook.location, hmacSecrets: [SECRET], devSecret: false, port: 0 };
  local = await startLocalServer(config, { log: (entry) => logs.push(entry), clock: systemClock, open: () => workbook, windowMs: 10 }, 0);
});

afterAll(async () => {
  await local.close();
});

describe('the local server (npm start)', () => {
  it('serves POST /ingest, /consolidate and /yearEnd on one loopback port', async () => {
    expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    const body = JSON.stringify({
      responseId: 'local-1',
      submittedAt: '2026-04-02T09:15:00+08:00',
      email: '',
      answers: { 填報單位: '民政課', 具體作法: '2-1', 填報期間: '115年3月', 辦理狀態: '辦理中', 執行成效: '完成' },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const ingest = await fetch(`${local.url}/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-guankao-timestamp': String(timestamp), 'x-guankao-signature': sign(SECRET, timestamp, body) },
      body,
    });
    expect(ingest.status).toBe(200);
    expect(await ingest.json()).toMatchObject({ status: '通過' });

    const consolidate = await fetch(`${local.url}/consolidate`, { method: 'POST' });
    expect(consolidate.status).toBe(200);
    expect(await consolidate.json()).toMatchObject({ status: '彙整完成', counts: { rows: 1, valid: 1 } });
    expect(workbook.tab('單位摘要')).toBeDefined();

    const yearEnd = await fetch(`${local.url}/yearEnd`, { method: 'POST' });
    expect(yearEnd.status).toBe(200);
    expect(workbook.tab('年度執行成效一覽表')?.rows[0]).toEqual(['項次', '實施要項', '具體作法', '執行成效']);
    expect(workbook.tab('單位成效-民政課')).toBeDefined();
  });

  it('answers other paths with 404 and other methods with 405, as problem+json', async () => {
    const missing = await fetch(`${local.url}/nope`, { method: 'POST' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(((await missing.json()) as { detail: string }).detail).toContain('/ingest');
    const get = await fetch(`${local.url}/consolidate`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});
