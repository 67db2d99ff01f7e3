// The three Sheets API calls the backend makes, each under our retry policy and with its failure
// turned into a zh-TW error: spreadsheets.get (metadata), values.batchGet (every tab) and
// spreadsheets.batchUpdate (all writes, appended rows included). Credentials are Application Default Credentials (the
// function's service account on Cloud Run, `gcloud auth application-default login` locally);
// with another root URL (an emulator) no credentials are looked up or sent at all.
import { sheets, type sheets_v4 } from '@googleapis/sheets';
import { z } from 'zod';
import { googleClients } from '../../google/google-api-client.ts';
import { sheetsError } from './sheets-errors.ts';
import { METADATA_FIELDS, parseMetadata, type SpreadsheetInfo } from './sheets-metadata.ts';
import { type RetryJudge, type RetryPolicy, SHEETS_FAILURES, SHEETS_REFUSALS, withRetry } from './sheets-retry.ts';

/** The calls, bound to one spreadsheet. */
export interface SheetsCalls {
  metadata(): Promise<SpreadsheetInfo>;
  /** Each range's rows, in the order asked (undefined for a range holding nothing). */
  values(ranges: readonly string[]): Promise<(readonly (readonly unknown[])[] | undefined)[]>;
  /** One atomic batchUpdate; `repeatable: false` for one a repeat could duplicate (appended rows), retried only when refused (see sheets-retry.ts). */
  batchUpdate(requests: readonly sheets_v4.Schema$Request[], options?: { readonly repeatable?: boolean }): Promise<void>;
}

/** How to reach the API. */
export interface ClientOptions {
  readonly rootUrl?: string;
  readonly retry: RetryPolicy;
  readonly serviceAccountEmail?: () => Promise<string | undefined>;
}

/** The one OAuth scope the backend asks for: read and write spreadsheets (no Drive scope). */
const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
const DEFAULT_ROOT = 'https://sheets.googleapis.com/';
// A 9 MiB batchUpdate may take Sheets a while; a hung connection must still end.
const REQUEST_TIMEOUT_MS = 120_000;
const clientFor = googleClients((options) => sheets({ version: 'v4', ...options }), SHEETS_SCOPE, REQUEST_TIMEOUT_MS);

const ValueRanges = z.object({
  valueRanges: z.array(z.object({ values: z.array(z.array(z.unknown())).optional() })).default([]),
});

/** The calls for one spreadsheet. */
export function sheetsCalls(spreadsheetId: string, options: ClientOptions): SheetsCalls {
  const { api, serviceAccountEmail } = clientFor(options.rootUrl);
  const context = {
    spreadsheetId,
    root: options.rootUrl ?? DEFAULT_ROOT,
    serviceAccountEmail: options.serviceAccountEmail ?? serviceAccountEmail,
  };
  const call = async <T>(run: () => Promise<T>, judge: RetryJudge = SHEETS_FAILURES): Promise<T> => {
    try {
      return await withRetry(run, options.retry, judge);
    } catch (error) {
      throw await sheetsError(error, context);
    }
  };
  return {
    metadata: () => call(async () => parseMetadata((await api.spreadsheets.get({ spreadsheetId, fields: METADATA_FIELDS })).data)),
    values: (ranges) =>
      call(async () => {
        const response = await api.spreadsheets.values.batchGet({
          spreadsheetId,
          ranges: [...ranges],
          majorDimension: 'ROWS',
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'SERIAL_NUMBER',
        });
        return ValueRanges.parse(response.data).valueRanges.map((range) => range.values);
      }),
    batchUpdate: (requests, { repeatable = true } = {}) =>
      call(
        async () => {
          await api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [...requests] } });
        },
        repeatable ? SHEETS_FAILURES : SHEETS_REFUSALS,
      ),
  };
}
