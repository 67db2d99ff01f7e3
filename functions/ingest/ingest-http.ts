import type { ServerResponse } from 'node:http';
import * as msg from '../../shared/messages/functions/index.ts';
import type { HttpHandler, HttpRequest } from '../http/http-handler.ts';
import { BUSY_RETRY_AFTER_SECONDS, type HttpProblem, POST_ONLY, sendJson, sendProblem } from '../http/problem.ts';
import { contentTypeOf, isJsonType } from '../http/request-body.ts';
import { errorField, type LogEntry, type Logger } from '../logger.ts';
import { ServiceBusy, WorkbookError } from '../workbooks/workbook-error.ts';
import type { PlanCache } from './ingest-plan.ts';
import type { ReplayMemory } from './ingest-replays.ts';
import { checkSubmission, parseIngestBody } from './ingest-submission.ts';
import { readSignedBody } from './signed-request.ts';

/** What ingest needs: the secrets, the plan, a way to ask for a rebuild, the clock and a logger. */
export interface IngestDeps {
  readonly secrets: readonly string[];
  readonly plans: PlanCache;
  readonly replays: ReplayMemory;
  /** Asks for a consolidation; must not throw and is not awaited (the submitter is answered at once). */
  readonly requestRebuild: () => void;
  readonly now: () => number;
  readonly log: Logger;
  readonly fields: Pick<LogEntry, 'spreadsheetId' | 'workbook'>;
}

/**
 * `POST /ingest`: verifies the signature, checks the submission against the plan, answers with
 * its 檢核結果 at once and asks for a consolidation. Every refusal is problem+json with a zh-TW
 * detail, and none reads or writes the workbook.
 * @example http('ingest', ingestHandler({ secrets, plans, replays, requestRebuild, now, log, fields }))
 */
export function ingestHandler(deps: IngestDeps): HttpHandler {
  const refuse = (res: ServerResponse, started: number, problem: HttpProblem, headers: Readonly<Record<string, string>> = {}) => {
    sendProblem(res, problem, headers);
    deps.log({
      severity: 'WARNING',
      event: `ingest.${problem.kind}`,
      message: msg.logRequestRejected,
      status: problem.status,
      durationMs: deps.now() - started,
      ...deps.fields,
    });
  };

  const handle = async (req: HttpRequest, res: ServerResponse, started: number) => {
    if (req.method !== 'POST') {
      refuse(res, started, POST_ONLY.problem, POST_ONLY.headers);
      return;
    }
    const body = await readSignedBody(req, res, { secrets: deps.secrets, nowMs: deps.now(), realm: 'ingest' });
    if (!body.ok) {
      refuse(res, started, body.refusal.problem, body.refusal.headers);
      return;
    }
    const type = contentTypeOf(req);
    if (!isJsonType(type)) {
      refuse(
        res,
        started,
        { kind: 'unsupportedType', status: 415, title: msg.problemTitles.unsupportedType, detail: msg.unsupportedContentType(type) },
        { 'Accept-Post': 'application/json' },
      );
      return;
    }
    const parsed = parseIngestBody(body.bytes, body.signedAt);
    if (!parsed.ok) {
      const status = parsed.kind === 'tooLarge' ? 413 : 400;
      refuse(res, started, { kind: parsed.kind, status, title: msg.problemTitles[parsed.kind], detail: parsed.reason });
      return;
    }
    const submission = parsed.value;

    const replayed = deps.replays.recall(body.bytes);
    if (replayed) {
      sendJson(res, 200, replayed);
      deps.log({
        severity: 'INFO',
        event: 'ingest.replay',
        message: msg.logIngestReplay,
        status: 200,
        responseId: submission.responseId,
        durationMs: deps.now() - started,
        ...deps.fields,
      });
      return;
    }

    let view: Awaited<ReturnType<PlanCache['get']>>;
    try {
      view = await deps.plans.get();
    } catch (error) {
      // The response is in the form's tab already; the rebuild will count it once the workbook reads again.
      deps.requestRebuild();
      if (error instanceof ServiceBusy) {
        sendProblem(
          res,
          { kind: 'busy', status: 503, title: msg.problemTitles.busy, detail: msg.ingestServiceBusy },
          { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) },
        );
        deps.log({
          severity: 'WARNING',
          event: 'ingest.busy',
          message: msg.logRequestRejected,
          status: 503,
          responseId: submission.responseId,
          ...deps.fields,
          error: errorField(error),
        });
        return;
      }
      const detail = msg.workbookUnavailable(error instanceof WorkbookError ? error.message : msg.problemTitles.unavailable);
      sendProblem(res, { kind: 'unavailable', status: 503, title: msg.problemTitles.unavailable, detail }, { 'Retry-After': '60' });
      deps.log({
        severity: 'ERROR',
        event: 'ingest.workbook-unreadable',
        message: msg.logRequestRejected,
        status: 503,
        responseId: submission.responseId,
        ...deps.fields,
        error: errorField(error),
      });
      return;
    }
    if (!view.ok) {
      // The coordinator's workbook cannot be used (no 計畫 tab…): not the submitter's mistake.
      sendProblem(
        res,
        { kind: 'unavailable', status: 503, title: msg.problemTitles.unavailable, detail: msg.workbookUnavailable(view.reason) },
        { 'Retry-After': '300' },
      );
      deps.log({
        severity: 'ERROR',
        event: 'ingest.workbook-unusable',
        message: msg.logWorkbookUnusable,
        status: 503,
        responseId: submission.responseId,
        ...deps.fields,
      });
      return;
    }

    const answer = checkSubmission(view.value.plan, submission, view.value.formTab);
    deps.replays.remember(body.bytes, answer);
    sendJson(res, 200, answer);
    deps.requestRebuild();
    deps.log({
      severity: 'INFO',
      event: 'ingest.checked',
      message: msg.logIngestChecked,
      status: 200,
      responseId: submission.responseId,
      counts: { problems: answer.problems.length },
      durationMs: deps.now() - started,
      ...deps.fields,
    });
  };

  return async (req, res) => {
    const started = deps.now();
    try {
      await handle(req, res, started);
    } catch (error) {
      // One catch for the entry point: log what happened, answer without leaking it.
      deps.log({
        severity: 'ERROR',
        event: 'ingest.unexpected',
        message: msg.ingestUnexpected,
        status: 500,
        ...deps.fields,
        error: errorField(error),
      });
      if (!res.headersSent)
        sendProblem(res, { kind: 'unexpected', status: 500, title: msg.problemTitles.unexpected, detail: msg.ingestUnexpected });
      else res.end();
    }
  };
}
