// Runs the command line on an example workbook with a fixed clock, and reads what examples/README.md
// promises about it, so the tests check the page and the page cannot drift from the behaviour.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../functions/command-line.ts';
import { readCsvFolder } from '../../functions/workbooks/csv/csv-folder-workbook.ts';
import type { Snapshot, Tab } from '../../shared/workbook.ts';

/** The clock of the golden files: 2026-11-23 10:00 in Taipei. */
export const EXAMPLES_NOW = Date.parse('2026-11-23T10:00:00+08:00');

export const EXAMPLES_DIR = new URL('../../examples/', import.meta.url).pathname;

/** What one run printed and wrote. */
export interface ExampleRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly out: string;
  readonly output: Snapshot;
}

/** `guankao consolidate <example> --out <temp>` at EXAMPLES_NOW, and the written copy read back. */
export async function consolidateExample(name: string, now = EXAMPLES_NOW): Promise<ExampleRun> {
  const out = join(mkdtempSync(join(tmpdir(), `guankao-example-${name}-`)), 'out');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = {
    stdout: { write: (s: string) => stdout.push(s) },
    stderr: { write: (s: string) => stderr.push(s) },
    now: () => now,
    env: {},
  };
  const code = await runCli(['consolidate', join(EXAMPLES_DIR, name), '--out', out], io);
  const output = code === 0 ? await readCsvFolder(out) : { tabs: [] };
  return { code, stdout: stdout.join(''), stderr: stderr.join(''), out, output };
}

/** The tab of that name; throws when the run did not write it. */
export function tabOf(snapshot: Snapshot, name: string): Tab {
  const tab = snapshot.tabs.find((candidate) => candidate.name === name);
  if (!tab) throw new Error(`no tab ${name} among ${snapshot.tabs.map((t) => t.name).join(', ')}`);
  return tab;
}

/** A tab's data rows as records by header name (cells as text). */
export function recordsOf(tab: Tab): Record<string, string>[] {
  const [header = [], ...rows] = tab.rows;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name ?? ''), String(row[i] ?? '')])));
}

/** One line of a README table, by its header cells. */
export type ReadmeLine = Readonly<Record<string, string>>;

/** The table under a `## heading` of examples/README.md, one record per data line. */
export function readmeTable(heading: string): ReadmeLine[] {
  const text = readFileSync(join(EXAMPLES_DIR, 'README.md'), 'utf8');
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`examples/README.md has no section "${heading}"`);
  const end = text.indexOf('\n## ', start + 1);
  const lines = text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  const [header, , ...rows] = lines;
  if (!header) throw new Error(`section "${heading}" has no table`);
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
