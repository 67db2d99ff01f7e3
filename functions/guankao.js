#!/usr/bin/env node
// The `guankao` command as npm installs it. The command (cli.ts) is TypeScript and needs Node 24,
// which `npm ci` puts in node_modules whatever Node the machine has; this file is plain JavaScript
// so that an older Node can start it and hand the command over to that Node 24, instead of
// failing on a .ts file with a stack trace. Its messages are here rather than in
// shared/messages/ because only a Node that reads TypeScript can load that module. Which Node and
// which flags are decided before anything of the command is loaded, so that a run started again
// costs no more than Node's own start.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_MAJOR = 24;
const FORWARDED_SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Left to itself, V8 lets a long run's young generation grow to semi-spaces of up to 64 MiB on a
// machine with memory to spare, which a run over a large workbook fills: about 100 MiB of its peak
// memory is garbage not yet collected. A run whose local input is that large is started on a Node
// with the young generation capped, which costs it the start of a second Node (20–40 ms) and
// nothing in speed; a small run is not restarted (README › Decisions).
const LARGE_INPUT_BYTES = 8 * 1024 * 1024;
const LARGE_RUN_FLAGS = ['--max-semi-space-size=4'];

if (canRunCommand()) {
  const flags = flagsForRun(process.argv.slice(2));
  if (flags.length === 0) {
    // Node keeps the compiled (and type-stripped) modules in its compile cache (the system's temporary
    // folder, or NODE_COMPILE_CACHE), which halves the start of every run after the first.
    nodeModule.enableCompileCache();
    // The bundle `npm ci` built, while it is the sources as they are (cli-bundle.js); else the sources.
    const { freshBundle } = await import('./cli-bundle.js');
    void import(freshBundle() ?? './cli.ts');
  } else if (typeof process.execve === 'function') {
    // The same process, started again with the flags: nothing runs twice, and no second process waits.
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...flags, ...process.argv.slice(1)]);
  } else await runOn(process.execPath, flags);
} else {
  const node = pinnedNode();
  if (node) await runOn(node, flagsForRun(process.argv.slice(2)));
  else {
    process.stderr.write(
      `guankao 需要 Node ${NODE_MAJOR}（目前的 node 是 ${process.version}）：請在專案資料夾先執行 npm ci，它會安裝 Node ${NODE_MAJOR}；之後以 npx guankao … 或 npm run guankao -- … 執行。\n`,
    );
    process.exitCode = 2;
  }
}

/** Whether this Node is recent enough and reads TypeScript (a flag can turn that off). */
function canRunCommand() {
  const major = Number(process.versions.node.split('.')[0]);
  const features = /** @type {{ typescript?: unknown }} */ (process.features);
  return major >= NODE_MAJOR && Boolean(features.typescript);
}

/** The Node that `npm ci` installed from the `node` package, or null before `npm ci`. */
function pinnedNode() {
  const manifest = join(root, 'node_modules', 'node', 'package.json');
  if (!existsSync(manifest)) return null;
  // The package names its program per platform (bin/node, or bin/node.exe on Windows).
  const bin = /** @type {{ bin?: { node?: string } }} */ (JSON.parse(readFileSync(manifest, 'utf8'))).bin?.node;
  const program = bin ? join(root, 'node_modules', 'node', bin) : null;
  return program && existsSync(program) ? program : null;
}

/**
 * The V8 flags this run is to start with: LARGE_RUN_FLAGS when the files and folders its arguments
 * name (a folder's own files) hold LARGE_INPUT_BYTES or more and Node was not given a young
 * generation size already; else none. A Google spreadsheet id names no local file: none.
 */
function flagsForRun(/** @type {readonly string[]} */ args) {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/u)];
  if (given.some((flag) => flag.startsWith('--max-semi-space-size'))) return [];
  let bytes = 0;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    try {
      const stat = statSync(arg);
      if (stat.isFile()) bytes += stat.size;
      else if (stat.isDirectory())
        for (const entry of readdirSync(arg, { withFileTypes: true })) if (entry.isFile()) bytes += statSync(join(arg, entry.name)).size;
    } catch {
      // Not a path, or one that cannot be read: the command says so.
    }
    if (bytes >= LARGE_INPUT_BYTES) return LARGE_RUN_FLAGS;
  }
  return [];
}

/**
 * Runs this command again on `node` with `flags` and this process's arguments and streams, and ends
 * as it ends. Rare (a Node older than 24, or one without `execve`), so child_process is loaded only here.
 */
async function runOn(/** @type {string} */ node, /** @type {readonly string[]} */ flags) {
  const { spawn } = await import('node:child_process');
  const child = spawn(node, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C and a stop request reach the command, which ends on its own terms; this process follows.
  for (const signal of FORWARDED_SIGNALS) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`無法啟動 ${node}（${error.message}）：請在專案資料夾重新執行 npm ci。\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
}
