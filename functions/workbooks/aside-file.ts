// A file's new content is written beside it first (same folder, so the rename that follows never
// crosses file systems; a dot name, so no one opens it meanwhile): `.<name>.<pid>.<8 hex>.tmp`.
// A run killed mid-write (kill -9, a power cut) leaves that file behind; a later run writing into
// the folder removes those of ours that no live run can still be writing.
import { randomBytes } from 'node:crypto';
import { type FileHandle, open, readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const ASIDE = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/u;
/** A temporary of a process that is not running here, untouched this long, is left over. */
const DEAD_WRITER_AFTER_MS = 60_000;
/** Untouched this long, a temporary is left over whoever made it (its pid may have been reused). */
const ANY_WRITER_AFTER_MS = 60 * 60_000;

/** Writes what `write` writes into a new file beside `path`, flushed to disk; returns its path. */
export async function writeAside(path: string, write: (file: FileHandle) => Promise<void>): Promise<string> {
  const aside = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const file = await open(aside, 'wx');
    try {
      await write(file);
      await file.sync();
    } finally {
      await file.close();
    }
  } catch (error) {
    await rm(aside, { force: true });
    throw error;
  }
  return aside;
}

/** What removeStaleAsides asks of the machine: passed in so tests decide. */
export interface SweepDeps {
  readonly now?: () => number;
  /** Whether a process with this id runs on this machine. */
  readonly isRunning?: (pid: number) => boolean;
}

/**
 * Removes the temporaries writeAside left in `folder` when a run was killed: only files named as it
 * names them, and only when their writer is gone (its process is not running here and the file has
 * not changed for a minute) or the file has not changed for an hour (a pid may be reused, and a
 * folder on a network drive may be written from another machine, whose pids mean nothing here).
 * Returns the names removed. A folder that cannot be listed is left to the write that follows.
 */
export async function removeStaleAsides(folder: string, { now = Date.now, isRunning = processRuns }: SweepDeps = {}): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = ASIDE.exec(name)?.[2];
    if (pid === undefined) continue;
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    const idleMs = now() - info.mtimeMs;
    const stale = idleMs > ANY_WRITER_AFTER_MS || (idleMs > DEAD_WRITER_AFTER_MS && !isRunning(Number(pid)));
    if (!stale) continue;
    await rm(path, { force: true });
    removed.push(name);
  }
  return removed;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
