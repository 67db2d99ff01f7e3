import { describe, expect, it } from 'vitest';
import { fillMergedCells } from '../../shared/merged-cells.ts';
import type { Cell } from '../../shared/workbook.ts';

describe('fillMergedCells', () => {
  const plan: Cell[][] = [['具體作法', '執行單位', '完成期限'], ['1.夜間服務', '登記課', '持續辦理'], ['2.預約服務'], ['3.資安', '資訊課']];

  it.each([
    [
      'gives a merge down the rows its value, in its first column',
      [{ row: 1, column: 1, rows: 2, columns: 1 }],
      [
        ['1.夜間服務', '登記課', '持續辦理'],
        ['2.預約服務', '登記課'],
        ['3.資安', '資訊課'],
      ],
    ],
    [
      "fills a short row out to the merge's column",
      [{ row: 1, column: 2, rows: 3, columns: 1 }],
      [
        ['1.夜間服務', '登記課', '持續辦理'],
        ['2.預約服務', null, '持續辦理'],
        ['3.資安', '資訊課', '持續辦理'],
      ],
    ],
    [
      'leaves the columns a merge widens into as they are: a wider cell is no value of theirs',
      [{ row: 1, column: 1, rows: 2, columns: 2 }],
      [
        ['1.夜間服務', '登記課', '持續辦理'],
        ['2.預約服務', '登記課'],
        ['3.資安', '資訊課'],
      ],
    ],
    ['changes nothing for a merge across one row', [{ row: 0, column: 0, rows: 1, columns: 3 }], plan.slice(1)],
    ['stops at the last row of the tab', [{ row: 3, column: 1, rows: 5, columns: 1 }], plan.slice(1)],
  ])('%s', (_, merges, expected) => {
    expect(fillMergedCells(plan, merges).slice(1)).toEqual(expected);
  });

  it('leaves a spanned row holding nothing of its own blank, and never changes the rows it was given', () => {
    const rows: Cell[][] = [['填報期間', '執行成效'], ['115年3月', 'A'], [], [null, 'B']];
    const copy = structuredClone(rows);
    const filled = fillMergedCells(rows, [{ row: 1, column: 0, rows: 3, columns: 1 }]);
    expect(filled).toEqual([['填報期間', '執行成效'], ['115年3月', 'A'], [], ['115年3月', 'B']]);
    expect(rows).toEqual(copy);
    expect(filled[1]).toBe(rows[1]);
  });

  it('keeps what a covered cell holds when a file has a value there', () => {
    expect(
      fillMergedCells(
        [
          ['a', 'x'],
          ['b', 'y'],
        ],
        [{ row: 0, column: 1, rows: 2, columns: 1 }],
      ),
    ).toEqual([
      ['a', 'x'],
      ['b', 'y'],
    ]);
  });
});
