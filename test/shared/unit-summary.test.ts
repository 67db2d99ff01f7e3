import { describe, expect, it } from 'vitest';
import { cellAsText, type DocSheet } from '../../shared/document.ts';
import { unitSummaryDocument } from '../../shared/unit-summary.ts';
import { yearInput } from './year-end-fixture.ts';

const sheet = (unit: string, name: string): DocSheet => {
  const found = unitSummaryDocument(yearInput(), unit).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const body = (s: DocSheet) => s.rows.filter((row) => row.kind === 'body' || row.kind === 'total').map((row) => row.cells.map(cellAsText));

describe('unitSummaryDocument', () => {
  it('is named 單位成效-<單位> and holds practices, late items, missing periods and quantities', () => {
    const document = unitSummaryDocument(yearInput(), '民政課');
    expect(document.name).toBe('單位成效-民政課');
    expect(document.sheets.map((s) => s.name)).toEqual(['作法成效', '落後項目', '未填報期間', '量化成果']);
    expect(document.sheets[0]?.rows[0]?.cells[0]).toBe('臺北市測試區公所115年度執行成效－民政課');
  });

  it('lists only the unit’s practices, under their 實施要項, with latest status, 辦理日期 in ROC form and results', () => {
    const practices = sheet('民政課', '作法成效');
    expect(practices.rows[2]?.cells[0]).toBe('負責作法 3 項，已完成 1 項，完成率 33.3%');
    expect(practices.rows.filter((row) => row.kind === 'group').map((row) => row.cells[1])).toEqual(['一、完備基礎服務項目', '二、重視全程意見回饋']);
    expect(body(practices)).toEqual([
      ['1-1', '檢討各項申請表單', '持續辦理', '未填報', '', '', '', ''],
      ['2-1', '辦理民眾滿意度調查', '預定於2~5月份辦理', '已完成', '115年4月（115/05/02 09:00）', '民國115年4月28日', '回收問卷300份', '1場次、30人次'],
      ['2-1-2', '里鄰長研習', '3月17、18日辦理', '落後', '115年3月（115/04/06 09:00）', '', '場地未定', ''],
    ]);
    expect(practices.rows.find((row) => row.cells[0] === '2-1')?.cells[5]).toEqual({ date: { year: 2026, month: 4, day: 28 } });
  });

  it('shows late items with 落後原因 and 改善措施', () => {
    expect(body(sheet('民政課', '落後項目'))).toEqual([['2-1-2', '里鄰長研習', '115年3月', '講師檔期未定', '改於4月辦理']]);
    expect(body(sheet('社會課', '落後項目'))).toEqual([['（無）']]);
  });

  it('lists the periods past their 填報截止日 without a report, until the unit reported 已完成', () => {
    const missing = body(sheet('民政課', '未填報期間'));
    expect(missing[0]).toEqual(['1-1', '檢討各項申請表單', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((m) => `115年${m}月`).join('、'), '10']);
    expect(missing[1]).toEqual(['2-1', '辦理民眾滿意度調查', '115年1月、115年2月', '2']);
    expect(missing.at(-1)).toEqual(['合計', '', '', String(10 + 2 + 9)]);
  });

  it('adds up the numbers found in 量化成果 over the year', () => {
    expect(body(sheet('民政課', '量化成果'))).toEqual([
      ['2-1', '辦理民眾滿意度調查', '2', '3場次、150人次'],
      ['合計', '', '2', '3場次、150人次'],
    ]);
  });
});
