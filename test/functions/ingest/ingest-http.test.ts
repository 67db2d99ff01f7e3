import { http as mswHttp, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../functions/clock.ts';
import type { Config } from '../../../functions/config.ts';
import { createFunctions, type GuankaoFunctions } from '../../../functions/function-handlers.ts';
import { MAX_ANSWERS } from '../../../functions/ingest/ingest-submission.ts';
import { sign } from '../../../functions/ingest/signature.ts';
import type { LogEntry } from '../../../functions/logger.ts';
import { openSheetsWorkbook } from '../../../functions/workbooks/sheets/sheets-workbook.ts';
import * as domainMsg from '../../../shared/messages/domain/index.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import type { Cell } from '../../../shared/workbook.ts';
import { aWorkbook, FORM_HEADER, formRow, settingsTab } from '../../builders.ts';
import { createSheetsFake } from '../../fakes/sheets-fake.ts';
import { type FunctionServer, serveFunction } from '../function-server.ts';
import { type MemoryWorkbook, memoryWorkbook } from '../memory-workbook.ts';

const SECRET = 'ingest-test-secret-0123456789-abcdefghij';
const NEXT_SECRET = 'ingest-test-next-secret-0123456789-abcdef';
const CANARY_EMAIL = 'canary.person@example.gov.tw';
const CANARY_TEXT = '金絲雀敘述文字';

type Answers = Record<string, string | string[]>;

/** A submission as Apps Script sends it, and the row the Form writes for it. */
function submission(responseId: string, answers: Answers, submittedAt = '2026-04-02T09:15:00+08:00') {
  const body = { responseId, submittedAt, email: CANARY_EMAIL, answers };
  const row = formRow({
    時間戳記: submittedAt,
    電子郵件地址: CANARY_EMAIL,
    ...(Object.fromEntries(Object.entries(answers).map(([key, value]) => [key, Array.isArray(value) ? value.join('\n') : value])) as Record<
      string,
      Cell
    >),
  });
  return { body, text: JSON.stringify(body), row };
}

/** `count` extra questions, each answered, beside the five a submission needs. */
const manyAnswers = (count: number): Answers => Object.fromEntries(Array.from({ length: count }, (_, i) => [`q${i + 1}`, '']));

const good = (responseId = 'r-good', overrides: Answers = {}, submittedAt?: string) =>
  submission(
    responseId,
    {
      填報單位: '民政課',
      具體作法: '2-1 辦理民眾滿意度調查',
      填報期間: '115年3月',
      辦理狀態: '辦理中',
      執行成效: `完成問卷設計${CANARY_TEXT}`,
      ...overrides,
    },
    submittedAt,
  );

let workbook: MemoryWorkbook;
let functions: GuankaoFunctions;
let server: FunctionServer;
let logs: LogEntry[];

async function post(
  text: string | Uint8Array,
  options: { secret?: string; timestamp?: number; type?: string; headers?: Record<string, string>; method?: string } = {},
) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(server.url, {
    method: options.method ?? 'POST',
    headers: {
      'content-type': options.type ?? 'application/json',
      'x-guankao-timestamp': String(timestamp),
      'x-guankao-signature': sign(options.secret ?? SECRET, timestamp, text),
      ...options.headers,
    },
    ...(options.method === 'GET' ? {} : { body: text }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    json: (await response.json()) as Record<string, unknown>,
  };
}

const cellsOf = (name: string) => JSON.stringify(workbook.tab(name)?.rows ?? null);

beforeAll(async () => {
  logs = [];
  workbook = memoryWorkbook(aWorkbook([]));
  const config: Config = { workbook: workbook.location, hmacSecrets: [SECRET, NEXT_SECRET], devSecret: false, port: 0 };
  functions = createFunctions(config, {
    log: (entry) => logs.push(entry),
    clock: systemClock,
    open: () => workbook,
    windowMs: 20,
    retryDelaysMs: [50],
  });
  server = await serveFunction('ingest', functions.ingest);
});

afterAll(async () => {
  await server.close();
  await functions.scheduler.settled();
});

beforeEach(async () => {
  await functions.scheduler.settled();
});

describe('ingest', () => {
  it('answers 通過 at once for a valid submission, and the rebuild it asks for counts it', async () => {
    const sent = good('r-1');
    workbook.appendRow('表單回應 1', sent.row);
    const answer = await post(sent.text);
    expect(answer.status).toBe(200);
    expect(answer.type).toContain('application/json');
    expect(answer.json).toEqual({ status: '通過', 檢核結果: '通過', problems: [] });
    await functions.scheduler.settled();
    expect(cellsOf('執行成效')).toContain(`完成問卷設計${CANARY_TEXT}`);
  });

  it('answers 有誤 with each problem and its column for a submission that breaks the rules', async () => {
    const sent = good('r-2', { 填報單位: '秘書室', 辦理狀態: '落後', 佐證資料: ['https://example.gov.tw/a', '不是連結'] });
    const answer = await post(sent.text);
    expect(answer.status).toBe(200);
    expect(answer.json.status).toBe('有誤');
    const problems = answer.json.problems as { 欄位: string; 說明: string }[];
    expect(problems.map((problem) => problem.欄位).sort()).toEqual(['佐證資料', '具體作法', '改善措施', '落後原因']);
    expect(answer.json.檢核結果).toContain('落後原因：');
  });

  it('accepts a request signed with the second active secret during a rotation', async () => {
    expect((await post(good('r-3').text, { secret: NEXT_SECRET })).status).toBe(200);
  });

  it('lets a body of exactly 1 MiB through the size limit', async () => {
    const base = good('r-big').text;
    const padded = base.replace('完成問卷設計', `完成問卷設計${'x'.repeat(1024 * 1024 - Buffer.byteLength(base))}`);
    expect(Buffer.byteLength(padded)).toBe(1024 * 1024);
    expect((await post(padded)).status).toBe(200);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const refusals: { name: string; status: number; detail: RegExp; send: () => ReturnType<typeof post> }[] = [
    {
      name: 'no signature headers',
      status: 401,
      detail: /缺少簽章/u,
      send: () => post(good().text, { headers: { 'x-guankao-signature': '', 'x-guankao-timestamp': '' } }),
    },
    {
      name: 'a signature made with another secret',
      status: 401,
      detail: /簽章不符/u,
      send: () => post(good().text, { secret: 'someone-else-secret-0123456789-abcdefghij' }),
    },
    { name: 'a timestamp 301 s old', status: 401, detail: /相差 301 秒/u, send: () => post(good().text, { timestamp: now() - 301 }) },
    { name: 'a timestamp 301 s ahead', status: 401, detail: /相差 301 秒/u, send: () => post(good().text, { timestamp: now() + 301 }) },
    {
      name: 'a digest one hex digit short',
      status: 401,
      detail: /格式有誤/u,
      send: () => post(good().text, { headers: { 'x-guankao-signature': `v1=${'a'.repeat(63)}` } }),
    },
    {
      name: 'a body of 1 MiB + 1 byte',
      status: 413,
      detail: /1,048,576/u,
      send: () => {
        const base = good('r-huge').text;
        return post(base.replace('完成問卷設計', `完成問卷設計${'x'.repeat(1024 * 1024 + 1 - Buffer.byteLength(base))}`));
      },
    },
    {
      name: 'Content-Type text/plain',
      status: 415,
      detail: /application\/json（收到：text\/plain/u,
      send: () => post(good().text, { type: 'text/plain' }),
    },
    {
      name: 'a form-encoded body (UrlFetchApp without contentType)',
      status: 415,
      detail: /application\/json/u,
      send: () => post('a=1', { type: 'application/x-www-form-urlencoded' }),
    },
    { name: 'malformed JSON', status: 400, detail: /不是有效的 JSON/u, send: () => post('{"responseId": "r",') },
    { name: 'bytes that are not UTF-8', status: 400, detail: /UTF-8/u, send: () => post(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])) },
    {
      name: 'an extra key',
      status: 400,
      detail: /不認得的欄位「admin」/u,
      send: () => post(JSON.stringify({ ...good().body, admin: true })),
    },
    {
      name: 'a __proto__ key',
      status: 400,
      detail: /不認得的欄位「__proto__」/u,
      send: () => post(good().text.replace('{"responseId"', '{"__proto__":{"admin":true},"responseId"')),
    },
    {
      name: 'a missing answers object',
      status: 400,
      detail: /缺少欄位「answers」/u,
      send: () => post(JSON.stringify({ responseId: 'r', submittedAt: '2026-04-02T09:15:00+08:00', email: '' })),
    },
    {
      name: 'a submittedAt without a time zone',
      status: 400,
      detail: /ISO 8601/u,
      send: () => post(JSON.stringify({ ...good().body, submittedAt: '2026-04-02 09:15' })),
    },
    {
      name: 'a number as an answer',
      status: 400,
      detail: /answers\.辦理狀態/u,
      send: () => post(JSON.stringify({ ...good().body, answers: { 辦理狀態: 3 } })),
    },
    { name: 'GET', status: 405, detail: /只接受 POST/u, send: () => post('', { method: 'GET' }) },
    {
      name: 'a submittedAt of 9999-12-31',
      status: 400,
      detail: /「submittedAt」.*晚於簽章時間/u,
      send: () => post(good('r-far', {}, '9999-12-31T23:59:59+08:00').text),
    },
    {
      name: 'a submittedAt 301 s after the signing time',
      status: 400,
      detail: /晚於簽章時間.*300 秒/u,
      send: () => post(good('r-ahead', {}, new Date((now() + 301) * 1000).toISOString()).text, { timestamp: now() }),
    },
    {
      name: `${MAX_ANSWERS + 1} answers`,
      status: 413,
      detail: new RegExp(`最多 ${MAX_ANSWERS} 個.*${MAX_ANSWERS + 1} 個`, 'u'),
      send: () => post(good('r-many', manyAnswers(MAX_ANSWERS + 1 - 5)).text),
    },
    { name: '70,000 answers', status: 413, detail: /70,005 個/u, send: () => post(good('r-flood', manyAnswers(70_000)).text) },
  ];

  it.each(refusals)('refuses $name with $status problem+json and never touches the workbook', async ({ status, detail, send }) => {
    const before = JSON.stringify(workbook.tabs());
    const reads = workbook.reads();
    const writes = workbook.writes();
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.type).toContain('application/problem+json');
    expect(answer.json).toMatchObject({ status, type: expect.stringMatching(/^urn:guankao:problem:/u), title: expect.any(String) });
    expect(String(answer.json.detail)).toMatch(detail);
    await functions.scheduler.settled();
    expect(JSON.stringify(workbook.tabs())).toBe(before);
    expect(workbook.reads()).toBe(reads);
    expect(workbook.writes()).toBe(writes);
  });

  it('accepts a submittedAt up to 300 s after the signing time (clocks differ), and any time before it', async () => {
    const signedAt = now();
    const ahead = good('r-clock', {}, new Date((signedAt + 300) * 1000).toISOString());
    expect((await post(ahead.text, { timestamp: signedAt })).status).toBe(200);
    // A response queued in 待送 (the service was down, a setting was wrong and then requeued, or an
    // old response the sweep found) is sent long after it arrived, and is checked like any other.
    const queued = good('r-queued', { 填報期間: '115年1月' }, '2026-01-20T08:00:00+08:00');
    const answer = await post(queued.text, { timestamp: signedAt });
    expect(answer.status).toBe(200);
    expect(answer.json.status).toBe('通過');
  });

  it(`takes a submission of ${MAX_ANSWERS} answers (a Form as large as they come)`, async () => {
    const answer = await post(good('r-large-form', manyAnswers(MAX_ANSWERS - 5)).text);
    expect(answer.status).toBe(200);
    expect(answer.json.status).toBe('通過');
  });

  it('answers a replayed request as before and changes nothing', async () => {
    const sent = good('r-replay');
    workbook.appendRow('表單回應 1', sent.row);
    const first = await post(sent.text);
    await functions.scheduler.settled();
    const after = JSON.stringify(workbook.tabs());
    const writes = workbook.writes();
    // The same body signed again later, as a retrying Apps Script would send it.
    const again = await post(sent.text, { timestamp: Math.floor(Date.now() / 1000) + 5 });
    await functions.scheduler.settled();
    expect(again).toEqual(first);
    expect(JSON.stringify(workbook.tabs())).toBe(after);
    expect(workbook.writes()).toBe(writes);
    expect(logs.some((entry) => entry.event === 'ingest.replay' && entry.responseId === 'r-replay')).toBe(true);
  });

  it('counts an edited response once, in its newer version', async () => {
    const original = good('r-edit', { 具體作法: '1-1 檢討各項申請表單', 執行成效: '初版內容' }, '2026-04-03T10:00:00+08:00');
    workbook.appendRow('表單回應 1', original.row);
    await post(original.text);
    await functions.scheduler.settled();
    expect(cellsOf('執行成效')).toContain('初版內容');
    // Forms rewrites the response's row in place, with the newer time.
    const edited = good('r-edit', { 具體作法: '1-1 檢討各項申請表單', 執行成效: '修正後內容' }, '2026-04-03T11:30:00+08:00');
    const rowNumber = (workbook.tab('表單回應 1')?.rows ?? []).findIndex((row) => row[0] === '2026-04-03T10:00:00+08:00') + 1;
    workbook.replaceRow('表單回應 1', rowNumber, edited.row);
    expect((await post(edited.text)).json.status).toBe('通過');
    await functions.scheduler.settled();
    const results = workbook.tab('執行成效')?.rows ?? [];
    const practice = results.find((row) => row[0] === '1-1');
    expect(String(practice?.[4])).toContain('修正後內容');
    expect(cellsOf('執行成效')).not.toContain('初版內容');
    const responses = (workbook.tab('表單回應 1')?.rows ?? []).filter((row) =>
      String(row[FORM_HEADER.indexOf('執行成效')]).includes('修正後內容'),
    );
    expect(responses).toHaveLength(1);
  });

  it('logs structured entries without e-mail addresses or narratives', () => {
    expect(logs.length).toBeGreaterThan(0);
    const text = logs.map((entry) => JSON.stringify(entry)).join('\n');
    expect(text).not.toContain(CANARY_EMAIL);
    expect(text).not.toContain(CANARY_TEXT);
    for (const entry of logs) {
      expect(entry.severity).toMatch(/^(DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL)$/u);
      expect(entry.message).toBeTruthy();
    }
    expect(logs.some((entry) => entry.event === 'rebuild.done' && typeof entry.durationMs === 'number' && entry.counts !== undefined)).toBe(
      true,
    );
  });
});

describe('ingest when the workbook is the problem', () => {
  async function serveWith(workbook: ReturnType<typeof memoryWorkbook> | import('../../../shared/workbook.ts').Workbook, name: string) {
    const captured: LogEntry[] = [];
    const config: Config = { workbook: workbook.location, hmacSecrets: [SECRET], devSecret: false, port: 0 };
    const built = createFunctions(config, {
      log: (entry) => captured.push(entry),
      clock: systemClock,
      open: () => workbook,
      windowMs: 10,
      retryDelaysMs: [],
    });
    const served = await serveFunction(name, built.ingest);
    const body = good('r-x').text;
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(served.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-guankao-timestamp': String(timestamp),
        'x-guankao-signature': sign(SECRET, timestamp, body),
      },
      body,
    });
    const answer = {
      status: response.status,
      type: response.headers.get('content-type'),
      retryAfter: response.headers.get('retry-after'),
      json: (await response.json()) as Record<string, unknown> & { detail: string },
    };
    await built.scheduler.settled();
    await served.close();
    return { answer, captured };
  }

  it('answers 503 naming the tab when the plan cannot be read, not a 500 and not the submitter’s fault', async () => {
    const { answer, captured } = await serveWith(memoryWorkbook({ tabs: [] }), 'ingest-unusable');
    expect(answer.status).toBe(503);
    expect(answer.type).toContain('application/problem+json');
    expect(answer.json.detail).toContain('「計畫」');
    expect(answer.json.detail).toContain('已收到填報');
    expect(captured.some((entry) => entry.event === 'ingest.workbook-unusable')).toBe(true);
  });

  it('answers 503 with Retry-After saying Google Sheets is busy when it still answers 429 after the retries', async () => {
    const fake = createSheetsFake({ rootUrl: 'http://sheets.ingest-busy.test/' });
    const msw = setupServer(
      ...fake.handlers,
      mswHttp.all(/^http:\/\/127\.0\.0\.1:\d+\//u, () => passthrough()),
    );
    msw.listen({ onUnhandledFrame: 'error' });
    try {
      const id = fake.createSpreadsheet(aWorkbook([]).tabs);
      fake.inject({ status: 429, times: 1_000 });
      const busy = openSheetsWorkbook(id, { rootUrl: fake.rootUrl, retry: { sleep: async () => undefined, random: () => 0.5 } });
      const { answer, captured } = await serveWith(busy, 'ingest-busy');
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('60');
      expect(answer.json).toMatchObject({
        type: 'urn:guankao:problem:service-busy',
        title: msg.problemTitles.busy,
        detail: msg.ingestServiceBusy,
      });
      expect(captured.find((entry) => entry.event === 'ingest.busy')).toMatchObject({
        severity: 'WARNING',
        status: 503,
        error: { name: 'ServiceBusy', code: 'SHEETS_QUOTA' },
      });
    } finally {
      msw.close();
    }
  });

  it('answers 503 with the reason, and no verdict, when 計畫年度 cannot be read: Apps Script keeps the response and sends it again', async () => {
    const tabs = aWorkbook([good('r-x').row]).tabs.map((tab) => (tab.name === '設定' ? settingsTab({ 計畫年度: '今年' }) : tab));
    const unreadable = memoryWorkbook({ tabs });
    const { answer } = await serveWith(unreadable, 'ingest-no-year');
    expect(answer.status).toBe(503);
    expect(answer.json).not.toHaveProperty('檢核結果');
    expect(answer.json.detail).toBe(msg.workbookUnavailable(domainMsg.settingsBadYear(4, '今年')));
    expect(answer.json.detail).not.toContain('。。');
    expect(unreadable.writes()).toBe(0);
    expect(unreadable.tab('表單回應 1')?.rows).toHaveLength(2);
  });

  it('answers 503 with Retry-After when the spreadsheet cannot be read, and still asks for a rebuild', async () => {
    const failing = {
      location: 'memory:failing',
      read: () => Promise.reject(new Error('The service is currently unavailable.')),
      write: () => Promise.resolve(),
    };
    const { answer, captured } = await serveWith(failing, 'ingest-unreadable');
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('60');
    expect(answer.json.detail).toContain('系統稍後會自動彙整');
    // The rebuild it asked for ran (and failed the same way).
    expect(captured.some((entry) => entry.event === 'rebuild.gave-up')).toBe(true);
  });
});
