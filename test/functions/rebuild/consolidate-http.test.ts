import type { AddressInfo } from 'node:net';
import { cloudEvent, http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { http as mswHttp, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../functions/config.ts';
import { createFunctions } from '../../../functions/function-handlers.ts';
import type { LogEntry } from '../../../functions/logger.ts';
import { openSheetsWorkbook } from '../../../functions/workbooks/sheets/sheets-workbook.ts';
import { WorkbookError } from '../../../functions/workbooks/workbook-error.ts';
import * as domainMsg from '../../../shared/messages/domain/index.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import type { Workbook } from '../../../shared/workbook.ts';
import { aTab, aWorkbook, goodForm, settingsTab } from '../../builders.ts';
import { createSheetsFake } from '../../fakes/sheets-fake.ts';
import { type MemoryWorkbook, memoryWorkbook } from '../memory-workbook.ts';
import { instantClock } from '../virtual-clock.ts';

// Every run reads this time (and its waits pass at once), so two runs stamp the same 彙整時間
// however long the machine takes between them.
const RUN_AT = Date.UTC(2026, 5, 15, 2, 0, 0);

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function setup(workbook: Workbook & Partial<MemoryWorkbook>) {
  const logs: LogEntry[] = [];
  const config: Config = { workbook: workbook.location, hmacSecrets: [], devSecret: false, port: 0 };
  const functions = createFunctions(config, {
    log: (entry) => logs.push(entry),
    clock: instantClock(RUN_AT),
    open: () => workbook,
    windowMs: 20,
    retryDelaysMs: [20, 20],
  });
  return { functions, logs };
}

async function listen(name: string): Promise<string> {
  const server = getTestServer(name);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A Pub/Sub message as Eventarc delivers it: a binary-mode CloudEvent. */
const pubsubEvent = (url: string, id: string) =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-id': id,
      'ce-source': '//pubsub.googleapis.com/projects/p/topics/guankao-consolidate',
      'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
    },
    body: JSON.stringify({ message: { data: Buffer.from('{"reason":"test"}').toString('base64'), messageId: id }, subscription: 's' }),
  });

describe('consolidate over HTTP (Cloud Scheduler)', () => {
  it('rebuilds and answers with the counts', async () => {
    const workbook = memoryWorkbook(aWorkbook([goodForm(), goodForm({ 填報單位: '工務課' })]));
    const { functions } = setup(workbook);
    http('consolidate', functions.consolidate);
    const response = await fetch(await listen('consolidate'), {
      method: 'POST',
      headers: { 'x-cloudscheduler-jobname': 'guankao-consolidate-hourly' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: '彙整完成', rounds: 1, counts: { rows: 2, valid: 1, invalid: 1 } });
    expect(workbook.tab('檢核錯誤')?.rows.filter((row) => row[0] === '表單回應 1')).toHaveLength(1);
  });

  it('is harmless when Scheduler fires twice at once: both succeed and the outputs are those of one run', async () => {
    const rows = [goodForm(), goodForm({ 填報單位: '社會課', 執行成效: '社會課成果' })];
    const once = memoryWorkbook(aWorkbook(rows));
    const twice = memoryWorkbook(aWorkbook(rows));
    const single = setup(once);
    await single.functions.scheduler.request();
    const { functions } = setup(twice);
    http('consolidate', functions.consolidate);
    const url = await listen('consolidate');
    const answers = await Promise.all([fetch(url, { method: 'POST' }), fetch(url, { method: 'POST' })]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(JSON.stringify(twice.tabs())).toBe(JSON.stringify(once.tabs()));
  });

  it('answers 422 naming the tab when the workbook cannot be used, and writes nothing', async () => {
    const workbook = memoryWorkbook({ tabs: [aTab('表單回應 1', [['時間戳記']])] });
    const { functions, logs } = setup(workbook);
    http('consolidate', functions.consolidate);
    const response = await fetch(await listen('consolidate'), { method: 'POST' });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toContain('計畫');
    expect(workbook.writes()).toBe(0);
    expect(logs.some((entry) => entry.event === 'consolidate.unusable' && entry.severity === 'ERROR')).toBe(true);
  });

  it('answers 422 naming 設定 and writes nothing when 計畫年度 cannot be read, rather than check rows against a guessed year', async () => {
    const tabs = aWorkbook([goodForm()]).tabs.map((tab) => (tab.name === '設定' ? settingsTab({ 計畫年度: '今年' }) : tab));
    const workbook = memoryWorkbook({ tabs });
    const { functions, logs } = setup(workbook);
    http('consolidate', functions.consolidate);
    const response = await fetch(await listen('consolidate'), { method: 'POST' });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { detail: string }).detail).toBe(domainMsg.settingsBadYear(4, '今年'));
    expect(workbook.writes()).toBe(0);
    expect(logs.some((entry) => entry.event === 'consolidate.unusable')).toBe(true);
  });

  it('answers 500 after the retries when the rebuild keeps failing in a way nobody foresaw, without a stack trace', async () => {
    const failing: Workbook = {
      location: 'memory:failing',
      read: () => Promise.reject(new TypeError('Cannot read properties of undefined', { cause: { code: 'BUG' } })),
      write: () => Promise.reject(new Error('unreachable')),
    };
    const { functions, logs } = setup(failing);
    http('consolidate', functions.consolidate);
    const response = await fetch(await listen('consolidate'), { method: 'POST' });
    expect(response.status).toBe(500);
    expect(response.headers.get('retry-after')).toBeNull();
    const body = (await response.json()) as { detail: string; type: string };
    expect(body).toMatchObject({ type: 'urn:guankao:problem:unexpected', detail: msg.consolidateUnexpected });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/u);
    expect(logs.filter((entry) => entry.event === 'rebuild.retry')).toHaveLength(2);
    expect(logs.find((entry) => entry.event === 'rebuild.gave-up')?.error).toMatchObject({ code: 'BUG' });
    expect(logs.find((entry) => entry.event === 'consolidate.failed')).toMatchObject({ severity: 'ERROR', status: 500 });
  });

  it('answers 422 with the message when a write finds the workbook unusable (not shared for editing)', async () => {
    const readOnly: Workbook = {
      location: 'memory:read-only',
      read: async () => aWorkbook([goodForm()]),
      write: () => Promise.reject(new WorkbookError('請把試算表共用給服務帳戶並設為「編輯者」。')),
    };
    const { functions } = setup(readOnly);
    http('consolidate', functions.consolidate);
    const response = await fetch(await listen('consolidate'), { method: 'POST' });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { detail: string }).detail).toBe('請把試算表共用給服務帳戶並設為「編輯者」。');
  });
});

describe('consolidate when Google Sheets stays busy (the Sheets API fake, faults injected)', () => {
  const fake = createSheetsFake({ rootUrl: 'http://sheets.busy.test/' });
  // The functions' own loopback server is real HTTP; every other request must be the fake's.
  const msw = setupServer(
    ...fake.handlers,
    mswHttp.all(/^http:\/\/127\.0\.0\.1:\d+\//u, () => passthrough()),
  );
  beforeAll(() => msw.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => fake.reset());
  afterAll(() => msw.close());

  function onFake(status: 429 | 503) {
    const id = fake.createSpreadsheet(aWorkbook([goodForm()]).tabs);
    fake.inject({ status, times: 1_000 });
    const logs: LogEntry[] = [];
    const retry = { sleep: async () => undefined, random: () => 0.5 };
    const config: Config = { workbook: id, hmacSecrets: [], devSecret: false, port: 0, sheetsApiUrl: fake.rootUrl };
    const open = (location: string) => openSheetsWorkbook(location, { rootUrl: fake.rootUrl, retry });
    const functions = createFunctions(config, {
      log: (entry) => logs.push(entry),
      clock: instantClock(RUN_AT),
      open,
      windowMs: 1,
      retryDelaysMs: [1],
    });
    return { id, functions, logs };
  }

  it.each([
    { status: 429 as const, said: msg.sheetsQuotaExhausted },
    { status: 503 as const, said: msg.sheetsUnavailable('HTTP 503') },
  ])(
    'answers $status from Sheets, after every retry, with a 503 service-busy problem and Retry-After, saying so',
    async ({ status, said }) => {
      const { id, functions, logs } = onFake(status);
      http('consolidate', functions.consolidate);
      const response = await fetch(await listen('consolidate'), { method: 'POST' });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('60');
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toEqual({
        type: 'urn:guankao:problem:service-busy',
        title: msg.problemTitles.busy,
        status: 503,
        detail: said,
      });
      expect(fake.tabs(id).map((tab) => tab.name)).not.toContain('執行成效');
      expect(logs.find((entry) => entry.event === 'consolidate.busy')).toMatchObject({
        severity: 'WARNING',
        status: 503,
        error: { name: 'ServiceBusy' },
      });
    },
  );

  it('answers a year-end run the same way', async () => {
    const { functions } = onFake(429);
    http('yearEndHttp', functions.yearEndHttp);
    const response = await fetch(await listen('yearEndHttp'), { method: 'POST' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(((await response.json()) as { detail: string }).detail).toBe(msg.sheetsQuotaExhausted);
  });
});

describe('the CloudEvent functions (Pub/Sub)', () => {
  it('consolidateEvent rebuilds the workbook for a Pub/Sub message', async () => {
    const workbook = memoryWorkbook(aWorkbook([goodForm()]));
    const { functions } = setup(workbook);
    cloudEvent('consolidateEvent', functions.consolidateEvent);
    const response = await pubsubEvent(await listen('consolidateEvent'), 'event-1');
    expect(response.status).toBeLessThan(300);
    expect(workbook.tab('執行成效')).toBeDefined();
  });

  it('yearEnd writes the 年度執行成效一覽表 and one summary per unit, and a second run replaces them', async () => {
    const workbook = memoryWorkbook(aWorkbook([goodForm()]));
    const { functions } = setup(workbook);
    cloudEvent('yearEnd', functions.yearEnd);
    const url = await listen('yearEnd');
    expect((await pubsubEvent(url, 'year-end-1')).status).toBeLessThan(300);
    // Tab by tab: a backend may keep the tabs the system rebuilds after the users' tabs.
    const byName = () => JSON.stringify([...workbook.tabs()].sort((a, b) => (a.name < b.name ? -1 : 1)));
    const first = byName();
    expect(workbook.tab('年度執行成效一覽表')?.rows[0]).toEqual(['項次', '實施要項', '具體作法', '執行成效']);
    expect(workbook.tabs().map((tab) => tab.name)).toEqual(
      expect.arrayContaining(['單位成效-秘書室', '單位成效-民政課', '單位成效-社會課', '年度成效']),
    );
    expect(workbook.tab('年度成效')?.rows[0]).toEqual(['項次', '具體作法', '狀態', '系統草稿', '公告文字', '草稿依據']);
    expect((await pubsubEvent(url, 'year-end-2')).status).toBeLessThan(300);
    expect(byName()).toBe(first);
  });

  it('consolidateEvent writes nothing and logs why when 計畫年度 is missing, without asking Pub/Sub to redeliver', async () => {
    const tabs = aWorkbook([goodForm()]).tabs.map((tab) => (tab.name === '設定' ? settingsTab({ 計畫年度: '' }) : tab));
    const workbook = memoryWorkbook({ tabs });
    const { functions, logs } = setup(workbook);
    await expect(functions.consolidateEvent()).resolves.toBeUndefined();
    expect(workbook.writes()).toBe(0);
    expect(logs.find((entry) => entry.event === 'consolidate.unusable')?.error).toMatchObject({
      message: domainMsg.settingsYearBlank(4, 115),
    });
  });

  it('fails the event (so Pub/Sub redelivers it) when the rebuild failed for good', async () => {
    const failing: Workbook = {
      location: 'memory:failing',
      read: () => Promise.reject(new Error('quota')),
      write: () => Promise.resolve(),
    };
    const { functions } = setup(failing);
    await expect(functions.consolidateEvent()).rejects.toThrow('quota');
  });
});
