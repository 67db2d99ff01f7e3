// Temporaries a killed run left beside the files it was replacing: a later run removes those of its
// own naming whose writer is gone, and nothing else.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { removeStaleAsides } from '../../../functions/workbooks/aside-file.ts';
import { openCsvFolder } from '../../../functions/workbooks/csv/csv-folder-workbook.ts';

const MINUTE = 60_000;
const NOW = Date.parse('2026-11-23T10:00:00+08:00');

// Files in a fresh folder, each modified `ageMs` before NOW.
function folderWith(files: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guankao-aside-'));
  for (const [name, ageMs] of Object.entries(files)) {
    writeFileSync(join(dir, name), 'x');
    const at = new Date(NOW - ageMs);
    utimesSync(join(dir, name), at, at);
  }
  return dir;
}

describe('removing stale temporaries', () => {
  it('removes ours whose process is gone and that sat a minute, or any of ours that sat an hour', async () => {
    const dir = folderWith({
      '.表單回應 1.csv.4242.0a1b2c3d.tmp': 2 * MINUTE, // writer gone, idle: removed
      '.執行成效.csv.4242.00ff00ff.tmp': 10_000, // writer gone but just written: kept
      '.workbook.xlsx.777.deadbeef.tmp': 2 * MINUTE, // writer still running: kept
      '.workbook.ods.777.cafebabe.tmp': 61 * MINUTE, // an hour idle: removed whoever wrote it
      '表單回應 1.csv': 120 * MINUTE,
      '.notes.tmp': 120 * MINUTE,
      '.表單回應 1.csv.4242.XYZ.tmp': 120 * MINUTE,
      '.表單回應 1.csv.4242.0a1b2c3d.tmp.bak': 120 * MINUTE,
      '~$workbook.xlsx': 120 * MINUTE,
    });
    mkdirSync(join(dir, '.folder.csv.4242.0a1b2c3d.tmp'));
    const removed = await removeStaleAsides(dir, { now: () => NOW, isRunning: (pid) => pid === 777 });
    expect(removed.sort()).toEqual(['.workbook.ods.777.cafebabe.tmp', '.表單回應 1.csv.4242.0a1b2c3d.tmp']);
    expect(readdirSync(dir).sort()).toEqual(
      [
        '.folder.csv.4242.0a1b2c3d.tmp',
        '.notes.tmp',
        '.workbook.xlsx.777.deadbeef.tmp',
        '.執行成效.csv.4242.00ff00ff.tmp',
        '.表單回應 1.csv.4242.0a1b2c3d.tmp.bak',
        '.表單回應 1.csv.4242.XYZ.tmp',
        '~$workbook.xlsx',
        '表單回應 1.csv',
      ].sort(),
    );
  });

  it('is left to the write when the folder cannot be listed', async () => {
    expect(await removeStaleAsides(join(tmpdir(), 'guankao-no-such-folder'))).toEqual([]);
  });

  it('leaves no temporary of a run killed mid-write once a later run writes the folder', async () => {
    const dir = folderWith({ '表單回應 1.csv': 0 });
    const module = fileURLToPath(new URL('../../../functions/workbooks/aside-file.ts', import.meta.url));
    // A run writing 表單回應 1.csv aside, killed (SIGKILL) before its rename.
    const script = `
      const { writeAside } = await import(${JSON.stringify(module)});
      await writeAside(${JSON.stringify(join(dir, '表單回應 1.csv'))}, async (file) => {
        await file.write('半個檔案');
        process.stdout.write('writing');
        await new Promise(() => {});
      });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    const [left] = readdirSync(dir).filter((name) => name.startsWith('.'));
    expect(left).toMatch(new RegExp(`^\\.表單回應 1\\.csv\\.${child.pid}\\.[0-9a-f]{8}\\.tmp$`, 'u'));
    // Some minutes later, the next run writes the folder.
    const earlier = new Date(Date.now() - 5 * MINUTE);
    utimesSync(join(dir, left ?? ''), earlier, earlier);
    await openCsvFolder(dir).write({ outputs: [{ name: '檢核錯誤', rows: [['來源']] }], verdicts: [] });
    expect(existsSync(join(dir, left ?? ''))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['檢核錯誤.csv', '表單回應 1.csv'].sort());
  });
});
