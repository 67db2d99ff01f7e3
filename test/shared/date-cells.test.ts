import { describe, expect, it } from 'vitest';
import { dateCellsOf, rowsWithDateTexts } from '../../shared/date-cells.ts';
import type { Tab } from '../../shared/workbook.ts';

describe('date cells of a new workbook', () => {
  const tab: Tab = {
    name: '計畫',
    rows: [
      ['項次', '完成期限'],
      [1, 46568],
      [2, '持續辦理'],
      [3, 46477],
    ],
    dates: [
      { row: 1, column: 1 },
      { row: 3, column: 1 },
    ],
  };

  it('says which cells hold dates', () => {
    const isDate = dateCellsOf(tab);
    expect([isDate(1, 1), isDate(3, 1), isDate(1, 0), isDate(2, 1)]).toEqual([true, true, false, false]);
  });

  it('writes a date cell as the ROC date it stands for, and every other cell as it is, for a backend of text', () => {
    expect(rowsWithDateTexts(tab)).toEqual([
      ['項次', '完成期限'],
      [1, '116年6月30日'],
      [2, '持續辦理'],
      [3, '116年3月31日'],
    ]);
  });
});
