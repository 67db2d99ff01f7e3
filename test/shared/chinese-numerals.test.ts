import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChineseCount, readNumeral } from '../../shared/chinese-numerals.ts';
import { asNumeral, digitByDigit, FORMAL, SMALL } from './numeral-writing.ts';

describe('readChineseCount', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['一十一', 11],
    ['九十九', 99],
    ['壹', 1],
    ['拾', 10],
    ['壹拾', 10],
    ['拾壹', 11],
    ['壹拾壹', 11],
    ['貳拾', 20],
    ['參', 3],
    ['兩', 2],
  ])('reads %s as %i', (text, value) => {
    expect(readChineseCount(text)).toBe(value);
  });

  it.each(['', '零', '〇', '一二', '一一', '二十十', '十〇', '二十〇', '〇十五', '一二十', '一百', '○', '2', 'abc', '三點'])(
    'refuses %j',
    (text) => {
      expect(readChineseCount(text)).toBeNull();
    },
  );

  it.each([
    ['二十〇', 20],
    ['十〇', 10],
    ['〇十五', 5],
    ['零十三', 3],
  ])('reads %s as %i when 〇 may stand around 十, as in outline labels', (text, value) => {
    expect(readChineseCount(text, { zerosAroundTen: true })).toBe(value);
  });

  it.each(['〇十', '〇', '一一', '一二十', '十一二'])('refuses %j even when 〇 may stand around 十', (text) => {
    expect(readChineseCount(text, { zerosAroundTen: true })).toBeNull();
  });

  it('reads back any count from 1 to 99 written with everyday or formal digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.boolean(), fc.boolean(), (n, formal, zeros) => {
        expect(readChineseCount(asNumeral(n, formal), { zerosAroundTen: zeros })).toBe(n);
      }),
    );
  });

  it('reads no count from two or more digits side by side', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 9999 }), fc.boolean(), (n, zeros) => {
        expect(readChineseCount(digitByDigit(n, SMALL), { zerosAroundTen: zeros })).toBeNull();
      }),
    );
  });
});

describe('readNumeral', () => {
  it.each([
    ['113', 113, false],
    ['１１３', 113, false],
    ['一一三', 113, false],
    ['一○五', 105, false],
    ['壹壹參', 113, false],
    ['ㄧㄧ三', 113, false],
    ['〇', 0, false],
    ['2024', 2024, true],
    ['二〇二四', 2024, true],
    ['一百一十三', 113, false],
    ['一百十三', 113, false],
    ['一百零五', 105, false],
    ['壹佰壹拾參', 113, false],
    ['十五', 15, false],
  ])('reads %s as %i', (text, value, fourDigits) => {
    expect(readNumeral(text)).toEqual({ value, fourDigits });
  });

  it.each(['', '12345', '一百一', '一百零', '兩百', '百', '二十〇', '一二十', '113年', 'abc'])('refuses %j', (text) => {
    expect(readNumeral(text)).toBeNull();
  });

  it('reads back any number up to 9999 written digit by digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('0123456789', SMALL, FORMAL, SMALL.replace('〇', '○')),
        (n, digits) => {
          const written = digitByDigit(n, digits);
          expect(readNumeral(written)).toEqual({ value: n, fourDigits: written.length === 4 });
        },
      ),
    );
  });

  it('reads back any number from 1 to 999 written with 十 and 百', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.boolean(), (n, formal) => {
        expect(readNumeral(asNumeral(n, formal))?.value).toBe(n);
      }),
    );
  });
});
