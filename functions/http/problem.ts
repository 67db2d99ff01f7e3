import type { ServerResponse } from 'node:http';
import * as msg from '../../shared/messages/functions/index.ts';

// RFC 9457 problem details: `application/problem+json` with type, title, status and a zh-TW detail.

/** The kinds of problem the functions answer with; each has a stable type URI. */
export const PROBLEM_TYPES = {
  tooLarge: 'urn:guankao:problem:body-too-large',
  unsupportedType: 'urn:guankao:problem:unsupported-media-type',
  badRequest: 'urn:guankao:problem:malformed-request',
  unauthorized: 'urn:guankao:problem:bad-signature',
  methodNotAllowed: 'urn:guankao:problem:method-not-allowed',
  notFound: 'urn:guankao:problem:not-found',
  crossOrigin: 'urn:guankao:problem:cross-origin',
  unavailable: 'urn:guankao:problem:workbook-unavailable',
  busy: 'urn:guankao:problem:service-busy',
  unexpected: 'urn:guankao:problem:unexpected',
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

/** The Retry-After, in seconds, of a `busy` problem: Sheets refills its per-minute quota within one. */
export const BUSY_RETRY_AFTER_SECONDS = 60;

/** A problem to answer with: its kind, HTTP status, zh-TW title and detail. */
export interface HttpProblem {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly title: string;
  readonly detail: string;
}

/** A refusal to answer with: the problem and its extra headers (Allow, Retry-After, WWW-Authenticate…). */
export interface Refusal {
  readonly problem: HttpProblem;
  readonly headers: Readonly<Record<string, string>>;
}

/** The answer to any method but POST: every entry point takes POST only. */
export const POST_ONLY: Refusal = {
  problem: { kind: 'methodNotAllowed', status: 405, title: msg.problemTitles.methodNotAllowed, detail: msg.postOnly },
  headers: { Allow: 'POST' },
};

/** One problem+json body. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
}

/** Answers with a problem+json body; `headers` adds e.g. Allow or Retry-After. */
export function sendProblem(res: ServerResponse, problem: HttpProblem, headers: Readonly<Record<string, string>> = {}): void {
  const body: ProblemBody = { type: PROBLEM_TYPES[problem.kind], title: problem.title, status: problem.status, detail: problem.detail };
  send(res, problem.status, 'application/problem+json; charset=utf-8', body, headers);
}

/** Answers with a JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  send(res, status, 'application/json; charset=utf-8', body, headers);
}

function send(res: ServerResponse, status: number, type: string, body: unknown, headers: Readonly<Record<string, string>>): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Language', 'zh-TW');
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
