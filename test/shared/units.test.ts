import { describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages/domain/index.ts';
import { parseUnitCell, parseUnits, UnitDirectory } from '../../shared/units.ts';
import { aTab } from '../builders.ts';

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

describe('parseUnits', () => {
  it('reports an alias another unit already answers to, which keeps meaning that unit, and a repeated name', () => {
    const { directory, problems } = parseUnits(
      aTab('單位', [
        ['單位', '別名'],
        ['民政課', '民政'],
        ['社會課', '民政、社福'],
        ['民政課', ''],
      ]),
    );
    expect(problems).toEqual([
      { source: '單位', row: 3, unit: '社會課', column: '別名', message: msg.unitAliasTaken('民政', '民政課', '社會課') },
      { source: '單位', row: 4, unit: '民政課', column: '單位', message: msg.unitRepeated('民政課') },
    ]);
    expect(directory.find('民政')?.name).toBe('民政課');
    expect(directory.find('社福')?.name).toBe('社會課');
  });

  it('says nothing of a unit listing its own name among its aliases', () => {
    expect(
      parseUnits(
        aTab('單位', [
          ['單位', '別名'],
          ['民政課', '民政課、民政'],
        ]),
      ).problems,
    ).toEqual([]);
  });
});

describe('UnitDirectory', () => {
  it('finds a unit added after the same name was looked for in vain, by its name or alias as typed', () => {
    const directory = new UnitDirectory();
    expect(directory.find('民政課')).toBeUndefined();
    directory.add({ name: '民政課', aliases: ['民政'], emails: [], row: 2 });
    expect(directory.find('民政課')?.name).toBe('民政課');
    expect(directory.find(' 民政 ')?.name).toBe('民政課');
    expect(directory.find('社會課')).toBeUndefined();
  });
});
