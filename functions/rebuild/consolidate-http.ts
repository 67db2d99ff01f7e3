import type { ServerResponse } from 'node:http';
import * as msg from '../../shared/messages/functions/index.ts';
import type { HttpHandler, HttpRequest } from '../http/http-handler.ts';
import { BUSY_RETRY_AFTER_SECONDS, type HttpProblem, POST_ONLY, sendJson, sendProblem } from '../http/problem.ts';
import { errorField, type LogEntry, type Logger, type Severity } from '../logger.ts';
import { ServiceBusy, WorkbookError } from '../workbooks/workbook-error.ts';
import type { RebuildScheduler } from './rebuild-scheduler.ts';
import type { RebuildOutcome } from './stable-rebuild.ts';

// `consolidate` is called by Cloud Scheduler with an OIDC token: deployed with
// --no-allow-unauthenticated, the platform checks the token before this code runs, so the handler
// has nothing to verify. Scheduler delivers at least once and may fire twice; that is harmless,
// because a rebuild is a pure function of the workbook and two requests close together share one.

/** What the consolidate entry points need. */
export interface ConsolidateDeps {
  readonly scheduler: RebuildScheduler<RebuildOutcome>;
  /** Runs a year-end rebuild (outputs plus the year-end tables), exclusive of other rebuilds. */
  readonly yearEnd: () => Promise<RebuildOutcome>;
  readonly log: Logger;
  readonly fields: Pick<LogEntry, 'spreadsheetId' | 'workbook'>;
}

/** The body `consolidate` and `yearEnd` answer with over HTTP. */
export interface ConsolidateAnswer {
  readonly status: string;
  readonly counts?: RunOutcomeCounts;
  readonly rounds?: number;
  readonly durationMs: number;
}

type RunOutcomeCounts = Extract<RebuildOutcome, { kind: 'done' }>['counts'];

/** `POST /consolidate`: asks for a rebuild, waits for it (the work runs while the request holds the CPU) and reports its counts. */
export function consolidateHandler(deps: ConsolidateDeps): HttpHandler {
  return runOverHttp(deps, 'consolidate', msg.rebuildDone, () => deps.scheduler.request());
}

/** `POST /yearEnd` on the local server: the year-end run over HTTP. */
export function yearEndHttpHandler(deps: ConsolidateDeps): HttpHandler {
  return runOverHttp(deps, 'year-end', msg.yearEndDone, () => deps.yearEnd());
}

/** The Pub/Sub CloudEvent form of consolidate: throws when the rebuild failed, so the event is redelivered. */
export function consolidateEventHandler(deps: ConsolidateDeps): () => Promise<void> {
  return async () => {
    const outcome = await deps.scheduler.request();
    if (outcome.kind === 'unusable') logUnusable(deps, 'consolidate', outcome);
  };
}

/** The year-end CloudEvent (Cloud Scheduler → Pub/Sub on 12/31 and 1/15). */
export function yearEndEventHandler(deps: ConsolidateDeps): () => Promise<void> {
  return async () => {
    const outcome = await deps.yearEnd();
    if (outcome.kind === 'unusable') logUnusable(deps, 'year-end', outcome);
    else
      deps.log({
        severity: 'INFO',
        event: 'year-end.done',
        message: msg.yearEndDone,
        ...deps.fields,
        counts: { ...outcome.counts },
        durationMs: outcome.durationMs,
      });
  };
}

// `done` is the answer's status: what the run did, in the caller's words.
function runOverHttp(deps: ConsolidateDeps, event: string, done: string, run: () => Promise<RebuildOutcome>): HttpHandler {
  return async (req: HttpRequest, res: ServerResponse) => {
    if (req.method !== 'POST') {
      sendProblem(res, POST_ONLY.problem, POST_ONLY.headers);
      return;
    }
    try {
      const outcome = await run();
      if (outcome.kind === 'unusable') {
        logUnusable(deps, event, outcome);
        // The workbook needs a person: 422 tells Scheduler not to count it as the service being down.
        sendProblem(res, { kind: 'unavailable', status: 422, title: msg.problemTitles.unavailable, detail: outcome.reason });
        return;
      }
      const answer: ConsolidateAnswer = { status: done, counts: outcome.counts, rounds: outcome.rounds, durationMs: outcome.durationMs };
      sendJson(res, 200, answer);
    } catch (error) {
      const failed = failureAnswer(error);
      deps.log({
        severity: failed.severity,
        event: `${event}.${failed.event}`,
        message: msg.logRebuildFailed,
        status: failed.problem.status,
        ...deps.fields,
        error: errorField(error),
      });
      if (!res.headersSent) sendProblem(res, failed.problem, failed.headers);
    }
  };
}

// A rebuild that threw after the scheduler's own retries, said as what it is, so the caller knows
// whether to wait (503: Scheduler's retry, Apps Script's 待送), fix the workbook (422), or tell us (500).
/** How a run that failed is answered and logged: Google busy (503, try later), the workbook unusable (422), or the unforeseen (500). */
export function failureAnswer(error: unknown): {
  severity: Severity;
  event: string;
  problem: HttpProblem;
  headers: Readonly<Record<string, string>>;
} {
  if (error instanceof ServiceBusy) {
    return {
      severity: 'WARNING',
      event: 'busy',
      problem: { kind: 'busy', status: 503, title: msg.problemTitles.busy, detail: error.message },
      headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) },
    };
  }
  if (error instanceof WorkbookError) {
    return {
      severity: 'ERROR',
      event: 'unusable',
      problem: { kind: 'unavailable', status: 422, title: msg.problemTitles.unavailable, detail: error.message },
      headers: {},
    };
  }
  return {
    severity: 'ERROR',
    event: 'failed',
    problem: { kind: 'unexpected', status: 500, title: msg.problemTitles.unexpected, detail: msg.consolidateUnexpected },
    headers: {},
  };
}

function logUnusable(deps: ConsolidateDeps, event: string, outcome: Extract<RebuildOutcome, { kind: 'unusable' }>): void {
  deps.log({
    severity: 'ERROR',
    event: `${event}.unusable`,
    message: msg.logWorkbookUnusable,
    ...deps.fields,
    error: { name: 'WorkbookUnusable', message: outcome.reason },
  });
}
