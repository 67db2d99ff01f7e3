import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanTabs } from '../../../../functions/ingest/ingest-plan.ts';
import { openCsvFolder } from '../../../../functions/workbooks/csv/csv-folder-workbook.ts';
import type { Changes } from '../../../../shared/workbook.ts';
import { keyedDrafts } from '../../../builders.ts';

// What a rebuild asks a CSV folder after writing (Workbook.unchangedSinceRead): whether anyone but
// the run changed the users' tabs since the read, told from the files' bytes without parsing them;
// and what ingest reads (Workbook.readTabs): the plan's tabs, not the form's rows.

const FORM = '表單回應 1.csv';

function workbookFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guankao-csv-versions-'));
  writeFileSync(join(dir, '設定.csv'), '\uFEFF項目,內容\r\n計畫年度,115\r\n');
  writeFileSync(join(dir, FORM), '\uFEFF填報單位,執行成效\r\n民政課,第一筆\r\n社會課,第二筆\r\n');
  return dir;
}

const run: Changes = {
  outputs: [{ name: '檢核錯誤', rows: [['來源', '列']] }],
  verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過', '通過'] }],
};

describe('a CSV folder after its own write', () => {
  it('holds what the run read, apart from what the run wrote', async () => {
    const workbook = openCsvFolder(workbookFolder());
    await workbook.read();
    await workbook.write(run);
    expect(await workbook.unchangedSinceRead?.()).toBe(true);
  });

  it('holds what the run read when the write made a tab of keyed columns, and when it refreshed one', async () => {
    const dir = workbookFolder();
    const first = openCsvFolder(dir);
    await first.read();
    await first.write({ ...run, keyedColumns: [keyedDrafts()] });
    expect(await first.unchangedSinceRead?.()).toBe(true);
    const again = openCsvFolder(dir);
    await again.read();
    await again.write({ ...run, keyedColumns: [keyedDrafts([{ key: '1-1', values: ['新的草稿', '採用系統草稿'] }])] });
    expect(await again.unchangedSinceRead?.()).toBe(true);
    appendFileSync(join(dir, '年度成效.csv'), '1-2,,研考人員的文字\r\n');
    expect(await again.unchangedSinceRead?.()).toBe(false);
  });

  it('has changed when a row was appended after the write', async () => {
    const dir = workbookFolder();
    const workbook = openCsvFolder(dir);
    await workbook.read();
    await workbook.write(run);
    appendFileSync(join(dir, FORM), '秘書室,第三筆\r\n');
    expect(await workbook.unchangedSinceRead?.()).toBe(false);
  });

  it('has changed when a row was appended between the read and the write, though the write kept it', async () => {
    const dir = workbookFolder();
    const workbook = openCsvFolder(dir);
    await workbook.read();
    appendFileSync(join(dir, FORM), '秘書室,第三筆\r\n');
    await workbook.write(run);
    expect((await openCsvFolder(dir).read()).tabs.find((tab) => tab.name === '表單回應 1')?.rows.at(-1)).toEqual(['秘書室', '第三筆']);
    expect(await workbook.unchangedSinceRead?.()).toBe(false);
  });

  it.each([
    ['a tab it did not write was edited', (dir: string) => writeFileSync(join(dir, '設定.csv'), '\uFEFF項目,內容\r\n計畫年度,116\r\n')],
    ['a tab was added', (dir: string) => writeFileSync(join(dir, '填報-民政課.csv'), '具體作法\r\n1-1\r\n')],
    ['a tab was removed', (dir: string) => rmSync(join(dir, '設定.csv'))],
  ])('has changed when %s', async (_, change) => {
    const dir = workbookFolder();
    const workbook = openCsvFolder(dir);
    await workbook.read();
    await workbook.write(run);
    change(dir);
    expect(await workbook.unchangedSinceRead?.()).toBe(false);
  });

  it('knows nothing unchanged before it has read', async () => {
    expect(await openCsvFolder(workbookFolder()).unchangedSinceRead?.()).toBe(false);
  });

  it('is not asked, after a one-shot write (a command-line run), and writes the same bytes as any other', async () => {
    const kept = workbookFolder();
    const oneShot = workbookFolder();
    for (const [dir, options] of [
      [kept, {}],
      [oneShot, { oneShot: true }],
    ] as const) {
      const workbook = openCsvFolder(dir, options);
      await workbook.read();
      await workbook.write({ ...run, keyedColumns: [keyedDrafts()] });
      if (dir === oneShot) expect(workbook.unchangedSinceRead).toBeUndefined();
    }
    const files = (dir: string) =>
      readdirSync(dir)
        .sort()
        .map((file) => [file, readFileSync(join(dir, file)).toString('hex')]);
    // The output tabs carry the run's time (a stamp in their header), the same in both runs' second at most.
    const usersTabs = (dir: string) => files(dir).filter(([file]) => file !== '檢核錯誤.csv');
    expect(usersTabs(oneShot)).toEqual(usersTabs(kept));
    expect(usersTabs(oneShot).length).toBe(3);
  });
});

describe('the plan read of a CSV folder', () => {
  it('reads the plan’s tabs and names every tab, without reading the form’s rows', async () => {
    const dir = workbookFolder();
    // A form tab that cannot be read as CSV: a whole read stops on it, the plan read never opens it.
    writeFileSync(join(dir, FORM), '\uFEFF填報單位,執行成效\r\n民政課,"未閉合\r\n');
    await expect(openCsvFolder(dir).read()).rejects.toThrow();
    const part = await readPlanTabs(openCsvFolder(dir));
    expect(part.tabs).toEqual([
      {
        name: '設定',
        rows: [
          ['項目', '內容'],
          ['計畫年度', '115'],
        ],
      },
    ]);
    expect(part.tabNames).toEqual(['設定', '表單回應 1']);
  });
});
