import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXlsxWorkbook, openXlsxWorkbook } from '../../functions/workbooks/xlsx/xlsx-workbook.ts';
import { workbookContract } from './workbook-contract.ts';

workbookContract('.xlsx file', {
  async create(tabs) {
    const path = join(mkdtempSync(join(tmpdir(), 'guankao-contract-')), 'workbook.xlsx');
    await createXlsxWorkbook(path, tabs);
    return path;
  },
  open: openXlsxWorkbook,
  edit: (location, tabs) => createXlsxWorkbook(location, tabs),
  typedCells: true,
});
