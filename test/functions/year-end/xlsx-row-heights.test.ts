import { describe, expect, it } from 'vitest';
import { documentRowHeightsPt } from '../../../functions/year-end/xlsx-row-heights.ts';
import type { DocSheet } from '../../../shared/published-document.ts';
import { wrappedRowHeightPt } from '../../../shared/row-height.ts';

const LONG = '利用滿意度系統辦理問卷調查，強化問卷內容之客觀性、統計方式之妥當性、評價結果分析之客觀性。';
const sheet = (rows: DocSheet['rows'], mergesDown?: DocSheet['mergesDown']): DocSheet => ({
  name: '一覽表',
  widths: [],
  charts: [],
  rows,
  ...(mergesDown ? { mergesDown } : {}),
});

describe('documentRowHeightsPt', () => {
  it('leaves rows of one line without a height and makes a wrapped row as tall as the shared rule says', () => {
    const heights = documentRowHeightsPt(
      sheet([
        { kind: 'header', cells: ['項次', '具體作法'] },
        { kind: 'body', cells: ['1-1', LONG] },
      ]),
      [60, 200],
      15,
    );
    expect(heights).toEqual([null, wrappedRowHeightPt([{ text: LONG, widthPx: 200, sizePt: 10 }])]);
    expect(heights[1]).toBeGreaterThan(15 * 3);
  });

  it('lays a cell merged across out over every column it spans', () => {
    const [across] = documentRowHeightsPt(sheet([{ kind: 'subgroup', cells: ['', LONG], merge: { from: 1, to: 2 } }]), [60, 200, 600], 15);
    expect(across).toBeNull();
  });

  it('makes the last row a cell merged down spans taller when the rows fall short of its text', () => {
    const rows: DocSheet['rows'] = [
      { kind: 'group', cells: ['', LONG] },
      { kind: 'body', cells: ['1-1', ''] },
      { kind: 'body', cells: ['1-2', ''] },
    ];
    const heights = documentRowHeightsPt(sheet(rows, [{ column: 1, from: 0, to: 2, kind: 'group' }]), [60, 120], 15);
    const needed = wrappedRowHeightPt([{ text: LONG, widthPx: 120, sizePt: 11 }]) ?? 0;
    expect(heights.slice(0, 2)).toEqual([null, null]);
    expect(heights[2]).toBe(needed - 2 * 15);
  });
});
