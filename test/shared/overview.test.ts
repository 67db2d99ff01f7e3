import { describe, expect, it } from 'vitest';
import { overviewDocument } from '../../shared/overview.ts';
import { cellAsText, type DocSheet } from '../../shared/published-document.ts';
import { aTab, settingsTab } from '../builders.ts';
import { outputOf, yearInput } from './year-end-fixture.ts';

const sheet = (name: string): DocSheet => {
  const found = overviewDocument(yearInput()).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const body = (s: DocSheet) => s.rows.filter((row) => row.kind === 'body' || row.kind === 'total').map((row) => row.cells.map(cellAsText));

describe('overviewDocument', () => {
  it('gives completion and reporting rate per unit, with a total', () => {
    expect(body(sheet('單位完成率'))).toEqual([
      ['秘書室', '2', '1', '50.0%', '16', '1', '6.3%', '15'],
      ['民政課', '3', '1', '33.3%', '24', '3', '12.5%', '21'],
      ['社會課', '2', '0', '0.0%', '20', '1', '5.0%', '19'],
      ['合計', '7', '2', '28.6%', '60', '5', '8.3%', '55'],
    ]);
  });

  it('draws completion and reporting rate by unit on a sheet of its own, from the unit rows', () => {
    const units = sheet('單位完成率');
    expect(units.charts).toEqual([]);
    expect(sheet('單位完成率圖表').charts).toEqual([
      {
        kind: 'bar',
        title: '各單位完成率與填報率',
        source: '單位完成率',
        rows: { from: 3, to: 5 },
        categoryColumn: 0,
        valueColumns: [3, 6],
        percent: true,
        place: 'below',
      },
    ]);
    expect(units.rows[3]?.cells[0]).toBe('秘書室');
    expect(units.rows[5]?.cells[0]).toBe('社會課');
  });

  it('splits the units over charts of at most 20, in even parts, so every unit is named', () => {
    const names = Array.from({ length: 45 }, (_, i) => `第${i + 1}課`);
    const input = outputOf({
      tabs: [
        settingsTab(),
        aTab('單位', [['單位'], ...names.map((name) => [name])]),
        aTab('計畫', [
          ['項次', '實施要項', '具體作法', '執行單位'],
          ...names.map((name, i) => [`1-${i + 1}`, '完備基礎服務項目', '作法', name]),
        ]),
      ],
    });
    const charts = overviewDocument(input).sheets.find((s) => s.name === '單位完成率圖表')?.charts ?? [];
    expect(charts.map((chart) => [chart.title, chart.rows.to - chart.rows.from + 1])).toEqual([
      ['各單位完成率與填報率（1／3）', 15],
      ['各單位完成率與填報率（2／3）', 15],
      ['各單位完成率與填報率（3／3）', 15],
    ]);
  });

  it('counts reports per period up to this month, with a line chart', () => {
    const trend = sheet('每期填報');
    const rows = body(trend);
    expect(rows).toHaveLength(11);
    expect(rows[2]).toEqual(['115年3月', '3', '2', '0']);
    expect(rows[3]).toEqual(['115年4月', '1', '1', '1']);
    expect(trend.charts[0]).toMatchObject({ kind: 'line', rows: { from: 3, to: 13 }, valueColumns: [1], place: 'right' });
  });

  it('lists practices past their 完成期限 without 已完成', () => {
    expect(body(sheet('逾期作法'))).toEqual([
      ['2-1', '辦理民眾滿意度調查', '社會課', '預定於2~5月份辦理', '辦理中', '9', '已逾完成期限（115年5月31日）；9期未填報'],
      ['2-1-2', '里鄰長研習', '民政課', '3月17、18日辦理', '落後', '9', '已逾完成期限（115年3月18日）；9期未填報'],
    ]);
  });
});
