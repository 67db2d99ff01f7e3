// A program measured as a user meets it: its whole process, from spawn to exit (Node's start, module
// loading and all), and its peak resident memory, which a preloaded hook reads at exit
// (process.resourceUsage().maxRSS) and leaves in a file, so the program itself is not changed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One run of a program. */
export interface ProcessMeasure {
  readonly wallMs: number;
  /** NaN when the process was killed before it could say (out of memory). */
  readonly peakRssMiB: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The hook preloaded into a measured process: its arguments and environment, and how to read its figure. */
export interface PeakHook {
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  read(): number;
  dispose(): void;
}

// A CommonJS preload (--require) runs before the program, whatever kind of module that is.
const PEAK_HOOK = `process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS)));`;

/** Writes the peak-RSS hook into a temporary folder. */
export function peakHook(): PeakHook {
  const dir = mkdtempSync(join(tmpdir(), 'guankao-bench-'));
  const file = join(dir, 'peak');
  const hook = join(dir, 'peak.cjs');
  writeFileSync(hook, PEAK_HOOK);
  return {
    args: ['--require', hook],
    env: { BENCH_PEAK_FILE: file },
    read: () => {
      try {
        return Number(readFileSync(file, 'utf8')) / 1024;
      } catch {
        return Number.NaN;
      }
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `node <args>` to its end and measures it. */
export async function measureProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessMeasure> {
  const hook = peakHook();
  const started = performance.now();
  const child = spawn(process.execPath, [...hook.args, ...args], {
    env: { ...process.env, NODE_OPTIONS: '', ...env, ...hook.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  const wallMs = performance.now() - started;
  const peakRssMiB = hook.read();
  hook.dispose();
  return { wallMs, peakRssMiB, status, stdout, stderr };
}

/** Plain JavaScript for the floors, run with `node --input-type=module -e`: no TypeScript, no project code. */
export const FLOOR_SCRIPTS = {
  // The least any consolidation must do: read every file and split it into cells.
  split: `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const folder = process.argv[1];
let cells = 0;
for (const file of readdirSync(folder)) {
  if (!file.endsWith('.csv')) continue;
  for (const line of readFileSync(join(folder, file), 'utf8').split('\\n')) cells += line.split(',').length;
}
process.stdout.write(String(cells));
`,
  // What the CSV backend did before: each file streamed through a UTF-8 decoder and csv-parse.
  csvParse: (csvParseUrl: string) => `
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parse } from ${JSON.stringify(csvParseUrl)};
const folder = process.argv[1];
let cells = 0;
for (const file of readdirSync(folder)) {
  if (!file.endsWith('.csv')) continue;
  const rows = [];
  await pipeline(createReadStream(join(folder, file)), parse({ bom: true, relax_column_count: true, skip_empty_lines: false }), async (records) => {
    for await (const record of records) { rows.push(record); cells += record.length; }
  });
}
process.stdout.write(String(cells));
`,
};
