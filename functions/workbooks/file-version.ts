// What a user's file held when a run read it, so that a write can tell, just before replacing the
// file, whether it still holds that: the same file (device and inode: a program saving by rename
// makes a new one), and the same bytes, compared by SHA-256 — a same-size edit within one tick of
// the file system's clock leaves size and modification time alike.
import { createHash } from 'node:crypto';
import { read } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** Which bytes a file held: enough to tell later whether it still holds them. */
export interface FileVersion {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: number;
  /** SHA-256 of the bytes; '' when the reader did not read them all (then equal to no file's). */
  readonly hash: string;
}

/** A file as read: what the reader made of its bytes, and which bytes those were. */
export interface Versioned<T> {
  readonly content: T;
  readonly version: FileVersion;
}

/** The bytes a file held when opened, for a reader: as a stream (more than once if need be) or in part. */
export interface FileBytes {
  readonly size: number;
  /** A stream of exactly `size` bytes from the start. */
  stream(): Readable;
  /** Up to `length` bytes from `offset`. */
  slice(offset: number, length: number): Promise<Buffer>;
}

const CHUNK = 1 << 16;

/** Reads the file at `path` through `read`, and the version of the bytes it read. */
export async function readVersioned<T>(path: string, read: (bytes: FileBytes) => Promise<T>): Promise<Versioned<T>> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat({ bigint: true });
    const size = Number(stat.size);
    // The digest of a stream the reader read to its end: the bytes the content was made of.
    let hash = '';
    const content = await read({
      size,
      stream: () => streamOf(handle, size, (digest) => (hash = digest)),
      slice: (offset, length) => sliceOf(handle, offset, length),
    });
    return { content, version: { dev: stat.dev, ino: stat.ino, size, hash } };
  } finally {
    await handle.close();
  }
}

/** What a file holds now against the version a run read: the same bytes, those bytes and more after them, or other bytes. */
export type Comparison =
  | { readonly kind: 'same'; readonly version: FileVersion }
  | { readonly kind: 'grown'; readonly version: FileVersion; readonly appended: Buffer }
  | { readonly kind: 'changed' };

/** Compares the file open at `handle` with `version`, reading it whole. */
export async function compareWithVersion(handle: FileHandle, version: FileVersion): Promise<Comparison> {
  const stat = await handle.stat({ bigint: true });
  const size = Number(stat.size);
  if (stat.dev !== version.dev || stat.ino !== version.ino || size < version.size || version.hash === '') return { kind: 'changed' };
  const hash = createHash('sha256');
  for (let offset = 0; offset < version.size; ) {
    const chunk = await sliceOf(handle, offset, Math.min(CHUNK, version.size - offset));
    if (chunk.length === 0) return { kind: 'changed' };
    hash.update(chunk);
    offset += chunk.length;
  }
  if (hash.copy().digest('hex') !== version.hash) return { kind: 'changed' };
  if (size === version.size) return { kind: 'same', version };
  const appended = await sliceOf(handle, version.size, size - version.size);
  hash.update(appended);
  return { kind: 'grown', version: { ...version, size: version.size + appended.length, hash: hash.digest('hex') }, appended };
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
    const hash = createHash('sha256');
    for (let offset = 0; offset < expected.size; ) {
      const chunk = await sliceOf(handle, offset, Math.min(WHOLE_CHUNK, expected.size - offset));
      if (chunk.length === 0) return false;
      hash.update(chunk);
      offset += chunk.length;
    }
    return hash.digest('hex') === expected.hash;
  } finally {
    await handle.close();
  }
}

// A file compared whole is read in pieces this large: a 30 MB tab in 30 reads.
const WHOLE_CHUNK = 1 << 20;

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

// The first `size` bytes of the open file, each chunk hashed; `done` hears the digest when the
// stream reached `size` (a file cut short meanwhile ends it early, without one). Read with the
// callback API on the descriptor, which costs a run over a folder of small tabs half what
// FileHandle.read's promises do.
function streamOf(handle: FileHandle, size: number, done: (digest: string) => void): Readable {
  const hash = createHash('sha256');
  let offset = 0;
  return new Readable({
    highWaterMark: CHUNK,
    read() {
      const length = Math.min(CHUNK, size - offset);
      if (length <= 0) {
        done(hash.digest('hex'));
        this.push(null);
        return;
      }
      read(handle.fd, Buffer.allocUnsafe(length), 0, length, offset, (error, bytesRead, buffer) => {
        if (error) {
          this.destroy(error);
          return;
        }
        if (bytesRead === 0) {
          this.push(null);
          return;
        }
        offset += bytesRead;
        const chunk = buffer.subarray(0, bytesRead);
        hash.update(chunk);
        this.push(chunk);
      });
    },
  });
}
