import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAssisting } from '../../../shared/plan-import/assisting-marks.ts';

describe('splitAssisting', () => {
  it.each([
    ['人事室(主辦)、徵集課(協辦)', '人事室', ['徵集課']],
    ['人事室（主辦）、徵集課（協辦）', '人事室', ['徵集課']],
    ['人事室（主辦）\n徵集課（協辦）', '人事室', ['徵集課']],
    ['人事室 (主辦) 徵集課 (協辦)', '人事室', ['徵集課']],
    ['人事室(主)徵集課(協)', '人事室', ['徵集課']],
    ['人事室、徵集課（協辦單位）', '人事室', ['徵集課']],
    ['人事室【協辦】', '', ['人事室']],
    ['主辦：人事室；協辦：徵集課', '人事室', ['徵集課']],
    ['主辦單位：人事室、協辦單位：徵集課', '人事室', ['徵集課']],
    ['人事室\n協辦：徵集課、兵役課', '人事室', ['徵集課', '兵役課']],
    ['人事室 配合單位：資訊室', '人事室', ['資訊室']],
    ['協辦：徵集課', '', ['徵集課']],
    ['人事室（彙整）、徵集課（協辦）', '人事室', ['徵集課']],
    ['主辦：人事室 協辦：無', '人事室', []],
    ['各課室(協辦)、研考室(主辦)', '研考室', ['各課室']],
  ])('takes the units marked 協辦 out of %j', (cell, owners, assisting) => {
    expect(splitAssisting(cell)).toEqual({ owners, assisting });
  });

  it.each(['役政課 兵役課', '各組、室', '人事室（主任）', '主協辦單位', '民政課及社會課'])(
    'leaves %j, which marks no unit, as written',
    (cell) => {
      expect(splitAssisting(cell)).toEqual({ owners: cell, assisting: [] });
    },
  );

  const unit = fc.stringMatching(/^[甲乙丙丁戊己庚辛壬癸]{1,4}[課室組科]$/u);
  const open = fc.constantFrom('(', '（', '【');
  const separator = fc.constantFrom('、', '，', ',', '；', ' ', '\n', '');

  it('puts a unit marked 協辦 (or 協, 配合) among the assisting and one marked 主辦 among the owners, whatever the brackets and separators (property)', () => {
    fc.assert(
      fc.property(
        unit,
        unit,
        open,
        separator,
        fc.constantFrom('主辦', '主', '承辦'),
        fc.constantFrom('協辦', '協', '配合'),
        (owner, helper, bracket, between, ownerWord, helperWord) => {
          fc.pre(owner !== helper);
          const close = { '(': ')', '（': '）', '【': '】' }[bracket];
          const cell = `${owner}${bracket}${ownerWord}${close}${between}${helper}${bracket}${helperWord}${close}`;
          expect(splitAssisting(cell)).toEqual({ owners: owner, assisting: [helper] });
        },
      ),
    );
  });

  it('puts the units after 協辦： among the assisting until another label (property)', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(unit, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('；', '、', ' ', '\n'),
        fc.constantFrom('：', ':'),
        (owners, helpers, between, colon) => {
          fc.pre(helpers.every((helper) => !owners.includes(helper)));
          const cell = `主辦${colon}${owners.join('、')}${between}協辦${colon}${helpers.join('、')}`;
          expect(splitAssisting(cell)).toEqual({ owners: owners.join('、'), assisting: helpers });
        },
      ),
    );
  });

  it('leaves a cell with neither a mark nor a label exactly as written (property)', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 4 }), separator, (units, between) => {
        const cell = units.join(between);
        expect(splitAssisting(cell)).toEqual({ owners: cell, assisting: [] });
      }),
    );
  });
});
