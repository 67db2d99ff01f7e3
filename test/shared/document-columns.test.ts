import { describe, expect, it } from 'vitest';
import { bodyRow, columnIndex, columnWidths, type DocColumns, headerRow, totalRow } from '../../shared/document-columns.ts';

const columns = {
  id: { header: '項次', width: 60, value: (row) => row.id },
  date: { header: '辦理日期', width: 120, value: (row) => ({ date: row.date }) },
  count: { header: '期數', width: 50, value: (row) => row.count },
} satisfies DocColumns<{ id: string; date: { year: number; month: number; day: number }; count: number }>;

describe('year-end table columns', () => {
  it('lay a table out in the order its columns are declared', () => {
    expect(headerRow(columns)).toEqual({ kind: 'header', cells: ['項次', '辦理日期', '期數'] });
    expect(columnWidths(columns)).toEqual([60, 120, 50]);
    expect(columnIndex(columns, 'count')).toBe(2);
  });

  it('write a row as each column reads it', () => {
    expect(bodyRow(columns, { id: '1-1', date: { year: 2026, month: 4, day: 28 }, count: 3 })).toEqual({
      kind: 'body',
      cells: ['1-1', { date: { year: 2026, month: 4, day: 28 } }, 3],
    });
  });

  it('write 合計 first in a total row, its totals in their columns and blanks elsewhere', () => {
    expect(totalRow(columns, { count: 7 })).toEqual({ kind: 'total', cells: ['合計', '', 7] });
  });
});
