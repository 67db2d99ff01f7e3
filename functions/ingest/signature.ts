import { createHmac, timingSafeEqual } from 'node:crypto';
import * as msg from '../../shared/messages/functions/index.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

// SPEC.md › Signed submissions: HMAC-SHA256 over the exact bytes of `<timestamp>.<body>`, sent as
// `X-Guankao-Signature: v1=<hex>[,v1=<hex>…]` with `X-Guankao-Timestamp: <Unix seconds>`.

export const SIGNATURE_HEADER = 'x-guankao-signature';
export const TIMESTAMP_HEADER = 'x-guankao-timestamp';

/** How far, in seconds, a timestamp may be from the server's clock, in either direction. */
export const TOLERANCE_SECONDS = 300;

const DIGEST_BYTES = 32;
const hexDigest = /^[0-9a-f]{64}$/iu;

/**
 * The signature header value for a body, as Apps Script computes it.
 * @example sign('secret…', 1767225600, '{"responseId":"r1",…}') // → 'v1=5c0e…'
 */
export function sign(secret: string, timestamp: number | string, body: string | Uint8Array): string {
  return `v1=${digest(secret, String(timestamp), typeof body === 'string' ? Buffer.from(body, 'utf8') : body).toString('hex')}`;
}

/** What a request carries for verification; header values as Node hands them over. */
export interface SignedRequest {
  readonly timestamp: string | readonly string[] | undefined;
  readonly signature: string | readonly string[] | undefined;
  readonly body: Uint8Array;
}

/** Checks the headers that need no body: present, well formed, timestamp within the window of `nowSeconds`. */
export function checkSignatureHeaders(
  request: Omit<SignedRequest, 'body'>,
  nowSeconds: number,
): Result<{ timestamp: string; candidates: Buffer[] }> {
  const timestamp = single(request.timestamp);
  const signature = single(request.signature);
  if (timestamp === undefined || signature === undefined || timestamp.trim() === '' || signature.trim() === '') {
    return fail(msg.signatureHeadersMissing);
  }
  if (!/^\d{1,15}$/u.test(timestamp.trim())) return fail(msg.signatureTimestampMalformed);
  const skew = Math.abs(nowSeconds - Number(timestamp.trim()));
  if (skew > TOLERANCE_SECONDS) return fail(msg.signatureTimestampOutOfWindow(skew, TOLERANCE_SECONDS));
  const candidates: Buffer[] = [];
  for (const part of signature.split(',')) {
    const [scheme, value] = part.trim().split(/=(.*)/su);
    // Other schemes are skipped (a future v2 beside v1), as Stripe and Standard Webhooks do.
    if (scheme !== 'v1' || value === undefined) continue;
    // Only a well-formed digest can be compared: this is the length check timingSafeEqual needs.
    if (hexDigest.test(value)) candidates.push(Buffer.from(value, 'hex'));
  }
  if (candidates.length === 0) return fail(msg.signatureMalformed);
  return ok({ timestamp: timestamp.trim(), candidates });
}

/**
 * Verifies a signed request against any of the active secrets, in constant time per comparison.
 * @example verifySignature({ timestamp, signature, body }, ['secret…'], Date.now() / 1000)
 */
export function verifySignature(request: SignedRequest, secrets: readonly string[], nowSeconds: number): Result<void> {
  const headers = checkSignatureHeaders(request, nowSeconds);
  if (!headers.ok) return headers;
  let matched = false;
  for (const secret of secrets) {
    const expected = digest(secret, headers.value.timestamp, request.body);
    // Compare against every candidate without stopping early, so timing says nothing about which matched.
    for (const candidate of headers.value.candidates) {
      if (candidate.length === DIGEST_BYTES && timingSafeEqual(candidate, expected)) matched = true;
    }
  }
  return matched ? ok(undefined) : fail(msg.signatureMismatch);
}

function digest(secret: string, timestamp: string, body: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(body).digest();
}

// Node joins a repeated custom header with ", "; an array only comes from a caller building headers by hand.
function single(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.join(',');
}
