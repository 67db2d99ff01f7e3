import { describe, expect, it } from 'vitest';
import { holdsCheck, holdsChecks } from '../../shared/check-cells.ts';
import type { Cell, CheckColumn } from '../../shared/workbook.ts';

// A tab of rows [unit, narrative, 檢核結果] and the check a run made of it, as run-consolidation does.
const header: Cell[] = ['填報單位', '執行成效', '檢核結果'];
const a: Cell[] = ['民政課', '甲', '通過'];
const b: Cell[] = ['社會課', '乙', '缺少辦理狀態'];
const check: CheckColumn = { tab: '填報', column: 2, values: ['檢核結果', '通過', '缺少辦理狀態'], readRows: [header, a, b] };

describe('holdsCheck', () => {
  it('is true when every row already holds its verdict', () => {
    expect(holdsCheck([header, a, b], check)).toBe(true);
  });

  it('is false when one verdict differs, so the write happens', () => {
    expect(holdsCheck([header, a, ['社會課', '乙', '通過']], check)).toBe(false);
  });

  it('reads a blank verdict and a missing cell alike', () => {
    const blank: CheckColumn = { tab: '填報', column: 2, values: ['檢核結果', ''], readRows: [header, ['民政課', '甲']] };
    expect(holdsCheck([header, ['民政課', '甲']], blank)).toBe(true);
    expect(holdsCheck([header, ['民政課', '甲', null]], blank)).toBe(true);
  });

  it('follows rows a unit sorted since the read, as the writer would', () => {
    expect(holdsCheck([header, b, a], check)).toBe(true);
  });

  it('asks nothing of a row added since the read', () => {
    expect(holdsCheck([header, a, b, ['秘書室', '丙', '任何內容']], check)).toBe(true);
  });
});

describe('holdsChecks', () => {
  it('is false for a check on a tab the workbook lacks', () => {
    expect(holdsChecks({ tabs: [{ name: '填報', rows: [header, a, b] }] }, [check])).toBe(true);
    expect(holdsChecks({ tabs: [{ name: '表單回應 1', rows: [header, a, b] }] }, [check])).toBe(false);
  });
});
