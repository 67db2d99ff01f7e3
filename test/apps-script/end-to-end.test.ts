import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../functions/clock.ts';
import { type LocalServer, startLocalServer } from '../../functions/local-server.ts';
import type { LogEntry } from '../../functions/logger.ts';
import { aWorkbook, goodForm } from '../builders.ts';
import { csvWorkbookFolder } from '../functions/csv-workbook-folder.ts';
import { serveBlockingFetch } from './fakes/sync-http.ts';
import { buildBundle, SECRET } from './setup-bundle.ts';

// The bundle's onFormSubmit → a real HTTP request on loopback → `npm start`'s server (the real
// ingest, consolidate and yearEnd handlers) over a CSV copy of a workbook → the consolidated tabs.
// The response row is in the workbook the server reads, as Google Forms puts it in the
// spreadsheet the functions read, before anything calls them.

const NARRATIVE = '端到端測試：完成問卷設計並回收 120 份';
const logs: LogEntry[] = [];
let local: LocalServer;
let folder: string;

beforeAll(async () => {
  await buildBundle();
  folder = csvWorkbookFolder(aWorkbook([goodForm({ 時間戳記: '2026-04-02T09:15:00+08:00', 執行成效: NARRATIVE })]), 'guankao-gas-e2e-');
  local = await startLocalServer(
    { workbook: folder, hmacSecrets: [SECRET], devSecret: false, port: 0 },
    { log: (entry) => logs.push(entry), clock: systemClock, windowMs: 10 },
    0,
  );
});

afterAll(async () => {
  await local.close();
});

interface WorkerResult {
  readonly responses: string[][];
  readonly queue: string[][];
  readonly alerts: { title: string; prompt: string }[];
}

function runWorker(): Promise<WorkerResult> {
  const { port1, port2 } = new MessageChannel();
  serveBlockingFetch(port1);
  const worker = new Worker(new URL('./gas-worker.ts', import.meta.url), {
    workerData: {
      port: port2,
      snapshot: { tabs: aWorkbook([goodForm({ 時間戳記: '2026-04-02T09:15:00+08:00', 執行成效: NARRATIVE })]).tabs },
      properties: { FUNCTION_URL: local.url, HMAC_SECRET: SECRET },
      row: 2,
    },
    transferList: [port2],
  });
  return new Promise<WorkerResult>((resolve, reject) => {
    worker.once('message', (result: WorkerResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker exited with ${code} before answering`)));
  }).finally(() => {
    port1.close();
    void worker.terminate();
  });
}

describe('Apps Script → ingest → consolidate over real HTTP', () => {
  it('checks the submission, writes its 檢核結果, and the consolidated tabs hold it', async () => {
    const result = await runWorker();
    expect(result.responses[0]?.at(-1)).toBe('檢核結果');
    expect(result.responses[1]?.at(-1)).toBe('通過');
    expect(result.queue[1]?.[4]).toBe('已送達');
    // The one problem is the plan's: its 1-1 is owned by every unit (各課室).
    expect(result.alerts.at(-1)).toEqual({
      title: '立即彙整',
      prompt: '彙整完成。\n共 1 列填報，通過 1 列，有誤 0 列；計入 1 筆；檢核錯誤 1 項。',
    });
    expect(logs.filter((entry) => entry.event === 'ingest.checked')).toHaveLength(1);

    const results = readFileSync(join(folder, '執行成效.csv'), 'utf8');
    expect(results.split('\n').find((line) => line.startsWith('2-1,'))).toContain(NARRATIVE);
    expect(readFileSync(join(folder, '表單回應 1.csv'), 'utf8')).toContain('通過');
  });
});
