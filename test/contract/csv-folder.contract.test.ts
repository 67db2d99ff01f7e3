import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCsvFolder, openCsvFolder } from '../../functions/workbooks/csv/csv-folder-workbook.ts';
import { workbookContract } from './workbook-contract.ts';

workbookContract('CSV folder', {
  async create(tabs) {
    const folder = join(mkdtempSync(join(tmpdir(), 'guankao-contract-')), 'workbook');
    await createCsvFolder(folder, tabs);
    return folder;
  },
  open: openCsvFolder,
  edit: (location, tabs) => createCsvFolder(location, tabs),
  typedCells: false,
  outputsForExcel: true,
});
