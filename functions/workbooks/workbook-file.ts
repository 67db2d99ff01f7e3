// Reading and replacing a whole workbook file (.xlsx, .ods, a CSV tab). A file is replaced whole: written aside in the same folder, flushed, then renamed over
// the old one, so a crash or a full disk leaves either the old file or the new one, never half.
// A file users edit goes through guarded-replace.ts, which also keeps what they add meanwhile.
import { type FileHandle, lstat, mkdir, readlink, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as msg from '../../shared/messages/functions/index.ts';
import { removeStaleAsides, writeAside } from './aside-file.ts';
import { readVersioned, type Versioned } from './file-version.ts';
import { isLocationProblem, locationReason } from './location-reason.ts';
import { WorkbookError } from './workbook-error.ts';

/** Replaces the file at `path` with what `write` writes, atomically. */
export async function replaceFile(path: string, write: (file: FileHandle) => Promise<void>): Promise<void> {
  let aside: string | null = null;
  try {
    aside = await writeAside(path, write);
    await rename(aside, path);
    aside = null;
  } catch (error) {
    throw asWriteError(path, error);
  } finally {
    if (aside !== null) await rm(aside, { force: true });
  }
}

/** An OS error writing `path` as the user's to fix: a WorkbookError naming the place (exit 2); anything else unchanged. */
export function asWriteError(path: string, error: unknown): unknown {
  if (!isSystemError(error)) return error;
  return new WorkbookError(
    isLocationProblem(error.code)
      ? msg.outputFileUnusable(path, locationReason(error.code))
      : msg.spreadsheetFileUnwritable(path, error.code),
  );
}

/**
 * Replaces several files, each atomically and all within moments of each other: every new content
 * is written aside first, then all are renamed in a row. A crash can still fall between two renames
 * (a folder has no transaction); the run stamp in each output tab shows it (shared/run-stamp.ts).
 */
export async function replaceFiles(
  files: readonly { readonly path: string; readonly write: (file: FileHandle) => Promise<void> }[],
): Promise<void> {
  const asides: { path: string; aside: string }[] = [];
  let renamed = 0;
  let current = '';
  try {
    for (const { path, write } of files) {
      current = path;
      asides.push({ path, aside: await writeAside(path, write) });
    }
    for (const { path, aside } of asides) {
      current = path;
      await rename(aside, path);
      renamed++;
    }
  } catch (error) {
    throw asWriteError(current, error);
  } finally {
    for (const { aside } of asides.slice(renamed)) await rm(aside, { force: true });
  }
}

/**
 * Makes the folder outputs go into (and its parents), and removes the temporaries runs killed there
 * left (aside-file.ts). A place that cannot hold one — a file in the way, a link to nowhere, no
 * permission, a read-only or full disk, a system folder such as /proc — is the user's to fix: a
 * WorkbookError naming it (exit 2), not an unexpected error in the OS's English.
 */
export async function prepareFolder(folder: string): Promise<void> {
  await makeFolder(resolve(folder), folder);
  await removeStaleAsides(folder);
}

// One level at a time rather than mkdir's recursive mode, which on Linux retries forever where the
// parent exists but refuses the child with ENOENT (/proc), and says ENOENT for a link to nowhere.
async function makeFolder(path: string, named: string): Promise<void> {
  let error = await mkdirError(path);
  if (error?.code === 'ENOENT' && dirname(path) !== path) {
    await makeFolder(dirname(path), named);
    error = await mkdirError(path);
  }
  if (error === null) return;
  if (error.code === 'EEXIST') return existingFolder(path, named);
  if (isLocationProblem(error.code)) throw new WorkbookError(msg.outputFolderUnusable(named, locationReason(error.code)));
  throw error;
}

async function mkdirError(path: string): Promise<(Error & { code: string }) | null> {
  try {
    await mkdir(path);
    return null;
  } catch (error) {
    if (isSystemError(error)) return error;
    throw error;
  }
}

// Something is there: a folder (or a link to one) will do; a file or a link to nowhere will not.
async function existingFolder(path: string, named: string): Promise<void> {
  const found = await stat(path).catch(() => null);
  if (found?.isDirectory()) return;
  const link = found ? null : await lstat(path).catch(() => null);
  if (link?.isSymbolicLink()) {
    const target = await readlink(path).catch(() => '');
    throw new WorkbookError(msg.outputLinkDangling(named, path === resolve(named) ? named : path, target));
  }
  throw new WorkbookError(msg.outputFolderUnusable(named, locationReason('EEXIST')));
}

/** The file's bytes; a missing or unreadable file is a WorkbookError saying so. */
async function readWorkbookFile(path: string, kind: 'xlsx' | 'ods'): Promise<Buffer> {
  return (await readWorkbookVersioned(path, kind)).content;
}

/** The file's bytes and their version (file-version.ts); a missing or unreadable file is a WorkbookError saying so. */
export async function readWorkbookVersioned(path: string, kind: 'xlsx' | 'ods'): Promise<Versioned<Buffer>> {
  try {
    return await readVersioned(path, (bytes) => bytes.whole());
  } catch (error) {
    throw new WorkbookError(
      isSystemError(error) && error.code === 'ENOENT' ? msg.localWorkbookMissing(path) : msg.spreadsheetFileUnreadable(path, kind),
    );
  }
}

/** Copies a workbook file to `to` (its folder made if missing), replacing one that is there atomically. */
export async function copyWorkbookFile(from: string, to: string, kind: 'xlsx' | 'ods'): Promise<void> {
  const bytes = await readWorkbookFile(from, kind);
  await prepareFolder(dirname(to));
  await replaceFile(to, (file) => file.writeFile(bytes));
}

/** True for an error the OS raised (it has a code such as ENOENT and names its system call). */
function isSystemError(error: unknown): error is Error & { code: string; syscall: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && 'syscall' in error;
}
