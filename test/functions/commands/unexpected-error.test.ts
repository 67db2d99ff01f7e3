import { describe, expect, it } from 'vitest';
import { unexpectedErrorText } from '../../../functions/commands/unexpected-error.ts';
import { sheetsError } from '../../../functions/workbooks/sheets/sheets-errors.ts';
import { driveError } from '../../../functions/year-end/drive-errors.ts';
import * as msg from '../../../shared/messages/functions/index.ts';

// What a Google client throws for an answer it did not like: gaxios's shape, read by apiFailureOf.
const refused = (status: number, message: string) =>
  Object.assign(new Error(message), { response: { status, data: { error: { code: status, message } }, headers: {} } });
const GOOGLE_SAYS = 'Invalid requests[0].updateCells: GridCoordinate.sheetId [7] is invalid';
const context = { spreadsheetId: '1AbC', root: 'https://sheets.googleapis.com/', serviceAccountEmail: async () => undefined };

describe('what the command line says of an unexpected error', () => {
  it('says a refusal by Google Sheets in zh-TW, with Google’s English only quoted for the administrator', async () => {
    const error = await sheetsError(refused(400, GOOGLE_SAYS), context);
    expect(error.message).toBe(msg.sheetsRejected);
    expect(unexpectedErrorText(error)).toBe(`${msg.sheetsRejected}\n${msg.cliDetailForAdministrator(GOOGLE_SAYS)}`);
  });

  it('says a refusal by Google Drive the same way', async () => {
    const error = await driveError(refused(400, GOOGLE_SAYS), 'file-1', context);
    expect(error.message).toBe(msg.driveRejected);
    expect(unexpectedErrorText(error)).toBe(`${msg.driveRejected}\n${msg.cliDetailForAdministrator(GOOGLE_SAYS)}`);
  });

  it.each([
    {
      name: 'a library’s error',
      thrown: new TypeError("Cannot read properties of undefined (reading 'rows')"),
      raw: "Cannot read properties of undefined (reading 'rows')",
    },
    { name: 'a thrown string', thrown: 'boom', raw: 'boom' },
  ])('puts $name under a zh-TW sentence, quoted', ({ thrown, raw }) => {
    const text = unexpectedErrorText(thrown);
    expect(text).toBe(msg.cliUnexpected(raw));
    expect(text.startsWith('發生未預期的錯誤：請將此訊息轉給系統管理者')).toBe(true);
    expect(text).toContain(`「${raw}」`);
  });
});
