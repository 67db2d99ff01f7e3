// `npm start`: the functions on one local server. The functions framework serves one target per
// process (as Cloud Run does, one function per service), so locally a plain node:http server
// serves what the deployed public service serves — POST /ingest, and the Sheet menu's /consolidate
// and /yearEnd, every one signed (signed-run.ts). The private, unsigned consolidate of a
// deployment has no local twin: loopback is open to every program and every web page on the
// machine, so nothing here runs without a signature, and a request from a browser page (it carries
// an Origin header; Apps Script and post-examples send none) is refused before anything is read.
// The handlers use only Node's request and response API, so they run the same under both.
import { cpSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as msg from '../shared/messages/functions/index.ts';
import { systemClock } from './clock.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createFunctions, type FunctionDeps, type GuankaoFunctions } from './function-handlers.ts';
import { sendProblem } from './http/problem.ts';
import { closeAfterAnswer } from './http/request-body.ts';
import { DEV_SECRET_FILE, localDevSecret } from './local-dev-secret.ts';
import { jsonLogger } from './logger.ts';

/** A running local server. */
export interface LocalServer {
  readonly url: string;
  readonly server: Server;
  readonly functions: GuankaoFunctions;
  close(): Promise<void>;
}

/** Serves the functions on 127.0.0.1 (`port` 0 picks a free one). */
export async function startLocalServer(config: Config, deps: FunctionDeps, port = config.port): Promise<LocalServer> {
  const functions = createFunctions(config, deps);
  const paths: ReadonlySet<string> = new Set(['/ingest', '/consolidate', '/yearEnd', '/rollForward']);
  const server = createServer((req, res) => {
    const { origin } = req.headers;
    if (origin !== undefined) {
      closeAfterAnswer(req, res);
      sendProblem(res, { kind: 'crossOrigin', status: 403, title: msg.problemTitles.crossOrigin, detail: msg.localCrossOrigin(origin) });
      deps.log({
        severity: 'WARNING',
        event: 'local.cross-origin',
        message: msg.logRequestRejected,
        status: 403,
        workbook: config.workbook,
      });
      return;
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!paths.has(path)) {
      sendProblem(res, { kind: 'notFound', status: 404, title: msg.problemTitles.notFound, detail: msg.localRouteUnknown(path) });
      return;
    }
    void functions.publicService(req, res);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    server,
    functions,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await functions.scheduler.settled();
    },
  };
}

/**
 * Without GUANKAO_WORKBOOK the server works on a copy of the embedded example in out/local/, so
 * consolidating never rewrites the committed example.
 */
export function localWorkbook(config: Config, env: Readonly<Record<string, string | undefined>>): Config {
  if (env.GUANKAO_WORKBOOK?.trim()) return config;
  const copy = resolve('out', 'local', basename(config.workbook));
  if (!existsSync(copy) && existsSync(config.workbook)) cpSync(config.workbook, copy, { recursive: true });
  return { ...config, workbook: copy };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false } } });
  const log = jsonLogger((line) => process.stdout.write(line));
  let config: Config;
  try {
    config = localWorkbook(
      loadConfig(process.env, { requireSecrets: true, ...(values.dev ? { devSecret: () => localDevSecret() } : {}) }),
      process.env,
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const [secret] = config.hmacSecrets;
  if (config.devSecret && secret)
    log({ severity: 'WARNING', event: 'config.dev-secret', message: msg.logDevSecret(secret, DEV_SECRET_FILE), workbook: config.workbook });
  const local = await startLocalServer(config, { log, clock: systemClock });
  log({ severity: 'INFO', event: 'server.listening', message: msg.logServerListening(local.url), workbook: config.workbook });
  const stop = () => void local.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.main) await main();
