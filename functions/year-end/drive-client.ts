// The Drive API calls the year-end run makes (@googleapis/drive, the single-API package, for the
// cold start): look at the folder, list our files in it by appProperties, create, update with new
// content, export. Credentials as for Sheets (Application Default Credentials, scope `drive`: a
// folder shared with the service account is only visible with it); with another root URL (an
// emulator) no credentials are looked up or sent. Reads, updates and exports repeat harmlessly
// and go through the retry policy; a create does not (a repeat would make a second file): after a
// failed create we look the file up by its appProperties before trying again.
import { Readable } from 'node:stream';
import { drive } from '@googleapis/drive';
import { z } from 'zod';
import { googleClients } from '../google/google-api-client.ts';
import { type RetryJudge, type RetryPolicy, withRetry } from '../workbooks/sheets/sheets-retry.ts';
import { type DriveFailure, driveError, driveFailureOf, isDriveRetryable } from './drive-errors.ts';

/** A file of ours in the folder. */
export interface DriveFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly appProperties: Readonly<Record<string, string>>;
}

/** What a new file is: its name, type, folder and the properties we find it by again. */
export interface NewFile {
  readonly name: string;
  readonly mimeType: string;
  readonly parents: readonly string[];
  readonly appProperties: Readonly<Record<string, string>>;
}

/** Bytes and their type, for an upload. */
export interface Media {
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

/** The folder as files.get describes it. */
export interface DriveFolder {
  readonly id: string;
  readonly isFolder: boolean;
  readonly canAddChildren: boolean;
}

/** The calls, each under the retry policy (creates under createOnce's rule) and with zh-TW errors. */
export interface DriveCalls {
  folder(folderId: string): Promise<DriveFolder>;
  /** Files matching a Drive query (`q`), across My Drive and shared drives. */
  list(q: string): Promise<DriveFile[]>;
  /** Creates a file (with content when `media` is given); `find` looks it up after a failed attempt. */
  create(file: NewFile, media: Media | undefined, find: () => Promise<DriveFile | undefined>): Promise<DriveFile>;
  /** Replaces a file's content (and name) in place: same id, same sharing, a new revision. */
  update(fileId: string, name: string, media: Media): Promise<void>;
  /** A Google file converted to another format (≤ 10 MB, Drive's export limit). */
  exportAs(fileId: string, mimeType: string): Promise<Uint8Array>;
}

/** How to reach the API. */
export interface DriveClientOptions {
  readonly rootUrl?: string;
  readonly retry: RetryPolicy;
  readonly serviceAccountEmail?: () => Promise<string | undefined>;
}

/** The OAuth scope: the whole Drive, since the folder is shared with us rather than made by us. */
const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';
/** A Google spreadsheet's type in Drive. */
export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const FOLDER_MIME = 'application/vnd.google-apps.folder';
const DEFAULT_ROOT = 'https://www.googleapis.com/';
const REQUEST_TIMEOUT_MS = 120_000;
const clientFor = googleClients((options) => drive({ version: 'v3', ...options }), DRIVE_SCOPE, REQUEST_TIMEOUT_MS);
const FILE_FIELDS = 'id,name,mimeType,appProperties';

const FileSchema = z.object({
  id: z.string(),
  name: z.string().default(''),
  mimeType: z.string().default(''),
  appProperties: z.record(z.string(), z.string()).default({}),
});
const FileList = z.object({ files: z.array(FileSchema).default([]) });
const Folder = z.object({
  id: z.string(),
  mimeType: z.string().default(''),
  capabilities: z.object({ canAddChildren: z.boolean().default(false) }).default({ canAddChildren: false }),
});

/** The Drive calls. */
export function driveCalls(options: DriveClientOptions): DriveCalls {
  const { api, serviceAccountEmail } = clientFor(options.rootUrl);
  const context = { root: options.rootUrl ?? DEFAULT_ROOT, serviceAccountEmail: options.serviceAccountEmail ?? serviceAccountEmail };
  const call = async <T>(fileId: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await withRetry(run, options.retry, DRIVE_FAILURES);
    } catch (error) {
      throw await driveError(error, fileId, context);
    }
  };
  return {
    folder: (folderId) =>
      call(folderId, async () => {
        const { data } = await api.files.get({
          fileId: folderId,
          fields: 'id,mimeType,capabilities(canAddChildren)',
          supportsAllDrives: true,
        });
        const folder = Folder.parse(data);
        return { id: folder.id, isFolder: folder.mimeType === FOLDER_MIME, canAddChildren: folder.capabilities.canAddChildren };
      }),
    list: (q) =>
      call('', async () => {
        const { data } = await api.files.list({
          q,
          fields: `files(${FILE_FIELDS})`,
          corpora: 'allDrives',
          includeItemsFromAllDrives: true,
          supportsAllDrives: true,
          pageSize: 100,
        });
        return FileList.parse(data).files;
      }),
    async create(file, media, find) {
      const once = async () => {
        const { data } = await api.files.create({
          requestBody: { name: file.name, mimeType: file.mimeType, parents: [...file.parents], appProperties: { ...file.appProperties } },
          ...(media ? { media: { mimeType: media.mimeType, body: Readable.from([Buffer.from(media.bytes)]) } } : {}),
          fields: FILE_FIELDS,
          supportsAllDrives: true,
        });
        return FileSchema.parse(data);
      };
      try {
        return await createOnce(once, find, options.retry);
      } catch (error) {
        throw await driveError(error, file.parents[0] ?? '', context);
      }
    },
    update: (fileId, name, media) =>
      call(fileId, async () => {
        await api.files.update({
          fileId,
          requestBody: { name },
          // A fresh stream per attempt: a retry re-sends the whole body.
          media: { mimeType: media.mimeType, body: Readable.from([Buffer.from(media.bytes)]) },
          fields: 'id',
          supportsAllDrives: true,
        });
      }),
    exportAs: (fileId, mimeType) =>
      call(fileId, async () => {
        const response = await api.files.export({ fileId, mimeType }, { responseType: 'arraybuffer' });
        const data: unknown = response.data;
        if (data instanceof ArrayBuffer) return new Uint8Array(data);
        if (data instanceof Uint8Array) return data;
        throw new Error(`files.export answered ${typeof data}, not bytes`, { cause: { code: 'DRIVE_EXPORT_NOT_BYTES' } });
      }),
  };
}

/** Drive's judgement of a failure: as Sheets', and a 403 that is a rate limit (userRateLimitExceeded…) may pass too. */
const DRIVE_FAILURES: RetryJudge<DriveFailure> = { failureOf: driveFailureOf, retryable: isDriveRetryable };

/**
 * A create that never makes a second file: after a failure that may have been applied (a 5xx, a
 * dropped connection), wait, then look the file up; only if it is not there, create again.
 */
async function createOnce<T>(create: () => Promise<T>, find: () => Promise<T | undefined>, policy: RetryPolicy): Promise<T> {
  let lookUp = false;
  return withRetry(
    async () => {
      if (lookUp) {
        const found = await find();
        if (found !== undefined) return found;
      }
      lookUp = true;
      return create();
    },
    policy,
    DRIVE_FAILURES,
  );
}
