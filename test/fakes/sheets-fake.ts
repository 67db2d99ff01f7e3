// A stateful fake of the Google Sheets API v4 on msw: in-memory spreadsheets behind the same
// URLs, query parameters, bodies and error JSON as the real service, so the backend is tested
// through its real client library. Tests seed spreadsheets, inject faults (429/500/503 with an
// optional Retry-After, latency, a dropped connection, the Nth write failing before or after it
// is applied), and read the request log and the spreadsheets afterwards.
import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import type { Cell, Tab } from '../../shared/workbook.ts';
import { quoteTitle } from './sheets-a1.ts';
import {
  badRequest,
  errorBody,
  FakeApiError,
  internal,
  notFound,
  permissionDenied,
  quotaExceeded,
  STATUS_CODES,
  unavailable,
} from './sheets-api-errors.ts';
import { applyBatchUpdate } from './sheets-batch-update.ts';
import { pickFields } from './sheets-field-mask.ts';
import {
  type Access,
  type FakeSheet,
  type FakeSpreadsheet,
  type GridRange,
  newSheet,
  reindex,
  setCell,
  spreadsheetResource,
} from './sheets-model.ts';
import { appendValues, batchUpdateValues, clearValues, getValues, readOptions, updateValues } from './sheets-values-api.ts';

/** A request as the fake saw it. */
export interface LoggedRequest {
  readonly method: string;
  /** The decoded path, e.g. `/v4/spreadsheets/<id>/values:batchGet`. */
  readonly path: string;
  readonly query: string;
  readonly kind: 'read' | 'write';
  readonly time: number;
  /** The HTTP status answered, or 'reset' for a dropped connection. */
  status: number | 'reset';
  /** Whether it carried an Authorization header. */
  readonly authorized: boolean;
  readonly bytes: number;
}

/** A fault to inject into the requests that match it. */
export interface Fault {
  /** Which requests it hits (default any). */
  readonly kind?: 'read' | 'write' | 'any';
  /** Hit the Nth matching request from now, 1-based (default the next). */
  readonly nth?: number;
  /** How many matching requests in a row it hits from there (default 1). */
  readonly times?: number;
  /** Answer with this error status (429 RESOURCE_EXHAUSTED, 500 INTERNAL, 503 UNAVAILABLE). */
  readonly status?: 429 | 500 | 503;
  /** Send a Retry-After header with the error. */
  readonly retryAfter?: string;
  /** Drop the connection instead of answering. */
  readonly reset?: boolean;
  /** Wait this long (real time) before answering. */
  readonly latencyMs?: number;
  /** Apply the request first, then fail: the caller cannot tell it succeeded. */
  readonly afterApply?: boolean;
}

export interface SheetsFakeOptions {
  /** Where the fake answers (default the real API's root, so no rootUrl is needed). */
  readonly rootUrl?: string;
  readonly now?: () => number;
  /** Request bodies over this many bytes get Google's 400 (default 10,485,760). */
  readonly payloadLimit?: number;
}

/** Per-minute quotas per user; 429 RESOURCE_EXHAUSTED past them. */
export interface Quota {
  readonly readsPerMinute?: number;
  readonly writesPerMinute?: number;
}

export interface SheetsFake {
  readonly rootUrl: string;
  readonly handlers: readonly HttpHandler[];
  /** Every request in order. */
  readonly requests: readonly LoggedRequest[];
  /** Adds a spreadsheet holding the tabs (text stored as typed, as RAW would); returns its id. */
  createSpreadsheet(tabs: readonly Tab[], options?: { id?: string; timeZone?: string; access?: Access }): string;
  /** The live spreadsheet, to look at formats, filters, grid sizes. */
  spreadsheet(id: string): FakeSpreadsheet;
  /** The tabs' values as UNFORMATTED_VALUE reads them (empty cells null, trailing blanks trimmed). */
  tabs(id: string): Tab[];
  /** Adds rows after a tab's last row, as Google Forms adds a response. */
  appendRows(id: string, tab: string, rows: readonly (readonly Cell[])[]): void;
  /** Merges cells of a tab as a user does (MERGE_ALL: only the top-left value stays), through the same code as a mergeCells request. */
  merge(id: string, tab: string, range: Omit<GridRange, 'sheetId'>): void;
  setAccess(id: string, access: Access): void;
  /** Enforces per-minute quotas from now on (null: none, the default). */
  setQuota(quota: Quota | null): void;
  inject(fault: Fault): void;
  clearFaults(): void;
  clearLog(): void;
  /** Forgets spreadsheets, faults and the log. */
  reset(): void;
}

const PAYLOAD_LIMIT = 10_485_760;

/** A fresh fake; pass `handlers` to setupServer. */
export function createSheetsFake(options: SheetsFakeOptions = {}): SheetsFake {
  const rootUrl = options.rootUrl ?? 'https://sheets.googleapis.com/';
  const now = options.now ?? (() => Date.now());
  const limit = options.payloadLimit ?? PAYLOAD_LIMIT;
  const books = new Map<string, FakeSpreadsheet>();
  const requests: LoggedRequest[] = [];
  let faults: { fault: Fault; skip: number; hits: number }[] = [];
  let quota: Quota | null = null;
  let seed = 1;
  // Later tabs get large pseudo-random ids, as Sheets gives them.
  const newId = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_647;
    return 1 + (seed % 1_999_999_999);
  };

  const takeFault = (kind: 'read' | 'write'): Fault | undefined => {
    for (const entry of faults) {
      if ((entry.fault.kind ?? 'any') !== 'any' && entry.fault.kind !== kind) continue;
      if (entry.skip > 0) {
        entry.skip--;
        continue;
      }
      if (entry.hits <= 0) continue;
      entry.hits--;
      return entry.fault;
    }
    return undefined;
  };

  const overQuota = (kind: 'read' | 'write'): boolean => {
    const limitPerMinute = kind === 'read' ? quota?.readsPerMinute : quota?.writesPerMinute;
    if (limitPerMinute === undefined) return false;
    const since = now() - 60_000;
    return requests.filter((r) => r.kind === kind && r.time > since && r.status !== 429).length > limitPerMinute;
  };

  const handler = http.all(`${rootUrl}v4/*`, async ({ request }) => {
    const url = new URL(request.url);
    const kind = request.method === 'GET' ? 'read' : 'write';
    const body = request.method === 'GET' ? '' : await request.text();
    const entry: LoggedRequest = {
      method: request.method,
      path: safeDecode(url.pathname),
      query: url.search,
      kind,
      time: now(),
      status: 200,
      authorized: request.headers.has('authorization'),
      bytes: Buffer.byteLength(body, 'utf8'),
    };
    requests.push(entry);
    const fault = takeFault(kind);
    if (fault?.latencyMs) await delay(fault.latencyMs);
    const failWith = (f: Fault) => {
      if (f.reset) {
        entry.status = 'reset';
        return HttpResponse.error();
      }
      const error = f.status === 429 ? quotaExceeded(kind) : f.status === 500 ? internal() : unavailable();
      entry.status = STATUS_CODES[error.status];
      return HttpResponse.json(errorBody(error), { status: entry.status, headers: f.retryAfter ? { 'Retry-After': f.retryAfter } : {} });
    };
    if (fault && !fault.afterApply && (fault.reset || fault.status)) return failWith(fault);
    try {
      if (overQuota(kind)) throw quotaExceeded(kind);
      if (entry.bytes > limit) throw badRequest(`Request payload size exceeds the limit: ${limit} bytes.`);
      const result = route(request.method, url, body, books, rootUrl, newId);
      if (fault?.afterApply && (fault.reset || fault.status)) return failWith(fault);
      return HttpResponse.json(result as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof FakeApiError)) throw error;
      entry.status = STATUS_CODES[error.status];
      return HttpResponse.json(errorBody(error), { status: entry.status });
    }
  });

  return {
    rootUrl,
    handlers: [handler],
    requests,
    createSpreadsheet(tabs, create = {}) {
      const id = create.id ?? `1FakeSheet${String(books.size + 1).padStart(4, '0')}${'x'.repeat(30)}`;
      const book: FakeSpreadsheet = {
        spreadsheetId: id,
        properties: { title: id, locale: 'zh_TW', timeZone: create.timeZone ?? 'Asia/Taipei' },
        sheets: tabs.map((tab, index) => seededSheet(index === 0 ? 0 : newId(), tab)),
        access: create.access ?? 'write',
      };
      if (book.sheets.length === 0) book.sheets.push(newSheet(0, '工作表1', 0));
      reindex(book);
      books.set(id, book);
      return id;
    },
    spreadsheet: (id) => lookUp(books, id),
    tabs(id) {
      const book = lookUp(books, id);
      return book.sheets.map((sheet) => {
        const range = quoteTitle(sheet.properties.title);
        const read = getValues(book, range, {
          majorDimension: 'ROWS',
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'SERIAL_NUMBER',
        });
        const values = (read.values ?? []) as (string | number | boolean)[][];
        return { name: sheet.properties.title, rows: values.map((row) => row.map((value): Cell => (value === '' ? null : value))) };
      });
    },
    appendRows(id, tab, rows) {
      const query = new URLSearchParams({ valueInputOption: 'RAW', insertDataOption: 'INSERT_ROWS' });
      appendValues(lookUp(books, id), quoteTitle(tab), { values: rows.map((row) => [...row]) }, query);
    },
    merge(id, tab, range) {
      const book = lookUp(books, id);
      const sheet = book.sheets.find((candidate) => candidate.properties.title === tab);
      if (!sheet) throw new Error(`no tab ${tab} in ${id}`);
      const request = { mergeCells: { mergeType: 'MERGE_ALL', range: { ...range, sheetId: sheet.properties.sheetId } } };
      books.set(id, applyBatchUpdate(book, { requests: [request] }, newId).book);
    },
    setAccess(id, access) {
      lookUp(books, id).access = access;
    },
    setQuota(next) {
      quota = next;
    },
    inject(fault) {
      faults.push({ fault, skip: (fault.nth ?? 1) - 1, hits: fault.times ?? 1 });
    },
    clearFaults() {
      faults = [];
    },
    clearLog() {
      requests.length = 0;
    },
    reset() {
      books.clear();
      faults = [];
      quota = null;
      requests.length = 0;
    },
  };
}

// The API's routes, matched on the encoded path: the custom verb follows the last unencoded colon.
function route(method: string, url: URL, body: string, books: Map<string, FakeSpreadsheet>, rootUrl: string, newId: () => number): unknown {
  const path = url.pathname;
  const query = url.searchParams;
  const json = () => parseJson(body);
  const book = (id: string, write: boolean) => {
    const found = books.get(safeDecode(id));
    if (!found) throw notFound();
    if (found.access === 'none' || (write && found.access !== 'write')) throw permissionDenied();
    return found;
  };
  // Writes work on a copy that replaces the spreadsheet only when the whole call succeeded.
  const mutate = <T>(id: string, change: (copy: FakeSpreadsheet) => T): T => {
    const copy = structuredClone(book(id, true));
    const result = change(copy);
    books.set(copy.spreadsheetId, copy);
    return result;
  };
  let match: RegExpExecArray | null;
  if ((match = /^\/v4\/spreadsheets\/([^/:]+)$/u.exec(path)) && method === 'GET') {
    if (query.get('includeGridData') === 'true') throw badRequest('The fake does not return grid data; read values instead.');
    return pickFields(spreadsheetResource(book(match[1] as string, false), rootUrl), query.get('fields'));
  }
  if ((match = /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/u.exec(path)) && method === 'POST') {
    const id = match[1] as string;
    const { book: updated, replies } = applyBatchUpdate(book(id, true), json(), newId);
    books.set(updated.spreadsheetId, updated);
    return { spreadsheetId: updated.spreadsheetId, replies };
  }
  if ((match = /^\/v4\/spreadsheets\/([^/:]+)\/values:(batchGet|batchUpdate|batchClear)$/u.exec(path))) {
    const [, id = '', verb] = match;
    if (verb === 'batchGet' && method === 'GET') {
      const target = book(id, false);
      const options = readOptions(query);
      return { spreadsheetId: target.spreadsheetId, valueRanges: query.getAll('ranges').map((range) => getValues(target, range, options)) };
    }
    if (verb === 'batchUpdate' && method === 'POST') return mutate(id, (copy) => batchUpdateValues(copy, json()));
    if (verb === 'batchClear' && method === 'POST') {
      const ranges = (parseJson(body) as { ranges?: unknown }).ranges;
      const list = Array.isArray(ranges) ? ranges.map(String) : [];
      return mutate(id, (copy) => ({
        spreadsheetId: copy.spreadsheetId,
        clearedRanges: list.map((range) => clearValues(copy, range).clearedRange),
      }));
    }
  }
  if ((match = /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^/:]+)(?::(append|clear))?$/u.exec(path))) {
    const [, id = '', encoded = '', verb] = match;
    const range = safeDecode(encoded);
    if (!verb && method === 'GET') return getValues(book(id, false), range, readOptions(query));
    if (!verb && method === 'PUT') return mutate(id, (copy) => updateValues(copy, range, json(), query));
    if (verb === 'append' && method === 'POST') return mutate(id, (copy) => appendValues(copy, range, json(), query));
    if (verb === 'clear' && method === 'POST') return mutate(id, (copy) => clearValues(copy, range));
  }
  throw new FakeApiError('NOT_FOUND', `Method not found: ${method} ${path}`);
}

function seededSheet(sheetId: number, tab: Tab): FakeSheet {
  const sheet = newSheet(sheetId, tab.name, 0);
  const width = tab.rows.reduce((max, row) => Math.max(max, row.length), 0);
  sheet.properties.gridProperties = { rowCount: Math.max(1000, tab.rows.length), columnCount: Math.max(26, width) };
  tab.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === '') return;
      const value =
        typeof cell === 'number' ? { numberValue: cell } : typeof cell === 'boolean' ? { boolValue: cell } : { stringValue: cell };
      setCell(sheet, r, c, { userEnteredValue: value });
    });
  });
  return sheet;
}

function lookUp(books: Map<string, FakeSpreadsheet>, id: string): FakeSpreadsheet {
  const book = books.get(id);
  if (!book) throw new Error(`no spreadsheet ${id} in the fake`);
  return book;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw badRequest('Invalid JSON payload received.');
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
