import type { ServerResponse } from 'node:http';
import * as msg from '../../shared/messages/functions/index.ts';
import type { HttpHandler, HttpRequest } from '../http/http-handler.ts';
import { POST_ONLY, sendProblem } from '../http/problem.ts';
import { errorField, type LogEntry, type Logger } from '../logger.ts';
import { readSignedBody } from './signed-request.ts';

// The Sheet menu's 立即彙整, 產生年度成效 and 建立明年度活頁簿 reach the functions through the public ingest service
// (the only URL Apps Script knows), signed like a submission; `consolidate` itself stays private,
// for Cloud Scheduler's OIDC token. A replayed run request only runs an idempotent rebuild again.

/** What the public service needs to tell its routes apart, check a signed run and log what it refuses. */
export interface PublicServiceDeps {
  readonly secrets: readonly string[];
  readonly now: () => number;
  readonly ingest: HttpHandler;
  readonly consolidate: HttpHandler;
  readonly yearEnd: HttpHandler;
  /** The Sheet menu's 建立明年度活頁簿: gets the verified body, which names the new spreadsheet. */
  readonly rollForward: SignedRun;
  readonly log: Logger;
  readonly fields: Pick<LogEntry, 'spreadsheetId' | 'workbook'>;
}

/** A run that reads the request's verified body. */
export type SignedRun = (req: HttpRequest, res: ServerResponse, body: Buffer) => Promise<void>;

/** The ingest service: `POST /` and `/ingest` take submissions; `POST /consolidate`, `/yearEnd` and `/rollForward` run, when signed. */
export function publicServiceHandler(deps: PublicServiceDeps): HttpHandler {
  const routes: Record<string, HttpHandler> = {
    '/consolidate': signedOnly(deps, 'consolidate', (req, res) => deps.consolidate(req, res)),
    '/yearEnd': signedOnly(deps, 'year-end', (req, res) => deps.yearEnd(req, res)),
    '/rollForward': signedOnly(deps, 'roll-forward', deps.rollForward),
  };
  return (req, res) => (routes[new URL(req.url ?? '/', 'http://localhost').pathname] ?? deps.ingest)(req, res);
}

// As ingest: every refusal is logged, and one catch answers what was not foreseen without leaking it.
function signedOnly(deps: PublicServiceDeps, name: string, run: SignedRun): HttpHandler {
  return async (req: HttpRequest, res: ServerResponse) => {
    const started = deps.now();
    try {
      // As ingest: the method first, so a GET learns it needs a POST rather than a signature.
      if (req.method !== 'POST') {
        sendProblem(res, POST_ONLY.problem, POST_ONLY.headers);
        return;
      }
      const body = await readSignedBody(req, res, { secrets: deps.secrets, nowMs: started, realm: 'run' });
      if (!body.ok) {
        sendProblem(res, body.refusal.problem, body.refusal.headers);
        deps.log({
          severity: 'WARNING',
          event: `${name}.${body.refusal.problem.kind}`,
          message: msg.logRequestRejected,
          status: body.refusal.problem.status,
          durationMs: deps.now() - started,
          ...deps.fields,
        });
        return;
      }
      await run(req, res, body.bytes);
    } catch (error) {
      deps.log({
        severity: 'ERROR',
        event: `${name}.unexpected`,
        message: msg.consolidateUnexpected,
        status: 500,
        ...deps.fields,
        error: errorField(error),
      });
      if (!res.headersSent)
        sendProblem(res, { kind: 'unexpected', status: 500, title: msg.problemTitles.unexpected, detail: msg.consolidateUnexpected });
      else res.end();
    }
  };
}
