// `npm start` without GUANKAO_HMAC_SECRETS signs like a deployed service, with a secret of this
// machine's own: random, made on first use and kept in out/local/dev-secret (readable by its owner
// only), so `npm run post-examples` reads the same one and the server prints it for the Sheet menu
// (Apps Script's HMAC_SECRET) when a tunnel leads to it. A secret written in the source would be
// known to anyone who reads it, and a tunnel makes loopback reachable from the internet.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as msg from '../shared/messages/functions/index.ts';
import { ConfigError, MIN_SECRET_LENGTH } from './config.ts';

/** Where the development secret is kept, from the project folder (where npm runs its scripts). */
export const DEV_SECRET_FILE = join('out', 'local', 'dev-secret');

/**
 * The development secret kept in `file`, made (32 random bytes, base64url) when there is none;
 * throws a ConfigError when the file holds a secret too short to sign with.
 */
export function localDevSecret(file: string = DEV_SECRET_FILE): string {
  const kept = readKept(file);
  if (kept !== null) return kept;
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    return secret;
  } catch (error) {
    // The server and post-examples started together and the other made it first: use theirs.
    const theirs = (error as NodeJS.ErrnoException).code === 'EEXIST' ? readKept(file) : null;
    if (theirs === null) throw error;
    return theirs;
  }
}

function readKept(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const secret = text.trim();
  if (secret.length < MIN_SECRET_LENGTH) throw new ConfigError(msg.devSecretFileTooShort(file, MIN_SECRET_LENGTH));
  return secret;
}
