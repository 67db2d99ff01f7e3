// The command line's prebuilt bundle, dist/cli/ (`npm ci` builds it: package.json's prepare runs
// deploy/build-cli.ts): functions/cli.ts and every module of ours it imports, in a few files, which
// start in about half the time the sources take to load (README › Decisions). Its manifest lists
// the files it was built from and their digest; the bundle runs only while those files are, byte
// for byte, what is on disk, so a change to any of them (an edit, a `git pull`, a new date-fns)
// makes the command run from the sources until the bundle is built again. Plain JavaScript, as
// guankao.js is: it is read before anything else of the command.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project's folder: the manifest names files relative to it. */
export const PROJECT_ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
/** Where the bundle is built, relative to the project. */
export const BUNDLE_FOLDER = join('dist', 'cli');
/** The bundle's list of sources, in BUNDLE_FOLDER. */
export const MANIFEST_FILE = 'sources.json';

/**
 * The digest of files named relative to `root`: SHA-256 over each one's name, length and bytes,
 * in the order given. Throws when a file cannot be read.
 */
export function sourcesDigest(/** @type {string} */ root, /** @type {readonly string[]} */ files) {
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The URL of the bundle's entry module when the bundle in `root` was built from the files as they
 * are now; null when there is no bundle, or any of its sources changed or is gone.
 */
export function freshBundle(root = PROJECT_ROOT) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, BUNDLE_FOLDER, MANIFEST_FILE), 'utf8'));
  } catch {
    return null; // No bundle (`npm ci --ignore-scripts`, or a build that failed): the sources run.
  }
  const { entry, files, digest } = /** @type {{ entry: string; files: string[]; digest: string }} */ (manifest);
  try {
    if (sourcesDigest(root, files) !== digest) return null;
  } catch {
    return null; // A source the bundle was built from is gone.
  }
  return pathToFileURL(join(root, BUNDLE_FOLDER, entry)).href;
}
