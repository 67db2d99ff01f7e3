import { openSheetsWorkbook } from '../../../functions/workbooks/sheets/sheets-workbook.ts';
import { useSheetsFake } from '../../fakes/sheets-server.ts';
import type { ContractBackend } from '../workbook.contract.test.ts';

const fake = useSheetsFake({ rootUrl: 'http://sheets.contract.test/' });

/** The Google Sheets (msw fake) backend, as the contract reaches it. */
export const googleSheets: ContractBackend = {
  create: async (tabs) => fake.createSpreadsheet(tabs),
  open: (id) => openSheetsWorkbook(id, { rootUrl: fake.rootUrl }),
  typeRow: async (id, tab, row) => fake.appendRows(id, tab, [row]),
  typedCells: true,
};
