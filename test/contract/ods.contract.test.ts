import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOdsWorkbook, openOdsWorkbook } from '../../functions/workbooks/ods/ods-workbook.ts';
import { workbookContract } from './workbook-contract.ts';

workbookContract('.ods file', {
  async create(tabs) {
    const path = join(mkdtempSync(join(tmpdir(), 'guankao-contract-')), 'workbook.ods');
    await createOdsWorkbook(path, tabs);
    return path;
  },
  open: openOdsWorkbook,
  edit: (location, tabs) => createOdsWorkbook(location, tabs),
  typedCells: true,
});
