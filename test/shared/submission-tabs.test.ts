import { describe, expect, it } from 'vitest';
import { unitTabUnit } from '../../shared/submission-tabs.ts';
import { matchKey } from '../../shared/text.ts';

// Every character matching folds to '-' (look-alike dashes, full-width and small hyphen-minus…).
const DASHES = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
  (c) => !/[\uD800-\uDFFF]/u.test(c) && matchKey(c) === '-',
);

describe('unitTabUnit', () => {
  it('finds the dashes it must know by asking matchKey', () => {
    expect(DASHES).toEqual(expect.arrayContaining(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D']));
  });

  it.each(DASHES.map((dash) => [dash.codePointAt(0)?.toString(16), dash]))('takes the unit after any dash matching folds (U+%s)', (_, dash) => {
    expect(unitTabUnit(`填報${dash}民政課`)).toBe('民政課');
    expect(unitTabUnit(` 填報 ${dash} 民政課 `)).toBe('民政課');
  });

  it('keeps the unit as typed, and tells a bare 填報 and other tabs apart', () => {
    expect(unitTabUnit('填報-民政課（舊）')).toBe('民政課（舊）');
    expect(unitTabUnit('填報')).toBe('');
    expect(unitTabUnit('填報說明')).toBeUndefined();
    expect(unitTabUnit('計畫')).toBeUndefined();
  });
});
