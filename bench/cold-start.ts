// `npm run bench:cold`: what a cold start costs the deployable bundle (dist/functions, built by
// `npm run build` if missing): the time to load the functions framework and then our bundle in a
// fresh Node process, and the process's RSS after both. Targets: bundle load ≤ 150 ms, RSS ≤ 100 MiB.
// The floor, measured in the same run: the Sheets client and the auth library alone, bundled the same
// way — what any function that talks to Sheets must load — so a busy machine shows in both figures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const bundle = join(root, 'dist', 'functions', 'index.js');
const runs = Number(process.env.RUNS ?? 7);
const targets = { loadMs: 150, rssMiB: 100 };

if (!existsSync(bundle)) execFileSync(process.execPath, [join(root, 'deploy', 'build.ts')], { stdio: 'inherit' });

const floorBundle = join(root, '.bench', 'sheets-client-floor.mjs');
mkdirSync(join(root, '.bench'), { recursive: true });
await build({
  stdin: {
    contents: "export * as sheets from '@googleapis/sheets'; export * as auth from 'google-auth-library';",
    resolveDir: root,
    loader: 'js',
  },
  outfile: floorBundle,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  minify: true,
  banner: { js: "import { createRequire as __guankaoRequire } from 'node:module'; const require = __guankaoRequire(import.meta.url);" },
  logLevel: 'warning',
});

const framework = pathToFileURL(createRequire(import.meta.url).resolve('@google-cloud/functions-framework')).href;
// Each sample is a fresh process, as on Cloud Run: framework first (what its command line loads),
// then the bundle, timed separately.
const probe = (module: string) => `
const t0 = performance.now();
await import(${JSON.stringify(framework)});
const t1 = performance.now();
await import(${JSON.stringify(pathToFileURL(module).href)});
const t2 = performance.now();
process.stdout.write(JSON.stringify({ frameworkMs: t1 - t0, bundleMs: t2 - t1, rssMiB: process.memoryUsage().rss / 1048576 }));
`;

const env = {
  ...process.env,
  GUANKAO_WORKBOOK: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
  GUANKAO_HMAC_SECRETS: 'bench-secret-bench-secret-bench-secret-0000',
  GUANKAO_SHEETS_API_URL: 'http://127.0.0.1:9/',
};
type Sample = { frameworkMs: number; bundleMs: number; rssMiB: number };
const samples: Sample[] = [];
const floorSamples: Sample[] = [];
// Interleaved, so that load on the machine falls on both alike.
for (let run = 0; run < runs; run++) {
  samples.push(
    JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe(bundle)], { env, encoding: 'utf8' })) as Sample,
  );
  floorSamples.push(
    JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe(floorBundle)], { env, encoding: 'utf8' })) as Sample,
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const result = {
  bundleMs: median(samples.map((sample) => sample.bundleMs)),
  frameworkMs: median(samples.map((sample) => sample.frameworkMs)),
  rssMiB: median(samples.map((sample) => sample.rssMiB)),
  floorMs: median(floorSamples.map((sample) => sample.bundleMs)),
  floorRssMiB: median(floorSamples.map((sample) => sample.rssMiB)),
};
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
process.stdout.write(
  [
    `cold start of dist/functions (median of ${runs} fresh processes, Node ${process.version})`,
    `  bundle module load   ${result.bundleMs.toFixed(1)} ms   (target ≤ ${targets.loadMs} ms: ${mark(result.bundleMs <= targets.loadMs)})`,
    `  floor: Sheets client + auth alone   ${result.floorMs.toFixed(1)} ms, RSS ${result.floorRssMiB.toFixed(1)} MiB`,
    `  ratio bundle / floor ${(result.bundleMs / result.floorMs).toFixed(2)}×`,
    `  functions framework  ${result.frameworkMs.toFixed(1)} ms`,
    `  RSS after both       ${result.rssMiB.toFixed(1)} MiB  (target ≤ ${targets.rssMiB} MiB: ${mark(result.rssMiB <= targets.rssMiB)})`,
    '',
  ].join('\n'),
);
