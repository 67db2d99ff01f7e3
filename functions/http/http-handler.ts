import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request as the functions framework or node:http hands it over (the framework may have read the body into rawBody). */
export type HttpRequest = IncomingMessage & { rawBody?: Buffer };

/** An HTTP entry point: the same for the functions framework and the local node:http server. */
export type HttpHandler = (req: HttpRequest, res: ServerResponse) => Promise<void>;
