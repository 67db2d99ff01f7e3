import { describe, expect, it } from 'vitest';
import { pairTexts, pairUnits } from '../../../shared/plan-import/parallel-cells.ts';
import { collectUnits } from '../../../shared/plan-import/plan-units.ts';

const mentions = (...names: string[]) => names.map((name) => ({ name, where: '第 1 個表格' }));

describe('collectUnits', () => {
  it('lists each unit once in the order first named, leaving out every-unit words and people', () => {
    const { units, notes } = collectUnits(mentions('民政課', '各課室', '社會課', '民政課', '區長', '各組、室', '秘書室'));
    expect(units).toEqual([
      { name: '民政課', aliases: [] },
      { name: '社會課', aliases: [] },
      { name: '秘書室', aliases: [] },
    ]);
    expect(notes.map((note) => note.message)).toEqual(['「區長」是職稱或人員，不是單位，未列入「單位」分頁。']);
  });

  it('reads the short forms a plan uses as aliases of the unit they stand for', () => {
    const { units, notes } = collectUnits(mentions('人事', '役政災防課', '人事室', '役政課', '社會'));
    expect(units).toEqual([
      { name: '役政災防課', aliases: ['役政課'] },
      { name: '人事室', aliases: ['人事'] },
      { name: '社會', aliases: [] },
    ]);
    expect(notes).toHaveLength(2);
  });

  it('splits units joined by 及 / 與 / 和 when each part is a unit, so neither becomes a short form of the pair', () => {
    const { units, notes } = collectUnits(
      mentions('資訊科', '服務科', '資訊科及服務科', '秘書室與人事室', '兒童及少年福利科', '研考和服務科'),
    );
    expect(units.map((unit) => unit.name)).toEqual(['資訊科', '服務科', '秘書室', '人事室', '兒童及少年福利科', '研考和服務科']);
    expect(notes).toEqual([]);
  });
});

describe('pairUnits', () => {
  it.each([
    [['各課室', '秘書室'], 2, ['各課室', '秘書室'], false],
    [['民政課、社會課', '秘書室'], 2, ['民政課、社會課', '秘書室'], false],
    [['各課室 民政課 役政災防課'], 3, ['各課室', '民政課', '役政災防課'], false],
    [['民政課 役政災防課'], 1, ['民政課、役政災防課'], false],
    [['秘書室'], 3, ['秘書室', '秘書室', '秘書室'], false],
    [['各課室 民政課 役政災防課 社會課 役政災防課'], 4, ['各課室', '民政課', '役政災防課', '社會課、役政災防課'], true],
    [['社會課 社會課 社會課'], 4, ['社會課', '社會課', '社會課', '社會課'], true],
    [['各組、室'], 2, ['各組、室', '各組、室'], false],
  ])('pairs %j with %i practices', (paragraphs, count, values, uneven) => {
    expect(pairUnits(paragraphs, count)).toMatchObject({ values, uneven });
  });
});

describe('pairTexts', () => {
  it('gives each practice its own item when they come one per practice, else the whole cell', () => {
    expect(pairTexts(['(一)按時辦理。 (二)持續辦理。'], 2).values).toEqual(['(一)按時辦理。', '(二)持續辦理。']);
    expect(pairTexts(['持續辦理'], 3).values).toEqual(['持續辦理', '持續辦理', '持續辦理']);
    expect(pairTexts(['(一)甲。 (二)乙。 (三)丙。'], 2)).toMatchObject({
      values: ['(一)甲。\n(二)乙。\n(三)丙。', '(一)甲。\n(二)乙。\n(三)丙。'],
      uneven: true,
    });
  });

  it('pairs the lines of one paragraph (a cell with line breaks) one per practice', () => {
    expect(pairTexts(['每半年\n上半年\n115年7月31日'], 3)).toMatchObject({ values: ['每半年', '上半年', '115年7月31日'], uneven: false });
  });

  it('gives every practice every line when the counts differ, listing them all', () => {
    expect(pairTexts(['每半年\n115年7月31日'], 3)).toMatchObject({
      values: ['每半年\n115年7月31日', '每半年\n115年7月31日', '每半年\n115年7月31日'],
      uneven: true,
      texts: ['每半年', '115年7月31日'],
    });
  });
});
