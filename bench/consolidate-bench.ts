// `npm run bench`: consolidation at 10,000, 100,000 and 200,000 form rows (60 units, 400 practices;
// bench-workbook.ts), each program measured as a user runs it — a whole process from spawn to exit,
// and its peak RSS — beside the floors measured in the same run:
//   floor: read + split — read every file and split it into cells (readFileSync + split): the
//          least any consolidation must do;
//   floor: csv-parse    — the same files through csv-parse's stream, a general CSV reader;
//   consolidate         — `guankao consolidate <folder>` (functions/guankao.js), no heap flags;
//   small workbook      — the same command on a copy of examples/wanhua-115;
//   npm start           — the local server's answer to its first /ingest, then, under the V8 heap
//                         limits of a 256 MiB function (HEAP_FLAGS), 200 signed ingests and the
//                         rebuilds they ask for, to the end.
// Figures, not a pass/fail test. SIZES, ROUNDS and INGESTS (environment) change the defaults;
// `node bench/consolidate-bench.ts generate <folder> [rows]` only writes a workbook, to profile by hand.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FLOOR_SCRIPTS, measureProcess, type ProcessMeasure } from './bench-process.ts';
import { type ServerRun, serveAndIngest } from './bench-server.ts';
import { generateWorkbook, PRACTICES, UNITS } from './bench-workbook.ts';

/** V8 heap limits for a 256 MiB instance: old space well under the limit, small young generation. */
export const HEAP_FLAGS = ['--max-old-space-size=160', '--max-semi-space-size=16'];

const root = join(import.meta.dirname, '..');
const work = join(root, '.bench');
const cli = join(root, 'functions', 'guankao.js');
const sizes = (process.env.SIZES ?? '10000,100000,200000').split(',').map(Number);
const rounds = Number(process.env.ROUNDS ?? 3);
const ingests = Number(process.env.INGESTS ?? 200);
const targets = { ratio: 4, rssMiB: 256, smallMs: 500, firstIngestMs: 200 };

interface SizeFigures {
  readonly rows: number;
  readonly split: ProcessMeasure;
  readonly csvParse: ProcessMeasure;
  readonly consolidate: ProcessMeasure;
  readonly consolidatePeakMiB: number;
  readonly firstIngest: ServerRun;
  readonly underHeapFlags: ServerRun;
}

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const csvParseUrl = pathToFileURL(join(root, 'node_modules', 'csv-parse', 'lib', 'index.js')).href;
  // Node's compile cache fills on a command's first run; every measured run is a later one.
  await consolidateCopy(join(root, 'examples', 'wanhua-115'), join(work, 'warm-up'));

  const figures: SizeFigures[] = [];
  for (const rows of sizes) {
    const source = join(work, `${rows}`, 'workbook');
    generateWorkbook(source, rows);
    const splits: ProcessMeasure[] = [];
    const parses: ProcessMeasure[] = [];
    const runs: ProcessMeasure[] = [];
    // Interleaved, so that load on the machine falls on every figure alike.
    for (let round = 0; round < rounds; round++) {
      splits.push(await measureProcess(['--input-type=module', '-e', FLOOR_SCRIPTS.split, source]));
      parses.push(await measureProcess(['--input-type=module', '-e', FLOOR_SCRIPTS.csvParse(csvParseUrl), source]));
      runs.push(await consolidateCopy(source, join(work, `${rows}`, `round-${round}`)));
    }
    const firstIngest = await serveAndIngest(fresh(source, join(work, `${rows}`, 'server')), rows, {
      ingests: 1,
      settle: false,
      timeoutMs: 120_000,
    });
    const underHeapFlags = await serveAndIngest(fresh(source, join(work, `${rows}`, 'server-heap')), rows, {
      ingests,
      nodeFlags: HEAP_FLAGS,
      settle: true,
      timeoutMs: 600_000,
    });
    figures.push({
      rows,
      split: best(splits),
      csvParse: best(parses),
      consolidate: best(runs),
      consolidatePeakMiB: Math.max(...runs.map((run) => run.peakRssMiB)),
      firstIngest,
      underHeapFlags,
    });
    rmSync(join(work, `${rows}`), { recursive: true, force: true });
  }
  const small: ProcessMeasure[] = [];
  for (let round = 0; round < Math.max(rounds, 5); round++)
    small.push(await consolidateCopy(join(root, 'examples', 'wanhua-115'), join(work, `small-${round}`)));
  process.stdout.write(report(figures, small));
  rmSync(work, { recursive: true, force: true });
}

function fresh(source: string, copy: string): string {
  rmSync(copy, { recursive: true, force: true });
  cpSync(source, copy, { recursive: true });
  return copy;
}

// Each consolidation writes into its workbook, so each starts from a fresh copy.
async function consolidateCopy(source: string, copy: string): Promise<ProcessMeasure> {
  const run = await measureProcess([cli, 'consolidate', fresh(source, copy)]);
  if (run.status !== 0) throw new Error(`guankao consolidate ${copy} exited ${run.status}: ${run.stderr}`);
  rmSync(copy, { recursive: true, force: true });
  return run;
}

const best = (list: readonly ProcessMeasure[]) => list.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mib = (value: number) => (Number.isNaN(value) ? '—' : `${Math.round(value)} MiB`);
const times = (value: number) => `${value.toFixed(2)}×`;
const percentile = (values: readonly number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;

function report(figures: readonly SizeFigures[], small: readonly ProcessMeasure[]): string {
  const date = new Date().toISOString().slice(0, 10);
  const column = (text: string) => text.padStart(20);
  const row = (label: string, cell: (figure: SizeFigures, index: number) => string, note = '') =>
    `  ${label.padEnd(40)}${figures.map((figure, index) => column(cell(figure, index))).join('')}${note ? `   ${note}` : ''}`;
  // What memory each row adds: the growth of peak RSS from the smallest workbook, per row added.
  const perRow = (figure: SizeFigures, index: number, peak: (f: SizeFigures) => number) => {
    const first = figures[0];
    if (index === 0 || !first) return '';
    const bytes = ((peak(figure) - peak(first)) * 1_048_576) / (figure.rows - first.rows);
    return Number.isNaN(bytes) ? '—' : `${Math.round(bytes).toLocaleString('en-US')} B`;
  };
  const server = (run: ServerRun) =>
    run.outcome === 'settled' ? `${run.answered} ok, ${run.rebuilds} rebuild${run.rebuilds === 1 ? '' : 's'}` : run.outcome;
  const latency = (run: ServerRun, p: number) => (run.outcome === 'settled' ? `${Math.round(percentile(run.latenciesMs, p))}` : '—');
  const sorted = [...small].sort((a, b) => a.wallMs - b.wallMs);
  const lines = [
    `guankao benchmark, ${date} — ${UNITS} units, ${PRACTICES} practices; Node ${process.version}, ${availableParallelism()} cores; whole processes, best of ${rounds}`,
    row('form rows', (f) => f.rows.toLocaleString('en-US')),
    row('floor: read + split (readFileSync)', (f) => ms(f.split.wallMs)),
    row('floor: csv-parse stream (old reader)', (f) => ms(f.csvParse.wallMs)),
    row('guankao consolidate, wall', (f) => ms(f.consolidate.wallMs)),
    row('  ÷ read + split', (f) => times(f.consolidate.wallMs / f.split.wallMs), `target ≤ ${targets.ratio}×`),
    row('  ÷ csv-parse', (f) => times(f.consolidate.wallMs / f.csvParse.wallMs)),
    row('  rows per second', (f) => Math.round(f.rows / (f.consolidate.wallMs / 1000)).toLocaleString('en-US')),
    row('guankao consolidate, peak RSS', (f) => mib(f.consolidatePeakMiB), `target ≤ ${targets.rssMiB} MiB, no heap flags`),
    row(
      '  bytes per row added',
      (f, i) => perRow(f, i, (x) => x.consolidatePeakMiB),
      `from the ${figures[0]?.rows.toLocaleString('en-US')}-row workbook`,
    ),
    row('floor peak RSS: read + split', (f) => mib(f.split.peakRssMiB)),
    row('npm start: start to listening', (f) => ms(f.firstIngest.startMs)),
    row('npm start: first /ingest answer', (f) => ms(f.firstIngest.latenciesMs[0] ?? Number.NaN), `target ≤ ${targets.firstIngestMs} ms`),
    row(`heap flags: ${ingests} ingests and rebuilds`, (f) => server(f.underHeapFlags), HEAP_FLAGS.join(' ')),
    row(
      '  rows the last rebuild counted',
      (f) =>
        `${f.underHeapFlags.lastRebuildRows?.toLocaleString('en-US') ?? '—'} of ${f.underHeapFlags.expectedRows.toLocaleString('en-US')}`,
    ),
    row('  ingest answer p50 / p95', (f) => `${latency(f.underHeapFlags, 0.5)} / ${latency(f.underHeapFlags, 0.95)} ms`),
    row('  server peak RSS', (f) => mib(f.underHeapFlags.peakRssMiB)),
    row('  bytes per row added', (f, i) => perRow(f, i, (x) => x.underHeapFlags.peakRssMiB)),
    `  small workbook (examples/wanhua-115), guankao consolidate: best ${ms(sorted[0]?.wallMs ?? Number.NaN)}, median ${ms(sorted[Math.floor(sorted.length / 2)]?.wallMs ?? Number.NaN)}   target ≤ ${targets.smallMs} ms`,
    '',
  ];
  return lines.join('\n');
}

if (process.argv[2] === 'generate') {
  generateWorkbook(process.argv[3] ?? join(work, 'workbook'), Number(process.argv[4] ?? 100_000));
} else {
  await main();
}
