// A synchronous stand-in for the ingest function, built from the server's own pieces — the
// signature check (functions/ingest/signature.ts), the body schema and the plan check
// (functions/ingest/ingest-submission.ts) — so the bundle is answered exactly as the function would
// answer it, without HTTP. It keeps every submission it accepted, by response id.
import { checkSubmission, type IngestBody, parseIngestBody } from '../../functions/ingest/ingest-submission.ts';
import { verifySignature } from '../../functions/ingest/signature.ts';
import { RollForwardRequest } from '../../functions/roll-forward/roll-forward-http.ts';
import { parsePlan } from '../../shared/plan.ts';
import type { Snapshot } from '../../shared/workbook.ts';
import type { FetchAnswer, FetchRequest } from './fakes/url-fetch.ts';

/** How the double behaves: up, unreachable, or answering with a status. */
export type IngestMode = 'up' | 'down' | number;

export interface IngestDouble {
  mode: IngestMode;
  /** Accepted submissions by response id, in order of arrival (an edited response twice). */
  readonly accepted: Map<string, IngestBody[]>;
  /** Refused requests: status and detail. */
  readonly refused: { status: number; detail: string }[];
  /** The spreadsheets asked for by 建立明年度活頁簿, as sent. */
  readonly rolledForward: string[];
  handle(request: FetchRequest): FetchAnswer;
}

const problem = (status: number, detail: string): FetchAnswer => ({
  status,
  body: JSON.stringify({ type: 'about:blank', title: 'problem', status, detail }),
  headers: { 'Content-Type': 'application/problem+json' },
});

export function ingestDouble(options: { secrets: readonly string[]; workbook: Snapshot; now: () => number }): IngestDouble {
  const parsed = parsePlan(options.workbook);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { plan } = parsed.value;
  const double: IngestDouble = {
    mode: 'up',
    accepted: new Map(),
    refused: [],
    rolledForward: [],
    handle(request) {
      if (double.mode === 'down') throw new Error(`Exception: Address unavailable: ${request.url}`);
      if (typeof double.mode === 'number') return problem(double.mode, '暫時無法使用');
      const header = (name: string) => Object.entries(request.headers).find(([key]) => key.toLowerCase() === name)?.[1];
      const verified = verifySignature(
        { timestamp: header('x-guankao-timestamp'), signature: header('x-guankao-signature'), body: Buffer.from(request.payload, 'utf8') },
        options.secrets,
        Math.floor(options.now() / 1000),
      );
      if (!verified.ok) {
        double.refused.push({ status: 401, detail: verified.reason });
        return problem(401, verified.reason);
      }
      if (request.url.endsWith('/rollForward')) {
        // Answered as the function answers (functions/roll-forward/roll-forward-http.ts) once it has written next year's workbook.
        const asked = RollForwardRequest.parse(JSON.parse(request.payload));
        double.rolledForward.push(asked.out);
        const answer = {
          status: '已建立明年度活頁簿',
          rocYear: plan.settings.rocYear + 1,
          practices: plan.practices.length,
          units: plan.units.units.length,
          notes: 2,
          spreadsheetId: asked.out,
        };
        return { status: 200, body: JSON.stringify(answer) };
      }
      if (!request.url.endsWith('/ingest'))
        return {
          status: 200,
          body: JSON.stringify({ status: '彙整完成', counts: { rows: 1, valid: 1, counted: 1, invalid: 0, problems: 0 } }),
        };
      const body = parseIngestBody(Buffer.from(request.payload, 'utf8'), Number(header('x-guankao-timestamp')));
      if (!body.ok) {
        const status = body.kind === 'tooLarge' ? 413 : 400;
        double.refused.push({ status, detail: body.reason });
        return problem(status, body.reason);
      }
      double.accepted.set(body.value.responseId, [...(double.accepted.get(body.value.responseId) ?? []), body.value]);
      return { status: 200, body: JSON.stringify(checkSubmission(plan, body.value, '表單回應 1')) };
    },
  };
  return double;
}
