import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstWordWidth,
  joinPieces,
  lineOf,
  linesOf,
  type PdfTextPiece,
  splitAtSpaces,
} from '../../../functions/plan-import/pdf-text-lines.ts';

// A piece whose characters are as wide as a font of `size` draws them: Chinese an em, the rest half.
const piece = (text: string, x = 0, y = 0, size = 12): PdfTextPiece => ({
  text,
  x,
  y,
  size,
  width:
    [...text].reduce((sum, c) => sum + (/[\p{Script=Han}\uff00-\uffef\u3000-\u303f]/u.test(c) ? 1 : /\s/u.test(c) ? 0.25 : 0.5), 0) * size,
});

describe('joinPieces', () => {
  it.each([
    { before: '每月', after: '5', gap: 0.26, joined: '每月 5', why: 'a space as the document has it beside a digit' },
    { before: '113', after: '年', gap: 0.2, joined: '113年', why: 'none for the gap Chinese keeps from digits' },
    { before: '服務', after: '品質', gap: 0.17, joined: '服務品質', why: 'none invented between Chinese set a little apart' },
    { before: '民政課', after: '役政災防課', gap: 0.26, joined: '民政課 役政災防課', why: 'a real space between Chinese words' },
    { before: 'Q&A', after: 'FAQ', gap: 0.3, joined: 'Q&A FAQ', why: 'a space between Latin words' },
    { before: '1. ', after: '訂定', gap: 1, joined: '1. 訂定', why: 'no second space' },
  ])('writes $why', ({ before, after, gap, joined }) => {
    expect(joinPieces(before, after, gap)).toBe(joined);
  });
});

describe('splitAtSpaces', () => {
  it('cuts a piece pdf.js joined across a space where its characters stand, Chinese an em wide', () => {
    // LibreOffice's 「各課室 各」: four Chinese characters and a space of 3.08 points.
    expect(splitAtSpaces({ text: '各課室 各', x: 500, y: 0, width: 51.08, size: 12 })).toEqual([
      { text: '各課室', x: 500, y: 0, width: 36, size: 12 },
      { text: '各', x: 539.08, y: 0, width: 12, size: 12 },
    ]);
  });

  it('keeps the words in order, within the piece, one after another', () => {
    const word = fc.stringMatching(/^[甲乙丙丁A-Za-z0-9]{1,4}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 3 }), (words, spaces) => {
        const whole = piece(words.join(' '.repeat(spaces)), 100);
        const parts = splitAtSpaces(whole);
        expect(parts.map((part) => part.text)).toEqual(words);
        parts.forEach((part, i) => {
          expect(part.x).toBeGreaterThanOrEqual(whole.x - 1e-6);
          expect(part.x + part.width).toBeLessThanOrEqual(whole.x + whole.width + 1e-6);
          if (i > 0) expect(part.x).toBeGreaterThan((parts[i - 1] as PdfTextPiece).x + (parts[i - 1] as PdfTextPiece).width - 1e-6);
        });
      }),
    );
  });
});

describe('firstWordWidth', () => {
  it.each([
    { pieces: ['念', '，進而'], width: 24, why: 'a Chinese word with the punctuation that may not start a line' },
    { pieces: ['(第2場)'], width: 6 + 12, why: 'an opening bracket with the character after it' },
    { pieces: ['需求精進'], width: 24, why: 'a Chinese word of two characters (LibreOffice breaks between dictionary words)' },
    { pieces: ['https://a.b/c'], width: 13 * 6, why: 'a web address whole' },
  ])('measures $why', ({ pieces, width }) => {
    let x = 0;
    const line = lineOf(
      pieces.map((text) => {
        const part = piece(text, x);
        x += part.width;
        return part;
      }),
    );
    expect(firstWordWidth(line)).toBeCloseTo(width, 5);
  });
});

describe('linesOf', () => {
  it('makes a line of the pieces on one baseline, top of the page first, and segments of text a wide gap apart', () => {
    const lines = linesOf([piece('秘書室', 400, 700), piece('一、完備', 60, 700.5), piece('服務', 60, 685)]);
    expect(lines.map((line) => line.text)).toEqual(['一、完備 秘書室', '服務']);
    expect(lines[0]?.segments.map((segment) => segment.text)).toEqual(['一、完備', '秘書室']);
  });
});
