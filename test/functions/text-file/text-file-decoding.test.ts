// A text file's bytes as text, in every encoding agencies' files come in: what both the CSV tabs
// and the plan importer's .txt/.md documents are read with.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { byteOrderMark, decodeTextBytes, decodeTextFile } from '../../../functions/text-file/text-file-decoding.ts';

const withBom = (bom: readonly number[], bytes: Buffer) => Buffer.concat([Buffer.from(bom), bytes]);
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const big5 = (text: string) => iconv.encode(text, 'cp950');

describe('byteOrderMark', () => {
  it.each([
    { name: 'UTF-8', bytes: [0xef, 0xbb, 0xbf, 0x41], expected: 'utf8' },
    { name: 'UTF-16 LE', bytes: [0xff, 0xfe, 0x41, 0x00], expected: 'utf16le' },
    { name: 'UTF-16 BE', bytes: [0xfe, 0xff, 0x00, 0x41], expected: 'utf16be' },
    { name: 'UTF-32 LE, whose BOM starts as UTF-16 LE’s', bytes: [0xff, 0xfe, 0x00, 0x00], expected: 'utf32' },
    { name: 'UTF-32 BE', bytes: [0x00, 0x00, 0xfe, 0xff], expected: 'utf32' },
    { name: 'no BOM', bytes: [0x41, 0x42], expected: null },
    { name: 'an empty file', bytes: [], expected: null },
  ])('names $name', ({ bytes, expected }) => {
    expect(byteOrderMark(new Uint8Array(bytes))).toBe(expected);
  });
});

describe('decodeTextFile', () => {
  it.each([
    { name: 'UTF-8 without a BOM', bytes: utf8('萬華區公所\n'), expected: '萬華區公所\n' },
    { name: 'UTF-8 with a BOM, which is dropped', bytes: utf8('\uFEFF萬華區公所'), expected: '萬華區公所' },
    { name: 'CP950 (Big5)', bytes: big5('臺北市萬華區'), expected: '臺北市萬華區' },
    {
      name: 'UTF-16 LE with a BOM (Notepad’s 「Unicode」)',
      bytes: withBom([0xff, 0xfe], iconv.encode('鳥松區公所', 'utf16le')),
      expected: '鳥松區公所',
    },
    { name: 'UTF-16 BE with a BOM', bytes: withBom([0xfe, 0xff], iconv.encode('鳥松區公所', 'utf16be')), expected: '鳥松區公所' },
    { name: 'an empty file', bytes: Buffer.alloc(0), expected: '' },
  ])('reads $name', ({ bytes, expected }) => {
    expect(decodeTextFile(bytes)).toBe(expected);
  });

  it('reads a view into a larger buffer as just its own bytes', () => {
    const whole = utf8('xx萬華區yy');
    expect(decodeTextFile(whole.subarray(2, whole.length - 2))).toBe('萬華區');
  });

  it('reads bytes neither UTF-8 nor CP950 reads whole as CP950, a byte pair it has no character for as U+FFFD and the byte after it', () => {
    expect(decodeTextFile(Buffer.concat([big5('王'), Buffer.from([0xfa, 0x40]), big5('明')]))).toBe('王\uFFFD@明');
  });

  it('gives back any text written in any encoding it reads, with its BOM', () => {
    const encodings = [
      { name: 'utf8', bom: [0xef, 0xbb, 0xbf] },
      { name: 'utf16le', bom: [0xff, 0xfe] },
      { name: 'utf16be', bom: [0xfe, 0xff] },
    ] as const;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(...encodings), (text, { name, bom }) => {
        expect(decodeTextFile(withBom(bom, iconv.encode(text, name)))).toBe(text);
      }),
    );
  });
});

describe('decodeTextBytes', () => {
  it('reads bytes that are not UTF-8 as CP950, and says so', () => {
    expect(decodeTextBytes(big5('辦理中'), 'utf8')).toEqual({ ok: true, text: '辦理中', encoding: 'cp950' });
  });

  it('refuses UTF-8 with a BOM holding a line of Big5, naming the line', () => {
    expect(decodeTextBytes(Buffer.concat([utf8('\uFEFF項次\n1\n'), big5('補登'), utf8('\n')]), 'utf8')).toEqual({
      ok: false,
      stray: { encoding: 'utf8', line: 3 },
    });
  });

  it('refuses Big5 with bytes CP950 has no character for, naming the line', () => {
    expect(decodeTextBytes(Buffer.concat([big5('項次\n王'), Buffer.from([0xfa, 0x40]), big5('\n')]), 'utf8')).toEqual({
      ok: false,
      stray: { encoding: 'cp950', line: 2 },
    });
  });
});
