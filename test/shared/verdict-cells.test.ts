import { describe, expect, it } from 'vitest';
import { holdsVerdictColumn, holdsVerdictColumns } from '../../shared/verdict-cells.ts';
import type { Cell, VerdictColumn } from '../../shared/workbook.ts';

// A tab of rows [unit, narrative, 檢核結果] and the verdicts a run wrote for it, as run-consolidation does.
const header: Cell[] = ['填報單位', '執行成效', '檢核結果'];
const a: Cell[] = ['民政課', '甲', '通過'];
const b: Cell[] = ['社會課', '乙', '缺少辦理狀態'];
const verdicts: VerdictColumn = { tab: '填報', column: 2, values: ['檢核結果', '通過', '缺少辦理狀態'], readRows: [header, a, b] };

describe('holdsVerdictColumn', () => {
  it('is true when every row already holds its verdict', () => {
    expect(holdsVerdictColumn([header, a, b], verdicts)).toBe(true);
  });

  it('is false when one verdict differs, so the write happens', () => {
    expect(holdsVerdictColumn([header, a, ['社會課', '乙', '通過']], verdicts)).toBe(false);
  });

  it('reads a blank verdict and a missing cell alike', () => {
    const blank: VerdictColumn = { tab: '填報', column: 2, values: ['檢核結果', ''], readRows: [header, ['民政課', '甲']] };
    expect(holdsVerdictColumn([header, ['民政課', '甲']], blank)).toBe(true);
    expect(holdsVerdictColumn([header, ['民政課', '甲', null]], blank)).toBe(true);
  });

  it('follows rows a unit sorted since the read, as the writer would', () => {
    expect(holdsVerdictColumn([header, b, a], verdicts)).toBe(true);
  });

  it('asks nothing of a row added since the read', () => {
    expect(holdsVerdictColumn([header, a, b, ['秘書室', '丙', '任何內容']], verdicts)).toBe(true);
  });
});

describe('holdsVerdictColumns', () => {
  it('is false for verdicts on a tab the workbook lacks', () => {
    expect(holdsVerdictColumns({ tabs: [{ name: '填報', rows: [header, a, b] }] }, [verdicts])).toBe(true);
    expect(holdsVerdictColumns({ tabs: [{ name: '表單回應 1', rows: [header, a, b] }] }, [verdicts])).toBe(false);
  });
});
