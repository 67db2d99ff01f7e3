// `npm run build:cli`, and package.json's prepare, which `npm ci` and `npm install` run: the command
// line's bundle in dist/cli/ (functions/cli-bundle.js says when it runs). functions/cli.ts and every
// module of ours it imports, at once or on demand, bundled by esbuild as ES modules, a chunk per
// module group a command imports when it runs; inlined with them the small packages every run
// loads, which Node would otherwise resolve module by module (date-fns reads its 200 KB package.json
// again for each). The other packages stay where npm put them and load as they do from the sources.
// A failed build is reported and changes nothing: `npm ci` still succeeds, and a bundle that is not
// the sources as they are never runs.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FOLDER, MANIFEST_FILE, PROJECT_ROOT, sourcesDigest } from '../functions/cli-bundle.js';

/** The packages inlined into the bundle: those a consolidate run loads, each a few small ES modules. */
const INLINED = ['date-fns', '@date-fns/tz', 'd3-dsv'];
const ENTRY = 'cli.js';

const root = PROJECT_ROOT;
const out = join(root, BUNDLE_FOLDER);
// Built beside the bundle and renamed into place, so a run never sees half of one.
const building = `${out}.${process.pid}.tmp`;
const replaced = `${out}.${process.pid}.old`;

try {
  const { build } = await import('esbuild');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'functions', 'cli.ts')],
    outdir: building,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    // Not minified: a GUANKAO_DEBUG stack names our functions, and the compile cache makes size cost nothing.
    sourcemap: 'linked',
    metafile: true,
    external: Object.keys(manifest.dependencies).filter((name) => !INLINED.includes(name)),
    logLevel: 'warning',
  });
  // Everything the bundle was built from: its inputs, this script and the settings esbuild read.
  const files = [...Object.keys(result.metafile.inputs), relative(root, fileURLToPath(import.meta.url)), 'tsconfig.json', 'package.json'];
  writeFileSync(join(building, MANIFEST_FILE), `${JSON.stringify({ entry: ENTRY, digest: sourcesDigest(root, files), files }, null, 2)}\n`);
  rmSync(replaced, { recursive: true, force: true });
  try {
    renameSync(out, replaced);
  } catch {
    // No bundle yet.
  }
  renameSync(building, out);
  rmSync(replaced, { recursive: true, force: true });
  process.stdout.write(`${BUNDLE_FOLDER}: the command line, ${files.length} sources\n`);
} catch (error) {
  rmSync(building, { recursive: true, force: true });
  process.stderr.write(
    `The command line's bundle was not built (${error instanceof Error ? error.message : String(error)}); guankao runs from the sources.\n`,
  );
}
