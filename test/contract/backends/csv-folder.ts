import { createCsvFolder, openCsvFolder } from '../../../functions/workbooks/csv/csv-folder-workbook.ts';
import type { ContractBackend } from '../workbook.contract.test.ts';
import { writtenAt } from './written-at.ts';

/** The CSV folder backend, as the contract reaches it. */
export const csvFolder: ContractBackend = {
  create: (tabs) => writtenAt('workbook', (path) => createCsvFolder(path, tabs)),
  open: openCsvFolder,
  edit: (location, tabs) => createCsvFolder(location, tabs),
  openWithHooks: (location, hooks) => openCsvFolder(location, { hooks }),
  typedCells: false,
  outputsForExcel: true,
};
