import { openSheetsWorkbook } from '../../functions/workbooks/sheets/sheets-workbook.ts';
import { useSheetsFake } from '../fakes/sheets-server.ts';
import { workbookContract } from './workbook-contract.ts';

const fake = useSheetsFake({ rootUrl: 'http://sheets.contract.test/' });

workbookContract('Google Sheets (msw fake)', {
  create: async (tabs) => fake.createSpreadsheet(tabs),
  open: (id) => openSheetsWorkbook(id, { rootUrl: fake.rootUrl }),
  typedCells: true,
});
