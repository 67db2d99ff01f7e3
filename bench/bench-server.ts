// `npm start` as Apps Script meets it: the local server over a benchmark workbook, sent signed
// submissions one after another, each first appended to the form's tab as Google Forms does; every
// ingest asks for a rebuild, which the server runs in the background. Stopped with SIGTERM, the
// server finishes the rebuilds it owes before it exits (local-server.ts), so its last rebuild log
// says how many rows the workbook held by then.
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SIGNATURE_HEADER, sign, TIMESTAMP_HEADER } from '../functions/ingest/signature.ts';
import { peakHook } from './bench-process.ts';
import { FORM_TAB, submission } from './bench-workbook.ts';

const SECRET = 'bench-secret-bench-secret-bench-secret-0000';

/** What one server run showed. */
export interface ServerRun {
  /** From spawn to the server's `server.listening` log. */
  readonly startMs: number;
  /** Each ingest's answer time, in the order sent. */
  readonly latenciesMs: readonly number[];
  /** Ingests answered 200. */
  readonly answered: number;
  readonly rebuilds: number;
  /** Rows the last rebuild counted, and the rows the workbook held at the end. */
  readonly lastRebuildRows: number | null;
  readonly expectedRows: number;
  readonly outcome: 'settled' | 'out of memory' | 'failed' | 'timed out' | 'killed';
  readonly peakRssMiB: number;
}

/** Starts the server over `folder` (holding `rows` form rows), sends `ingests` submissions, stops it and reports. */
export async function serveAndIngest(
  folder: string,
  rows: number,
  options: { ingests: number; nodeFlags?: readonly string[]; settle: boolean; timeoutMs: number },
): Promise<ServerRun> {
  const port = await freePort();
  const hook = peakHook();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...hook.args, ...(options.nodeFlags ?? []), join(import.meta.dirname, '..', 'functions', 'local-server.ts')],
    {
      env: { ...process.env, NODE_OPTIONS: '', ...hook.env, GUANKAO_WORKBOOK: folder, GUANKAO_HMAC_SECRETS: SECRET, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const events = watchLog(child);
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (code, signal) => done({ code, signal })),
  );
  const deadline = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  let timedOut = false;
  child.on('close', () => clearTimeout(deadline));
  deadline.unref();

  const latencies: number[] = [];
  let answered = 0;
  let startMs = Number.NaN;
  try {
    await events.waitFor('server.listening', options.timeoutMs);
    startMs = performance.now() - started;
    for (let n = 0; n < options.ingests; n++) {
      const { body, row } = submission(n, Date.now());
      appendFileSync(join(folder, `${FORM_TAB}.csv`), row);
      const timestamp = Math.floor(Date.now() / 1000);
      const sent = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/ingest`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: sign(SECRET, timestamp, body),
        },
        body,
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - sent);
      if (response.status === 200) answered++;
    }
  } catch {
    // The server died or never listened: the outcome below says which.
  }
  if (options.settle) child.kill('SIGTERM');
  else child.kill('SIGKILL');
  const { code, signal } = await exited;
  if (signal === 'SIGKILL' && options.settle) timedOut = true;
  const peakRssMiB = hook.read();
  hook.dispose();
  const rebuilds = events.all.filter((entry) => entry.event === 'rebuild.done' || entry.event === 'rebuild.unsettled');
  const outOfMemory = /heap out of memory|Allocation failed/u.test(stderr);
  const outcome: ServerRun['outcome'] = outOfMemory
    ? 'out of memory'
    : timedOut
      ? 'timed out'
      : !options.settle
        ? 'killed'
        : code === 0
          ? 'settled'
          : 'failed';
  return {
    startMs,
    latenciesMs: latencies,
    answered,
    rebuilds: rebuilds.length,
    lastRebuildRows: rebuilds.at(-1)?.counts?.rows ?? null,
    expectedRows: rows + options.ingests,
    outcome,
    peakRssMiB,
  };
}

interface LogLine {
  readonly event?: string;
  readonly counts?: Readonly<Record<string, number>>;
}

function watchLog(child: ChildProcess) {
  const all: LogLine[] = [];
  const waiting = new Map<string, () => void>();
  let buffer = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    buffer += text;
    let end = buffer.indexOf('\n');
    while (end >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf('\n');
      try {
        const entry = JSON.parse(line) as LogLine;
        all.push(entry);
        if (entry.event) waiting.get(entry.event)?.();
      } catch {
        // Not a log line.
      }
    }
  });
  return {
    all,
    waitFor: (event: string, timeoutMs: number) =>
      new Promise<void>((resolve, reject) => {
        if (all.some((entry) => entry.event === event)) return resolve();
        const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
        child.once('close', () => reject(new Error(`the server ended before ${event}`)));
        waiting.set(event, () => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
