import * as msg from '../../shared/messages/apps-script.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

type Properties = GoogleAppsScript.Properties.Properties;

/** Script properties the coordinator sets in 專案設定 › 指令碼屬性. */
export const PROPERTY = {
  /** Where `ingest` is (its URL, or the base URL of `npm start`). */
  functionUrl: 'FUNCTION_URL',
  /** The shared secret(s), comma-separated while one is being rotated. */
  hmacSecret: 'HMAC_SECRET',
  /** Optional: `consolidate`, `yearEnd` and `rollForward` when they are services of their own. */
  consolidateUrl: 'CONSOLIDATE_URL',
  yearEndUrl: 'YEAR_END_URL',
  rollForwardUrl: 'ROLL_FORWARD_URL',
  /** Optional: 是 mails each submitter the problems found (as 設定 › 寄送檢核結果 does). */
  sendResults: 'SEND_CHECK_RESULTS',
  /** Internal: the period whose 催報 went out last, so a period is reminded once. */
  remindedPeriod: 'GUANKAO_REMINDED_PERIOD',
  /** Internal: the units mailed for that period (JSON list), so a second run mails only the others. */
  remindedUnits: 'GUANKAO_REMINDED_UNITS',
} as const;

/** The functions' addresses and the secrets to sign with. */
export interface Connection {
  readonly ingest: string;
  readonly consolidate: string;
  readonly yearEnd: string;
  readonly rollForward: string;
  readonly secrets: readonly string[];
}

/** A shared secret is at least this long (the functions refuse shorter ones, config.ts MIN_SECRET_LENGTH). */
const MIN_SECRET_LENGTH = 32;

/** Reads FUNCTION_URL and HMAC_SECRET; the failure says, in zh-TW, which property to set. */
export function readConnection(properties: Properties): Result<Connection> {
  const url = (properties.getProperty(PROPERTY.functionUrl) ?? '').trim();
  const secrets = (properties.getProperty(PROPERTY.hmacSecret) ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter(Boolean);
  if (!/^https?:\/\/[^/\s]+/u.test(url)) return fail(url ? msg.gasFunctionUrlInvalid(url) : msg.gasPropertyMissing(PROPERTY.functionUrl));
  if (secrets.length === 0) return fail(msg.gasPropertyMissing(PROPERTY.hmacSecret));
  if (secrets.some((secret) => secret.length < MIN_SECRET_LENGTH)) return fail(msg.gasSecretTooShort(MIN_SECRET_LENGTH));
  // Locally (`npm start`) the three share one base; deployed, ingest is its own service and serves every path.
  const base = url.replace(/\/+$/u, '').replace(/\/ingest$/u, '');
  const other = (name: string, path: string) => (properties.getProperty(name) ?? '').trim() || `${base}${path}`;
  return ok({
    ingest: `${base}/ingest`,
    consolidate: other(PROPERTY.consolidateUrl, '/consolidate'),
    yearEnd: other(PROPERTY.yearEndUrl, '/yearEnd'),
    rollForward: other(PROPERTY.rollForwardUrl, '/rollForward'),
    secrets,
  });
}
