// Serves a handler through the real functions framework (its getTestServer: the same Express app,
// body parsers and middleware it runs in production) on a loopback port, for fetch().
import type { AddressInfo } from 'node:net';
import { type HttpFunction, http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';

export interface FunctionServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveFunction(name: string, handler: HttpFunction): Promise<FunctionServer> {
  http(name, handler);
  const server = getTestServer(name);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
