// A Google API client as the Sheets and Drive adapters use it: against an emulator (a root URL,
// no credentials sent), or with the application default credentials. The library's own retries
// are off: it would retry PUTs blindly and stack its retries under ours (sheets-retry.ts).
import { GoogleAuth } from 'google-auth-library';

/** What every googleapis client is made with here. */
export interface ApiClientOptions {
  readonly rootUrl?: string;
  readonly auth?: GoogleAuth;
  readonly retry: false;
  readonly timeout: number;
}

/** A client of one API, and the service account it calls as (undefined against an emulator). */
export interface GoogleClient<Api> {
  readonly api: Api;
  readonly serviceAccountEmail: () => Promise<string | undefined>;
}

/**
 * Clients of one API for a scope: `clientFor(rootUrl)` answers an emulator's client for a root URL,
 * else the one with the application default credentials, built once per process on first use
 * (GoogleAuth caches the access token and refreshes it).
 * @example const clientFor = googleClients((options) => sheets({ version: 'v4', ...options }), SHEETS_SCOPE, 120_000);
 */
export function googleClients<Api>(
  make: (options: ApiClientOptions) => Api,
  scope: string,
  timeout: number,
): (rootUrl?: string) => GoogleClient<Api> {
  let adc: GoogleClient<Api> | undefined;
  return (rootUrl) => {
    if (rootUrl) return { api: make({ rootUrl, retry: false, timeout }), serviceAccountEmail: async () => undefined };
    if (adc) return adc;
    const auth = new GoogleAuth({ scopes: [scope] });
    // On Cloud Run this asks the metadata server which service account the function runs as.
    adc = {
      api: make({ auth, retry: false, timeout }),
      serviceAccountEmail: async () => (await auth.getCredentials()).client_email ?? undefined,
    };
    return adc;
  };
}
