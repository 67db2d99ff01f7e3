import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../functions/config.ts';
import { localDevSecret } from '../../functions/local-dev-secret.ts';
import * as msg from '../../shared/messages/functions/index.ts';

const fileIn = () => join(mkdtempSync(join(tmpdir(), 'guankao-dev-secret-')), 'out', 'local', 'dev-secret');

describe('the development secret of npm start', () => {
  it('is made once, random, readable by its owner only, and the same on every later start', () => {
    const file = fileIn();
    const secret = localDevSecret(file);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    expect(readFileSync(file, 'utf8')).toBe(`${secret}\n`);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(localDevSecret(file)).toBe(secret);
    expect(localDevSecret(fileIn())).not.toBe(secret);
  });

  it('uses a secret put in the file by hand, and refuses one too short to sign with', () => {
    const file = fileIn();
    localDevSecret(file);
    writeFileSync(file, '  my-own-development-secret-0123456789-xyz  \n');
    expect(localDevSecret(file)).toBe('my-own-development-secret-0123456789-xyz');
    writeFileSync(file, 'short\n');
    expect(() => localDevSecret(file)).toThrow(new ConfigError(msg.devSecretFileTooShort(file, 32)));
  });
});
