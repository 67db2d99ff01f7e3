import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../functions/clock.ts';
import type { Config } from '../../functions/config.ts';
import { sign } from '../../functions/ingest/signature.ts';
import { type LocalServer, startLocalServer } from '../../functions/local-server.ts';
import type { LogEntry } from '../../functions/logger.ts';
import { aWorkbook, goodForm } from '../builders.ts';
import { csvWorkbookFolder } from './csv-workbook-folder.ts';
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

/** A POST as Apps Script or post-examples sends it: signed with `secret`, or unsigned when null. */
function post(path: string, body: string, secret: string | null, headers: Record<string, string> = {}) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = secret ? { 'x-guankao-timestamp': String(timestamp), 'x-guankao-signature': sign(secret, timestamp, body) } : {};
  return fetch(`${local.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...signature, ...headers }, body });
}

describe('the local server (npm start)', () => {
  it('serves POST /ingest, /consolidate and /yearEnd on one loopback port, each signed', async () => {
    expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    const body = JSON.stringify({
      responseId: 'local-1',
      submittedAt: '2026-04-02T09:15:00+08:00',
      email: '',
      answers: { 填報單位: '民政課', 具體作法: '2-1', 填報期間: '115年3月', 辦理狀態: '辦理中', 執行成效: '完成' },
    });
    const ingest = await post('/ingest', body, SECRET);
    expect(ingest.status).toBe(200);
    expect(await ingest.json()).toMatchObject({ status: '通過' });

    const consolidate = await post('/consolidate', '{"run":"consolidate"}', SECRET);
    expect(consolidate.status).toBe(200);
    expect(await consolidate.json()).toMatchObject({ status: '彙整完成', counts: { rows: 1, valid: 1 } });
    expect(workbook.tab('單位摘要')).toBeDefined();

    const yearEnd = await post('/yearEnd', '{"run":"yearEnd"}', SECRET);
    expect(yearEnd.status).toBe(200);
    expect(workbook.tab('年度執行成效一覽表')?.rows[0]).toEqual(['項次', '實施要項', '具體作法', '執行成效']);
    expect(workbook.tab('單位成效-民政課')).toBeDefined();
  });

  it.each(['/consolidate', '/yearEnd'])(
    'refuses an unsigned or wrongly signed POST %s with 401, and the workbook is neither read nor written',
    async (path) => {
      const [reads, writes] = [workbook.reads(), workbook.writes()];
      for (const secret of [null, 'someone-elses-secret-0123456789-abcdefghij']) {
        const answer = await post(path, '', secret);
        expect(answer.status).toBe(401);
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(((await answer.json()) as { detail: string }).detail).toMatch(/簽章/u);
      }
      await local.functions.scheduler.settled();
      expect([workbook.reads(), workbook.writes()]).toEqual([reads, writes]);
    },
  );

  it('refuses what a web page in a browser sends (an Origin header), signed or not, preflight included', async () => {
    const writes = workbook.writes();
    const origin = { origin: 'https://attacker.example' };
    for (const path of ['/consolidate', '/yearEnd', '/ingest']) {
      const answer = await post(path, '{}', SECRET, origin);
      expect(answer.status).toBe(403);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(((await answer.json()) as { detail: string }).detail).toContain('https://attacker.example');
    }
    const preflight = await fetch(`${local.url}/yearEnd`, {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    // A page served from the loopback address itself is refused too: a DNS-rebinding page is one.
    expect((await post('/consolidate', '{}', SECRET, { origin: local.url })).status).toBe(403);
    await local.functions.scheduler.settled();
    expect(workbook.writes()).toBe(writes);
    expect(logs.filter((entry) => entry.event === 'local.cross-origin')).toHaveLength(5);
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

// `npm start` and `npm run post-examples` as a developer runs them, each a process of its own in a
// fresh working folder: the server makes and prints a development secret, post-examples signs
// with it, and an unsigned run is refused.
describe('npm start and npm run post-examples', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGTERM');
  });

  const freePort = () =>
    new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });

  function run(script: string, args: string[], cwd: string, env: Record<string, string>) {
    const child = spawn(process.execPath, [join(root, 'functions', script), ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { stdout: () => stdout, stderr: () => stderr, exited };
  }

  it('signs with a secret of this machine that the server prints, so post-examples works and nothing unsigned runs', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'guankao-npm-start-'));
    const folder = csvWorkbookFolder(aWorkbook([goodForm({ 時間戳記: '2026-04-02T09:15:00+08:00' })]), 'guankao-npm-start-workbook-');
    const env = { GUANKAO_WORKBOOK: folder, PORT: String(await freePort()), GUANKAO_HMAC_SECRETS: '' };
    const server = run('local-server.ts', ['--dev'], cwd, env);
    await expect.poll(() => server.stdout(), { timeout: 20_000 }).toContain('"event":"server.listening"');

    const secret = readFileSync(join(cwd, 'out', 'local', 'dev-secret'), 'utf8').trim();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    const printed = server
      .stdout()
      .split('\n')
      .find((line) => line.includes('"event":"config.dev-secret"'));
    expect(printed).toContain(secret);

    const url = `http://127.0.0.1:${env.PORT}`;
    const unsigned = await fetch(`${url}/yearEnd`, { method: 'POST' });
    expect(unsigned.status).toBe(401);

    const examples = run('post-examples.ts', [], cwd, env);
    expect(await examples.exited).toBe(0);
    expect(examples.stderr()).toBe('');
    // Every signed example answered; only the deliberately unsigned one was refused.
    expect(examples.stdout().match(/HTTP \d+/gu)).toEqual(['HTTP 200', 'HTTP 200', 'HTTP 200', 'HTTP 200', 'HTTP 401', 'HTTP 200']);
    expect(examples.stdout()).toContain('彙整完成');
    expect(readFileSync(join(folder, '單位摘要.csv'), 'utf8')).toContain('民政課');
  });
});
