// The Sheet menu's 建立明年度活頁簿 in Google mode: a signed `POST /rollForward` (signed-run.ts) naming
// an empty spreadsheet the coordinator made and shared with the service account. The functions read
// this year's workbook (and the units' own spreadsheets) as consolidate does, and write next year's
// into that spreadsheet. Only a spreadsheet may be named: a request never writes a local file.
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import * as msg from '../../shared/messages/functions/index.ts';
import type { Workbook } from '../../shared/workbook.ts';
import type { HttpRequest } from '../http/http-handler.ts';
import { sendJson, sendProblem } from '../http/problem.ts';
import { errorField, type LogEntry, type Logger } from '../logger.ts';
import { failureAnswer } from '../rebuild/consolidate-http.ts';
import type { OpenOptions } from '../workbooks/open-workbook.ts';
import { spreadsheetIdOf } from '../workbooks/workbook-location.ts';
import { runRollForward } from './roll-forward-run.ts';

/** What the run needs: this year's workbook, how to open the units' spreadsheets, the clock. */
export interface RollForwardDeps {
  readonly workbook: Workbook;
  readonly open: (location: string) => Workbook;
  readonly now: () => number;
  readonly options: OpenOptions;
  readonly log: Logger;
  readonly fields: Pick<LogEntry, 'spreadsheetId' | 'workbook'>;
}

/** The body the Sheet menu sends. */
export const RollForwardRequest = z.object({ run: z.literal('rollForward'), requestedAt: z.string(), out: z.string().min(1) });

/** What it answers with: next year's plan as written. */
export interface RollForwardAnswer {
  readonly status: string;
  readonly rocYear: number;
  readonly practices: number;
  readonly units: number;
  readonly notes: number;
  readonly spreadsheetId: string;
}

/** Handles a signed roll-forward request whose body has been read and verified. */
export function rollForwardHandler(deps: RollForwardDeps): (req: HttpRequest, res: ServerResponse, body: Buffer) => Promise<void> {
  return async (_req, res, body) => {
    const request = RollForwardRequest.safeParse(parseJson(body));
    const spreadsheetId = request.success ? spreadsheetIdOf(request.data.out) : null;
    if (!request.success || !spreadsheetId) {
      const detail = request.success ? msg.rollForwardNotSpreadsheet(request.data.out) : msg.rollForwardBadRequest;
      sendProblem(res, { kind: 'badRequest', status: 400, title: msg.problemTitles.badRequest, detail });
      return;
    }
    try {
      const run = await runRollForward(deps.workbook, spreadsheetId, { now: deps.now, open: deps.open }, deps.options);
      if (!run.ok) {
        sendProblem(res, { kind: 'unavailable', status: 422, title: msg.problemTitles.unavailable, detail: run.reason });
        return;
      }
      const { plan } = run.value.run;
      const answer: RollForwardAnswer = {
        status: msg.rollForwardDone,
        rocYear: run.value.rolled.rocYear,
        practices: plan.practices.length,
        units: plan.units.units.length,
        notes: run.value.rolled.notes,
        spreadsheetId,
      };
      sendJson(res, 200, answer);
    } catch (error) {
      const failed = failureAnswer(error);
      deps.log({
        severity: failed.severity,
        event: `roll-forward.${failed.event}`,
        message: msg.logRollForwardFailed,
        status: failed.problem.status,
        ...deps.fields,
        error: errorField(error),
      });
      sendProblem(res, failed.problem, failed.headers);
    }
  };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}
