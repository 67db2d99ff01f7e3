import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sign } from '../../functions/ingest/signature.ts';
import { aWorkbook, goodForm } from '../builders.ts';
import { csvWorkbookFolder, folderBytes } from './csv-workbook-folder.ts';

// The deployable bundle, started the way Cloud Run functions start it: the functions framework's
// command line with --source and --target, over real HTTP on loopback, in its own process.

const root = new URL('../..', import.meta.url).pathname;
const SECRET = 'bundle-test-secret-0123456789-abcdefghijk';
const CANARY_EMAIL = 'bundle.canary@example.gov.tw';
// The package's exports hide package.json; its main module sits beside the command line.
const frameworkCli = join(dirname(createRequire(import.meta.url).resolve('@google-cloud/functions-framework')), 'main.js');

let child: ChildProcess;
let url: string;
let folder: string;
let stdout = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; framework output:\n${stdout}`);
}

function signed(body: string, headers: Record<string, string> = {}) {
  const timestamp = Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-guankao-timestamp': String(timestamp),
      'x-guankao-signature': sign(SECRET, timestamp, body),
      ...headers,
    },
    body,
  });
}

const submission = {
  responseId: 'bundle-1',
  submittedAt: '2026-04-02T09:15:00+08:00',
  email: CANARY_EMAIL,
  answers: { 填報單位: '民政課', 具體作法: '2-1 辦理民眾滿意度調查', 填報期間: '115年3月', 辦理狀態: '辦理中', 執行成效: '完成問卷設計' },
};

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'deploy', 'build.ts')], { cwd: root, stdio: 'pipe' });
  folder = csvWorkbookFolder(aWorkbook([goodForm({ 時間戳記: submission.submittedAt, 電子郵件地址: CANARY_EMAIL })]));
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  child = spawn(
    process.execPath,
    [frameworkCli, '--source', join(root, 'dist', 'functions'), '--target', 'ingest', '--port', String(port)],
    {
      env: { ...process.env, GUANKAO_WORKBOOK: folder, GUANKAO_HMAC_SECRETS: SECRET, GUANKAO_SHEETS_API_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  await waitFor(async () => (await fetch(url, { method: 'POST' }).catch(() => null)) !== null, 20_000, 'the framework to listen');
}, 120_000);

afterAll(() => {
  child?.kill('SIGTERM');
});

describe('the deployable bundle under the functions framework', () => {
  it('is a package the framework can load: index.js, its chunks and a package.json naming them', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'dist', 'functions', 'package.json'), 'utf8')) as {
      main: string;
      type: string;
      dependencies: Record<string, string>;
    };
    expect(manifest).toMatchObject({ main: 'index.js', type: 'module' });
    expect(Object.keys(manifest.dependencies)).toEqual(['@google-cloud/functions-framework']);
    expect(existsSync(join(root, 'dist', 'functions', 'index.js'))).toBe(true);
  });

  it('refuses an unsigned request, and a signed malformed one, with problem+json, leaving the workbook as it was', async () => {
    const before = folderBytes(folder);
    const unsigned = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission),
    });
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get('content-type')).toContain('application/problem+json');
    const malformed = await signed('{"responseId":');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    expect(((await malformed.json()) as { detail: string }).detail).toContain('不是有效的 JSON');
    const oversized = await signed(JSON.stringify({ ...submission, email: 'x'.repeat(1024 * 1024) }));
    expect(oversized.status).toBe(413);
    expect(folderBytes(folder)).toEqual(before);
  });

  it('answers a signed submission at once and then rebuilds the CSV workbook', async () => {
    const response = await signed(JSON.stringify(submission));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: '通過', 檢核結果: '通過', problems: [] });
    await waitFor(() => existsSync(join(folder, '執行成效.csv')), 20_000, 'the rebuild to write 執行成效.csv');
    expect(readFileSync(join(folder, '執行成效.csv'), 'utf8')).toContain('完成問卷設計');
  });

  it('logs one JSON object per line, without the submitter’s e-mail', async () => {
    await waitFor(() => stdout.includes('rebuild.done'), 20_000, 'the rebuild log');
    const lines = stdout.split('\n').filter((line) => line.startsWith('{'));
    const entries = lines.map((line) => JSON.parse(line) as { severity: string; message: string; event: string });
    expect(entries.map((entry) => entry.event)).toEqual(
      expect.arrayContaining(['ingest.unauthorized', 'ingest.badRequest', 'ingest.checked', 'rebuild.done']),
    );
    expect(stdout).not.toContain(CANARY_EMAIL);
  });
});
