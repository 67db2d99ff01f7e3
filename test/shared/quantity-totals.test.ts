import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineTotals, formatQuantities, totalQuantities } from '../../shared/quantity-totals.ts';

const year = (texts: readonly string[]) => formatQuantities(totalQuantities(texts));
const sums = (texts: readonly string[]) => totalQuantities(texts).totals.map(({ word, sum }) => [word, sum]);

describe('totalQuantities', () => {
  it('adds up per measure word, whatever the word: 8則 beside 3次', () => {
    expect(year(['3次', '2則', '6則'])).toBe('3次、8則');
    expect(year(['1場、參加青年128人', '2場、媒合37人'])).toBe('3場、165人');
  });

  it('adds counts and averages percentages', () => {
    expect(year(['2場次、100人次', '3場次、滿意度90%', '滿意度80%'])).toBe('5場次、100人次、平均 85%');
  });

  it('quotes beside the total the 量化成果 that hold no number, so the total does not claim them', () => {
    expect(year(['3場', '辦理三場', '2場', '辦理三場', '持續辦理'])).toBe('5場，另「辦理三場」、「持續辦理」');
    expect(year(['辦理三場'])).toBe('「辦理三場」');
  });

  it('takes a running total (累計) in place of the periods before it, and adds the periods after it', () => {
    expect(year(['800人次', '累計2,100人次', '500人次'])).toBe('2,600人次');
    expect(year(['3場', '本季2場，累計5場', '本季累計1場'])).toBe('6場');
  });

  it('sums what it is given, whatever the split and the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 20 }), (counts) => {
        const texts = counts.map((n) => `辦理${n}人次`);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(sums(texts)).toEqual(counts.length ? [['人次', total]] : []);
        expect(sums([...texts].reverse())).toEqual(sums(texts));
      }),
    );
  });

  it('keeps every 量化成果 without a number out of the sums and in the quoted list, once', () => {
    const noNumber = fc.string({ unit: fc.constantFrom(...'辦理三場持續中完成已回收，、。 ') });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 })), fc.array(noNumber), (counts, texts) => {
        const counted = counts.map((n) => `${n}則`);
        const mixed = totalQuantities([...texts, ...counted, ...texts]);
        expect(mixed.totals).toEqual(totalQuantities(counted).totals);
        expect(mixed.uncounted).toEqual([...new Set(texts.map((text) => text.trim()).filter(Boolean))]);
      }),
    );
  });

  it('counts a running total once: the year is the last running total and the periods after it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1 }), fc.nat(), fc.nat(50_000), (periods, at, running) => {
        const i = at % periods.length;
        const texts = periods.map((n, j) => (j === i ? `累計${running}人次` : `${n}人次`));
        const after = periods.slice(i + 1).reduce((a, b) => a + b, 0);
        expect(sums(texts)).toEqual([['人次', running + after]]);
      }),
    );
  });
});

describe('combineTotals', () => {
  it('adds practices side by side; a running total in one never replaces another practice’s numbers', () => {
    const unit = combineTotals([totalQuantities(['3次', '2則']), totalQuantities(['5則', '累計40則']), totalQuantities(['完成'])]);
    expect(formatQuantities(unit)).toBe('3次、42則，另「完成」');
  });
});
