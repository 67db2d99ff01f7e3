import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import * as msg from '../shared/messages/functions/index.ts';
import { spreadsheetIdOf } from './workbooks/workbook-location.ts';

/** A configuration the process cannot run with; the message names the variable, in zh-TW. */
export class ConfigError extends Error {}

/** The functions' settings, read once from the environment (SPEC.md › Configuration). */
export interface Config {
  /** GUANKAO_WORKBOOK: a spreadsheet id or URL, or a local path. */
  readonly workbook: string;
  /** GUANKAO_HMAC_SECRETS: the active secrets, one or two; empty when the process does not serve ingest. */
  readonly hmacSecrets: readonly string[];
  /** True when hmacSecrets is this machine's development secret (never with a Google spreadsheet). */
  readonly devSecret: boolean;
  /** GUANKAO_SHEETS_API_URL: another root URL for the Sheets API (an emulator). */
  readonly sheetsApiUrl?: string;
  /** PORT: where the local server listens. */
  readonly port: number;
  /** GUANKAO_DRIVE_FOLDER (folder id) and GUANKAO_DRIVE_API_URL: where a Google workbook's year-end documents go. */
  readonly drive?: DriveSettings;
}

/** Where the year-end documents of a Google workbook are published (docs/year-end.md › Google mode). */
export interface DriveSettings {
  /** The Drive folder's id (GUANKAO_DRIVE_FOLDER, an id or a folder URL). */
  readonly folderId: string;
  /** Another root URL for the Drive API (an emulator); requests then carry no credentials. */
  readonly apiUrl?: string;
}

/** What the caller needs: ingest needs secrets; `npm start --dev` may fall back to a development secret. */
export interface LoadOptions {
  readonly requireSecrets?: boolean;
  /** Gives the development secret to use when none is set (local-dev-secret.ts); asked only for a local workbook. */
  readonly devSecret?: () => string;
}

/** A shared secret is at least this long (Standard Webhooks asks for 24 bytes; 32 characters of base64 is more). */
export const MIN_SECRET_LENGTH = 32;

/** The embedded example workbook served when GUANKAO_WORKBOOK is not set. */
export const DEFAULT_WORKBOOK = 'examples/wanhua-115';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const EnvSchema = z.object({
  GUANKAO_WORKBOOK: z.preprocess(blankToUndefined, z.string().optional()),
  GUANKAO_HMAC_SECRETS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((text) =>
        text
          .split(',')
          .map((secret) => secret.trim())
          .filter(Boolean),
      )
      .check((ctx) => {
        if (ctx.value.length > 2)
          ctx.issues.push({ code: 'custom', input: ctx.value, message: msg.configSecretsTooMany(ctx.value.length) });
        ctx.value.forEach((secret, index) => {
          if (secret.length < MIN_SECRET_LENGTH) {
            ctx.issues.push({ code: 'custom', input: '', message: msg.configSecretTooShort(index + 1, MIN_SECRET_LENGTH) });
          }
        });
      })
      .optional(),
  ),
  GUANKAO_SHEETS_API_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((value) => URL.canParse(value) && /^https?:$/u.test(new URL(value).protocol), {
        error: (issue) => msg.configNotUrl(String(issue.input)),
      })
      .optional(),
  ),
  GUANKAO_DRIVE_FOLDER: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((value, ctx) => {
        const id = driveFolderIdOf(value);
        if (id === null) ctx.issues.push({ code: 'custom', input: value, message: msg.configNotDriveFolder(value) });
        return id ?? '';
      })
      .optional(),
  ),
  GUANKAO_DRIVE_API_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((value) => URL.canParse(value) && /^https?:$/u.test(new URL(value).protocol), {
        error: (issue) => msg.configNotUrl(String(issue.input)),
      })
      .optional(),
  ),
  PORT: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{1,5}$/u, { error: (issue) => msg.configNotPort(String(issue.input)) })
      .transform(Number)
      .refine((port) => port >= 1 && port <= 65_535, { error: (issue) => msg.configNotPort(String(issue.input)) })
      .default(8080),
  ),
});

/**
 * Reads and checks the environment once; throws a ConfigError whose message names the variable.
 * @example loadConfig({ GUANKAO_WORKBOOK: '1AbC…', GUANKAO_HMAC_SECRETS: '…' }, { requireSecrets: true })
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env, options: LoadOptions = {}): Config {
  const parsed = EnvSchema.safeParse({
    GUANKAO_WORKBOOK: env.GUANKAO_WORKBOOK,
    GUANKAO_HMAC_SECRETS: env.GUANKAO_HMAC_SECRETS,
    GUANKAO_SHEETS_API_URL: env.GUANKAO_SHEETS_API_URL,
    GUANKAO_DRIVE_FOLDER: env.GUANKAO_DRIVE_FOLDER,
    GUANKAO_DRIVE_API_URL: env.GUANKAO_DRIVE_API_URL,
    PORT: env.PORT,
  });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => msg.configInvalid(String(issue.path[0]), issue.message)).join('\n'));
  }
  const values = parsed.data;
  const workbook = values.GUANKAO_WORKBOOK ?? defaultWorkbook();
  let secrets = values.GUANKAO_HMAC_SECRETS ?? [];
  let devSecret = false;
  if (secrets.length === 0 && options.requireSecrets) {
    if (!options.devSecret) throw new ConfigError(msg.configSecretsMissing);
    if (spreadsheetIdOf(workbook) !== null) throw new ConfigError(msg.configInvalid('GUANKAO_HMAC_SECRETS', msg.configDevSecretNeedsLocal));
    secrets = [options.devSecret()];
    devSecret = true;
  }
  return {
    workbook,
    hmacSecrets: secrets,
    devSecret,
    port: values.PORT,
    ...(values.GUANKAO_SHEETS_API_URL ? { sheetsApiUrl: values.GUANKAO_SHEETS_API_URL } : {}),
    ...(values.GUANKAO_DRIVE_FOLDER
      ? {
          drive: {
            folderId: values.GUANKAO_DRIVE_FOLDER,
            ...(values.GUANKAO_DRIVE_API_URL ? { apiUrl: values.GUANKAO_DRIVE_API_URL } : {}),
          },
        }
      : {}),
  };
}

/**
 * The Drive settings alone (the command line needs nothing else from the environment), or
 * undefined when GUANKAO_DRIVE_FOLDER is not set; throws a ConfigError naming the variable.
 */
export function loadDriveSettings(env: Readonly<Record<string, string | undefined>>): DriveSettings | undefined {
  const parsed = EnvSchema.pick({ GUANKAO_DRIVE_FOLDER: true, GUANKAO_DRIVE_API_URL: true }).safeParse({
    GUANKAO_DRIVE_FOLDER: env.GUANKAO_DRIVE_FOLDER,
    GUANKAO_DRIVE_API_URL: env.GUANKAO_DRIVE_API_URL,
  });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => msg.configInvalid(String(issue.path[0]), issue.message)).join('\n'));
  }
  const { GUANKAO_DRIVE_FOLDER: folderId, GUANKAO_DRIVE_API_URL: apiUrl } = parsed.data;
  return folderId ? { folderId, ...(apiUrl ? { apiUrl } : {}) } : undefined;
}

// A folder id is a long run of id characters; a URL is Drive's folder address (…/folders/<id>, or ?id=<id>).
function driveFolderIdOf(value: string): string | null {
  const text = value.trim();
  const fromUrl = /^https:\/\/drive\.google\.com\/.*(?:\/folders\/|[?&]id=)([A-Za-z0-9_-]{10,})/u.exec(text);
  if (fromUrl?.[1]) return fromUrl[1];
  return /^[A-Za-z0-9_-]{10,}$/u.test(text) ? text : null;
}

/** The function this process serves, as the functions framework is told it (`--target` or FUNCTION_TARGET). */
export function servedTarget(argv: readonly string[] = process.argv, env: Readonly<Record<string, string | undefined>> = process.env) {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--target') return argv[index + 1];
    if (arg.startsWith('--target=')) return arg.slice('--target='.length);
  }
  return env.FUNCTION_TARGET;
}

// The example sits at the project root; this module is functions/config.ts in the source tree and
// dist/functions/index.js in the bundle, so look one and two levels up, then in the working directory.
function defaultWorkbook(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const root of [resolve(here, '..'), resolve(here, '../..'), process.cwd()]) {
    const candidate = resolve(root, DEFAULT_WORKBOOK);
    if (existsSync(candidate)) return candidate;
  }
  return resolve(process.cwd(), DEFAULT_WORKBOOK);
}
