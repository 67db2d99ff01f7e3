#!/usr/bin/env node
// The `guankao` command as npm installs it. The command (cli.ts) is TypeScript and needs Node 24,
// which `npm ci` puts in node_modules whatever Node the machine has; this file is plain JavaScript
// so that an older Node can start it and hand the command over to that Node 24, instead of
// failing on a .ts file with a stack trace. Its messages are here rather than in
// shared/messages.ts because only a Node that reads TypeScript can load that module.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_MAJOR = 24;
const FORWARDED_SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (canRunCommand()) {
  // Node keeps the compiled (and type-stripped) modules in its compile cache (the system's temporary
  // folder, or NODE_COMPILE_CACHE), which halves the start of every run after the first.
  nodeModule.enableCompileCache();
  void import('./cli.ts');
} else {
  const node = pinnedNode();
  if (node) runOn(node);
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

/** Runs the command on `node` with this process's arguments and streams, and ends as it ends. */
function runOn(/** @type {string} */ node) {
  const child = spawn(node, [join(root, 'functions', 'cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
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
