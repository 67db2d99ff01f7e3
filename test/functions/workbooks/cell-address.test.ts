import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetter, quotedTabName } from '../../../functions/workbooks/cell-address.ts';
import { parseA1 } from '../../fakes/sheets-a1.ts';

// Checked against the Sheets fake's A1 parser, which reads references on its own (test/fakes/sheets-a1.ts;
// quoting any tab name is checked in test/fakes/sheets-fake.test.ts).
describe('cell references', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %i %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it('names every column up to ZZZ as A1 notation reads it back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 18_277 }), fc.integer({ min: 0, max: 99_999 }), (column, row) => {
        expect(parseA1(`${quotedTabName('表')}!${columnLetter(column)}${row + 1}`)).toEqual({
          sheet: '表',
          startRow: row,
          endRow: row + 1,
          startColumn: column,
          endColumn: column + 1,
        });
      }),
    );
  });

  it('writes an ODF cell address with the tab quoted', () => {
    expect(cellAddress("It's 單位", 3, 0)).toBe("'It''s 單位'.D1");
  });
});
