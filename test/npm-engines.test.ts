import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// .npmrc keeps npm quiet about engines, which it checks against the machine's Node; what matters is
// the Node every script runs on, the `node` package that `npm ci` installs.
const root = new URL('..', import.meta.url).pathname;
const pinnedVersion = (
  JSON.parse(readFileSync(new URL('../node_modules/node/package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Names of the installed packages whose engines.node does not accept `version`, as npm reads them. */
function packagesRefusing(version: string): string[] {
  const query = `:attr(engines, [node]):not(:semver(${version}, :attr(engines, [node]), intersects))`;
  const result = spawnSync('npm', ['query', query], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { name: string }[]).map((pkg) => pkg.name);
}

describe('the Node that runs the project', () => {
  it('is accepted by the engines of every installed package', () => {
    expect(packagesRefusing(pinnedVersion)).toEqual([]);
  });

  it('is what the check compares with: a Node far too old is refused', () => {
    expect(packagesRefusing('4.0.0')).toEqual(expect.arrayContaining(['guankao', 'vitest']));
  });
});
