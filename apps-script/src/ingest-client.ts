import { z } from 'zod';
import * as msg from '../../shared/messages/apps-script.ts';
import type { Gas } from './gas.ts';
import { signatureHeader } from './signing.ts';

/** What came of one signed POST: an answer, a reason to try again later, or a refusal to show a person. */
export type Delivery =
  | { readonly kind: 'answered'; readonly body: unknown }
  | { readonly kind: 'retry'; readonly reason: string }
  | { readonly kind: 'failed'; readonly status: number; readonly reason: string };

const ProblemSchema = z.object({ detail: z.string() });

/**
 * POSTs a signed JSON body (SPEC.md › Signed submissions). Unreachable, 408, 429 and 5xx mean
 * "try again later"; any other 4xx is a refusal that retrying will not change.
 */
export function postSigned(gas: Gas, url: string, secrets: readonly string[], body: string): Delivery {
  const timestamp = Math.floor(gas.now() / 1000);
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = gas.urlFetch.fetch(url, {
      method: 'post',
      contentType: 'application/json; charset=utf-8',
      payload: body,
      headers: {
        'X-Guankao-Timestamp': String(timestamp),
        'X-Guankao-Signature': signatureHeader(gas.utilities, secrets, timestamp, body),
      },
      muteHttpExceptions: true,
      followRedirects: false,
    });
  } catch (error) {
    // DNS failures, refused connections and timeouts are thrown even with muteHttpExceptions.
    return { kind: 'retry', reason: msg.gasUnreachable(error instanceof Error ? error.message : String(error)) };
  }
  const status = response.getResponseCode();
  const text = response.getContentText('UTF-8');
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', reason: msg.gasServerBusy(status, detailOf(text)) };
  if (status >= 200 && status < 300) {
    try {
      return { kind: 'answered', body: JSON.parse(text) as unknown };
    } catch {
      // Something other than guankao answered (a sign-in page, a wrong FUNCTION_URL).
      return { kind: 'failed', status, reason: msg.gasNotGuankao };
    }
  }
  return { kind: 'failed', status, reason: detailOf(text) ?? msg.gasRefused(status) };
}

function detailOf(text: string): string | undefined {
  try {
    const parsed = ProblemSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.detail : undefined;
  } catch {
    return undefined;
  }
}
