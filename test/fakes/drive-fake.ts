// A stateful fake of the Google Drive API v3 on msw, beside the Sheets fake: folders and files in
// memory behind the same URLs, parameters, bodies and error JSON as the real service. A file of
// type Google spreadsheet is a spreadsheet of the Sheets fake (created there, named from there,
// exported from its values), so a run that creates a spreadsheet through Drive and fills it
// through Sheets is tested end to end. Tests add folders (shared or not, in a shared drive or
// not), inject faults, and read the files and the request log afterwards.
import { type HttpHandler, HttpResponse, http } from 'msw';
import {
  backendError,
  driveBadRequest,
  driveErrorBody,
  FakeDriveError,
  fileNotFound,
  insufficientPermissions,
  noStorageQuota,
  userRateLimit,
} from './drive-errors.ts';
import { EXPORT_TYPES, odsExport, pdfExport } from './drive-export.ts';
import { parseMultipart } from './drive-multipart.ts';
import { parseQuery } from './drive-query.ts';
import type { SheetsFake } from './sheets-fake.ts';

const FOLDER = 'application/vnd.google-apps.folder';
const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

/** Who the caller is to a folder (and the files in it): an editor, a viewer, or nobody it was shared with. */
export type DriveAccess = 'write' | 'read' | 'none';

/** A file or folder of the fake. */
export interface DriveFakeFile {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  readonly parents: readonly string[];
  readonly appProperties: Readonly<Record<string, string>>;
  trashed: boolean;
  /** Uploaded bytes (none for folders and Google files). */
  content?: Uint8Array;
  /** Bumped by every change, as Drive's `version`. */
  version: number;
  /** Folders only. */
  access?: DriveAccess;
  /** Folders only: in a shared drive, where a service account may create files. */
  sharedDrive?: boolean;
}

/** One request as the fake saw it. */
export interface DriveRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** files.get, files.list, files.create, files.update, files.export. */
  readonly operation: string;
  status: number | 'reset';
  readonly authorized: boolean;
}

/** A fault for the next request(s) of an operation. */
export interface DriveFault {
  readonly operation: 'files.get' | 'files.list' | 'files.create' | 'files.update' | 'files.export';
  readonly status?: 403 | 500 | 503;
  /** Drop the connection instead of answering. */
  readonly reset?: boolean;
  /** Apply the request first, then fail: the caller cannot tell it succeeded. */
  readonly afterApply?: boolean;
  readonly times?: number;
}

export interface DriveFake {
  readonly handlers: readonly HttpHandler[];
  readonly requests: readonly DriveRequest[];
  /** Adds a folder; by default shared with the caller as editor, in a shared drive. */
  addFolder(options?: { id?: string; name?: string; access?: DriveAccess; sharedDrive?: boolean }): string;
  /** Every file that is not a folder, trashed or not, oldest first. */
  files(): DriveFakeFile[];
  file(id: string): DriveFakeFile;
  inject(fault: DriveFault): void;
  clearLog(): void;
  reset(): void;
}

/** A fresh Drive fake over the Sheets fake that holds its spreadsheets. */
export function createDriveFake(sheets: SheetsFake, options: { rootUrl?: string } = {}): DriveFake {
  const root = options.rootUrl ?? 'https://www.googleapis.com/';
  const store = new Map<string, DriveFakeFile>();
  const requests: DriveRequest[] = [];
  let faults: { fault: DriveFault; left: number }[] = [];
  let counter = 0;
  const newId = (prefix: string) => `${prefix}${String(++counter).padStart(4, '0')}${'d'.repeat(28)}`;

  const visible = (file: DriveFakeFile | undefined): file is DriveFakeFile => file !== undefined && accessOf(file) !== 'none';
  const accessOf = (file: DriveFakeFile): DriveAccess => {
    if (file.mimeType === FOLDER) return file.access ?? 'write';
    const parent = store.get(file.parents[0] ?? '');
    return parent ? accessOf(parent) : 'write';
  };
  const lookUp = (id: string) => {
    const file = store.get(id);
    if (!visible(file)) throw fileNotFound(id);
    return file;
  };
  // A spreadsheet's name is its title in Sheets: renaming either renames both.
  const nameOf = (file: DriveFakeFile) => (file.mimeType === SPREADSHEET ? sheets.spreadsheet(file.id).properties.title : file.name);
  const resource = (file: DriveFakeFile) => ({
    kind: 'drive#file',
    id: file.id,
    name: nameOf(file),
    mimeType: file.mimeType,
    parents: [...file.parents],
    appProperties: { ...file.appProperties },
    trashed: file.trashed,
    version: String(file.version),
    ...(file.content ? { size: String(file.content.byteLength) } : {}),
    capabilities: { canEdit: accessOf(file) === 'write', canAddChildren: file.mimeType === FOLDER && accessOf(file) === 'write' },
  });

  const create = (metadata: unknown, content?: { mimeType: string; bytes: Uint8Array }) => {
    const meta = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as Record<string, unknown>;
    const parents = Array.isArray(meta.parents) ? meta.parents.map(String) : [];
    if (parents.length > 1) throw driveBadRequest('A shared drive item must have exactly one parent.');
    const parent = parents[0] === undefined ? undefined : store.get(parents[0]);
    if (parents[0] !== undefined && !visible(parent)) throw fileNotFound(parents[0]);
    if (parent && accessOf(parent) !== 'write') throw insufficientPermissions();
    // Since 2025 a service account has no storage of its own: only a shared drive can hold what it makes.
    if (!parent?.sharedDrive) throw noStorageQuota();
    const mimeType = typeof meta.mimeType === 'string' ? meta.mimeType : (content?.mimeType ?? 'application/octet-stream');
    const properties = (typeof meta.appProperties === 'object' && meta.appProperties !== null ? meta.appProperties : {}) as Record<
      string,
      unknown
    >;
    const file: DriveFakeFile = {
      id: newId(mimeType === SPREADSHEET ? '1FakeSheetFromDrive' : '1FakeFile'),
      name: typeof meta.name === 'string' ? meta.name : 'Untitled',
      mimeType,
      parents,
      appProperties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, String(v)])),
      trashed: false,
      version: 1,
      ...(content ? { content: content.bytes } : {}),
    };
    if (mimeType === SPREADSHEET) {
      sheets.createSpreadsheet([], { id: file.id });
      sheets.spreadsheet(file.id).properties.title = file.name;
    }
    store.set(file.id, file);
    return file;
  };

  const handle = async (request: Request, operation: string, run: () => Promise<Response> | Response): Promise<Response> => {
    const url = new URL(request.url);
    const entry: DriveRequest = {
      method: request.method,
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      operation,
      status: 200,
      authorized: request.headers.has('authorization'),
    };
    requests.push(entry);
    const slot = faults.find((f) => f.fault.operation === operation && f.left > 0);
    if (slot) slot.left--;
    const fail = (fault: DriveFault) => {
      if (fault.reset) {
        entry.status = 'reset';
        return HttpResponse.error();
      }
      const error = fault.status === 403 ? userRateLimit() : backendError(fault.status ?? 503);
      entry.status = error.status;
      return HttpResponse.json(driveErrorBody(error), { status: error.status });
    };
    if (slot && !slot.fault.afterApply) return fail(slot.fault);
    try {
      const response = await run();
      return slot ? fail(slot.fault) : response;
    } catch (error) {
      if (!(error instanceof FakeDriveError)) throw error;
      entry.status = error.status;
      return HttpResponse.json(driveErrorBody(error), { status: error.status });
    }
  };

  const api = `${root}drive/v3/files`;
  const upload = `${root}upload/drive/v3/files`;
  const handlers: HttpHandler[] = [
    http.get(`${api}/:id/export`, ({ request, params }) =>
      handle(request, 'files.export', () => {
        const file = lookUp(String(params.id));
        const mimeType = new URL(request.url).searchParams.get('mimeType') ?? '';
        if (file.mimeType !== SPREADSHEET) throw new FakeDriveError(403, 'Export only supports Docs Editors files.', 'fileNotExportable');
        const tabs = sheets.tabs(file.id);
        if (mimeType === EXPORT_TYPES.ods)
          return new HttpResponse(odsExport(nameOf(file), tabs), { headers: { 'Content-Type': mimeType } });
        if (mimeType === EXPORT_TYPES.pdf) return new HttpResponse(pdfExport(file.id, tabs), { headers: { 'Content-Type': mimeType } });
        throw driveBadRequest('The requested conversion is not supported.');
      }),
    ),
    http.get(`${api}/:id`, ({ request, params }) =>
      handle(request, 'files.get', () => HttpResponse.json(resource(lookUp(String(params.id))))),
    ),
    http.get(api, ({ request }) =>
      handle(request, 'files.list', () => {
        const matches = parseQuery(new URL(request.url).searchParams.get('q') ?? 'trashed = false');
        const files = [...store.values()].filter((file) => visible(file) && matches({ ...file, name: nameOf(file) }));
        return HttpResponse.json({ kind: 'drive#fileList', incompleteSearch: false, files: files.map(resource) });
      }),
    ),
    http.post(api, ({ request }) =>
      handle(request, 'files.create', async () => HttpResponse.json(resource(create(await jsonOf(request))))),
    ),
    http.post(upload, ({ request }) =>
      handle(request, 'files.create', async () => {
        if (new URL(request.url).searchParams.get('uploadType') !== 'multipart')
          throw driveBadRequest('The fake takes multipart uploads only.');
        const part = parseMultipart(request.headers.get('content-type') ?? '', new Uint8Array(await request.arrayBuffer()));
        return HttpResponse.json(resource(create(part.metadata, { mimeType: part.mimeType, bytes: part.content })));
      }),
    ),
    http.patch(`${upload}/:id`, ({ request, params }) =>
      handle(request, 'files.update', async () => {
        const file = lookUp(String(params.id));
        if (accessOf(file) !== 'write') throw insufficientPermissions();
        const type = new URL(request.url).searchParams.get('uploadType');
        const bytes = new Uint8Array(await request.arrayBuffer());
        const part =
          type === 'multipart'
            ? parseMultipart(request.headers.get('content-type') ?? '', bytes)
            : type === 'media'
              ? { metadata: {}, content: bytes }
              : null;
        if (!part) throw driveBadRequest('uploadType must be media or multipart.');
        if (file.mimeType === SPREADSHEET || file.mimeType === FOLDER)
          throw driveBadRequest('The fake does not convert uploads into Google files.');
        rename(file, part.metadata);
        file.content = part.content;
        file.version++;
        return HttpResponse.json(resource(file));
      }),
    ),
    http.patch(`${api}/:id`, ({ request, params }) =>
      handle(request, 'files.update', async () => {
        const file = lookUp(String(params.id));
        if (accessOf(file) !== 'write') throw insufficientPermissions();
        rename(file, await jsonOf(request));
        file.version++;
        return HttpResponse.json(resource(file));
      }),
    ),
  ];

  function rename(file: DriveFakeFile, metadata: unknown) {
    const meta = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as Record<string, unknown>;
    if (typeof meta.trashed === 'boolean') file.trashed = meta.trashed;
    if (typeof meta.name !== 'string') return;
    if (file.mimeType === SPREADSHEET) sheets.spreadsheet(file.id).properties.title = meta.name;
    else file.name = meta.name;
  }

  return {
    handlers,
    requests,
    addFolder(folder = {}) {
      const id = folder.id ?? newId('1FakeFolder');
      store.set(id, {
        id,
        name: folder.name ?? '年度成效',
        mimeType: FOLDER,
        parents: [],
        appProperties: {},
        trashed: false,
        version: 1,
        access: folder.access ?? 'write',
        sharedDrive: folder.sharedDrive ?? true,
      });
      return id;
    },
    files: () => [...store.values()].filter((file) => file.mimeType !== FOLDER).map((file) => ({ ...file, name: nameOf(file) })),
    file(id) {
      const file = store.get(id);
      if (!file) throw new Error(`no file ${id} in the fake`);
      return file;
    },
    inject(fault) {
      faults.push({ fault, left: fault.times ?? 1 });
    },
    clearLog() {
      requests.length = 0;
    },
    reset() {
      store.clear();
      faults = [];
      requests.length = 0;
    },
  };
}

async function jsonOf(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw driveBadRequest('Invalid JSON payload received.');
  }
}
