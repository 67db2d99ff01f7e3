import { describe, expect, it } from 'vitest';
import { placeVerdicts } from '../../shared/verdict-placement.ts';
import type { Cell, VerdictColumn } from '../../shared/workbook.ts';

// A tab of rows [unit, narrative, 檢核結果] and the verdicts a run wrote for it, as run-consolidation does.
const COLUMN = 2;
const verdictColumnOf = (rows: readonly (readonly Cell[])[], values: readonly string[]): VerdictColumn => ({
  tab: '填報',
  column: COLUMN,
  values,
  readRows: rows,
});

const header: Cell[] = ['填報單位', '執行成效', '檢核結果'];
const a: Cell[] = ['民政課', '甲'];
const b: Cell[] = ['社會課', '乙', '舊的結果'];
const c: Cell[] = ['秘書室', '丙'];

describe('placeVerdicts', () => {
  const read = [header, a, b, c];
  const verdicts = verdictColumnOf(read, ['檢核結果', '通過', '缺少辦理狀態', '通過（重複）']);

  it('writes every verdict by position when nothing moved', () => {
    expect(placeVerdicts(read, verdicts)).toEqual(['檢核結果', '通過', '缺少辦理狀態', '通過（重複）']);
  });

  it('ignores the 檢核結果 column itself and trailing blanks in telling rows apart', () => {
    const rewritten = [header, [...a, '通過', null], [...b.slice(0, 2)], c];
    expect(placeVerdicts(rewritten, verdicts)).toEqual(['檢核結果', '通過', '缺少辦理狀態', '通過（重複）']);
  });

  it('follows rows a unit sorted, and leaves a row added meanwhile alone', () => {
    const added: Cell[] = ['民政課', '丁'];
    expect(placeVerdicts([header, c, added, b, a], verdicts)).toEqual(['檢核結果', '通過（重複）', undefined, '缺少辦理狀態', '通過']);
  });

  it('moves no verdict to a row it cannot tell apart from another (the same cells twice)', () => {
    const twice = verdictColumnOf([header, a, a], ['檢核結果', '通過', '通過（與第2列重複）']);
    // Row 3 still holds the cells row 3 held; row 4 holds them too, so nothing says which verdict is its.
    expect(placeVerdicts([header, b, a, a], twice)).toEqual(['檢核結果', undefined, '通過（與第2列重複）', undefined]);
  });

  it('drops the verdict of a row deleted meanwhile', () => {
    expect(placeVerdicts([header, a, c], verdicts)).toEqual(['檢核結果', '通過', '通過（重複）']);
  });

  it('without the rows read, writes by position and leaves rows past the values alone', () => {
    const { readRows: _, ...byPosition } = verdicts;
    expect(placeVerdicts([header, a, b, c, a], byPosition)).toEqual(['檢核結果', '通過', '缺少辦理狀態', '通過（重複）', undefined]);
  });
});
