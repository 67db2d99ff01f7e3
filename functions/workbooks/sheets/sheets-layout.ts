// How an output tab looks in Google Sheets: the header row frozen and bold, text wrapped and
// top-aligned, the widths the domain asks for, a filter on the header, and 辦理狀態 coloured.
// Colours are conditional-format rules rather than cell formats: a handful of rules per tab
// whatever its size, so a large 管考總表 does not double the request that writes it.
import type { sheets_v4 } from '@googleapis/sheets';
import { OUTPUT_HEADER_LOOK } from '../../../shared/row-looks.ts';
import { STATUS_LOOKS } from '../../../shared/status-palette.ts';
import type { TabLayout } from '../../../shared/workbook.ts';
import { sheetsColour } from './sheets-colour.ts';

type Request = sheets_v4.Schema$Request;

const HEADER_FORMAT: sheets_v4.Schema$CellFormat = {
  textFormat: { bold: OUTPUT_HEADER_LOOK.bold },
  backgroundColor: sheetsColour(OUTPUT_HEADER_LOOK.fill),
  verticalAlignment: OUTPUT_HEADER_LOOK.verticalAlign === 'middle' ? 'MIDDLE' : 'TOP',
  borders: { bottom: { style: 'SOLID', color: sheetsColour(OUTPUT_HEADER_LOOK.underline) } },
};

// The status palette as conditional formats, one rule a status.
const STATUS_FORMATS = STATUS_LOOKS.map(({ word, look }) => ({
  status: word,
  format: { backgroundColor: sheetsColour(look.fill), textFormat: { foregroundColor: sheetsColour(look.text) } },
}));

/** The grid an output tab of `rows` × `columns` gets: just its size, header frozen (Sheets refuses to freeze every row, hence at least 2). */
export function outputGrid(rows: number, columns: number): sheets_v4.Schema$GridProperties {
  return { rowCount: Math.max(rows, 2), columnCount: Math.max(columns, 1), frozenRowCount: 1 };
}

/** The formatting requests for an output tab already holding its values; `oldRules` is how many conditional-format rules it had. */
export function layoutRequests(sheetId: number, rows: number, columns: number, layout: TabLayout | undefined, oldRules: number): Request[] {
  const width = Math.max(columns, 1);
  const whole = { sheetId, startRowIndex: 0, endRowIndex: Math.max(rows, 1), startColumnIndex: 0, endColumnIndex: width };
  const requests: Request[] = [];
  // Deleting index 0 repeatedly removes the rules in order without renumbering surprises.
  for (let i = 0; i < oldRules; i++) requests.push({ deleteConditionalFormatRule: { sheetId, index: 0 } });
  requests.push(
    {
      repeatCell: {
        range: whole,
        cell: { userEnteredFormat: { wrapStrategy: 'WRAP', verticalAlignment: 'TOP' } },
        fields: 'userEnteredFormat(wrapStrategy,verticalAlignment)',
      },
    },
    {
      repeatCell: {
        range: { ...whole, endRowIndex: 1 },
        cell: { userEnteredFormat: HEADER_FORMAT },
        fields: 'userEnteredFormat(textFormat(bold),backgroundColor,verticalAlignment,borders(bottom))',
      },
    },
    { setBasicFilter: { filter: { range: whole } } },
  );
  for (const [index, pixelSize] of (layout?.widths ?? []).entries()) {
    if (index >= width) break;
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: index, endIndex: index + 1 },
        properties: { pixelSize },
        fields: 'pixelSize',
      },
    });
  }
  const statusRanges = (layout?.statusColumns ?? [])
    .filter((column) => column < width)
    .map((column) => ({ sheetId, startRowIndex: 1, endRowIndex: Math.max(rows, 2), startColumnIndex: column, endColumnIndex: column + 1 }));
  if (statusRanges.length > 0) {
    for (const [index, { status, format }] of STATUS_FORMATS.entries()) {
      requests.push({
        addConditionalFormatRule: {
          index,
          rule: { ranges: statusRanges, booleanRule: { condition: { type: 'TEXT_EQ', values: [{ userEnteredValue: status }] }, format } },
        },
      });
    }
  }
  return requests;
}
