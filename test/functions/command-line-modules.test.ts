import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What a run loads is what it costs to start: the command line imports the xlsx library, the Google
// clients and pdf.js only for a run that uses them, and zod (about 20 ms) only for a run that parses
// what Google or the environment sends. A resolve hook in the child process names every package it loads.
const root = new URL('../..', import.meta.url).pathname;
// date-fns's index loads every function it has (about 2 s): each is imported from its own module.
const HEAVY = /node_modules\/(exceljs|@googleapis\/[^/]+|google-auth-library|pdfjs-dist|zod|date-fns\/index)[/.]/u;
const hook = `import { registerHooks } from 'node:module';
registerHooks({ resolve(specifier, context, next) {
  const resolved = next(specifier, context);
  const found = ${HEAVY}.exec(resolved.url);
  if (found) process.stderr.write('loaded ' + found[1] + '\\n');
  return resolved;
} });`;

function heavyPackagesLoaded(args: readonly string[]): string[] {
  const result = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, join(root, 'functions', 'cli.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
  expect(result.status).toBe(0);
  return [...new Set(result.stderr.split('\n').flatMap((line) => (line.startsWith('loaded ') ? [line.slice('loaded '.length)] : [])))];
}

describe('modules a command-line run loads', () => {
  it('consolidates a CSV folder without loading the xlsx library, the Google clients, pdf.js, zod or all of date-fns', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'guankao-modules-')), 'copy');
    expect(heavyPackagesLoaded(['consolidate', join(root, 'examples', 'wanhua-115'), '--out', out])).toEqual([]);
  });

  it('loads the xlsx library when a run writes an .xlsx copy', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'guankao-modules-')), 'copy.xlsx');
    expect(heavyPackagesLoaded(['consolidate', join(root, 'examples', 'wanhua-115'), '--out', out])).toEqual(['exceljs']);
  });
});
