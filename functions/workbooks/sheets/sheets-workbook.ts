// A Google spreadsheet as a Workbook. A read is two API calls whatever the size (spreadsheets.get
// for the tabs and the time zone, values.batchGet for every tab's values); a write is one
// batchUpdate (split only past the payload limit, see sheets-write-plan.ts). docs/google-sheets.md
// explains the budget, the atomicity and the retries.
import { fillMergedCells } from '../../../shared/merged-cells.ts';
import type { Snapshot, Tab, Workbook } from '../../../shared/workbook.ts';
import { quotedTabName } from '../cell-address.ts';
import { toRow } from './sheets-cells.ts';
import { type SheetsCalls, sheetsCalls } from './sheets-client.ts';
import type { SpreadsheetInfo } from './sheets-metadata.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './sheets-retry.ts';
import { appendsRows, isStagingTab, PAYLOAD_LIMIT, planWrite } from './sheets-write-plan.ts';

/** Options for reaching the Sheets API. */
export interface SheetsOptions {
  /** Another root URL for the Sheets API (an emulator); requests then carry no credentials. */
  readonly rootUrl?: string;
  /** Overrides of the retry policy (tests inject the clock, sleep and random). */
  readonly retry?: Partial<RetryPolicy>;
  /** The largest batchUpdate body in bytes before a write is split (tests lower it). */
  readonly payloadLimit?: number;
  /** Whom a 403 message tells the user to share with; by default the credentials' service account. */
  readonly serviceAccountEmail?: () => Promise<string | undefined>;
}

/** Opens a Google spreadsheet as a workbook. */
export function openSheetsWorkbook(spreadsheetId: string, options: SheetsOptions = {}): Workbook {
  const calls = sheetsCalls(spreadsheetId, {
    retry: { ...DEFAULT_RETRY, ...options.retry },
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    ...(options.serviceAccountEmail ? { serviceAccountEmail: options.serviceAccountEmail } : {}),
  });
  const limit = options.payloadLimit ?? PAYLOAD_LIMIT;
  // The tabs as the last read saw them: a write right after a read needs no second get, and keyed
  // columns go into the rows that read saw (Sheets has no write conditional on a cell's value).
  let lastRead: SpreadsheetInfo | null = null;
  let lastRows = new Map<string, Tab['rows']>();
  return {
    location: spreadsheetId,
    async read() {
      const { info, snapshot } = await staleSafe(calls, null, (fresh) => readSnapshot(calls, fresh));
      lastRead = info;
      lastRows = new Map(snapshot.tabs.map((tab) => [tab.name, tab.rows]));
      return snapshot;
    },
    // The same two calls as a read, for the wanted tabs' values only; a later write asks for the tabs again.
    async readTabs(wanted) {
      const { info, snapshot } = await staleSafe(calls, null, (fresh) => readSnapshot(calls, fresh, wanted));
      return { ...snapshot, tabNames: info.sheets.filter((sheet) => sheet.grid && !isStagingTab(sheet.title)).map((sheet) => sheet.title) };
    },
    async write(changes) {
      const known = lastRead;
      const rows = lastRows;
      lastRead = null;
      lastRows = new Map();
      await staleSafe(calls, known, async (info) => {
        for (const batch of planWrite(changes, info, limit, (tab) => rows.get(tab))) {
          if (batch.length > 0) await calls.batchUpdate(batch, { repeatable: !appendsRows(batch) });
        }
      });
    },
  };
}

async function readSnapshot(
  calls: SheetsCalls,
  info: SpreadsheetInfo,
  wanted: (name: string) => boolean = () => true,
): Promise<{ info: SpreadsheetInfo; snapshot: Snapshot }> {
  const sheets = info.sheets.filter((sheet) => sheet.grid && !isStagingTab(sheet.title) && wanted(sheet.title));
  const values = sheets.length > 0 ? await calls.values(sheets.map((sheet) => quotedTabName(sheet.title))) : [];
  const tabs: Tab[] = sheets.map((sheet, index) => {
    const rows = (values[index] ?? []).map(toRow);
    return { name: sheet.title, rows: sheet.merges.length > 0 ? fillMergedCells(rows, sheet.merges) : rows };
  });
  return { info, snapshot: { tabs, ...(info.timeZone ? { timeZone: info.timeZone } : {}) } };
}

// Tabs may change between our calls (a coordinator renames, adds or deletes one; another instance
// adds the output tabs; a retried batch was applied after all). Sheets then refuses the call with
// a 400 and applies nothing, so we fetch the tabs again and redo the step once.
async function staleSafe<T>(calls: SheetsCalls, known: SpreadsheetInfo | null, step: (info: SpreadsheetInfo) => Promise<T>): Promise<T> {
  const first = known ?? (await calls.metadata());
  try {
    return await step(first);
  } catch (error) {
    if (!isRejected(error)) throw error;
    return step(await calls.metadata());
  }
}

function isRejected(error: unknown): boolean {
  return (
    error instanceof Error &&
    typeof error.cause === 'object' &&
    error.cause !== null &&
    'code' in error.cause &&
    error.cause.code === 'SHEETS_REJECTED'
  );
}
