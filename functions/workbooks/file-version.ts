// What a user's file held when a run read it, so that a write can tell, just before replacing the
// file, whether it still holds that: the same file (device and inode: a program saving by rename
// makes a new one), and the same bytes — a same-size edit within one tick of the file system's
// clock leaves size and modification time alike. The bytes are remembered by their SHA-256, or,
// by a run that writes once and exits, as they are: comparing them costs about a tenth of hashing
// a 28 MB tab twice (once read, once before the rename), for the memory of the bytes till the write.
import { createHash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';

/** Which bytes a file held: enough to tell later whether it still holds them. */
export interface FileVersion {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: number;
  /** SHA-256 of the bytes; '' when they were kept instead, or the reader did not read them all (then equal to no file's). */
  readonly hash: string;
  /** The bytes themselves, when kept (Remember); null otherwise. */
  readonly bytes: Buffer | null;
}

/** What a read keeps of the bytes to compare the file with later: their SHA-256, or the bytes. */
export type Remember = 'hash' | 'bytes';

/** A file as read: what the reader made of its bytes, and which bytes those were. */
export interface Versioned<T> {
  readonly content: T;
  readonly version: FileVersion;
}

/** The bytes a file held when opened, for a reader: whole or in part. */
export interface FileBytes {
  readonly size: number;
  /** The `size` bytes from the start (fewer when the file was cut short meanwhile). */
  whole(): Promise<Buffer>;
  /** Up to `length` bytes from `offset`. */
  slice(offset: number, length: number): Promise<Buffer>;
}

/** Reads the file at `path` through `read`, and the version of the bytes it read, remembered as `remember` says. */
export async function readVersioned<T>(
  path: string,
  read: (bytes: FileBytes) => Promise<T>,
  remember: Remember = 'hash',
): Promise<Versioned<T>> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat({ bigint: true });
    const size = Number(stat.size);
    // The whole file, when the reader read it whole: the bytes the content was made of.
    let hash = '';
    let kept: Buffer | null = null;
    const content = await read({
      size,
      whole: async () => {
        // In one read: the file's pieces one by one, each a trip to the thread pool, made a
        // 28 MB tab's read take several times as long.
        const bytes = await sliceOf(handle, 0, size);
        if (bytes.length < size) return bytes;
        if (remember === 'bytes') kept = bytes;
        else hash = createHash('sha256').update(bytes).digest('hex');
        return bytes;
      },
      slice: (offset, length) => sliceOf(handle, offset, length),
    });
    return { content, version: { dev: stat.dev, ino: stat.ino, size, hash, bytes: kept } };
  } finally {
    await handle.close();
  }
}

/** What a file holds now against the version a run read: the same bytes, those bytes and more after them, or other bytes. */
export type Comparison =
  | { readonly kind: 'same'; readonly size: number }
  | { readonly kind: 'grown'; readonly size: number; readonly appended: Buffer }
  | { readonly kind: 'changed' };

/** Compares the file open at `handle` with `version`, reading it whole; `size` is how many bytes it was found to hold. */
export async function compareWithVersion(handle: FileHandle, version: FileVersion): Promise<Comparison> {
  const stat = await handle.stat({ bigint: true });
  const size = Number(stat.size);
  if (stat.dev !== version.dev || stat.ino !== version.ino || size < version.size || !(await holdsFirst(handle, version)))
    return { kind: 'changed' };
  if (size === version.size) return { kind: 'same', size };
  const appended = await sliceOf(handle, version.size, size - version.size);
  return { kind: 'grown', size: version.size + appended.length, appended };
}

/** Whether the file at `path` holds exactly the bytes of this size and SHA-256 (false when it is gone or unreadable). */
export async function holdsBytes(path: string, expected: { readonly size: number; readonly hash: string }): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    return false;
  }
  try {
    if ((await handle.stat()).size !== expected.size || expected.hash === '') return false;
    return (await hashOfFirst(handle, expected.size)) === expected.hash;
  } finally {
    await handle.close();
  }
}

// A file compared whole is read in pieces this large, into one buffer: a 30 MB tab in 30 reads.
const WHOLE_CHUNK = 1 << 20;

// Whether the open file's first bytes are those `version` remembers.
async function holdsFirst(handle: FileHandle, version: FileVersion): Promise<boolean> {
  if (version.bytes) return startsWith(handle, version.bytes);
  if (version.hash === '') return false;
  return (await hashOfFirst(handle, version.size)) === version.hash;
}

// Whether the open file's first bytes are `bytes`, read a piece at a time: no second copy of a 28 MB tab.
async function startsWith(handle: FileHandle, bytes: Buffer): Promise<boolean> {
  const piece = Buffer.allocUnsafe(Math.min(WHOLE_CHUNK, bytes.length));
  for (let offset = 0; offset < bytes.length; ) {
    const { bytesRead } = await handle.read(piece, 0, Math.min(piece.length, bytes.length - offset), offset);
    if (bytesRead === 0 || !piece.subarray(0, bytesRead).equals(bytes.subarray(offset, offset + bytesRead))) return false;
    offset += bytesRead;
  }
  return true;
}

// The SHA-256 of the first `size` bytes of the open file; null when it holds fewer.
async function hashOfFirst(handle: FileHandle, size: number): Promise<string | null> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(Math.min(WHOLE_CHUNK, size));
  for (let offset = 0; offset < size; ) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - offset), offset);
    if (bytesRead === 0) return null;
    hash.update(buffer.subarray(0, bytesRead));
    offset += bytesRead;
  }
  return hash.digest('hex');
}

/** Up to `length` bytes of the file open at `handle`, from `offset` (fewer where the file ends). */
export async function sliceOf(handle: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(Math.max(length, 0));
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
