// A body over the limit that arrives chunked (no Content-Length, so Node cannot tell in advance)
// must not leave the keep-alive connection hung after the 413: the next request on the same agent
// gets an answer or a clean close, and the server can close.
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../functions/clock.ts';
import type { Config } from '../../../functions/config.ts';
import { createFunctions } from '../../../functions/function-handlers.ts';
import type { HttpHandler } from '../../../functions/http/http-handler.ts';
import { sign } from '../../../functions/ingest/signature.ts';
import { aWorkbook } from '../../builders.ts';
import { memoryWorkbook } from '../memory-workbook.ts';

const SECRET = 'body-limit-test-secret-0123456789-abcdefg';
const MiB = 1024 * 1024;

type Answer = { status: number; connection: string | undefined } | { error: string };

/** POSTs `size` bytes in 64 KiB chunks (Transfer-Encoding: chunked) on `agent`. */
function post(url: string, agent: Agent, size: number): Promise<Answer> {
  return new Promise((resolve) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const body = Buffer.alloc(size, 0x78);
    const req = request(url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        'x-guankao-timestamp': String(timestamp),
        'x-guankao-signature': sign(SECRET, timestamp, body),
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
    // Once the server has answered and closed, the rest of the upload may fail: that is the clean close.
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    const chunk = 64 * 1024;
    const write = (offset: number): void => {
      if (offset >= body.length) {
        req.end();
        return;
      }
      if (req.write(body.subarray(offset, offset + chunk))) setImmediate(() => write(offset + chunk));
      else req.once('drain', () => write(offset + chunk));
    };
    write(0);
  });
}

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);

let opened: { server: Server; agent: Agent } | null = null;
afterEach(() => {
  opened?.agent.destroy();
  opened?.server.closeAllConnections();
  opened = null;
});

async function serve(handler: HttpHandler): Promise<{ base: string; agent: Agent; server: Server }> {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  opened = { server, agent: new Agent({ keepAlive: true, maxSockets: 1 }) };
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, ...opened };
}

describe('a chunked body over 1 MiB', () => {
  const workbook = memoryWorkbook(aWorkbook([]));
  const config: Config = { workbook: workbook.location, hmacSecrets: [SECRET], devSecret: false, port: 0 };
  const functions = createFunctions(config, {
    log: () => undefined,
    clock: systemClock,
    open: () => workbook,
    windowMs: 10,
    retryDelaysMs: [],
  });

  it.each([
    ['/ingest', functions.ingest],
    ['/consolidate (a signed run)', functions.publicService],
  ] as const)('on %s is refused with 413 and Connection: close, and the connection does not hang', async (path, handler) => {
    const { base, agent, server } = await serve(handler);
    const url = `${base}${path.split(' ')[0]}`;
    const reads = workbook.reads();
    const first = await within(post(url, agent, 2 * MiB), 5000, 'the oversize request');
    expect(first).toEqual({ status: 413, connection: 'close' });
    expect(workbook.reads()).toBe(reads);
    // The agent's one socket must be free again: an answer (on a new socket) or a clean error, never a hang.
    const second = await within(post(url, agent, 10), 5000, 'the request after it');
    expect('status' in second ? second.status : second.error).toSatisfy((outcome) =>
      typeof outcome === 'number' ? outcome !== 413 : ['ECONNRESET', 'EPIPE'].includes(outcome),
    );
    await within(new Promise<void>((done) => server.close(() => done())), 5000, 'server.close()');
  });
});
