/// <reference types="google-apps-script" />
// UrlFetchApp as the reference describes it: fetch(url, params) returns an HTTPResponse; with
// muteHttpExceptions false a status of 400 or more throws; a failed connection always throws.
// Where a request goes is the test's handler: a synchronous double of a service, or a bridge to a
// real HTTP server (sync-http.ts).

/** A request as UrlFetchApp would send it. */
export interface FetchRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly contentType: string;
  readonly payload: string;
}

/** What the far side answered. */
export interface FetchAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Answers a request, or throws as UrlFetchApp does when the host cannot be reached. */
export type FetchHandler = (request: FetchRequest) => FetchAnswer;

export class FakeHttpResponse
  implements Pick<GoogleAppsScript.URL_Fetch.HTTPResponse, 'getResponseCode' | 'getContentText' | 'getHeaders'>
{
  readonly #answer: FetchAnswer;
  constructor(answer: FetchAnswer) {
    this.#answer = answer;
  }
  getResponseCode(): number {
    return this.#answer.status;
  }
  getContentText(): string {
    return this.#answer.body;
  }
  getHeaders(): object {
    return { ...this.#answer.headers };
  }
}

export class FakeUrlFetchApp {
  handler: FetchHandler;
  constructor(handler: FetchHandler) {
    this.handler = handler;
  }
  fetch(url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {}): FakeHttpResponse {
    if (typeof params.payload !== 'string' && params.payload !== undefined) throw new Error('only string payloads are faked');
    const request: FetchRequest = {
      url,
      method: (params.method ?? 'get').toUpperCase(),
      headers: Object.fromEntries(Object.entries(params.headers ?? {}).map(([key, value]) => [key, String(value)])),
      contentType: params.contentType ?? 'application/x-www-form-urlencoded',
      payload: params.payload ?? '',
    };
    const answer = this.handler(request);
    if (!params.muteHttpExceptions && answer.status >= 400) {
      throw new Error(
        `Request failed for ${url} returned code ${answer.status}. Truncated server response: ${answer.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return new FakeHttpResponse(answer);
  }
}
