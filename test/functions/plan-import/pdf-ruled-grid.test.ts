import { describe, expect, it } from 'vitest';
import { ruledGrids } from '../../../functions/plan-import/pdf-ruled-grid.ts';
import type { Rule } from '../../../functions/plan-import/pdf-rulings.ts';

const across = (y: number, from: number, to: number): Rule => ({ at: y, from, to });
const down = (x: number, from: number, to: number): Rule => ({ at: x, from, to });
const cells = (horizontal: Rule[], vertical: Rule[]) =>
  ruledGrids({ horizontal, vertical }).grids.map((grid) =>
    grid.cells.map(({ row, column, rowSpan, colSpan }) => `${row},${column} ${rowSpan}×${colSpan}`),
  );

describe('ruledGrids', () => {
  it('takes a cell as merged across where no rule parts two positions: down a column, and along a header row', () => {
    // Columns at 0, 100, 200; rows at 60, 40, 20, 0; the first column merged over the last two rows, the header over both columns.
    const horizontal = [across(60, 0, 200), across(40, 0, 200), across(20, 100, 200), across(0, 0, 200)];
    const vertical = [down(0, 0, 60), down(100, 0, 40), down(200, 0, 60)];
    expect(cells(horizontal, vertical)).toEqual([['0,0 1×2', '1,0 2×1', '1,1 1×1', '2,1 1×1']]);
  });

  it('takes rules drawn twice half a point apart (a table’s border beside its cells’) as one', () => {
    const horizontal = [across(40, 0, 200), across(39.5, 0, 200), across(20, 0, 200), across(0, 0, 200), across(0.5, 0, 200)];
    const vertical = [down(0, 0, 40), down(0.5, 0, 40), down(100, 0, 40), down(200, 0, 40), down(199.5, 0, 40)];
    expect(cells(horizontal, vertical)).toEqual([['0,0 1×1', '0,1 1×1', '1,0 1×1', '1,1 1×1']]);
  });

  it('ends a table drawn without side borders where its rules across end, and keeps two tables apart', () => {
    const open = [across(40, 0, 200), across(20, 0, 200), across(0, 0, 200)];
    const other = [across(-100, 0, 200), across(-140, 0, 200)];
    const vertical = [down(100, 0, 40), down(0, -140, -100), down(80, -140, -100), down(200, -140, -100)];
    expect(cells([...open, ...other], vertical)).toEqual([
      ['0,0 1×1', '0,1 1×1', '1,0 1×1', '1,1 1×1'],
      ['0,0 1×1', '0,1 1×1'],
    ]);
  });

  it('gives the rules that meet no vertical rule back, for tables ruled only across', () => {
    const { grids, across: loose } = ruledGrids({ horizontal: [across(40, 0, 200), across(20, 0, 200)], vertical: [] });
    expect(grids).toEqual([]);
    expect(loose).toHaveLength(2);
  });
});
