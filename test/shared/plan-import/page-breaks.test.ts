import { describe, expect, it } from 'vitest';
import type { DocumentRow } from '../../../shared/plan-import/document.ts';
import { joinRowsAcrossPages } from '../../../shared/plan-import/page-breaks.ts';

const row = (...cells: (string | string[])[]): DocumentRow => ({
  cells: cells.map((cell) => ({ paragraphs: typeof cell === 'string' ? (cell ? [cell] : []) : cell, rowSpan: 1, colSpan: 1 })),
});
const texts = (rows: readonly DocumentRow[]) => rows.map((r) => r.cells.map((cell) => cell.paragraphs.join('¶')));

describe('joinRowsAcrossPages', () => {
  it('joins a row whose first cells are blank and whose text goes on with the row above', () => {
    const rows = [row('26', '中低收入老人生活津貼', '審查作業'), row('', '總清查', '')];
    expect(texts(joinRowsAcrossPages(rows, new Set([1])))).toEqual([['26', '中低收入老人生活津貼總清查', '審查作業']]);
  });

  it('adds units beside a joined row as units, not as the end of a sentence', () => {
    const rows = [row('', '(2)核發證明，隨', ['各課室', '經建課']), row('', '到隨辦隨核發。 (3)全程服務。', '各課室')];
    expect(texts(joinRowsAcrossPages(rows, new Set([1])))).toEqual([
      ['', '(2)核發證明，隨到隨辦隨核發。 (3)全程服務。', '各課室¶經建課¶各課室'],
    ]);
  });

  it('leaves a row that starts new items as a row of its own', () => {
    const rows = [row('', '(2)設置專線。', '秘書室'), row('', '(3)定期追蹤 199 陳情案件。', '秘書室')];
    expect(texts(joinRowsAcrossPages(rows, new Set([1])))).toEqual(texts(rows));
  });

  it('leaves a row whose first cell is filled (a new numbered row) as a row of its own', () => {
    const rows = [row('19', '里鄰長研習', '3月辦理'), row('20', '健行活動', '3月28日辦理')];
    expect(texts(joinRowsAcrossPages(rows, new Set([1])))).toEqual(texts(rows));
  });

  it('joins nothing where no page ends', () => {
    const rows = [row('', '甲，未完', ''), row('', '續完。', '')];
    expect(texts(joinRowsAcrossPages(rows, new Set()))).toEqual(texts(rows));
  });

  it('skips the header repeated at the top of the page', () => {
    const header = { ...row('項次', '具體作法'), repeatedHeader: true };
    const rows = [row('壹', '八、組成志願服務體系，每半年賦能教'), header, row('', ['育訓練。', '九、配合政策。'])];
    expect(texts(joinRowsAcrossPages(rows, new Set([1])))).toEqual([
      ['壹', '八、組成志願服務體系，每半年賦能教育訓練。¶九、配合政策。'],
      ['項次', '具體作法'],
    ]);
  });
});
