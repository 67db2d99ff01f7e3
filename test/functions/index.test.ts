import type { AddressInfo } from 'node:net';
import { getFunction, getTestServer } from '@google-cloud/functions-framework/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// functions/index.ts as the framework loads it: configuration from the environment, four
// registrations, logs as JSON lines on stdout.

const lines: string[] = [];
const saved = { ...process.env };

beforeAll(async () => {
  Object.assign(process.env, {
    GUANKAO_WORKBOOK: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
    GUANKAO_HMAC_SECRETS: 'index-test-secret-0123456789-abcdefghijkl',
    GUANKAO_SHEETS_API_URL: 'http://127.0.0.1:9/',
    FUNCTION_TARGET: 'ingest',
  });
  await import('../../functions/index.ts');
});

afterAll(() => {
  process.env = saved;
});

describe('functions/index.ts', () => {
  it('registers ingest, consolidate, consolidateEvent and yearEnd', () => {
    for (const name of ['ingest', 'consolidate', 'consolidateEvent', 'yearEnd']) expect(typeof getFunction(name)).toBe('function');
  });

  it('serves ingest through the framework and logs the refusal as one JSON line on stdout', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const server = getTestServer('ingest');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const entry = JSON.parse(lines.find((line) => line.includes('ingest.unauthorized')) ?? '{}') as Record<string, unknown>;
    expect(entry).toMatchObject({
      severity: 'WARNING',
      event: 'ingest.unauthorized',
      status: 401,
      spreadsheetId: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
    });
    expect(typeof entry.timestamp).toBe('string');
  });
});
