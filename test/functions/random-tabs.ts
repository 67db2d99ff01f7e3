// fast-check arbitraries for workbook tabs as agencies fill them: CJK text, several lines, text
// that looks like a formula, numbers, booleans, blanks and ragged rows; and what a backend should
// give back for them.
import fc from 'fast-check';
import type { Cell, OutputTab } from '../../shared/workbook.ts';

const pieces = [
  '民政課',
  '辦理',
  '滿意度調查',
  '第1季',
  '115年3月',
  '、',
  '，',
  '（完成）',
  'a',
  'Z',
  '7',
  ' ',
  '  ',
  '\t',
  '\n',
  '=',
  '+',
  '-',
  '@',
  '"',
  "'",
  '<',
  '&',
  '>',
  '%',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));
const known = fc.constantFrom(
  '=IMPORTXML("https://example.com","//title")',
  '=1+1',
  '+886 2 1234 5678',
  '-5',
  '@民政課',
  '第一行\n第二行',
  ' 前後空白 ',
  '落後',
  '已完成',
);
const number = fc
  .oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }))
  .map((n) => (Object.is(n, -0) ? 0 : n));

/** One cell: mostly text, sometimes a number, a boolean or a blank. */
const cellArbitrary: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: text, weight: 4 },
  { arbitrary: known, weight: 2 },
  number,
  fc.boolean(),
  fc.constant(null),
);

const rowArbitrary = fc.array(cellArbitrary, { maxLength: 7 });
const names = ['設定', '計畫', '單位', '表單回應 1', '填報-民政課', '執行成效', '管考總表', "O'Brien 的分頁", '檢核錯誤'];

/** One to three tabs with distinct names, some with an output layout. */
export const tabsArbitrary: fc.Arbitrary<OutputTab[]> = fc
  .uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 3 })
  .chain((tabNames) =>
    fc.tuple(
      ...tabNames.map((name) =>
        fc
          .record({ rows: fc.array(rowArbitrary, { maxLength: 8 }), laidOut: fc.boolean() })
          .map(({ rows, laidOut }) => tab(name, rows, laidOut)),
      ),
    ),
  );

function tab(name: string, rows: Cell[][], laidOut: boolean): OutputTab {
  return laidOut ? { name, rows, layout: { widths: [60, 200, 90], statusColumns: [1] } } : { name, rows };
}

/** What a spreadsheet shows for the rows: '' is blank, no trailing blank cells or rows, blank rows inside kept. */
export function asRead(rows: readonly (readonly Cell[])[]): Cell[][] {
  const out = rows.map((row) => {
    const copy = row.map((cell) => (cell === '' ? null : cell));
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}
