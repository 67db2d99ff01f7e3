// One msw server for a test file holding both fakes (msw allows one server at a time): Sheets and
// Drive, the Drive fake's spreadsheets living in the Sheets fake. Any unhandled request fails the test.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createDriveFake, type DriveFake } from './drive-fake.ts';
import { createSheetsFake, type SheetsFake } from './sheets-fake.ts';

/** The Sheets and Drive fakes serving this test file; emptied after each test. */
export function useGoogleFakes(): { sheets: SheetsFake; drive: DriveFake } {
  const sheets = createSheetsFake();
  const drive = createDriveFake(sheets);
  const server = setupServer(...sheets.handlers, ...drive.handlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    sheets.reset();
    drive.reset();
  });
  afterAll(() => server.close());
  return { sheets, drive };
}
