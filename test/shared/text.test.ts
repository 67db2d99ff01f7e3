import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, foldText, isBlank, matchKey, splitLinks, splitList } from '../../shared/text.ts';

describe('matchKey', () => {
  it.each([
    { name: 'trims and drops ASCII spaces', input: ' 秘書 室 ', expected: '秘書室' },
    { name: 'drops the ideographic space U+3000', input: '秘書\u3000室', expected: '秘書室' },
    { name: 'drops NBSP', input: '秘書\u00A0室', expected: '秘書室' },
    { name: 'drops zero-width spaces and joiners', input: '秘\u200B書\u200D室\u2060', expected: '秘書室' },
    { name: 'drops a BOM', input: '\uFEFF項次', expected: '項次' },
    { name: 'drops newlines and tabs', input: '具體\n作法\t', expected: '具體作法' },
    { name: 'narrows full-width digits', input: '１１５年３月', expected: '115年3月' },
    { name: 'narrows full-width Latin and lower-cases it', input: 'ＡＢＣ Email Address', expected: 'abcemailaddress' },
    { name: 'narrows full-width brackets', input: '（一）', expected: '(一)' },
    { name: 'reads Bopomofo ㄧ as 一', input: '(ㄧ)便民', expected: '(一)便民' },
    { name: 'unifies the hyphen U+2010', input: '1‐2', expected: '1-2' },
    { name: 'unifies the en dash', input: '1–2', expected: '1-2' },
    { name: 'unifies the em dash', input: '1—2', expected: '1-2' },
    { name: 'unifies the horizontal bar', input: '1―2', expected: '1-2' },
    { name: 'unifies the minus sign', input: '1−2', expected: '1-2' },
    { name: 'unifies the full-width hyphen', input: '1－2', expected: '1-2' },
    { name: 'unifies the wave dash', input: '2〜5月', expected: '2~5月' },
    { name: 'unifies the full-width tilde', input: '2～5月', expected: '2~5月' },
    { name: 'keeps 、 and Chinese text as they are', input: '各組、室', expected: '各組、室' },
  ])('$name', ({ input, expected }) => {
    expect(matchKey(input)).toBe(expected);
  });

  it('is idempotent and leaves no whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const key = matchKey(text);
        expect(matchKey(key)).toBe(key);
        expect(key).not.toMatch(/[\s\u200B-\u200D\u2060\uFEFF]/u);
      }),
    );
  });
});

describe('foldText', () => {
  it('narrows and unifies like matchKey but keeps whitespace and case', () => {
    expect(foldText('１１５年　３月\n２～５月 ABC')).toBe('115年 3月\n2~5月 ABC');
  });
});

describe('cellText', () => {
  it.each([
    { name: 'empty for null', cell: null, expected: '' },
    { name: 'text exactly as typed, spaces kept', cell: ' 秘書室 ', expected: ' 秘書室 ' },
    { name: 'an integer as digits', cell: 46065, expected: '46065' },
    { name: 'a fraction as JavaScript writes it', cell: 1.5, expected: '1.5' },
    { name: 'a huge integer without an exponent', cell: 1e21, expected: '1000000000000000000000' },
    { name: 'negative zero as 0', cell: -0, expected: '0' },
    { name: 'true as TRUE', cell: true, expected: 'TRUE' },
    { name: 'false as FALSE', cell: false, expected: 'FALSE' },
  ])('gives $name', ({ cell, expected }) => {
    expect(cellText(cell)).toBe(expected);
  });
});

describe('isBlank', () => {
  it.each([null, '', '   ', '\u3000', '\u00A0\n\t', '\u200B', '\uFEFF'])('treats %j as blank', (cell) => {
    expect(isBlank(cell)).toBe(true);
  });
  it.each([0, false, 'x', ' 0 ', '-'])('treats %j as filled', (cell) => {
    expect(isBlank(cell)).toBe(false);
  });
  it('calls a text blank exactly when it holds only whitespace and zero-width characters', () => {
    const invisible = ['', ' ', '\t', '\n', '\u00A0', '\u3000', '\u200B', '\u2060', '\u180E', '\uFEFF', '\u2028'];
    const piece = fc.oneof(
      fc.constantFrom(...invisible),
      fc.string({ maxLength: 2 }),
      fc.constantFrom('民', '~', 'ｘ', '\uFE00', '\u2FFF'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), (pieces) => {
        const text = pieces.join('');
        expect(isBlank(text)).toBe(/^[\s\u200B-\u200D\u2060\u180E]*$/u.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitList', () => {
  it.each([
    { input: '民政課、社會課', expected: ['民政課', '社會課'] },
    { input: '秘書室，人事室,會計室', expected: ['秘書室', '人事室', '會計室'] },
    { input: '甲課; 乙課；丙課', expected: ['甲課', '乙課', '丙課'] },
    { input: '督導組/執行組／考核組', expected: ['督導組', '執行組', '考核組'] },
    { input: '動員科 軍務科\u3000役政科', expected: ['動員科', '軍務科', '役政科'] },
    { input: 'a@x.tw\nb@x.tw\r\nc@x.tw', expected: ['a@x.tw', 'b@x.tw', 'c@x.tw'] },
    { input: '、、秘書室、 ', expected: ['秘書室'] },
    { input: 'ＡＢ課、秘書室', expected: ['ＡＢ課', '秘書室'] },
    { input: '', expected: [] },
  ])('splits $input', ({ input, expected }) => {
    expect(splitList(input)).toEqual(expected);
  });

  it('never returns an empty or untrimmed part', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '課', '、', ',', ' ', '\n', '/', '；', '\u3000'), maxLength: 30 }), (text) => {
        for (const part of splitList(text)) {
          expect(part).not.toBe('');
          expect(part.trim()).toBe(part);
        }
      }),
    );
  });
});

describe('splitLinks', () => {
  it.each([
    { input: 'https://a.gov.tw/x https://b.gov.tw/y', expected: ['https://a.gov.tw/x', 'https://b.gov.tw/y'] },
    { input: 'https://a.gov.tw/x\nhttps://b.gov.tw/y\n', expected: ['https://a.gov.tw/x', 'https://b.gov.tw/y'] },
    { input: 'https://a.gov.tw/x,https://b.gov.tw/y', expected: ['https://a.gov.tw/x', 'https://b.gov.tw/y'] },
    {
      input: 'https://a.gov.tw/x、https://b.gov.tw/y，https://c.gov.tw',
      expected: ['https://a.gov.tw/x', 'https://b.gov.tw/y', 'https://c.gov.tw'],
    },
    { input: 'https://a.gov.tw/?q=1;2', expected: ['https://a.gov.tw/?q=1;2'] },
    { input: '  ', expected: [] },
  ])('splits $input', ({ input, expected }) => {
    expect(splitLinks(input)).toEqual(expected);
  });
});
