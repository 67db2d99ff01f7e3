import type { ServerResponse } from 'node:http';
import * as msg from '../../shared/messages.ts';
import { closeAfterAnswer, readBody } from './ingest-body.ts';
import type { HttpHandler, HttpRequest } from './ingest-http.ts';
import { sendProblem } from './ingest-problem.ts';
import { checkSignatureHeaders, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from './signature.ts';

// The Sheet menu's 立即彙整 and 產生年度成效 reach the functions through the public ingest service
// (the only URL Apps Script knows), signed like a submission; `consolidate` itself stays private,
// for Cloud Scheduler's OIDC token. A replayed run request only runs an idempotent rebuild again.

/** What the public service needs to tell its routes apart and check a signed run. */
export interface PublicServiceDeps {
  readonly secrets: readonly string[];
  readonly now: () => number;
  readonly ingest: HttpHandler;
  readonly consolidate: HttpHandler;
  readonly yearEnd: HttpHandler;
}

/** The ingest service: `POST /` and `/ingest` take submissions; `POST /consolidate` and `/yearEnd` run, when signed. */
export function publicServiceHandler(deps: PublicServiceDeps): HttpHandler {
  const routes: Record<string, HttpHandler> = {
    '/consolidate': signedOnly(deps, deps.consolidate),
    '/yearEnd': signedOnly(deps, deps.yearEnd),
  };
  return (req, res) => (routes[new URL(req.url ?? '/', 'http://localhost').pathname] ?? deps.ingest)(req, res);
}

function signedOnly(deps: PublicServiceDeps, run: HttpHandler): HttpHandler {
  const unauthorized = (res: ServerResponse, detail: string) =>
    sendProblem(res, { kind: 'unauthorized', status: 401, title: msg.problemTitles.unauthorized, detail }, { 'WWW-Authenticate': 'GuankaoSignature realm="run"' });
  return async (req: HttpRequest, res: ServerResponse) => {
    const nowSeconds = Math.floor(deps.now() / 1000);
    const headers = { timestamp: req.headers[TIMESTAMP_HEADER], signature: req.headers[SIGNATURE_HEADER] };
    const early = checkSignatureHeaders(headers, nowSeconds);
    if (!early.ok) return unauthorized(res, early.reason);
    const body = await readBody(req);
    if (body.tooLarge) {
      closeAfterAnswer(req, res);
      sendProblem(res, { kind: 'tooLarge', status: 413, title: msg.problemTitles.tooLarge, detail: msg.bodyTooLarge(1024 * 1024) });
      return;
    }
    const verified = verifySignature({ ...headers, body: body.bytes }, deps.secrets, nowSeconds);
    if (!verified.ok) return unauthorized(res, verified.reason);
    await run(req, res);
  };
}
