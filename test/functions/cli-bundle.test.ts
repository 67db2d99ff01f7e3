import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FOLDER, freshBundle, MANIFEST_FILE } from '../../functions/cli-bundle.js';

// The guankao command runs the bundle `npm ci` builds only while every file it was built from is
// what is on disk; these tests build one in a copy of the project, whose sources they then change.
const root = new URL('../..', import.meta.url).pathname;
const example = join(root, 'examples', 'wanhua-115');
// The bundle says so when it runs: a line appended to its entry module, which no source holds.
const MARK = 'guankao-ran-the-bundle';

let project: string;
const outputs: string[] = [];

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'guankao-bundle-'));
  for (const folder of ['functions', 'shared', 'deploy']) cpSync(join(root, folder), join(project, folder), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) copyFileSync(join(root, file), join(project, file));
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  execFileSync(process.execPath, [join(project, 'deploy', 'build-cli.ts')], { cwd: project, stdio: 'pipe' });
  appendFileSync(join(project, BUNDLE_FOLDER, 'cli.js'), `\nprocess.stderr.write(${JSON.stringify(`${MARK}\n`)});\n`);
});

// rmSync removes the node_modules link, not what it links to.
afterAll(() => {
  for (const folder of [project, ...outputs]) rmSync(folder, { recursive: true, force: true });
});

function guankao(...args: string[]) {
  const result = spawnSync(process.execPath, [join(project, 'functions', 'guankao.js'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { status: result.status, ranBundle: result.stderr.includes(MARK), stderr: result.stderr.replace(`${MARK}\n`, '') };
}

/** Every file a consolidation wrote, with the run's time (彙整時間) left out. */
function written(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((file) => [file, readFileSync(join(folder, file), 'utf8').replace(/彙整時間：[^,"\n]*/gu, '彙整時間：…')]),
  );
}

describe('the command line’s bundle', () => {
  it('runs while it was built from the sources as they are, and writes what the sources write', () => {
    const out = mkdtempSync(join(tmpdir(), 'guankao-bundle-out-'));
    outputs.push(out);
    const fromBundle = guankao('consolidate', example, '--out', join(out, 'bundle'));
    expect(fromBundle).toEqual({ status: 0, ranBundle: true, stderr: '' });
    const fromSources = spawnSync(process.execPath, [
      join(project, 'functions', 'cli.ts'),
      'consolidate',
      example,
      '--out',
      join(out, 'sources'),
    ]);
    expect(fromSources.status).toBe(0);
    expect(written(join(out, 'bundle'))).toEqual(written(join(out, 'sources')));
  });

  it('gives way to the sources while one of them differs from what the bundle was built from', () => {
    const source = join(project, 'shared', 'text.ts');
    const original = readFileSync(source);
    appendFileSync(source, '// changed after the bundle was built\n');
    expect(freshBundle(project)).toBeNull();
    expect(guankao('--help')).toMatchObject({ status: 0, ranBundle: false, stderr: '' });
    writeFileSync(source, original);
    expect(freshBundle(project)).toMatch(/^file:.*\/dist\/cli\/cli\.js$/u);
    expect(guankao('--help')).toMatchObject({ status: 0, ranBundle: true });
  });

  it('is not used when a source it was built from is gone, or when it has no list of sources', () => {
    const manifestPath = join(project, BUNDLE_FOLDER, MANIFEST_FILE);
    const manifest = readFileSync(manifestPath, 'utf8');
    const list = JSON.parse(manifest) as { files: string[] };
    expect(list.files).toEqual(expect.arrayContaining(['functions/cli.ts', 'shared/text.ts', 'deploy/build-cli.ts', 'package.json']));
    const gone = join(project, 'functions', 'commands', 'year-end.ts');
    const kept = readFileSync(gone);
    rmSync(gone);
    expect(freshBundle(project)).toBeNull();
    writeFileSync(gone, kept);
    expect(freshBundle(project)).not.toBeNull();
    rmSync(manifestPath);
    expect(freshBundle(project)).toBeNull();
    expect(guankao('--help')).toMatchObject({ status: 0, ranBundle: false });
    writeFileSync(manifestPath, manifest);
  });
});
