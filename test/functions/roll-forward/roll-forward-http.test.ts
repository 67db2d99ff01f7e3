// The Sheet menu's 建立明年度活頁簿 through the public service, signed like a submission: next
// year's workbook written into the empty spreadsheet named, and every refusal in zh-TW.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../functions/clock.ts';
import type { Config } from '../../../functions/config.ts';
import { createFunctions } from '../../../functions/function-handlers.ts';
import { sign } from '../../../functions/ingest/signature.ts';
import type { LogEntry } from '../../../functions/logger.ts';
import { aWorkbook, goodForm } from '../../builders.ts';
import { useSheetsFake } from '../../fakes/sheets-server.ts';
import { type FunctionServer, serveFunction } from '../function-server.ts';
import { memoryWorkbook } from '../memory-workbook.ts';

const SECRET = 'roll-forward-test-secret-0123456789-abcdef';
const fake = useSheetsFake({ rootUrl: 'http://sheets.roll-forward-http.test/' });
const logs: LogEntry[] = [];
let server: FunctionServer;

beforeAll(async () => {
  const workbook = memoryWorkbook(aWorkbook([goodForm()]));
  const config: Config = { workbook: workbook.location, hmacSecrets: [SECRET], devSecret: false, port: 0, sheetsApiUrl: fake.rootUrl };
  const functions = createFunctions(config, {
    log: (entry) => logs.push(entry),
    clock: systemClock,
    open: () => workbook,
    windowMs: 10,
    retryDelaysMs: [10],
  });
  server = await serveFunction('public-service', functions.publicService);
});
afterAll(() => server.close());

async function rollForward(out: string, secret: string | null = SECRET) {
  const body = JSON.stringify({ run: 'rollForward', requestedAt: new Date().toISOString(), out });
  const timestamp = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret) Object.assign(headers, { 'x-guankao-timestamp': String(timestamp), 'x-guankao-signature': sign(secret, timestamp, body) });
  // node:http rather than fetch: the Sheets fake (msw) intercepts fetch and allows only Google's API.
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const req = request(new URL('/rollForward', server.url), { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('POST /rollForward (管考 › 建立明年度活頁簿)', () => {
  it("writes next year's workbook into the empty spreadsheet named and says what it holds", async () => {
    const id = fake.createSpreadsheet([{ name: '工作表1', rows: [] }]);
    const answer = await rollForward(`https://docs.google.com/spreadsheets/d/${id}/edit`);
    expect(answer).toEqual({
      status: 200,
      body: { status: '已建立明年度活頁簿', rocYear: 116, practices: 4, units: 3, notes: 2, spreadsheetId: id },
    });
    const tabs = fake.tabs(id);
    expect(tabs.map((tab) => tab.name)).toEqual(['工作表1', '設定', '計畫', '單位', '匯入說明']);
    expect(tabs.find((tab) => tab.name === '設定')?.rows).toContainEqual(['計畫年度', 116]);
  });

  it('refuses a spreadsheet that already holds a plan, a local path, and an unsigned request', async () => {
    const used = fake.createSpreadsheet([{ name: '計畫', rows: [['具體作法'], ['既有']] }]);
    const refused = await rollForward(used);
    expect(refused.status).toBe(422);
    expect(String(refused.body.detail)).toContain('「計畫」 分頁已有內容');
    expect(fake.tabs(used)).toEqual([{ name: '計畫', rows: [['具體作法'], ['既有']] }]);
    const local = await rollForward('/tmp/next-year');
    expect(local.status).toBe(400);
    expect(String(local.body.detail)).toContain('不是 Google 試算表的網址或 ID');
    expect((await rollForward(used, null)).status).toBe(401);
  });
});
