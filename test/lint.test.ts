import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The import rule lives in biome.jsonc; this runs the project's own biome.jsonc on probe files in a
// scratch tree laid out like ours, so a config that stops catching a forbidden import fails here.
const root = new URL('..', import.meta.url).pathname;
const biome = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
const scratch = mkdtempSync(join(tmpdir(), 'guankao-lint-'));
copyFileSync(join(root, 'biome.jsonc'), join(scratch, 'biome.jsonc'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const IMPORT_RULES = new Set(['lint/correctness/noNodejsModules', 'lint/style/noRestrictedImports']);

/** The import rules biome reports for a module at `path` (relative to the tree) that imports `specifier`. */
function importFindings(path: string, specifier: string): string[] {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `import probe from '${specifier}';\n\nexport const probed = probe;\n`);
  const result = spawnSync(process.execPath, [biome, 'lint', '--vcs-enabled=false', '--reporter=json', path], {
    cwd: scratch,
    encoding: 'utf8',
  });
  rmSync(file);
  const report = JSON.parse(result.stdout) as { diagnostics: { category?: string }[] };
  const found = report.diagnostics.flatMap((d) => (d.category !== undefined && IMPORT_RULES.has(d.category) ? [d.category] : []));
  expect(result.status, result.stdout).toBe(found.length > 0 ? 1 : 0);
  return found;
}

describe('the lint rule that keeps shared/ pure', () => {
  it.each([
    ['shared/probe.ts', 'node:fs'],
    ['shared/probe.ts', 'fs'],
    ['shared/plan-import/probe.ts', 'path'],
    ['shared/probe.ts', '@googleapis/sheets'],
    ['shared/probe.ts', 'google-auth-library'],
    ['shared/probe.ts', '@google-cloud/functions-framework'],
    ['shared/probe.ts', '../functions/config.ts'],
    ['shared/plan-import/probe.ts', '../../functions/workbooks/csv/csv-workbook.ts'],
    ['shared/probe.ts', '../apps-script/src/gas.ts'],
  ])('refuses %s importing %s', (path, specifier) => {
    expect(importFindings(path, specifier)).toHaveLength(1);
  });

  it.each([
    ['shared/probe.ts', 'zod'],
    ['shared/probe.ts', 'date-fns/addDays'],
    ['shared/plan-import/probe.ts', '../text.ts'],
    ['functions/probe.ts', 'node:fs'],
    ['functions/probe.ts', '@googleapis/sheets'],
    ['apps-script/src/probe.ts', '../../shared/text.ts'],
  ])('lets %s import %s', (path, specifier) => {
    expect(importFindings(path, specifier)).toEqual([]);
  });
});
