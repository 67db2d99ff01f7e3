// Plans as other agencies write them in Word (QA 2): the header words they use, merged cells, and
// several practices with their units and deadlines on lines of one cell.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../shared/plan.ts';
import { importPlan } from '../../../shared/plan-import/import-plan.ts';
import type { ImportedPlan } from '../../../shared/plan-import/imported-plan.ts';
import { importedTabs } from '../../../shared/plan-import/imported-tabs.ts';
import { readAs } from './document-files.ts';
import { aDocx, cell, para, row, table } from './docx-builder.ts';

const RESTART = '<w:vMerge w:val="restart"/>';
const GOES_ON = '<w:vMerge/>';
// A cell whose lines are broken with Shift+Enter (w:br), one paragraph.
const lines = (...texts: string[]) =>
  cell(`<w:p><w:r>${texts.map((text) => `<w:t xml:space="preserve">${text}</w:t>`).join('<w:br/>')}</w:r></w:p>`);

async function imported(rows: readonly string[]): Promise<ImportedPlan> {
  const body = [para('臺中市西屯區戶政事務所'), para('115年度提升服務品質執行計畫'), para('肆、執行項目及分工：'), table(rows)].join('');
  const result = importPlan(await readAs('plan.docx', aDocx({ body })));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('importing a Word plan table written in other words', () => {
  it('reads 項目 | 推動策略 | 執行措施 with merged cells as 實施要項, 執行策略 and the practices, 協辦單位 kept apart', async () => {
    const plan = await imported([
      row(
        ['項目', '推動策略', '執行措施', '主辦單位', '協辦單位', '完成時間'].map((text) => cell(text)),
        true,
      ),
      row([
        cell('一、優化服務流程', RESTART),
        cell('(一)簡化申辦程序', RESTART),
        cell('1.推動戶籍謄本跨機關免附。'),
        cell('戶籍課'),
        cell('資訊課'),
        cell('115年12月31日前'),
      ]),
      row([cell('', GOES_ON), cell('', GOES_ON), cell('2.檢討各項登記表單。'), cell('戶籍課、資訊課'), cell(''), cell('115.6.30')]),
      row([cell('', GOES_ON), cell('(二)縮短等候時間'), cell('3.每月統計臨櫃等候時間。'), cell('戶籍課'), cell('秘書室'), cell('每月')]),
    ]);
    expect(plan.practices.map((p) => [p.id, p.measure, p.strategy, p.text, p.units, p.assisting ?? '', p.deadline])).toEqual([
      ['1-1-1', '一、優化服務流程', '(一)簡化申辦程序', '1.推動戶籍謄本跨機關免附。', '戶籍課', '資訊課', '115年12月31日前'],
      ['1-1-2', '一、優化服務流程', '(一)簡化申辦程序', '2.檢討各項登記表單。', '戶籍課、資訊課', '', '115.6.30'],
      ['1-2-3', '一、優化服務流程', '(二)縮短等候時間', '3.每月統計臨櫃等候時間。', '戶籍課', '秘書室', '每月'],
    ]);
    expect(plan.units.map((unit) => unit.name)).toEqual(['戶籍課', '資訊課']);
    expect(importedTabs(plan)[1]?.rows[0]).toEqual(['項次', '實施要項', '執行策略', '具體作法', '執行單位', '協辦單位', '完成期限']);
  });

  it('gives each of (1)(2)(3) in one cell its own unit and deadline line, and splits 資訊科及服務科 into its two units', async () => {
    const plan = await imported([
      row(
        ['工作項目', '執行措施', '權責單位', '預定完成時間'].map((text) => cell(text)),
        true,
      ),
      row([
        cell('一、便捷服務'),
        lines('(1)受理單一窗口。', '(2)簡化急難救助文件。'),
        lines('資訊科', '服務科'),
        lines('持續辦理', '115年4月底前'),
      ]),
      row([
        cell('二、友善環境'),
        lines('(1)檢視無障礙設施。', '(2)辦理禮儀訓練。', '(3)設置哺集乳室。'),
        cell('資訊科及服務科'),
        lines('每半年', '上半年', '115年7月31日'),
      ]),
    ]);
    expect(plan.practices.map((p) => [p.id, p.measure, p.text, p.units, p.deadline])).toEqual([
      ['1-1', '一、便捷服務', '(1)受理單一窗口。', '資訊科', '持續辦理'],
      ['1-2', '一、便捷服務', '(2)簡化急難救助文件。', '服務科', '115年4月底前'],
      ['2-1', '二、友善環境', '(1)檢視無障礙設施。', '資訊科及服務科', '每半年'],
      ['2-2', '二、友善環境', '(2)辦理禮儀訓練。', '資訊科及服務科', '上半年'],
      ['2-3', '二、友善環境', '(3)設置哺集乳室。', '資訊科及服務科', '115年7月31日'],
    ]);
    expect(plan.units).toEqual([
      { name: '資訊科', aliases: [] },
      { name: '服務科', aliases: [] },
    ]);
    // The workbook, read as consolidate reads it, has 服務科 among the owners of 資訊科及服務科's practices.
    const parsed = parsePlan({ tabs: importedTabs(plan) });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.plan.practice('2-1')?.units).toEqual(['資訊科', '服務科']);
  });

  // The 兵役處 plan of QA round 3: an 承辦單位 and 期程 cell left blank, none merged.
  const conscription = (units: string, deadline: string, firstUnits = '徵集課') => [
    row(
      ['項次', '推動項目', '執行措施', '承辦單位', '期程', '衡量指標'].map((text) => cell(text)),
      true,
    ),
    row([
      cell('壹', RESTART),
      cell('精進役政便民服務', RESTART),
      cell('一、役男徵兵檢查線上預約。'),
      cell(firstUnits),
      cell('115年6月底前'),
      cell('線上預約率50%'),
    ]),
    row([cell('', GOES_ON), cell('', GOES_ON), cell('二、替代役申請文件電子化。'), cell(units), cell(deadline), cell('')]),
  ];

  it('keeps a 期程 and 衡量指標 cell the table leaves blank, not merged, blank (持續辦理), and reads a merged one for every row it covers', async () => {
    const blank = await imported(conscription('替代役課、資訊室', ''));
    expect(blank.practices.map((p) => [p.id, p.measure, p.units, p.deadline, p.target])).toEqual([
      ['1-1', '精進役政便民服務', '徵集課', '115年6月底前', '線上預約率50%'],
      ['1-2', '精進役政便民服務', '替代役課、資訊室', '', ''],
    ]);
    const notes = (importedTabs(blank)[3]?.rows ?? []).map((note) => String(note[4]));
    expect(notes.filter((note) => note.includes('空白'))).toEqual([
      '完成期限空白：文件中這一格沒有與上一列合併，留空即持續辦理、沒有期限；若與「計畫」分頁第 2 列（1-1）的「115年6月底前」相同，請填上。',
    ]);
    const parsed = parsePlan({ tabs: importedTabs(blank) });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.plan.practice('1-2')?.deadline.kind).toBe('continuous');

    const merged = await imported([
      row(
        ['推動項目', '執行措施', '承辦單位', '期程'].map((text) => cell(text)),
        true,
      ),
      row([cell('精進役政便民服務', RESTART), cell('一、役男徵兵檢查線上預約。'), cell('徵集課', RESTART), cell('115年6月底前', RESTART)]),
      row([cell('', GOES_ON), cell('二、替代役申請文件電子化。'), cell('', GOES_ON), cell('', GOES_ON)]),
    ]);
    expect(merged.practices.map((p) => [p.units, p.deadline])).toEqual([
      ['徵集課', '115年6月底前'],
      ['徵集課', '115年6月底前'],
    ]);
    expect(
      importedTabs(merged)[3]
        ?.rows.map((note) => String(note[4]))
        .filter((note) => note.includes('空白')),
    ).toEqual([]);
  });

  it('puts 徵集課, marked (協辦) in the 承辦單位 cell, in the 協辦單位 column and leaves it out of 單位', async () => {
    const plan = await imported(conscription('人事室(主辦)、徵集課(協辦)', '115.06.30', '兵役課'));
    const [, planTab, unitsTab, notesTab] = importedTabs(plan);
    expect(planTab?.rows).toEqual([
      ['項次', '實施要項', '具體作法', '執行單位', '協辦單位', '完成期限', '預期目標'],
      ['1-1', '精進役政便民服務', '一、役男徵兵檢查線上預約。', '兵役課', '', '115年6月底前', '線上預約率50%'],
      ['1-2', '', '二、替代役申請文件電子化。', '人事室', '徵集課', '115.06.30', ''],
    ]);
    expect(unitsTab?.rows.slice(1).map((unit) => unit[0])).toEqual(['兵役課', '人事室']);
    expect(notesTab?.rows).toContainEqual([
      '計畫',
      3,
      '1-2',
      '第 1 個表格第 3 列',
      '協辦單位「徵集課」列在「計畫」分頁的「協辦單位」欄，不算執行單位：協辦單位不必填報這項作法；若也要它填報，請把它移到「執行單位」欄。',
    ]);
  });
});
