// The one way a signed request is checked, for ingest and for the Sheet menu's signed runs:
// the headers first (refused before a byte of the body is read), then the body within the limit,
// then the HMAC over the exact bytes.
import type { ServerResponse } from 'node:http';
import * as msg from '../../shared/messages/functions/index.ts';
import type { HttpRequest } from '../http/http-handler.ts';
import type { Refusal } from '../http/problem.ts';
import { BODY_LIMIT, closeAfterAnswer, readBody } from '../http/request-body.ts';
import { checkSignatureHeaders, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from './signature.ts';

/**
 * The body of a correctly signed request and when it was signed (Unix seconds, within the window
 * of `nowMs`), or the refusal to send: 401 (with `WWW-Authenticate` for `realm`) or 413. A body
 * refused part-way is set to close its connection after the answer.
 */
export async function readSignedBody(
  req: HttpRequest,
  res: ServerResponse,
  check: { readonly secrets: readonly string[]; readonly nowMs: number; readonly realm: string },
): Promise<{ ok: true; bytes: Buffer; signedAt: number } | { ok: false; refusal: Refusal }> {
  const unauthorized = (detail: string): { ok: false; refusal: Refusal } => ({
    ok: false,
    refusal: {
      problem: { kind: 'unauthorized', status: 401, title: msg.problemTitles.unauthorized, detail },
      headers: { 'WWW-Authenticate': `GuankaoSignature realm="${check.realm}"` },
    },
  });
  const nowSeconds = Math.floor(check.nowMs / 1000);
  const headers = { timestamp: req.headers[TIMESTAMP_HEADER], signature: req.headers[SIGNATURE_HEADER] };
  const early = checkSignatureHeaders(headers, nowSeconds);
  if (!early.ok) return unauthorized(early.reason);
  const body = await readBody(req);
  if (body.tooLarge) {
    closeAfterAnswer(req, res);
    return {
      ok: false,
      refusal: {
        problem: { kind: 'tooLarge', status: 413, title: msg.problemTitles.tooLarge, detail: msg.bodyTooLarge(BODY_LIMIT) },
        headers: {},
      },
    };
  }
  const verified = verifySignature({ ...headers, body: body.bytes }, check.secrets, nowSeconds);
  if (!verified.ok) return unauthorized(verified.reason);
  return { ok: true, bytes: body.bytes, signedAt: Number(early.value.timestamp) };
}
