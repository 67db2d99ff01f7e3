import { createXlsxWorkbook, openXlsxWorkbook } from '../../../functions/workbooks/xlsx/xlsx-workbook.ts';
import type { ContractBackend } from '../workbook.contract.test.ts';
import { writtenAt } from './written-at.ts';

/** The .xlsx file backend, as the contract reaches it. */
export const xlsxFile: ContractBackend = {
  create: (tabs) => writtenAt('workbook.xlsx', (path) => createXlsxWorkbook(path, tabs)),
  open: openXlsxWorkbook,
  edit: (location, tabs) => createXlsxWorkbook(location, tabs),
  openWithHooks: (location, hooks) => openXlsxWorkbook(location, { hooks }),
  typedCells: true,
};
