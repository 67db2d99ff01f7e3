// `npm run build:gas`: apps-script/dist/ — Code.js (apps-script/src/main.ts and everything it
// imports from shared/, bundled by esbuild into one classic script) and appsscript.json — which is
// what `npx clasp push` uploads. Apps Script lists only real top-level function declarations as
// trigger handlers and menu targets, so the bundle is an IIFE assigned to one global and a footer
// declares one small function per export of main.ts that calls into it.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const entry = join(here, 'src', 'main.ts');
const GLOBAL = 'Guankao';

/** Globals Apps Script's V8 runtime does not have; the bundle must not reference them. */
export const MISSING_GLOBALS = [
  'fetch',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'setTimeout',
  'setInterval',
  'structuredClone',
  'queueMicrotask',
] as const;

// zod re-exports 40 locales (380 KB) that nothing here uses; the English one it configures itself
// stays. Its z.url() check constructs a URL, which Apps Script lacks; guankao never calls z.url(),
// and the replacement makes any future call fail with a message saying why instead of a ReferenceError.
// Both edits match zod's files by path and text: a zod release that moves them must stop the build
// (a test runs it), not quietly ship 380 KB more or a URL Apps Script cannot construct.

/** How often zod's core/schemas.js writes `new URL(`: two calls and two doc comments in zod 4.6. */
export const ZOD_URL_CONSTRUCTIONS = 4;

/** zod's core/schemas.js with each `new URL(` throwing a message that says why; throws when the text is not there exactly as often as expected. */
export function patchZodSchemas(source: string): string {
  const found = source.split('new URL(').length - 1;
  if (found !== ZOD_URL_CONSTRUCTIONS) {
    throw new Error(
      `zod's core/schemas.js writes \`new URL(\` ${found} times, not ${ZOD_URL_CONSTRUCTIONS}: check apps-script/build.ts's patch against this zod before changing the number`,
      {
        cause: { code: 'GAS_ZOD_PATCH' },
      },
    );
  }
  return `const gasNoUrl = () => { throw new Error('URL is not available in Apps Script'); };\n${source.replaceAll('new URL(', 'gasNoUrl(')}`;
}

// The plugin for one build, and what it changed: both edits must have happened.
function appsScriptCompat(): { plugin: Plugin; assertApplied(): void } {
  const applied = { locales: 0, schemas: 0 };
  const plugin: Plugin = {
    name: 'apps-script-compat',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => {
        if (!args.importer.includes(`${'node_modules'}/zod/`)) return undefined;
        applied.locales++;
        return { path: 'zod-locales', namespace: 'gas-stub' };
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: 'gas-stub' }, () => ({ contents: 'export {};', loader: 'js' }));
      pluginBuild.onLoad({ filter: /node_modules\/zod\/v4\/core\/schemas\.js$/ }, (args) => {
        applied.schemas++;
        return { contents: patchZodSchemas(readFileSync(args.path, 'utf8')), loader: 'js' };
      });
    },
  };
  const assertApplied = () => {
    if (applied.locales === 0 || applied.schemas !== 1) {
      throw new Error(
        `zod's files are not where apps-script/build.ts expects them (locales stubbed ${applied.locales} times, schemas.js patched ${applied.schemas} times)`,
        {
          cause: { code: 'GAS_ZOD_PATCH' },
        },
      );
    }
  };
  return { plugin, assertApplied };
}

/** The one-line function declarations Apps Script needs, one per export of the entry. */
export function footerFor(names: readonly string[]): string {
  return names.map((name) => `function ${name}(e) { return ${GLOBAL}.${name}(e); }`).join('\n');
}

/** Where to build, and (for the test that scans the bundle) free global names to replace with markers. */
export interface BuildOptions {
  readonly outDir?: string;
  readonly define?: Readonly<Record<string, string>>;
}

/** Builds dist/Code.js and dist/appsscript.json; returns the bundle's path, size and entry points. */
export async function buildAppsScript({
  outDir = join(here, 'dist'),
  define = {},
}: BuildOptions = {}): Promise<{ file: string; bytes: number; entryPoints: string[] }> {
  mkdirSync(outDir, { recursive: true });
  // First pass: the entry's exports (the metafile lists them for an ES module output only).
  const probe = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    plugins: [appsScriptCompat().plugin],
    logLevel: 'silent',
  });
  const names = Object.values(probe.metafile.outputs)
    .flatMap((output) => output.exports)
    .sort();
  const compat = appsScriptCompat();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    // Apps Script's V8 runs ES2020; newer syntax (class fields, #private) is lowered.
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    charset: 'utf8',
    plugins: [compat.plugin],
    define: { ...define },
    banner: { js: '// guankao Apps Script bundle: generated by `npm run build:gas` from apps-script/src; do not edit.' },
    footer: { js: footerFor(names) },
    logLevel: 'warning',
  });
  compat.assertApplied();
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no output', { cause: { code: 'GAS_BUILD_EMPTY' } });
  const file = join(outDir, 'Code.js');
  // Written beside and renamed, so a reader (another test file building at the same time) never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, file);
  writeFileSync(join(outDir, 'appsscript.json'), readFileSync(join(here, 'appsscript.json')));
  return { file, bytes: code.byteLength, entryPoints: names };
}

if (import.meta.main) {
  const { file, bytes, entryPoints } = await buildAppsScript();
  process.stdout.write(
    `${file.slice(file.indexOf('apps-script/'))}: ${(bytes / 1024).toFixed(1)} KiB; entry points: ${entryPoints.join(', ')}\n`,
  );
}
