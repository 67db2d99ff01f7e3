import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities, formatQuantities, totalQuantities } from '../../shared/quantity.ts';

describe('quantities in 量化成果', () => {
  it('finds numbers with their measure words, full-width digits and thousands separators included', () => {
    expect(extractQuantities('辦理２場次，參加1,200人次，受理35件，滿意度92.5%')).toEqual([
      { unit: '場次', value: 2 },
      { unit: '人次', value: 1200 },
      { unit: '件', value: 35 },
      { unit: '%', value: 92.5 },
    ]);
    expect(extractQuantities('持續辦理中')).toEqual([]);
  });

  it('adds counts and averages percentages', () => {
    const totals = totalQuantities(['2場次、100人次', '3場次、滿意度90%', '滿意度80%']);
    expect(totals).toEqual([
      { unit: '場次', value: 5 },
      { unit: '人次', value: 100 },
      { unit: '%', value: 85 },
    ]);
    expect(formatQuantities(totals)).toBe('5場次、100人次、平均 85%');
  });

  it('sums what it is given, whatever the split', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 20 }), (counts) => {
        const texts = counts.map((n) => `辦理${n}人次`);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(totalQuantities(texts)).toEqual(counts.length ? [{ unit: '人次', value: total }] : []);
      }),
    );
  });
});
