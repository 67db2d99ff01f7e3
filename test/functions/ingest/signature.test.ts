import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sign, TOLERANCE_SECONDS, verifySignature } from '../../../functions/ingest/signature.ts';

// One fixed vector shared with the Apps Script signer; its digest was also checked with
// `printf '%s' "<timestamp>.<body>" | openssl dgst -sha256 -hmac <secret>`.
const vector = JSON.parse(readFileSync(new URL('../../fixtures/signature-vector.json', import.meta.url), 'utf8')) as {
  secret: string;
  timestamp: number;
  body: string;
  header: string;
};

const SECRET = 'a-secret-of-at-least-thirty-two-characters-0001';
const NEW_SECRET = 'another-secret-of-at-least-thirty-two-chars-0002';
const NOW = 1_772_673_300;
const BODY = Buffer.from('{"responseId":"r1","answers":{"執行成效":"完成１２０份"}}');

const request = (overrides: { timestamp?: string | undefined; signature?: string | undefined; body?: Buffer } = {}) => {
  const body = overrides.body ?? BODY;
  return {
    timestamp: 'timestamp' in overrides ? overrides.timestamp : String(NOW),
    signature: 'signature' in overrides ? overrides.signature : sign(SECRET, NOW, BODY),
    body,
  };
};

describe('signed submissions', () => {
  it('reproduces the shared test vector', () => {
    expect(sign(vector.secret, vector.timestamp, vector.body)).toBe(vector.header);
    expect(
      verifySignature(
        { timestamp: String(vector.timestamp), signature: vector.header, body: Buffer.from(vector.body) },
        [vector.secret],
        vector.timestamp,
      ).ok,
    ).toBe(true);
  });

  it('accepts a good signature', () => {
    expect(verifySignature(request(), [SECRET], NOW)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    {
      name: 'a signature made with another secret',
      req: request({ signature: sign('wrong-secret-wrong-secret-wrong-secret', NOW, BODY) }),
    },
    { name: 'a body changed by one byte', req: request({ body: Buffer.from(BODY.toString().replace('r1', 'r2')) }) },
    {
      name: 'a body re-serialised with other spacing',
      req: request({ body: Buffer.from(JSON.stringify(JSON.parse(BODY.toString()), null, 1)) }),
    },
    { name: 'a signature for another timestamp', req: request({ signature: sign(SECRET, NOW - 1, BODY) }) },
  ])('rejects $name', ({ req }) => {
    const result = verifySignature(req, [SECRET], NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('簽章不符');
  });

  it.each([-TOLERANCE_SECONDS, -299, 0, 299, TOLERANCE_SECONDS])('accepts a timestamp %i s from the server clock', (offset) => {
    const timestamp = NOW + offset;
    expect(verifySignature({ timestamp: String(timestamp), signature: sign(SECRET, timestamp, BODY), body: BODY }, [SECRET], NOW).ok).toBe(
      true,
    );
  });

  it.each([-TOLERANCE_SECONDS - 1, TOLERANCE_SECONDS + 1, -86_400, 10_000_000])(
    'rejects a timestamp %i s from the server clock, stale or future',
    (offset) => {
      const timestamp = NOW + offset;
      const result = verifySignature({ timestamp: String(timestamp), signature: sign(SECRET, timestamp, BODY), body: BODY }, [SECRET], NOW);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain(`相差 ${Math.abs(offset)} 秒`);
    },
  );

  it('accepts the second active secret while the first is being rotated out', () => {
    const req = request({ signature: sign(NEW_SECRET, NOW, BODY) });
    expect(verifySignature(req, [SECRET, NEW_SECRET], NOW).ok).toBe(true);
    expect(verifySignature(req, [SECRET], NOW).ok).toBe(false);
  });

  it('accepts one good signature among several, as a signer sends during a rotation', () => {
    const header = `v1=${'0'.repeat(64)}, ${sign(NEW_SECRET, NOW, BODY)},v2=whatever`;
    expect(verifySignature(request({ signature: header }), [NEW_SECRET], NOW).ok).toBe(true);
  });

  it.each([
    { name: 'hex one character short', signature: sign(SECRET, NOW, BODY).slice(0, -1) },
    { name: 'hex one character long', signature: `${sign(SECRET, NOW, BODY)}0` },
    { name: 'the first 8 characters', signature: sign(SECRET, NOW, BODY).slice(0, 11) },
    { name: 'an empty v1', signature: 'v1=' },
    { name: 'non-hex of the right length', signature: `v1=${'zz'.repeat(32)}` },
    { name: 'non-ASCII', signature: `v1=${'簽'.repeat(64)}` },
    { name: '10,000 characters', signature: `v1=${'a'.repeat(10_000)}` },
    { name: 'the wrong scheme', signature: sign(SECRET, NOW, BODY).replace('v1=', 'v0=') },
    { name: 'a bare digest', signature: sign(SECRET, NOW, BODY).slice(3) },
  ])('rejects a signature with $name, without throwing', ({ signature }) => {
    const result = verifySignature(request({ signature }), [SECRET], NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/X-Guankao-Signature 格式有誤|簽章不符/u);
  });

  it.each([
    { name: 'no signature header', req: request({ signature: undefined }), reason: '缺少簽章' },
    { name: 'no timestamp header', req: request({ timestamp: undefined }), reason: '缺少簽章' },
    { name: 'an empty timestamp', req: request({ timestamp: '' }), reason: '缺少簽章' },
    { name: 'a timestamp that is not a number', req: request({ timestamp: 'hello' }), reason: 'Unix 秒數' },
    { name: 'a timestamp in milliseconds', req: request({ timestamp: String(NOW * 1000) }), reason: '相差' },
    { name: 'two timestamps', req: request({ timestamp: `${NOW}, ${NOW}` }), reason: 'Unix 秒數' },
  ])('rejects a request with $name', ({ req, reason }) => {
    const result = verifySignature(req, [SECRET], NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('verifies what it signs for any text, CJK and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 0, max: 2 ** 31 }), (text, timestamp) => {
        const body = Buffer.from(text, 'utf8');
        return verifySignature({ timestamp: String(timestamp), signature: sign(SECRET, timestamp, text), body }, [SECRET], timestamp).ok;
      }),
      { numRuns: 300 },
    );
  });
});
