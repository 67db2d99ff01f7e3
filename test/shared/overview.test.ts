import { describe, expect, it } from 'vitest';
import { cellAsText, type DocSheet } from '../../shared/document.ts';
import { overviewDocument } from '../../shared/overview.ts';
import { yearInput } from './year-end-fixture.ts';

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

  it('specifies a bar chart of completion and reporting rate by unit over the unit rows', () => {
    const units = sheet('單位完成率');
    expect(units.charts).toEqual([{ kind: 'bar', title: '各單位完成率與填報率', rows: { from: 3, to: 5 }, categoryColumn: 0, valueColumns: [3, 6], percent: true, place: 'below' }]);
    expect(units.rows[3]?.cells[0]).toBe('秘書室');
    expect(units.rows[5]?.cells[0]).toBe('社會課');
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
