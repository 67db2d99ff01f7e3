import { describe, expect, it } from 'vitest';
import { parseUnitCell } from '../../shared/units.ts';

describe('parseUnitCell', () => {
  it.each(['各課室', '各組室', '各科室', '各組、室', '全體', '全所', '全處', '全處室', '全體同仁', '各單位', '本所全體同仁', '全所同仁'])(
    'reads %j as every unit (SPEC.md, and README Decisions for the words it adds)',
    (text) => {
      expect(parseUnitCell(text)).toEqual({ everyUnit: true, names: [] });
    },
  );

  it('keeps the units named beside those words', () => {
    expect(parseUnitCell('秘書室、全所')).toEqual({ everyUnit: true, names: ['秘書室'] });
    expect(parseUnitCell('人事室（主辦）、全處室（協辦）')).toEqual({ everyUnit: true, names: ['人事室'] });
  });

  it('does not take a unit whose name holds 全處 or 全所 for every unit', () => {
    expect(parseUnitCell('安全處')).toEqual({ everyUnit: false, names: ['安全處'] });
    expect(parseUnitCell('民政課、保全所')).toEqual({ everyUnit: false, names: ['民政課', '保全所'] });
  });
});
