// The msw server for a test file: the fake's handlers, and any request nothing handles fails the
// test (msw 3 takes `onUnhandledFrame`; v2's `onUnhandledRequest` is silently ignored).
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createSheetsFake, type SheetsFake, type SheetsFakeOptions } from './sheets-fake.ts';

/** A fake Sheets API serving this test file; emptied after each test. */
export function useSheetsFake(options: SheetsFakeOptions = {}): SheetsFake {
  const fake = createSheetsFake(options);
  const server = setupServer(...fake.handlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    fake.reset();
  });
  afterAll(() => server.close());
  return fake;
}
