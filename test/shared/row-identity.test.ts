import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowHash, sameRow } from '../../shared/row-identity.ts';
import { findSubmissionSources, type RawSubmission, readSubmissions } from '../../shared/submission-tabs.ts';
import type { Cell } from '../../shared/workbook.ts';

// Rows as the pipeline sees them: read from a form tab with the given header.
function rows(name: string, header: readonly string[], data: readonly (readonly Cell[])[]): RawSubmission[] {
  return readSubmissions(findSubmissionSources({ tabs: [{ name, rows: [header, ...data] }] }));
}

const text = fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('辦理中', '115年3月', '民政課'));
const HEADER = ['填報單位', '具體作法', '執行成效', '量化成果', '檢核結果'];

describe('row identity (the same delivery counts once)', () => {
  it('gives equal rows equal hashes, whatever their old 檢核結果 or the column order of their tab', () => {
    fc.assert(
      fc.property(fc.tuple(text, text, text, text), fc.option(text), ([unit, practice, narrative, quantity], check) => {
        const [a] = rows('表單回應 1', HEADER, [[unit, practice, narrative, quantity, null]]);
        const [b] = rows(
          '表單回應 2',
          ['量化成果', '檢核結果', '執行成效', '具體作法', '填報單位'],
          [[quantity, check, narrative, practice, unit]],
        );
        if (!a || !b) throw new Error('rows not read');
        expect(rowHash(b, '民政課')).toBe(rowHash(a, '民政課'));
        expect(sameRow(a, '民政課', b, '民政課')).toBe(true);
      }),
    );
  });

  it('tells rows apart when any column or the unit differs', () => {
    fc.assert(
      fc.property(fc.tuple(text, text, text), fc.string({ minLength: 1 }), ([unit, practice, narrative], extra) => {
        const [a, b] = rows('表單回應 1', HEADER, [
          [unit, practice, narrative],
          [unit, practice, `${narrative}${extra}`],
        ]);
        if (!a || !b) throw new Error('rows not read');
        expect(sameRow(a, '民政課', b, '民政課')).toBe(false);
        expect(sameRow(a, '民政課', a, '社會課')).toBe(false);
      }),
    );
  });

  it('does not confuse a value moved to another column', () => {
    const [a, b] = rows('表單回應 1', HEADER, [
      ['民政課', '1-1', '辦理中', null],
      ['民政課', '1-1', null, '辦理中'],
    ]);
    if (!a || !b) throw new Error('rows not read');
    expect(rowHash(a, '民政課')).not.toBe(rowHash(b, '民政課'));
    expect(sameRow(a, '民政課', b, '民政課')).toBe(false);
  });
});
