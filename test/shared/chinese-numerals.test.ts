import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChineseCount, readNumeral } from '../../shared/chinese-numerals.ts';

// An encoder written independently of the readers: how a person writes 1 to 999 as a number.
const SMALL = '〇一二三四五六七八九';
const FORMAL = '零壹貳參肆伍陸柒捌玖';
function asNumber(n: number, formal: boolean): string {
  const [digits, ten, hundred] = formal ? [FORMAL, '拾', '佰'] : [SMALL, '十', '百'];
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let text = h > 0 ? `${digits[h]}${hundred}` : '';
  if (t > 0) text += h === 0 && t === 1 ? ten : `${digits[t]}${ten}`;
  else if (h > 0 && u > 0) text += digits[0];
  if (u > 0) text += digits[u];
  return text;
}
const digitByDigit = (n: number, digits: string) => [...String(n)].map((d) => digits[Number(d)]).join('');

describe('readChineseCount', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十二', 12], ['二十', 20], ['二十一', 21], ['一十一', 11], ['九十九', 99],
    ['壹', 1], ['拾', 10], ['壹拾', 10], ['拾壹', 11], ['壹拾壹', 11], ['貳拾', 20], ['參', 3], ['兩', 2],
  ])('reads %s as %i', (text, value) => {
    expect(readChineseCount(text)).toBe(value);
  });

  it.each(['', '零', '〇', '一二', '一一', '二十十', '十〇', '二十〇', '〇十五', '一二十', '一百', '○', '2', 'abc', '三點'])('refuses %j', (text) => {
    expect(readChineseCount(text)).toBeNull();
  });

  it.each([
    ['二十〇', 20], ['十〇', 10], ['〇十五', 5], ['零十三', 3],
  ])('reads %s as %i when 〇 may stand around 十, as in outline labels', (text, value) => {
    expect(readChineseCount(text, { zerosAroundTen: true })).toBe(value);
  });

  it.each(['〇十', '〇', '一一', '一二十', '十一二'])('refuses %j even when 〇 may stand around 十', (text) => {
    expect(readChineseCount(text, { zerosAroundTen: true })).toBeNull();
  });

  it('reads back any count from 1 to 99 written with everyday or formal digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.boolean(), fc.boolean(), (n, formal, zeros) => {
        expect(readChineseCount(asNumber(n, formal), { zerosAroundTen: zeros })).toBe(n);
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
    ['113', 113, false], ['１１３', 113, false], ['一一三', 113, false], ['一○五', 105, false], ['壹壹參', 113, false],
    ['ㄧㄧ三', 113, false], ['〇', 0, false], ['2024', 2024, true], ['二〇二四', 2024, true],
    ['一百一十三', 113, false], ['一百十三', 113, false], ['一百零五', 105, false], ['壹佰壹拾參', 113, false], ['十五', 15, false],
  ])('reads %s as %i', (text, value, fourDigits) => {
    expect(readNumeral(text)).toEqual({ value, fourDigits });
  });

  it.each(['', '12345', '一百一', '一百零', '兩百', '百', '二十〇', '一二十', '113年', 'abc'])('refuses %j', (text) => {
    expect(readNumeral(text)).toBeNull();
  });

  it('reads back any number up to 9999 written digit by digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.constantFrom('0123456789', SMALL, FORMAL, SMALL.replace('〇', '○')), (n, digits) => {
        const written = digitByDigit(n, digits);
        expect(readNumeral(written)).toEqual({ value: n, fourDigits: written.length === 4 });
      }),
    );
  });

  it('reads back any number from 1 to 999 written with 十 and 百', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.boolean(), (n, formal) => {
        expect(readNumeral(asNumber(n, formal))?.value).toBe(n);
      }),
    );
  });
});
