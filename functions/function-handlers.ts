import type { Workbook } from '../shared/workbook.ts';
import type { YearEnd } from '../shared/year-end.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import { openFunctionWorkbook } from './function-workbooks.ts';
import type { HttpHandler } from './http/http-handler.ts';
import { installBodyGuard } from './http/request-body.ts';
import { ingestHandler } from './ingest/ingest-http.ts';
import { createPlanCache, PLAN_TTL_MS, readPlanTabs } from './ingest/ingest-plan.ts';
import { createReplayMemory } from './ingest/ingest-replays.ts';
import { publicServiceHandler } from './ingest/signed-run.ts';
import { type Logger, workbookFields } from './logger.ts';
import { consolidateEventHandler, consolidateHandler, yearEndEventHandler, yearEndHttpHandler } from './rebuild/consolidate-http.ts';
import { createRebuildScheduler, type RebuildScheduler } from './rebuild/rebuild-scheduler.ts';
import { type RebuildOutcome, rebuildUntilStable } from './rebuild/stable-rebuild.ts';
import { createWriteRateGuard } from './rebuild/write-rate-guard.ts';
import { rollForwardHandler } from './roll-forward/roll-forward-http.ts';
import { spreadsheetIdOf } from './workbooks/workbook-location.ts';
import { type ExtraChanges, yearEndRun } from './year-end/year-end-run.ts';

// The composition root shared by functions/index.ts (the deployed functions) and
// functions/local-server.ts (`npm start`): one scheduler, one rate guard and one plan cache per
// process, so every entry point of an instance shares them.

/** Outside things the handlers need; tests pass a capturing logger and a compressed clock. */
export interface FunctionDeps {
  readonly log: Logger;
  readonly clock: Clock;
  /** Opens a workbook (default: openWorkbook with the configured Sheets API root). */
  readonly open?: (location: string) => Workbook;
  /** The most write requests one Sheets Workbook.write() may send, retries included. */
  readonly sheetsWriteCost?: number;
  readonly windowMs?: number;
  readonly retryDelaysMs?: readonly number[];
  readonly planTtlMs?: number;
}

/** The four entry points, plus the scheduler so a caller can wait for the system to settle. */
export interface GuankaoFunctions {
  readonly ingest: HttpHandler;
  /** The deployed public service: ingest, plus the Sheet menu's signed runs (signed-run.ts). */
  readonly publicService: HttpHandler;
  readonly consolidate: HttpHandler;
  readonly yearEndHttp: HttpHandler;
  readonly consolidateEvent: () => Promise<void>;
  readonly yearEnd: () => Promise<void>;
  readonly scheduler: RebuildScheduler<RebuildOutcome>;
}

/**
 * A Sheets write is at most 3 requests (Workbook budget: ≤ 5 calls with 2 reads) and each may be
 * sent up to 4 times by the retry policy: 12 booked per write keeps the worst case in budget.
 */
const SHEETS_WRITE_COST = 12;

/** Builds the handlers over the configured workbook. */
export function createFunctions(config: Config, deps: FunctionDeps): GuankaoFunctions {
  installBodyGuard();
  const options = config.sheetsApiUrl ? { sheetsApiUrl: config.sheetsApiUrl } : {};
  const open = deps.open ?? ((location: string) => openFunctionWorkbook(location, { ...options, relativeTo: config.workbook }));
  const workbook = deps.open ? deps.open(config.workbook) : openFunctionWorkbook(config.workbook, options);
  const spreadsheetId = spreadsheetIdOf(config.workbook);
  const isLocal = spreadsheetId === null;
  const fields = workbookFields(config.workbook, spreadsheetId);
  const now = () => deps.clock.now();
  const guard = createWriteRateGuard({ clock: deps.clock, log: deps.log, fields });
  const plans = createPlanCache({ read: () => readPlanTabs(workbook), now, ttlMs: deps.planTtlMs ?? PLAN_TTL_MS });

  const rebuild = (extra?: ExtraChanges) =>
    rebuildUntilStable({
      workbook,
      open,
      now,
      log: deps.log,
      fields,
      // Local files have no quota; a unit's own spreadsheet may be Google even when the main workbook is not.
      guard,
      writeCost: isLocal ? 0 : (deps.sheetsWriteCost ?? SHEETS_WRITE_COST),
      onSnapshot: (snapshot) => plans.offer(snapshot),
      ...(extra ? { extraChanges: extra } : {}),
    });

  const scheduler = createRebuildScheduler<RebuildOutcome>({
    run: async () => {
      const outcome = await rebuild();
      // Input still moving after the last round: look again later rather than loop here.
      if (outcome.kind === 'done' && !outcome.stable) void scheduler.request().catch(() => undefined);
      return outcome;
    },
    clock: deps.clock,
    log: deps.log,
    fields,
    ...(deps.windowMs !== undefined ? { windowMs: deps.windowMs } : {}),
    ...(deps.retryDelaysMs !== undefined ? { retryDelaysMs: deps.retryDelaysMs } : {}),
  });

  // A Google workbook with GUANKAO_DRIVE_FOLDER also gets its year-end documents in Drive; the
  // Drive client is imported on first use, so it costs a cold start nothing.
  const { drive } = config;
  const publish =
    drive && spreadsheetId
      ? async (year: YearEnd) => {
          const { publishYearEndToDrive } = await import('./year-end/year-end-google.ts');
          await publishYearEndToDrive(year.input, {
            folderId: drive.folderId,
            sourceSpreadsheetId: spreadsheetId,
            ...(drive.apiUrl ? { driveApiUrl: drive.apiUrl } : {}),
            ...(config.sheetsApiUrl ? { sheetsApiUrl: config.sheetsApiUrl } : {}),
          });
        }
      : undefined;
  const consolidateDeps = { scheduler, yearEnd: () => scheduler.exclusive(() => yearEndRun(rebuild, publish)), log: deps.log, fields };
  const ingest = ingestHandler({
    secrets: config.hmacSecrets,
    plans,
    replays: createReplayMemory({ now }),
    // The scheduler logs a failure itself; ingest has answered already.
    requestRebuild: () => void scheduler.request().catch(() => undefined),
    now,
    log: deps.log,
    fields,
  });
  const consolidate = consolidateHandler(consolidateDeps);
  const yearEndHttp = yearEndHttpHandler(consolidateDeps);
  const rollForward = rollForwardHandler({ workbook, open, now, options, log: deps.log, fields });
  return {
    ingest,
    publicService: publicServiceHandler({
      secrets: config.hmacSecrets,
      now,
      ingest,
      consolidate,
      yearEnd: yearEndHttp,
      rollForward,
      log: deps.log,
      fields,
    }),
    consolidate,
    yearEndHttp,
    consolidateEvent: consolidateEventHandler(consolidateDeps),
    yearEnd: yearEndEventHandler(consolidateDeps),
    scheduler,
  };
}
