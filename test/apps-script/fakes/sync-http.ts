// UrlFetchApp is synchronous; Node's HTTP is not. The bundle runs in a worker thread whose fake
// UrlFetchApp posts each request to the main thread and blocks on Atomics.wait until the main
// thread has made the real request (fetch, over loopback) and posted the answer back — so the
// bundle's request really crosses the network stack to a real server.
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import type { FetchAnswer, FetchHandler, FetchRequest } from './url-fetch.ts';

interface Reply {
  readonly answer?: FetchAnswer;
  readonly error?: string;
}

/** In the worker: a FetchHandler that waits for the main thread's answer (at most `timeoutMs`). */
export function blockingFetch(port: MessagePort, timeoutMs = 30_000): FetchHandler {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  return (request) => {
    Atomics.store(signal, 0, 0);
    port.postMessage({ request, signal });
    if (Atomics.wait(signal, 0, 0, timeoutMs) === 'timed-out') throw new Error(`Exception: Timeout: ${request.url}`);
    const reply = receiveMessageOnPort(port)?.message as Reply | undefined;
    if (!reply?.answer) throw new Error(reply?.error ?? `Exception: no answer from ${request.url}`);
    return reply.answer;
  };
}

/** In the main thread: makes each request the worker posts, answers it and wakes the worker. */
export function serveBlockingFetch(port: MessagePort): void {
  port.on('message', (message: { request: FetchRequest; signal: Int32Array }) => {
    const { request, signal } = message;
    const answer = async (): Promise<Reply> => {
      try {
        const response = await fetch(request.url, {
          method: request.method,
          headers: { ...request.headers, 'Content-Type': request.contentType },
          ...(request.method === 'GET' ? {} : { body: request.payload }),
          redirect: 'manual',
        });
        return { answer: { status: response.status, body: await response.text(), headers: Object.fromEntries(response.headers) } };
      } catch (error) {
        // As UrlFetchApp words a failed connection.
        return { error: `Exception: ${error instanceof Error ? error.message : String(error)}: ${request.url}` };
      }
    };
    void answer().then((reply) => {
      port.postMessage(reply);
      Atomics.store(signal, 0, 1);
      Atomics.notify(signal, 0);
    });
  });
}
