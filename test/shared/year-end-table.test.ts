import { describe, expect, it } from 'vitest';
import type { OutputInput } from '../../shared/output-tabs.ts';
import { cellAsText, headerRowIndexes } from '../../shared/published-document.ts';
import { yearEndTable } from '../../shared/year-end.ts';
import { yearEndDocument } from '../../shared/year-end-table.ts';
import { aTab, aWorkbook, settingsTab, unitsTab } from '../builders.ts';
import { outputOf, yearInput } from './year-end-fixture.ts';

const sheetOf = (input = yearInput()) => {
  const [sheet] = yearEndDocument(input).sheets;
  if (!sheet) throw new Error('no sheet');
  return sheet;
};
const texts = (cells: readonly unknown[]) => cells.map((cell) => cellAsText(cell as never));

describe('yearEndDocument', () => {
  it('is named as SPEC.md gives it and opens with a title row and the plan and the day it was made', () => {
    const document = yearEndDocument(yearInput());
    expect(document.name).toBe('年度執行成效一覽表');
    expect(document.language).toBe('zh-TW');
    const [title, info] = sheetOf().rows;
    expect(title).toEqual({ kind: 'title', cells: ['臺北市測試區公所115年度執行成效一覽表'], merge: { from: 0, to: 3 } });
    expect(info?.cells[0]).toBe('計畫名稱：115年度提升服務品質執行計畫　製表日期：民國115年11月23日');
  });

  it('uses the seeds’ columns, with the header as the row printed pages repeat', () => {
    const sheet = sheetOf();
    expect(headerRowIndexes(sheet)).toEqual([2]);
    expect(sheet.rows[2]?.cells).toEqual(['項次', '實施要項', '具體作法', '執行成效']);
  });

  it('writes each 實施要項 once in its column beside all its practices (merged down), a 執行策略 as a row across 具體作法 and 執行成效', () => {
    const sheet = sheetOf();
    const rows = sheet.rows.slice(3).map((row) => [row.kind, ...texts(row.cells).slice(0, 3)]);
    expect(rows).toEqual([
      ['subgroup', '', '一、完備基礎服務項目', '(一)建立標準作業流程'],
      ['body', '1-1', '', '檢討各項申請表單'],
      ['body', '1-2', '', '更新服務申辦資訊'],
      ['subgroup', '', '二、重視全程意見回饋', '(一)辦理滿意度調查'],
      ['body', '2-1', '', '辦理民眾滿意度調查'],
      ['body', '2-1-2', '', '里鄰長研習'],
    ]);
    expect(sheet.mergesDown).toEqual([
      { column: 1, from: 3, to: 5, kind: 'group' },
      { column: 1, from: 6, to: 8, kind: 'group' },
    ]);
    expect(sheet.rows[3]?.merge).toEqual({ from: 2, to: 3 });
  });

  it('publishes each practice’s year as drafted, or the coordinator’s text where 年度成效 has one', () => {
    const results = (input: OutputInput) =>
      new Map(
        sheetOf(input)
          .rows.filter((row) => row.kind === 'body')
          .map((row) => [row.cells[0], row.cells[3]]),
      );
    expect(results(yearInput()).get('2-1')).toBe(
      '【民政課】回收問卷300份（全年合計：3場次、150人次）\n【社會課】社會課問卷設計中（辦理中）',
    );
    expect(results(yearInput()).get('1-1')).toBe('未填報');
    expect(results({ ...yearInput(), published: new Map([['2-1', '研考人員定稿的文字']]) }).get('2-1')).toBe('研考人員定稿的文字');
  });

  it('numbers measures written without their own number 壹、貳… as the seeds do', () => {
    const plan = aTab('計畫', [
      ['項次', '實施要項', '具體作法', '執行單位'],
      ['1', '完備基礎服務項目', '在職人員職能訓練', '秘書室'],
      ['2', '', '維持服務標準', '秘書室'],
      ['3', '重視全程意見回饋', '建置民眾意見反映機制', '民政課'],
    ]);
    const sheet = sheetOf(outputOf({ tabs: [settingsTab(), unitsTab(), plan] }));
    expect((sheet.mergesDown ?? []).map((merge) => sheet.rows[merge.from]?.cells[1])).toEqual([
      '壹、完備基礎服務項目',
      '貳、重視全程意見回饋',
    ]);
  });

  it('widens the 實施要項 column for a plan whose 實施要項 are long (two levels in one), so none takes much more than five lines', () => {
    const measure =
      '一、完備基礎服務項目，注重服務特性差異化\n(一)建立業務標準作業流程，維持服務措施處理一致性；確保資訊提供、問題回應或申辦案件處理的正確性';
    const plan = aTab('計畫', [
      ['項次', '實施要項', '具體作法', '執行單位'],
      ['1', measure, '訂定標準作業流程', '秘書室'],
    ]);
    const long = sheetOf(outputOf({ tabs: [settingsTab(), unitsTab(), plan] })).widths;
    const short = sheetOf().widths;
    expect(short).toEqual([60, 156, 327, 437]);
    expect(long[1]).toBeGreaterThan(200);
    expect((long[1] ?? 0) / 14.6).toBeGreaterThanOrEqual(Math.min(14, [...measure].length / 5) - 1);
    expect(long.reduce((sum, width) => sum + width, 0)).toBe(980);
  });

  it('has a tab form for Google Sheets that starts at the header', () => {
    const tab = yearEndTable(outputOf(aWorkbook([])));
    expect(tab.name).toBe('年度執行成效一覽表');
    expect(tab.rows[0]).toEqual(['項次', '實施要項', '具體作法', '執行成效']);
    // A tab has no merges: the 實施要項 is on every row.
    expect(tab.rows.slice(1, 4).map((row) => row.slice(0, 3))).toEqual([
      ['', '一、完備基礎服務項目', '(一)建立標準作業流程'],
      ['1-1', '一、完備基礎服務項目', '檢討各項申請表單'],
      ['1-2', '一、完備基礎服務項目', '更新服務申辦資訊'],
    ]);
  });
});
