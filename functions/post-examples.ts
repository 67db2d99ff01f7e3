// `npm run post-examples`: posts signed example submissions to the local server (`npm start`),
// then a signed 立即彙整, and prints each answer, as Apps Script would see it. Without
// GUANKAO_HMAC_SECRETS it signs with the development secret `npm start` keeps (local-dev-secret.ts).
// The examples name a real practice and unit of the workbook the server serves, so one passes and
// the others show the problems a unit meets.
import * as msg from '../shared/messages/functions/index.ts';
import type { Plan } from '../shared/plan.ts';
import type { Status } from '../shared/status.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { planView, readPlanTabs } from './ingest/ingest-plan.ts';
import type { IngestBody } from './ingest/ingest-submission.ts';
import { SIGNATURE_HEADER, sign, TIMESTAMP_HEADER } from './ingest/signature.ts';
import { localDevSecret } from './local-dev-secret.ts';
import { localWorkbook } from './local-server.ts';
import { openWorkbook } from './workbooks/open-workbook.ts';

/** Builds example submissions for a plan: one that passes, then ones with typical mistakes. */
export function exampleSubmissions(plan: Plan, now: number): { title: string; body: IngestBody }[] {
  const practice = plan.practices.find((candidate) => candidate.units.length > 0) ?? plan.practices[0];
  const unit = practice?.units[0] ?? plan.units.names()[0] ?? '秘書室';
  const id = practice?.id ?? '1';
  const today = new Date(now + 8 * 3_600_000);
  const month = today.getUTCFullYear() === plan.settings.year ? today.getUTCMonth() + 1 : 12;
  const period = `${plan.settings.rocYear}年${month}月`;
  const submittedAt = new Date(now).toISOString();
  const base = { 填報單位: unit, 具體作法: `${id} ${practice?.text ?? ''}`.trim(), 填報期間: period };
  return [
    {
      title: msg.exampleTitles.passes(unit, id, period),
      body: {
        responseId: 'example-1',
        submittedAt,
        email: 'unit@example.gov.tw',
        answers: {
          ...base,
          辦理狀態: '辦理中' satisfies Status,
          執行成效: '已完成第一階段作業，並召開說明會 2 場、參與 45 人次。',
          佐證資料: ['https://example.gov.tw/report-1'],
        },
      },
    },
    {
      title: msg.exampleTitles.lateWithoutReasons,
      body: {
        responseId: 'example-2',
        submittedAt,
        email: 'unit@example.gov.tw',
        answers: { ...base, 辦理狀態: '落後' satisfies Status, 執行成效: '進度延後。' },
      },
    },
    {
      title: msg.exampleTitles.unknownUnitFuturePeriod,
      body: {
        responseId: 'example-3',
        submittedAt,
        email: 'unit@example.gov.tw',
        answers: {
          ...base,
          填報單位: '不存在課',
          填報期間: `${plan.settings.rocYear + 1}年1月`,
          辦理狀態: '已完成' satisfies Status,
          執行成效: '完成。',
        },
      },
    },
  ];
}

async function post(url: string, body: string, secret: string | null): Promise<{ status: number; json: unknown }> {
  const timestamp = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret) {
    headers[TIMESTAMP_HEADER] = String(timestamp);
    headers[SIGNATURE_HEADER] = sign(secret, timestamp, body);
  }
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, json: await response.json() };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = localWorkbook(loadConfig(process.env, { requireSecrets: true, devSecret: () => localDevSecret() }), process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const base = process.env.GUANKAO_URL ?? `http://127.0.0.1:${config.port}`;
  // Sign with the newest secret, as Apps Script does after a rotation.
  const secret = config.hmacSecrets.at(-1) ?? null;
  const view = planView(
    await readPlanTabs(openWorkbook(config.workbook, config.sheetsApiUrl ? { sheetsApiUrl: config.sheetsApiUrl } : {})),
  );
  if (!view.ok) {
    process.stderr.write(`${view.reason}\n`);
    process.exitCode = 2;
    return;
  }
  const show = (title: string, answer: { status: number; json: unknown }) =>
    process.stdout.write(`\n▶ ${title}\n  HTTP ${answer.status}\n${JSON.stringify(answer.json, null, 2).replace(/^/gmu, '  ')}\n`);

  const examples = exampleSubmissions(view.value.plan, Date.now());
  for (const example of examples) show(example.title, await post(`${base}/ingest`, JSON.stringify(example.body), secret));
  const first = examples[0];
  if (first) show(msg.exampleTitles.replay, await post(`${base}/ingest`, JSON.stringify(first.body), secret));
  show(msg.exampleTitles.unsigned, await post(`${base}/ingest`, JSON.stringify(first?.body ?? {}), null));
  show(
    msg.exampleTitles.consolidate,
    await post(`${base}/consolidate`, JSON.stringify({ run: 'consolidate', requestedAt: new Date().toISOString() }), secret),
  );
  process.stdout.write(`\n${msg.postExamplesDone(base)}\n`);
}

if (import.meta.main) {
  try {
    await main();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    process.stderr.write(`${msg.postExamplesFailed(cause?.code === 'ECONNREFUSED' ? msg.postExamplesNoServer : String(error))}\n`);
    process.exitCode = 1;
  }
}
