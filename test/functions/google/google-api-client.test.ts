import { GoogleAuth } from 'google-auth-library';
import { describe, expect, it } from 'vitest';
import { type ApiClientOptions, googleClients } from '../../../functions/google/google-api-client.ts';

// The "API" is the options it was made with, so a test can see what a client would send.
const clientFor = () => googleClients((options: ApiClientOptions) => options, 'https://www.googleapis.com/auth/spreadsheets', 5_000);

describe('googleClients', () => {
  it('makes an emulator’s client with its root URL and no credentials, calling as no service account', async () => {
    const client = clientFor()('http://localhost:9090/');
    expect(client.api).toEqual({ rootUrl: 'http://localhost:9090/', retry: false, timeout: 5_000 });
    await expect(client.serviceAccountEmail()).resolves.toBeUndefined();
  });

  it('makes one client with the application default credentials, without the library’s own retries', () => {
    const clients = clientFor();
    const client = clients();
    expect(client.api.auth).toBeInstanceOf(GoogleAuth);
    expect(client.api).toMatchObject({ retry: false, timeout: 5_000 });
    expect(client.api.rootUrl).toBeUndefined();
    expect(clients()).toBe(client);
  });
});
