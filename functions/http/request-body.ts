import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRequest } from './http-handler.ts';

/** Our own limit on a request body: 1 MiB (a form answer is a few KiB; the platform allows 32 MiB). */
export const BODY_LIMIT = 1024 * 1024;

// The functions framework reads and JSON-parses every body before our handler runs, with a 1 GiB
// limit, and answers a malformed one with an HTML 400 (and a stack trace outside production). To
// make the limit ours, the guard sees each request on Node's `http.server.request.start` channel —
// published before the server emits 'request', so before Express — and moves Content-Type aside:
// with no type, none of the framework's parsers claims the body, and the handler reads the stream
// itself. CloudEvents keep their type: the framework must parse those for cloudEvent functions.
const stashedTypes = new WeakMap<IncomingMessage, string>();
let installed = false;

/** Makes HTTP bodies ours to read in this process (idempotent); CloudEvent requests are left to the framework. */
export function installBodyGuard(): void {
  if (installed) return;
  installed = true;
  subscribe('http.server.request.start', (message) => {
    const { request } = message as { request: IncomingMessage };
    const type = request.headers['content-type'];
    if (type === undefined || isCloudEvent(request, type)) return;
    stashedTypes.set(request, type);
    delete request.headers['content-type'];
  });
}

/** The request's Content-Type as the client sent it, '' when none. */
export function contentTypeOf(request: IncomingMessage): string {
  return stashedTypes.get(request) ?? request.headers['content-type'] ?? '';
}

/** True when the Content-Type is JSON (`application/json`, any parameters, UTF-8 or no charset). */
export function isJsonType(type: string): boolean {
  const [essence, ...parameters] = type.split(';').map((part) => part.trim().toLowerCase());
  if (essence !== 'application/json') return false;
  const charset = parameters
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/gu, '');
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

/** The body's bytes, or `tooLarge` as soon as it is known to pass `limit` (the rest is never buffered). */
export function readBody(request: HttpRequest, limit = BODY_LIMIT): Promise<{ tooLarge: true } | { tooLarge: false; bytes: Buffer }> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ tooLarge: true });
  // Without the guard (another server, a test double) the framework may have read it already.
  if (request.rawBody) {
    return Promise.resolve(request.rawBody.length > limit ? { tooLarge: true } : { tooLarge: false, bytes: request.rawBody });
  }
  if (request.readableEnded) return Promise.resolve({ tooLarge: false, bytes: Buffer.alloc(0) });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Paused until the caller answers: closeAfterAnswer() then reads the rest away.
        stop();
        request.pause();
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve({ tooLarge: false, bytes: Buffer.concat(chunks, size) });
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

/** How much of a refused body is read and thrown away, at most, while its answer goes out. */
const DISCARD_LIMIT = 4 * BODY_LIMIT;

/**
 * Sets up the end of a request whose body was refused part-way (413): the answer says
 * `Connection: close`, so Node ends the connection once it is sent, and until then the rest of the
 * body is read and thrown away, up to `DISCARD_LIMIT`, so the client is not reset before it has
 * read the answer. Without this a chunked body, once paused, is never drained: the keep-alive
 * connection hangs and the server cannot close. Call it before sending the answer.
 */
export function closeAfterAnswer(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Connection', 'close');
  if (request.readableEnded) return;
  let discarded = 0;
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT) request.socket.destroy();
  });
  request.on('error', () => undefined);
  request.resume();
}

function isCloudEvent(request: IncomingMessage, type: string): boolean {
  return request.headers['ce-specversion'] !== undefined || type.toLowerCase().startsWith('application/cloudevents');
}
