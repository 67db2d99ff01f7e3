import { describe, expect, it } from 'vitest';
import { cellAsText, type DocSheet } from '../../shared/published-document.ts';
import { unitSummaryDocument } from '../../shared/unit-summary.ts';
import { aTab, aWorkbook, FORM_HEADER, goodForm, settingsTab, unitsTab } from '../builders.ts';
import { outputOf, yearInput } from './year-end-fixture.ts';

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

  it('lists the practices the unit reported on, under their 實施要項: 完成期限 on every row, the latest report’s time on a line of its own, 辦理日期 in ROC form', () => {
    const practices = sheet('民政課', '作法成效');
    expect(practices.rows[2]?.cells[0]).toBe('負責作法 3 項，已完成 1 項，完成率 33.3%；全年未填報 1 項（列於未填報期間）');
    expect(practices.rows.filter((row) => row.kind === 'group').map((row) => row.cells[1])).toEqual(['二、重視全程意見回饋']);
    expect(body(practices)).toEqual([
      [
        '2-1',
        '辦理民眾滿意度調查',
        '預定於2~5月份辦理',
        '已完成',
        '115年4月\n115/05/02 09:00',
        '民國115年4月28日',
        '回收問卷300份',
        '1場次、30人次',
      ],
      ['2-1-2', '里鄰長研習', '3月17、18日辦理', '落後', '115年3月\n115/04/06 09:00', '', '場地未定', ''],
    ]);
    expect(practices.rows.find((row) => row.cells[0] === '2-1')?.cells[5]).toEqual({ date: { year: 2026, month: 4, day: 28 } });
  });

  it('shows 持續辦理 for a 完成期限 left blank, as a plan with merged cells leaves the rows below the first', () => {
    const missing = body(sheet('秘書室', '未填報期間'));
    expect(missing.find((row) => row[0] === '1-1')?.[2]).toBe('持續辦理');
  });

  it('shows late items with 落後原因 and 改善措施', () => {
    expect(body(sheet('民政課', '落後項目'))).toEqual([['2-1-2', '里鄰長研習', '115年3月', '講師檔期未定', '改於4月辦理']]);
    expect(body(sheet('社會課', '落後項目'))).toEqual([['（無）']]);
  });

  it('lists the periods past their 填報截止日 without a report as runs, one line a practice, until the unit reported 已完成', () => {
    const missing = body(sheet('民政課', '未填報期間'));
    expect(missing).toEqual([
      ['1-1', '檢討各項申請表單', '持續辦理', '1–10月', '10'],
      ['2-1', '辦理民眾滿意度調查', '預定於2~5月份辦理', '1–2月', '2'],
      ['2-1-2', '里鄰長研習', '3月17、18日辦理', '1–2月、4–10月', '9'],
      ['合計', '', '', '', String(10 + 2 + 9)],
    ]);
  });

  it('adds up the numbers found in 量化成果 over the year', () => {
    expect(body(sheet('民政課', '量化成果'))).toEqual([
      ['2-1', '辦理民眾滿意度調查', '2', '3場次、150人次'],
      ['合計', '', '2', '3場次、150人次'],
    ]);
  });
});

describe('unitSummaryDocument 量化成果', () => {
  it('adds up every measure word, per practice and for the unit, and names what holds no number', () => {
    const report = (id: string, month: number, quantity: string) =>
      goodForm({ 具體作法: id, 時間戳記: `2026/${month + 1}/2 上午 9:00:00`, 填報期間: `115年${month}月`, 量化成果: quantity });
    const input = outputOf(
      aWorkbook([
        report('2-1', 1, '3次'),
        report('2-1', 2, '2則'),
        report('2-1', 3, '6則'),
        report('2-1-2', 1, '1則'),
        report('2-1-2', 2, '辦理三場'),
      ]),
    );
    const quantities = unitSummaryDocument(input, '民政課').sheets.find((s) => s.name === '量化成果');
    if (!quantities) throw new Error('no 量化成果 sheet');
    expect(body(quantities)).toEqual([
      ['2-1', '辦理民眾滿意度調查', '3', '3次、8則'],
      ['2-1-2', '里鄰長研習', '2', '1則，另「辦理三場」'],
      ['合計', '', '5', '3次、9則，另「辦理三場」'],
    ]);
  });
});

describe('unitSummaryDocument numbering', () => {
  it('numbers a 實施要項 as the plan does, whichever of its practices the unit reported on', () => {
    const plan = aTab('計畫', [
      ['項次', '實施要項', '具體作法', '執行單位'],
      ['1', '完備基礎服務項目', '在職人員職能訓練', '秘書室'],
      ['2', '重視全程意見回饋', '建置民眾意見反映機制', '民政課'],
    ]);
    const input = outputOf({
      tabs: [settingsTab(), unitsTab(), plan, aTab('表單回應 1', [[...FORM_HEADER], goodForm({ 具體作法: '2' })])],
    });
    const practices = unitSummaryDocument(input, '民政課').sheets[0];
    expect(practices?.rows.filter((row) => row.kind === 'group').map((row) => row.cells.slice(0, 2))).toEqual([['貳', '重視全程意見回饋']]);
  });
});
