import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBMISSION_COLUMNS, type SubmissionColumn } from '../../shared/input-columns.ts';
import { cellOf, findSubmissionSources, mergeRepeatedColumns, type SubmissionSource } from '../../shared/submission-tabs.ts';
import type { Cell } from '../../shared/workbook.ts';

describe('mergeRepeatedColumns', () => {
  // Headers a generated form and a coordinator produce: 具體作法 asked once per unit section, a
  // noted and a bare copy of the same question, columns guankao does not know.
  const HEADERS = [
    '時間戳記',
    '填報單位',
    '具體作法',
    '具體作法（民政課）',
    '具體作法（社會課）',
    '執行成效',
    '成效',
    '檢核結果',
    '備註',
    '',
  ];
  const CELLS: Cell[] = [null, '', ' ', '1-1 檢討各項申請表單', '2-1 辦理民眾滿意度調查', 46_120.5, true];
  const sourceOf = (header: readonly Cell[], rows: readonly (readonly Cell[])[]): SubmissionSource => {
    const [source] = findSubmissionSources({ tabs: [{ name: '表單回應 1', rows: [[...header], ...rows.map((row) => [...row])] }] });
    if (!source) throw new Error('not a submission tab');
    return source;
  };

  it('gives every row, in every submission column, the cell cellOf reads from the tab as it is', () => {
    const tab = fc
      .array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 })
      .chain((header) =>
        fc.tuple(
          fc.constant(header),
          fc.array(fc.array(fc.constantFrom(...CELLS), { minLength: 0, maxLength: header.length + 1 }), { maxLength: 5 }),
        ),
      );
    fc.assert(
      fc.property(tab, ([header, rows]) => {
        const merged = mergeRepeatedColumns(header, rows);
        const before = sourceOf(header, rows);
        const after = sourceOf(merged.header, merged.rows);
        rows.forEach((cells, index) => {
          const mergedCells = merged.rows[index] ?? [];
          for (const column of Object.keys(SUBMISSION_COLUMNS) as SubmissionColumn[]) {
            expect(cellOf({ source: after, row: index + 2, order: index, cells: mergedCells }, column)).toEqual(
              cellOf({ source: before, row: index + 2, order: index, cells }, column),
            );
          }
        });
      }),
    );
  });

  it('leaves a tab that names each column once as it is', () => {
    const header = ['時間戳記', '具體作法', '執行成效', '備註'];
    const rows = [['2026/4/2 上午 9:15:00', '1-1', '完成', '主管交辦']];
    expect(mergeRepeatedColumns(header, rows)).toEqual({ header, rows });
  });

  it("merges a form's per-unit 具體作法 columns into one where the first stood, the answered one winning", () => {
    const header = ['時間戳記', '具體作法（民政課）', '具體作法（社會課）', '執行成效'];
    const merged = mergeRepeatedColumns(header, [['t', '', '2-1 辦理民眾滿意度調查', '完成']]);
    expect(merged).toEqual({ header: ['時間戳記', '具體作法', '執行成效'], rows: [['t', '2-1 辦理民眾滿意度調查', '完成']] });
  });
});
