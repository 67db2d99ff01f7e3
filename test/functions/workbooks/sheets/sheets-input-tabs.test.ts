// Writing a new workbook's input tabs into a Google spreadsheet (import-plan, roll-forward), against
// the msw fake of the Sheets API: what the spreadsheet holds afterwards, and the refusal to write
// over a plan that is already there.
import { describe, expect, it } from 'vitest';
import { writeInputTabs } from '../../../../functions/workbooks/sheets/sheets-input-tabs.ts';
import { WorkbookError } from '../../../../functions/workbooks/workbook-error.ts';
import type { Tab } from '../../../../shared/workbook.ts';
import { useSheetsFake } from '../../../fakes/sheets-server.ts';

const fake = useSheetsFake({ rootUrl: 'http://sheets.input-tabs.test/' });
const options = { rootUrl: fake.rootUrl, retry: { sleep: async () => undefined, random: () => 0.5, now: () => 0 } };

const TABS: Tab[] = [
  {
    name: '設定',
    rows: [
      ['項目', '內容'],
      ['計畫年度', 115],
    ],
  },
  {
    name: '計畫',
    rows: [
      ['項次', '實施要項', '具體作法'],
      ['1-1', '一、便民', '=檢討表單'],
    ],
  },
  {
    name: '單位',
    rows: [
      ['單位', '別名'],
      ['民政課', '民政'],
    ],
  },
];

describe('writeInputTabs', () => {
  it('writes every tab into a new spreadsheet, beside the tab Google made, text kept as text', async () => {
    const id = fake.createSpreadsheet([{ name: '工作表1', rows: [] }]);
    await writeInputTabs(id, TABS, options);
    const tabs = fake.tabs(id);
    expect(tabs.map((tab) => tab.name)).toEqual(['工作表1', '設定', '計畫', '單位']);
    expect(tabs.find((tab) => tab.name === '計畫')?.rows).toEqual([
      ['項次', '實施要項', '具體作法'],
      ['1-1', '一、便民', '=檢討表單'],
    ]);
    expect(tabs.find((tab) => tab.name === '設定')?.rows[1]).toEqual(['計畫年度', 115]);
  });

  it('replaces an empty tab of the same name', async () => {
    const id = fake.createSpreadsheet([{ name: '計畫', rows: [] }]);
    await writeInputTabs(id, TABS, options);
    expect(fake.tabs(id).find((tab) => tab.name === '計畫')?.rows[1]).toEqual(['1-1', '一、便民', '=檢討表單']);
  });

  it('refuses a spreadsheet whose 計畫 already holds a plan, and writes nothing', async () => {
    const plan = {
      name: '計畫',
      rows: [
        ['項次', '具體作法'],
        ['1', '既有作法'],
      ],
    };
    const id = fake.createSpreadsheet([plan]);
    const error = await writeInputTabs(id, TABS, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as Error).message).toContain('「計畫」 分頁已有內容');
    expect(fake.tabs(id)).toEqual([plan]);
  });
});
