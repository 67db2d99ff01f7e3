import { describe, expect, it } from 'vitest';
import { pageFurniture } from '../../../functions/plan-import/pdf-page-furniture.ts';
import { lineOf, type TextLine } from '../../../functions/plan-import/pdf-text-lines.ts';

const line = (text: string, y: number, x = 60): TextLine => lineOf([{ text, x, y, width: [...text].length * 12, size: 12 }]);
const page = (...lines: readonly TextLine[]) => ({ lines, tables: [] });
const texts = (lines: Iterable<TextLine>) => [...lines].map((each) => each.text);

describe('pageFurniture', () => {
  it.each(['第 3 頁', '- 3 -', '3', '3 / 12', '第 3 頁，共 12 頁', 'Page 3 of 12'])(
    'takes 「%s」 at the foot of a page for a page number',
    (number) => {
      expect(texts(pageFurniture([page(line('壹、計畫依據', 700), line(number, 30, 290))]))).toEqual([number]);
    },
  );

  it('takes a line at the same height at the top of most pages for a running title, numbers aside, and keeps the first page’s own title', () => {
    const pages = [
      page(line('臺北市萬華區公所115年度計畫', 780), line('壹、計畫依據', 700)),
      page(line('萬華區公所計畫 第 2 頁', 815), line('貳、計畫目標', 700)),
      page(line('萬華區公所計畫 第 3 頁', 815), line('參、實施對象', 700)),
    ];
    expect(texts(pageFurniture(pages))).toEqual(['萬華區公所計畫 第 2 頁', '萬華區公所計畫 第 3 頁']);
  });

  it('keeps a table’s header repeated at the top of every page: a line in columns is no running title', () => {
    const header = () =>
      lineOf([60, 200, 400].map((x, i) => ({ text: ['執行要項', '具體作法', '執行單位'][i] ?? '', x, y: 800, width: 48, size: 12 })));
    expect(texts(pageFurniture([page(header(), line('一、便民', 780)), page(header(), line('二、重視', 780))]))).toEqual([]);
  });
});
