import { describe, expect, it } from 'vitest';
import { sheetsColour } from '../../../functions/workbooks/sheets/sheets-colour.ts';
import { documentTab, tabRequests } from '../../../functions/year-end/year-end-sheet-tabs.ts';
import { ROW_LOOKS } from '../../../shared/row-looks.ts';
import { unitSummaryDocument } from '../../../shared/unit-summary.ts';
import { yearEndDocument } from '../../../shared/year-end-table.ts';
import { yearInput } from '../../shared/year-end-fixture.ts';

describe('tabRequests', () => {
  it.each([
    ['the 一覽表', () => yearEndDocument(yearInput()), ['title', 'info', 'header', 'subgroup', 'body']],
    ['a unit summary', () => unitSummaryDocument(yearInput(), '民政課'), ['title', 'header', 'body', 'total']],
  ])(
    'styles every row of %s by its kind’s look, as the .ods, .xlsx and PDF do, and leaves the blank rows between sections blank',
    (_name, document, kinds) => {
      const tab = documentTab(document());
      const cells = tabRequests(tab, 7, 0).find((request) => request.updateCells)?.updateCells?.rows ?? [];
      expect(tab.rows.map((row) => row.kind)).toEqual(expect.arrayContaining(kinds));
      tab.rows.forEach((row, index) => {
        if (row.cells.length === 0) expect(cells[index]?.values).toEqual([]);
        const look = ROW_LOOKS[row.kind];
        for (const cell of cells[index]?.values ?? []) {
          const format = cell.userEnteredFormat;
          expect(format?.textFormat).toMatchObject({ fontSize: look.size, bold: look.bold });
          expect(format?.backgroundColor).toEqual(look.fill ? sheetsColour(look.fill) : undefined);
          expect(format?.verticalAlignment).toBe(look.verticalAlign.toUpperCase());
          expect(format?.borders?.top?.style).toBe(look.border ? 'SOLID' : undefined);
        }
      });
    },
  );
});
