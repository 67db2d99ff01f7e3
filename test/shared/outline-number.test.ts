import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlineNumber } from '../../shared/outline-number.ts';

describe('outlineNumber', () => {
  it.each([
    ['一、優化服務流程', 1],
    ['（二）簡化流程', 2],
    ['(3)加強宣導', 3],
    ['3.辦理說明會', 3],
    ['12．建置系統', 12],
    ['壹、便民服務', 1],
    ['十、其他', 10],
    ['十二、其他', 12],
    ['二十三、其他', 23],
    ['第五項 數位服務', 5],
    ['１、全形數字', 1],
  ])('reads %s as %i', (label, number) => {
    expect(outlineNumber(label)).toBe(number);
  });

  it.each(['優化服務流程', '一站式服務', '115年度計畫', '三民里活動', '', '十十、', '一二十、', '三四十、'])(
    'finds no number in %s',
    (label) => {
      expect(outlineNumber(label)).toBeNull();
    },
  );

  it('reads back any number from 1 to 99 written as 、-labelled digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.string(), (n, rest) => {
        expect(outlineNumber(`${n}、${rest}`)).toBe(n);
      }),
    );
  });
});
