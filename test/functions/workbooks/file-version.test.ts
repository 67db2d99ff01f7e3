// Whether a file still holds what a run read, told just before the run replaces it: the same bytes,
// the same bytes with more after them, or anything else — whether the read remembered the bytes by
// their SHA-256 or kept them.
import { appendFileSync, mkdtempSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Comparison, compareWithVersion, type Remember, readVersioned } from '../../../functions/workbooks/file-version.ts';

const TEXT = '\uFEFF填報單位,執行成效\r\n民政課,第一列\r\n';

// The file as read whole, then changed by `change`, compared with what was read.
async function comparedAfter(remember: Remember, change: (path: string) => void, readWhole = true): Promise<Comparison> {
  const path = join(mkdtempSync(join(tmpdir(), 'guankao-version-')), '表單回應 1.csv');
  writeFileSync(path, TEXT);
  const { version } = await readVersioned(path, (bytes) => (readWhole ? bytes.whole() : bytes.slice(0, 3)), remember);
  change(path);
  const handle = await open(path, 'r');
  try {
    return await compareWithVersion(handle, version);
  } finally {
    await handle.close();
  }
}

const size = Buffer.byteLength(TEXT);

describe.each<Remember>(['hash', 'bytes'])('a file compared with what a run read (remembered by %s)', (remember) => {
  it('is the same when nothing touched it', async () => {
    expect(await comparedAfter(remember, () => undefined)).toEqual({ kind: 'same', size });
  });

  it('has grown by the rows appended since, which it gives', async () => {
    const comparison = await comparedAfter(remember, (path) => appendFileSync(path, '社會課,新的一列\r\n'));
    expect(comparison.kind).toBe('grown');
    if (comparison.kind !== 'grown') return;
    expect(comparison.appended.toString('utf8')).toBe('社會課,新的一列\r\n');
    expect(comparison.size).toBe(size + Buffer.byteLength('社會課,新的一列\r\n'));
  });

  it.each<[string, (path: string) => void]>([
    ['a cell edited in place, size unchanged', (path) => writeFileSync(path, TEXT.replace('第一列', '第二列'))],
    ['its first byte edited', (path) => writeFileSync(path, TEXT.replace('\uFEFF', '\uFEFE'))],
    ['its last byte edited', (path) => writeFileSync(path, `${TEXT.slice(0, -1)} `)],
    ['a row edited and one appended', (path) => writeFileSync(path, `${TEXT.replace('民政課', '社會課')}兵役課,x\r\n`)],
    ['cut short', (path) => truncateSync(path, size - 2)],
    [
      'saved by a program (a new file renamed over it), same bytes',
      (path) => {
        writeFileSync(`${path}.saving`, TEXT);
        renameSync(`${path}.saving`, path);
      },
    ],
  ])('has changed after %s', async (_, change) => {
    expect(await comparedAfter(remember, change)).toEqual({ kind: 'changed' });
  });

  it('is never the same when the reader did not read it whole', async () => {
    expect(await comparedAfter(remember, () => undefined, false)).toEqual({ kind: 'changed' });
  });
});

describe('what a read remembers of the bytes', () => {
  it('keeps the bytes read whole, or their SHA-256, not both', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'guankao-version-')), '計畫.csv');
    writeFileSync(path, TEXT);
    const kept = await readVersioned(path, (bytes) => bytes.whole(), 'bytes');
    const hashed = await readVersioned(path, (bytes) => bytes.whole(), 'hash');
    expect(kept.version.bytes?.toString('utf8')).toBe(TEXT);
    expect(kept.version.hash).toBe('');
    expect(hashed.version.bytes).toBeNull();
    expect(hashed.version.hash).toMatch(/^[0-9a-f]{64}$/u);
  });
});
