import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRocYear, formatRocYear, parseRocYear, type RocYearStyle, rocYearStyle } from '../../shared/roc-year.ts';
import { asNumeral, digitByDigit, FORMAL, FULL_WIDTH, SMALL } from './numeral-writing.ts';

const year = fc.integer({ min: 1, max: 200 });
const era = fc.constantFrom('', '民國', '中華民國', '民國 ');
const suffix = fc.constantFrom('', '年', '年度', ' 年度', '年 ');

describe('parseRocYear', () => {
  it('reads a year written in digits, ASCII or full-width, with or without 民國 and 年度', () => {
    fc.assert(
      fc.property(year, era, suffix, fc.boolean(), (n, before, after, wide) => {
        const digits = wide ? digitByDigit(n, FULL_WIDTH) : String(n);
        expect(parseRocYear(`${before}${digits}${after}`)).toBe(n);
      }),
    );
  });

  it('reads a year written digit by digit in Chinese numerals (一一三, 一〇五)', () => {
    fc.assert(
      fc.property(
        year,
        era,
        suffix,
        fc.constantFrom(SMALL, FORMAL, SMALL.replace('〇', '○'), SMALL.replace('〇', '零')),
        (n, before, after, digits) => {
          expect(parseRocYear(`${before}${digitByDigit(n, digits)}${after}`)).toBe(n);
        },
      ),
    );
  });

  it('reads a year written as a Chinese number (一百一十三, 壹佰壹拾參)', () => {
    fc.assert(
      fc.property(year, era, suffix, fc.boolean(), (n, before, after, formal) => {
        expect(parseRocYear(`${before}${asNumeral(n, formal)}${after}`)).toBe(n);
      }),
    );
  });

  it.each([
    ['113', 113],
    ['１１３', 113],
    ['113年', 113],
    ['113年度', 113],
    ['民國113年', 113],
    ['中華民國 113 年度', 113],
    ['一一三', 113],
    ['一百一十三', 113],
    ['一百十三', 113],
    ['民國一一三年', 113],
    ['一一三年度', 113],
    ['ㄧㄧ三', 113],
    ['九十八年度', 98],
    ['一百零五', 105],
    ['一百', 100],
    ['二〇二四', 113],
    ['2024', 113],
    ['西元2024年', 113],
    ['98', 98],
  ])('reads %s as %i', (text, expected) => {
    expect(parseRocYear(text)).toBe(expected);
  });

  it.each([
    '',
    '  ',
    '0',
    '〇',
    '民國0年',
    '一百一',
    '一百零',
    '十十',
    '零五十',
    '1911',
    '0113',
    '12345',
    '9999',
    '民國2024年',
    '西元113年',
    '113年3月',
    '113-114',
    '113年度起',
    '今年',
    '本年度',
    'abc',
    '民國前1年',
  ])('reads no year in %j', (text) => {
    expect(parseRocYear(text)).toBeNull();
  });

  it('reads only what it is given: any text it accepts names a year from 1 to 999', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'01239一二三九十百零〇民國年度西元 ') }), (text) => {
        const read = parseRocYear(text) ?? 1;
        expect(Number.isInteger(read) && read >= 1 && read <= 999).toBe(true);
      }),
    );
  });
});

describe('findRocYear', () => {
  it.each([
    ['臺北市萬華區公所 115 年度提升服務品質執行計畫', 115],
    ['高雄市鳥松區公所113年度提升服務執行計畫', 113],
    ['臺北市榮民服務處 114 年提升政府服務效能實施計畫', 114],
    ['民國一一三年提升服務品質執行計畫', 113],
    ['一百一十四年度為民服務計畫', 114],
  ])('finds the year in %s', (title, expected) => {
    expect(findRocYear(title)).toBe(expected);
  });

  it.each(['提升服務品質執行計畫', '政府文件標準格式實施計畫(113-116年)', ''])('finds no year in %j', (title) => {
    expect(findRocYear(title)).toBeNull();
  });
});

// Every way of writing a year the formatter knows: digits, full-width, Chinese digit by digit or as a number.
const style: fc.Arbitrary<RocYearStyle> = fc
  .record({
    layout: fc.constantFrom('digits' as const, 'number' as const),
    family: fc.constantFrom('ascii', 'wide', 'small', 'formal'),
    zero: fc.constantFrom('〇', '○', '零'),
    three: fc.constantFrom('參', '叁'),
    tenWithOne: fc.boolean(),
  })
  .map(({ layout, family, zero, three, tenWithOne }): RocYearStyle => {
    const formal = family === 'formal';
    const digits =
      family === 'ascii' ? '0123456789' : family === 'wide' ? FULL_WIDTH : zero + (formal ? FORMAL : SMALL).slice(1).replace('參', three);
    const chinese = family === 'small' || formal;
    return { layout: chinese ? layout : 'digits', digits, ten: formal ? '拾' : '十', hundred: formal ? '佰' : '百', tenWithOne };
  });

describe('formatRocYear', () => {
  it('writes a year that parseRocYear reads back, in every style', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), style, (n, written) => {
        expect(parseRocYear(formatRocYear(n, written))).toBe(n);
      }),
    );
  });

  it('writes a year in the style it finds in another', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), style, (n, written) => {
        const text = formatRocYear(n, written);
        expect(formatRocYear(n, rocYearStyle(text))).toBe(text);
      }),
    );
  });

  it.each([
    ['115', 116, '116'],
    ['１１５', 116, '１１６'],
    ['一一五', 116, '一一六'],
    ['一〇九', 110, '一一〇'],
    ['一○九', 110, '一一○'],
    ['九十九', 100, '一百'],
    ['一百一十五', 116, '一百一十六'],
    ['一百十五', 116, '一百十六'],
    ['一百零九', 110, '一百一十'],
    ['一百十', 111, '一百十一'],
    ['一百零九', 109, '一百零九'],
    ['壹佰壹拾伍', 116, '壹佰壹拾陸'],
    ['壹佰零貳', 103, '壹佰零參'],
    ['叁', 3, '叁'],
    ['ㄧㄧ五', 116, '一一六'],
  ])('writes the year after %s as %s → %s', (written, year, expected) => {
    expect(formatRocYear(year, rocYearStyle(written))).toBe(expected);
  });
});
