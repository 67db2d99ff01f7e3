import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The installed `guankao` command, started by every Node found on this machine — the machine's own
// (Node 20 on the build machine) as a user's shell finds it, and the Node 24 that `npm ci` installs.
const root = new URL('../..', import.meta.url).pathname;
const launcher = join(root, 'functions', 'guankao.js');
const STACK = /\n\s+at |node:internal|ERR_[A-Z_]+/u;

interface MachineNode {
  readonly program: string;
  readonly version: string;
  readonly major: number;
}

function machineNodes(): MachineNode[] {
  const name = process.platform === 'win32' ? 'node.exe' : 'node';
  const candidates = [process.execPath, '/usr/local/bin/node', ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name))];
  const programs = new Map<string, string>();
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) programs.set(realpathSync(candidate), candidate);
  }
  return [...programs.values()].map((program) => {
    const version = spawnSync(program, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
    return { program, version, major: Number(/^v(\d+)/u.exec(version)?.[1]) };
  });
}

const nodes = machineNodes();
const oldNodes = nodes.filter((node) => node.major < 24);
// The pinned Node with TypeScript turned off stands for an old Node on a machine that has none.
const pinned = { program: process.execPath, args: ['--no-experimental-strip-types'] };

function run(program: string, args: readonly string[]) {
  const result = spawnSync(program, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the launcher in a project where `npm ci` has not run yet. */
function projectWithoutInstall(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guankao-noinstall-'));
  mkdirSync(join(dir, 'functions'));
  copyFileSync(launcher, join(dir, 'functions', 'guankao.js'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return join(dir, 'functions', 'guankao.js');
}

describe('the guankao command on the machine’s Node', () => {
  it.each(nodes.map((node) => [node.version, node] as const))(
    'consolidates an example on Node %s with nothing but its own output',
    (_version, node) => {
      const out = join(mkdtempSync(join(tmpdir(), 'guankao-launch-')), 'wanhua');
      const result = run(node.program, [launcher, 'consolidate', 'examples/wanhua-115', '--out', out]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.split('\n')[0]).toBe('臺北市萬華區公所 115年度提升服務品質執行計畫');
      expect(existsSync(join(out, '執行成效.csv'))).toBe(true);
    },
  );

  it.each(nodes.map((node) => [node.version, node] as const))(
    'on Node %s ends with the command’s exit code and its zh-TW message',
    (_version, node) => {
      const result = run(node.program, [launcher, 'consolidate', join(root, 'no-such-workbook.xlsx')]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^找不到活頁簿「.*no-such-workbook\.xlsx」：[^\n]*\n$/u);
      expect(result.stderr).not.toMatch(STACK);
    },
  );

  it('hands the command to the Node 24 in node_modules when the Node it started on cannot read TypeScript', () => {
    const result = run(pinned.program, [...pinned.args, launcher, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^用法：\n {2}guankao consolidate/u);
    expect(result.stderr).toBe('');
  });

  it.each([
    ...oldNodes.map((node) => [`Node ${node.version}`, node.program, [] as string[]] as const),
    ['Node 24 without TypeScript', pinned.program, pinned.args] as const,
  ])('before npm ci, on %s says in one zh-TW line what to do, without a stack trace', (_name, program, args) => {
    const result = run(program, [...args, projectWithoutInstall(), 'consolidate', 'examples/wanhua-115']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^guankao 需要 Node 24（目前的 node 是 v[\d.]+）：請在專案資料夾先執行 npm ci，[^\n]*npx guankao[^\n]*\n$/u,
    );
    expect(result.stderr).not.toMatch(STACK);
  });
});

describe('the V8 flags the guankao command starts with', () => {
  // What the process that ran the command was started with, written as it exits.
  function flagsOfRun(args: readonly string[], nodeOptions = '') {
    const dir = mkdtempSync(join(tmpdir(), 'guankao-flags-'));
    const hook = join(dir, 'hook.cjs');
    const seen = join(dir, 'seen.json');
    writeFileSync(
      hook,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(seen)}, JSON.stringify(process.execArgv)));`,
    );
    const result = spawnSync(process.execPath, ['--require', hook, launcher, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
    });
    return {
      status: result.status,
      stderr: result.stderr,
      flags: (JSON.parse(readFileSync(seen, 'utf8')) as string[]).filter((flag) => flag !== '--require' && flag !== hook),
    };
  }

  /** A folder holding a tab of `bytes` bytes that is no workbook: the command reads it, then stops (exit 2). */
  function folderOf(bytes: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'guankao-large-'));
    writeFileSync(join(dir, '表單回應 1.csv'), 'a,b\r\n'.repeat(Math.ceil(bytes / 5)));
    return dir;
  }

  it('caps the young generation for a run over a large local workbook, in the same process, exit code and message unchanged', () => {
    const run = flagsOfRun(['consolidate', folderOf(9 * 1024 * 1024)]);
    expect(run.flags).toEqual(['--max-semi-space-size=4']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^找不到「計畫」分頁[^\n]*\n$/u);
  });

  it('starts a small run as it is, and leaves a young generation size the user gave alone', () => {
    expect(
      flagsOfRun(['consolidate', 'examples/wanhua-115', '--out', join(mkdtempSync(join(tmpdir(), 'guankao-small-')), 'out')]).flags,
    ).toEqual([]);
    expect(flagsOfRun(['consolidate', folderOf(9 * 1024 * 1024)], '--max-semi-space-size=32').flags).toEqual([]);
  });
});
