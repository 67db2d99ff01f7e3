// A unit's own workbook (單位 › 填報試算表, a local path) is written like the main workbook's tabs:
// a row the unit adds while its 檢核結果 are being written is kept.

import { mkdtempSync, readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeConsolidation, writeConsolidation } from '../../../functions/rebuild/consolidate-job.ts';
import { createCsvFolder, openCsvFolder } from '../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { openLocalWorkbook } from '../../../functions/workbooks/local-workbook.ts';
import { aTab, aWorkbook, NOW } from '../../builders.ts';

describe('a unit’s own local workbook', () => {
  it('keeps a row the unit appended to its 填報 while the run wrote its 檢核結果', async () => {
    const main = join(mkdtempSync(join(tmpdir(), 'guankao-unit-own-')), 'main');
    const units = aTab('單位', [
      ['單位', '別名', '填報人電子郵件', '填報試算表'],
      ['秘書室', '', '', ''],
      ['民政課', '', '', '民政課填報'],
      ['社會課', '', '', ''],
    ]);
    await createCsvFolder(
      main,
      aWorkbook([]).tabs.map((tab) => (tab.name === '單位' ? units : tab)),
    );
    const own = join(main, '民政課填報');
    await createCsvFolder(own, [
      aTab('填報', [
        ['具體作法', '填報期間', '辦理狀態', '執行成效'],
        ['2-1', '115年3月', '辦理中', '完成問卷設計'],
      ]),
    ]);
    const added = '2-1,115年4月,辦理中,寫入期間新增的一列\r\n';
    let appended = false;
    const hooks = {
      asideWritten: async (path: string) => {
        if (appended || !path.startsWith(own)) return;
        appended = true;
        await appendFile(path, added);
      },
    };

    const computed = await computeConsolidation(openCsvFolder(main), {
      now: () => NOW,
      open: (location) => openLocalWorkbook(resolve(main, location), { hooks }),
    });
    if (!computed.ok) throw new Error(computed.reason);
    await writeConsolidation(openCsvFolder(main), computed.value);

    expect(appended).toBe(true);
    expect(readFileSync(join(own, '填報.csv'), 'utf8')).toBe(
      `\uFEFF具體作法,填報期間,辦理狀態,執行成效,檢核結果\r\n2-1,115年3月,辦理中,完成問卷設計,通過\r\n${added}`,
    );
  });
});
