import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filledLength, withoutTrailingBlanks, withoutTrailingEmptyRows } from '../../shared/trailing-blanks.ts';
import type { Cell } from '../../shared/workbook.ts';

const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.constant(' '), fc.string(), fc.integer(), fc.boolean());

describe('trailing blanks', () => {
  it.each<[string, Cell[], Cell[]]>([
    ['drops null and empty text at the end', ['a', null, '', null], ['a']],
    ['keeps blanks inside', [null, 'a', '', 'b'], [null, 'a', '', 'b']],
    ['keeps a cell of spaces, zero and FALSE: they hold what was typed', ['a', ' ', 0, false], ['a', ' ', 0, false]],
    ['empties a row of blanks', [null, ''], []],
  ])('%s', (_, row, trimmed) => {
    expect(withoutTrailingBlanks(row)).toEqual(trimmed);
  });

  it('ends a row at its last filled cell, never before one', () => {
    fc.assert(
      fc.property(fc.array(cell), fc.integer({ min: -1, max: 10 }), (row, ignoring) => {
        const end = filledLength(row, ignoring);
        const blank = (value: Cell | undefined) => value === null || value === undefined || value === '';
        if (end > 0) expect(end - 1 === ignoring || blank(row[end - 1])).toBe(false);
        expect(row.slice(end).every((value, i) => end + i === ignoring || blank(value))).toBe(true);
      }),
    );
  });

  it('drops the empty rows at the end and keeps those inside', () => {
    expect(withoutTrailingEmptyRows([['a'], [], ['b'], [], []])).toEqual([['a'], [], ['b']]);
    expect(withoutTrailingEmptyRows([[], []])).toEqual([]);
  });
});
