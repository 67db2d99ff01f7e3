import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/plan.ts';
import { matchKey } from '../../shared/text.ts';
import { unitOfTab, unitTabName } from '../../shared/unit-tab-names.ts';
import { planTab, settingsTab, unitsTab } from '../builders.ts';

// Every character matching folds to '-' (look-alike dashes, full-width and small hyphen-minus…).
const DASHES = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
  (c) => !/[\uD800-\uDFFF]/u.test(c) && matchKey(c) === '-',
);

describe("unitOfTab without the plan's units: `填報-<單位>` alone", () => {
  it('finds the dashes it must know by asking matchKey', () => {
    expect(DASHES).toEqual(
      expect.arrayContaining(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D']),
    );
  });

  it.each(DASHES.map((dash) => [dash.codePointAt(0)?.toString(16), dash]))(
    'takes the unit after any dash matching folds (U+%s)',
    (_, dash) => {
      expect(unitOfTab(`填報${dash}民政課`)).toBe('民政課');
      expect(unitOfTab(` 填報 ${dash} 民政課 `)).toBe('民政課');
    },
  );

  it('keeps the unit as typed, and tells a bare 填報 and other tabs apart', () => {
    expect(unitOfTab('填報-民政課（舊）')).toBe('民政課（舊）');
    expect(unitOfTab('填報')).toBe('');
    expect(unitOfTab('填報說明')).toBeUndefined();
    expect(unitOfTab('計畫')).toBeUndefined();
  });
});

describe("unitOfTab with the plan's units", () => {
  const parsed = parsePlan({ tabs: [settingsTab(), unitsTab(), planTab()] });
  if (!parsed.ok) throw new Error(parsed.reason);
  const { units } = parsed.value.plan;

  it.each([
    ['填報_民政課', '民政課'],
    ['填報＿民政課', '民政課'],
    ['填報（社會課）', '社會課'],
    ['填報(社會課)', '社會課'],
    ['填報【秘書室】', '秘書室'],
    ['社會課填報', '社會課'],
    ['社會課-填報', '社會課'],
    ['（秘書室）填報', '秘書室'],
    ['填報 秘書室', '秘書室'],
    ['填報：民政股', '民政課'],
    ['民政填報', '民政課'],
  ])('reads %s as the tab of %s: 填報 beside a unit or alias', (name, unit) => {
    expect(unitOfTab(name, units)).toBe(unit);
  });

  it.each(['填報說明', '本期填報', '填報_工務課', '工務課填報', '填報範例（勿填）', '計畫', '表單回應 1'])(
    'reads no unit in %s',
    (name) => {
      expect(unitOfTab(name, units)).toBeUndefined();
    },
  );

  it("reads 填報-<單位> as the unit typed, known or not, and a bare 填報 as ''", () => {
    expect(unitOfTab('填報-工務課', units)).toBe('工務課');
    expect(unitOfTab('填報', units)).toBe('');
  });
});

describe('unitTabName', () => {
  it('names a tab unitOfTab reads back as the same unit, for any unit name as 單位 holds it (trimmed, not blank)', () => {
    const unitName = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter((unit) => unit.trim() === unit && matchKey(unit) !== '');
    fc.assert(fc.property(unitName, (unit) => unitOfTab(unitTabName(unit)) === unit));
    expect(unitTabName('民政課')).toBe('填報-民政課');
  });
});
