import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellLines, ROW_HEIGHT_MAX_PT, textCellsOf, type WrappedCell, wrappedRowHeightPt } from '../../shared/row-height.ts';
import { textWidthEm } from '../../shared/text-metrics.ts';

// A column 10 em of 11 pt text wide: 10 × 11 pt at 96 px an inch, and 7 px of cell margins.
const TEN_EM_PX = Math.ceil((10 * 11 * 96) / 72 + 7);
const cell = (text: string, widthPx = TEN_EM_PX, sizePt = 11): WrappedCell => ({ text, widthPx, sizePt });
// What LibreOffice 7.4 gives a line of Noto Sans CJK TC, measured: 15.7 pt at 11 pt, so 1.427 em.
const CALC_LINE_EM = 15.7 / 11;

describe('cellLines', () => {
  it.each([
    ['', 1],
    ['通過', 1],
    ['一二三四五六七八九十', 1],
    ['一二三四五六七八九十一', 2],
    // A CJK character takes about two Latin letters' room: 16 letters fit where 10 characters do.
    ['abcdefghijklmnop', 1],
    ['第一行\n第二行', 2],
    ['【保健股】介接未完成。\n【護理組】受理查詢120件。', 4],
    ['115年第1季（115/04/07 09:12）', 2],
  ])('wraps %j to %i lines in a column of 10 characters', (text, lines) => {
    expect(cellLines(cell(text))).toBe(lines);
  });

  it('ends on a column narrower than a character and its punctuation', () => {
    expect(cellLines(cell('保，健，股，', 30))).toBe(6);
  });

  it('counts a word exactly as long as several lines as those lines', () => {
    // 5 letters of 0.6 em: 3 em, in a column exactly 1.5 em wide (at 12 pt), then one more letter.
    expect(cellLines(cell('abcde f', 1.5 * 16 + 7, 12))).toBe(3);
  });
});

describe('wrappedRowHeightPt', () => {
  it('is null for a row whose every cell is one line, which a default row shows', () => {
    expect(wrappedRowHeightPt([cell('1-1'), cell('通過'), cell('')])).toBeNull();
    expect(wrappedRowHeightPt([])).toBeNull();
  });

  it('is the height of its tallest cell', () => {
    const two = wrappedRowHeightPt([cell('第一行\n第二行')]);
    const three = wrappedRowHeightPt([cell('一\n二\n三')]);
    expect(wrappedRowHeightPt([cell('一\n二\n三'), cell('第一行\n第二行'), cell('通過')])).toBe(three);
    expect(two).not.toBeNull();
    expect(three).toBeGreaterThan(two ?? Infinity);
  });

  it('stops at Excel’s tallest row', () => {
    expect(wrappedRowHeightPt([cell('行\n'.repeat(1000))])).toBe(ROW_HEIGHT_MAX_PT);
  });

  it('is never shorter than LibreOffice needs for the lines the text must take at least', () => {
    const text = fc
      .array(fc.constantFrom('保', '健', '股', '【', '】', '，', '。', '（', '）', 'a', 'B', '1', '2', ' ', '-', '/', ':', '\n', '𠀋'), {
        maxLength: 200,
      })
      .map((chars) => chars.join(''));
    const cells = fc.array(fc.record({ text, widthPx: fc.integer({ min: 30, max: 800 }), sizePt: fc.constantFrom(10, 11, 12) }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(cells, (row) => {
        const height = wrappedRowHeightPt(row);
        for (const { text: content, widthPx, sizePt } of row) {
          const widthEm = (widthPx - 7) / ((sizePt * 96) / 72);
          // However it breaks, each line holds at most widthEm of the text.
          const lines = content
            .split('\n')
            .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(textWidthEm(paragraph) / widthEm - 1e-9)), 0);
          if (lines > 1) expect(height).toBeGreaterThanOrEqual(Math.min(ROW_HEIGHT_MAX_PT, lines * CALC_LINE_EM * sizePt));
        }
        expect(height ?? 0).toBeLessThanOrEqual(ROW_HEIGHT_MAX_PT);
      }),
    );
  });
});

describe('textCellsOf', () => {
  it('gives the text cells of a row, each in its column’s width; numbers, booleans and blanks do not wrap', () => {
    const widths = [60, 280, 80];
    expect([...textCellsOf(['1-1', 3, null, true, '落後'], (column) => widths[column] ?? 64, 11)]).toEqual([
      { text: '1-1', widthPx: 60, sizePt: 11 },
      { text: '落後', widthPx: 64, sizePt: 11 },
    ]);
  });
});
