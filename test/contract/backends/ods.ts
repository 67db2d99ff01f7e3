import { createOdsWorkbook, openOdsWorkbook } from '../../../functions/workbooks/ods/ods-workbook.ts';
import type { ContractBackend } from '../workbook.contract.test.ts';
import { writtenAt } from './written-at.ts';

/** The .ods file backend, as the contract reaches it. */
export const odsFile: ContractBackend = {
  create: (tabs) => writtenAt('workbook.ods', (path) => createOdsWorkbook(path, tabs)),
  open: openOdsWorkbook,
  edit: (location, tabs) => createOdsWorkbook(location, tabs),
  openWithHooks: (location, hooks) => openOdsWorkbook(location, { hooks }),
  typedCells: true,
};
