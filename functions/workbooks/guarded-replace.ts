// Replacing a file a user owns (a CSV tab, an .xlsx or .ods workbook) without losing what someone
// added while the run was writing. The new content is written aside; immediately before it is
// renamed over the file, the file is compared with what the content was made from (file-version.ts):
// - the same bytes: the rename goes ahead;
// - the same bytes and more after them (a unit or a sync client appended rows): those bytes are
//   carried to the end of the new content, when the format allows (a CSV tab; never a zip);
// - anything else (a program saved the file, a row was edited): the file is read again and the
//   content made again from it, up to MAX_ROUNDS times.
// A process that opened the file before the rename may still append to the file it opened, which
// the rename has just unlinked: the run keeps that file open and carries over whatever grows there
// until it has stayed as it is for SETTLE_MS (a writer on a busy machine was seen 23 ms late);
// the files of one write are watched together (LateAppends) while the write goes on, so that costs
// a write at most SETTLE_MS once, less when what it writes after a file takes time of its own.
// What can still be lost: a write by a process that opened the file before the rename and writes
// later than that, and an edit in place (not an append, not a save by rename) between the
// comparison and the rename — the window of one rename.
import { appendFile, type FileHandle, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as msg from '../../shared/messages/functions/index.ts';
import { type Clock, monotonicClock } from '../clock.ts';
import { removeStaleAsides, writeAside } from './aside-file.ts';
import type { WriteOptions } from './copy-options.ts';
import { compareWithVersion, type FileVersion, sliceOf, type Versioned } from './file-version.ts';
import { WorkbookError } from './workbook-error.ts';
import { asWriteError, readWorkbookVersioned } from './workbook-file.ts';

/** How to edit one file: read it (readVersioned), and make its new content from what it held. */
export interface FileEdit<T> {
  load(): Promise<Versioned<T>>;
  /** The new content for what the file held, or null when it already holds what the run writes. */
  render(content: T): Promise<Rendering | null>;
}

/** New content for a file. */
export interface Rendering {
  write(file: FileHandle): Promise<void>;
  /** Makes a Carrier for bytes appended to the file after the read; absent when appended bytes cannot be kept apart (a zip). */
  readonly carry?: () => Carrier;
  /**
   * True when bytes appended to the file continue its last line (it has no line end), which the new
   * content changed: appended before the comparison, they make the file read again instead; after
   * the rename, they are carried as rows of their own, since nothing may be dropped.
   */
  readonly appendsContinueLastLine?: boolean;
}

/** Turns bytes appended to the old file into bytes to append to the new one (a CSV tab's rows, re-encoded). */
export interface Carrier {
  take(appended: Buffer): Buffer;
  /** What is left once nothing more comes (a last row without its line end). */
  end(): Buffer;
}

/**
 * Moments of a replacement, for tests to act in (a row appended between the comparison and the
 * rename…) without relying on timing.
 */
export interface ReplaceHooks {
  /** The new content is written aside; the file is about to be compared with what it was made from. */
  readonly asideWritten?: (path: string) => Promise<void>;
  /** The file was found as read; the rename comes next. */
  readonly compared?: (path: string) => Promise<void>;
  /** The rename is done; what was appended to the old file is carried over next. */
  readonly renamed?: (path: string) => Promise<void>;
}

/** Rounds of read-and-make-again before a file that keeps changing is left for the next run. */
export const MAX_ROUNDS = 10;
/** How long a replaced file must stay as it is before the run stops watching it for late appends. */
const SETTLE_MS = 100;
const SETTLE_STEP_MS = 5;

/** Replaced files being watched for late appends, all at once, until the write is over and SETTLE_MS after. */
export interface LateAppends {
  watch(task: (writeOver: () => boolean) => Promise<void>): void;
  /** The write is over: waits for every file to have stayed as it is for SETTLE_MS since. */
  settled(): Promise<void>;
}

/** Watches for the files of one write (each replaceEdited given it), to be settled at the write's end. */
export function lateAppends(): LateAppends {
  const tasks: Promise<void>[] = [];
  let over = false;
  let failure: { error: unknown } | null = null;
  return {
    watch(task) {
      // Caught here, so a failure waits for settled() instead of going unhandled meanwhile.
      tasks.push(task(() => over).catch((error: unknown) => void (failure ??= { error })));
    },
    async settled() {
      over = true;
      await Promise.all(tasks);
      if (failure) throw failure.error;
    },
  };
}

/** A file that changed under every round of a write: nothing was written and nothing lost; the next run writes it. */
export class FileKeptChanging extends WorkbookError {}

/**
 * Replaces the file at `path` with `edit`'s content for what it holds, keeping what others add meanwhile
 * (see above); `first` is the read the run already made, `late` where the replaced file is watched
 * (else it is watched before this returns). Returns whether the file was written.
 */
export async function replaceEdited<T>(
  path: string,
  edit: FileEdit<T>,
  options: { first?: Versioned<T>; hooks?: ReplaceHooks; late?: LateAppends; clock?: Clock } = {},
): Promise<boolean> {
  const { hooks = {}, clock = monotonicClock } = options;
  const late = options.late ?? null;
  let read = options.first ?? (await edit.load());
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const rendering = await edit.render(read.content);
    if (rendering === null) return false;
    let aside: string | null = null;
    try {
      aside = await writeAside(path, rendering.write);
      await hooks.asideWritten?.(path);
      if (await swapIn(path, aside, read.version, rendering, { hooks, late, clock })) {
        aside = null;
        return true;
      }
    } catch (error) {
      throw asWriteError(path, error);
    } finally {
      if (aside !== null) await rm(aside, { force: true });
    }
    read = await edit.load();
  }
  throw new FileKeptChanging(msg.fileKeptChanging(path, MAX_ROUNDS));
}

/**
 * Rewrites a whole-file workbook (.xlsx, .ods) in place: `render` makes the new bytes from what the
 * file holds, again if someone saves the file meanwhile; `warn` (options.warn, said once) hears
 * what a copy could not keep; `first`, the run's own read of the file, is rendered first instead
 * of reading the file again (it is still compared before the rename). Temporaries runs killed
 * beside it are removed first.
 */
export async function rewriteWorkbookFile(
  path: string,
  kind: 'xlsx' | 'ods',
  options: WriteOptions,
  render: (bytes: Buffer, warn: (message: string) => void) => Promise<Uint8Array>,
  first?: Versioned<Buffer>,
): Promise<void> {
  await removeStaleAsides(dirname(path));
  let warned = false;
  const warn = (message: string) => {
    if (!warned) options.warn?.(message);
    warned = true;
  };
  const edit: FileEdit<Buffer> = {
    load: () => readWorkbookVersioned(path, kind),
    async render(bytes) {
      const written = await render(bytes, warn);
      return { write: (file) => file.writeFile(written) };
    },
  };
  await replaceEdited(path, edit, {
    ...(options.hooks ? { hooks: options.hooks } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(first ? { first } : {}),
  });
}

// Renames `aside` over `path` if the file still holds `version` (or that and more, carried over);
// false when it holds something else.
async function swapIn(
  path: string,
  aside: string,
  version: FileVersion,
  rendering: Rendering,
  { hooks, late, clock }: { hooks: ReplaceHooks; late: LateAppends | null; clock: Clock },
): Promise<boolean> {
  let held: FileHandle;
  try {
    held = await open(path, 'r');
  } catch (error) {
    // Gone or replaced while we wrote: read again (a missing file is then reported as such).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  let watching = false;
  try {
    const comparison = await compareWithVersion(held, version);
    if (comparison.kind === 'changed') return false;
    const carrier = rendering.carry?.() ?? null;
    if (comparison.kind === 'grown') {
      if (carrier === null || rendering.appendsContinueLastLine) return false;
      await appendFile(aside, carrier.take(comparison.appended), { flush: true });
    }
    await hooks.compared?.(path);
    await rename(aside, path);
    await hooks.renamed?.(path);
    if (carrier) {
      const task = (writeOver: () => boolean) =>
        carryLateAppends(held, comparison.size, carrier, path, { writeOver, clock }).finally(() => held.close());
      watching = true;
      if (late) late.watch(task);
      else await task(() => true);
    }
    return true;
  } finally {
    if (!watching) await held.close();
  }
}

// Appends to the replaced file by processes that had it open land in it, not in `path`: carried
// over as they come, until the write is over and the file has stayed as it is for SETTLE_MS since
// the rename or its last append (a process that opened the file writes within moments), then
// whatever the carrier still holds. The time is the clock's, not a count of polls, which a busy
// machine stretches.
async function carryLateAppends(
  held: FileHandle,
  from: number,
  carrier: Carrier,
  path: string,
  { writeOver, clock }: { writeOver: () => boolean; clock: Clock },
): Promise<void> {
  let offset = from;
  // Since the rename, or the last bytes carried: the time a late writer has had.
  let quietSince = clock.now();
  for (;;) {
    const size = Number((await held.stat()).size);
    if (size > offset) {
      const appended = await sliceOf(held, offset, size - offset);
      offset += appended.length;
      await appendFile(path, carrier.take(appended));
      quietSince = clock.now();
      continue;
    }
    if (writeOver() && clock.now() - quietSince >= SETTLE_MS) break;
    await clock.sleep(SETTLE_STEP_MS);
  }
  const rest = carrier.end();
  if (rest.length > 0) await appendFile(path, rest);
}
