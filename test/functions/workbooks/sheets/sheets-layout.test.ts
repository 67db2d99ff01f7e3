import { describe, expect, it } from 'vitest';
import { sheetsColour } from '../../../../functions/workbooks/sheets/sheets-colour.ts';
import { layoutRequests } from '../../../../functions/workbooks/sheets/sheets-layout.ts';
import { OUTPUT_HEADER_LOOK } from '../../../../shared/row-looks.ts';
import { STATUS_PALETTE } from '../../../../shared/status-palette.ts';

describe('layoutRequests', () => {
  it('colours every status of the palette, 未開始 and 未填報 included, in its fill and text colour, and leaves 待填報 plain', () => {
    const rules = layoutRequests(3, 20, 4, { widths: [60, 200, 80, 300], statusColumns: [2] }, 0).flatMap((request) =>
      request.addConditionalFormatRule?.rule ? [request.addConditionalFormatRule.rule] : [],
    );
    const formats = Object.fromEntries(
      rules.map((rule) => [rule.booleanRule?.condition?.values?.[0]?.userEnteredValue, rule.booleanRule?.format]),
    );
    expect(formats).toEqual(
      Object.fromEntries(
        Object.entries(STATUS_PALETTE).flatMap(([status, look]) =>
          look ? [[status, { backgroundColor: sheetsColour(look.fill), textFormat: { foregroundColor: sheetsColour(look.text) } }]] : [],
        ),
      ),
    );
    expect(Object.keys(formats)).toContain('未開始');
    expect(Object.keys(formats)).not.toContain('待填報');
    expect(rules.every((rule) => rule.ranges?.every((range) => range.startColumnIndex === 2 && range.endColumnIndex === 3))).toBe(true);
  });

  it('makes the header row bold on the grey the .xlsx and .ods use, centred down, with a line under it', () => {
    const header = layoutRequests(3, 20, 4, { widths: [], statusColumns: [] }, 0).find(
      (request) => request.repeatCell?.range?.endRowIndex === 1,
    )?.repeatCell;
    expect(header?.cell?.userEnteredFormat).toEqual({
      textFormat: { bold: true },
      backgroundColor: sheetsColour(OUTPUT_HEADER_LOOK.fill),
      verticalAlignment: 'MIDDLE',
      borders: { bottom: { style: 'SOLID', color: sheetsColour(OUTPUT_HEADER_LOOK.underline) } },
    });
    expect(header?.fields).toBe('userEnteredFormat(textFormat(bold),backgroundColor,verticalAlignment,borders(bottom))');
  });
});
