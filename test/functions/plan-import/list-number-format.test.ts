import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chineseCounting,
  fillLabel,
  legalCounting,
  odfNumberRendering,
  wordNumberRendering,
} from '../../../functions/plan-import/list-number-format.ts';
import { outlineNumber } from '../../../shared/outline-number.ts';

describe('list number formats', () => {
  it.each([
    {
      format: 'taiwaneseCounting',
      numbers: [1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1005],
      expected: ['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千零五'],
    },
    { format: 'ideographLegalTraditional', numbers: [1, 3, 10, 12, 30], expected: ['壹', '參', '拾', '拾貳', '參拾'] },
    { format: 'ideographTraditional', numbers: [1, 2, 10, 11], expected: ['甲', '乙', '癸', '11'] },
    { format: 'ideographZodiac', numbers: [1, 12], expected: ['子', '亥'] },
    { format: 'decimalEnclosedCircle', numbers: [1, 20, 21], expected: ['①', '⑳', '21'] },
    { format: 'decimalFullWidth', numbers: [1, 12], expected: ['１', '１２'] },
    { format: 'taiwaneseDigital', numbers: [105], expected: ['一〇五'] },
    { format: 'lowerLetter', numbers: [1, 26, 27], expected: ['a', 'z', 'aa'] },
    { format: 'upperRoman', numbers: [4, 14], expected: ['IV', 'XIV'] },
    { format: 'decimalZero', numbers: [3, 12], expected: ['03', '12'] },
    { format: 'someFutureFormat', numbers: [7], expected: ['7'] },
  ])('renders Word $format as Word shows it', ({ format, numbers, expected }) => {
    const rendering = wordNumberRendering(format);
    expect(numbers.map((n) => rendering?.(n))).toEqual(expected);
  });

  it('has no number for a bullet and an empty one for none', () => {
    expect(wordNumberRendering('bullet')).toBeNull();
    expect(wordNumberRendering('none')?.(3)).toBe('');
  });

  it.each([
    { format: '1', n: 12, expected: '12' },
    { format: 'I', n: 9, expected: 'IX' },
    { format: '一, 二, 三, ...', n: 15, expected: '十五' },
    { format: '壹, 貳, 參, ...', n: 4, expected: '肆' },
    { format: '甲, 乙, 丙, ...', n: 3, expected: '丙' },
    { format: '', n: 3, expected: '' },
  ])('renders ODF num-format 「$format」', ({ format, n, expected }) => {
    expect(odfNumberRendering(format)(n)).toBe(expected);
  });

  it('fills label templates in both placeholder styles', () => {
    const at = (level: number) => ['三', '2'][level] ?? '?';
    expect(fillLabel('%1、', 'word', at)).toBe('三、');
    expect(fillLabel('(%2)', 'word', at)).toBe('(2)');
    expect(fillLabel('%1%.%2%.', 'odf', at)).toBe('三.2.');
  });

  it('writes Chinese counting that the outline parser reads back as the same number (1–99)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom('、', '.', ')'), (n, suffix) => {
        expect(outlineNumber(`${chineseCounting(n)}${suffix}實施要項`)).toBe(n);
        expect(outlineNumber(`(${legalCounting(n)})具體作法`)).toBe(n);
      }),
    );
  });

  it('writes distinct Chinese counting for distinct numbers (1–9999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        fc.pre(a !== b);
        expect(chineseCounting(a)).not.toBe(chineseCounting(b));
      }),
    );
  });
});
