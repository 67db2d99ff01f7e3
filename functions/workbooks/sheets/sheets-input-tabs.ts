// A new workbook in a Google spreadsheet the coordinator made (import-plan, roll-forward): its
// input tabs (設定, 計畫, 單位…) written whole in one atomic batchUpdate, as outputs are. A tab of
// those names that already holds anything is never written over: the write is refused, nothing sent.
import * as msg from '../../../shared/messages/functions/index.ts';
import type { Tab } from '../../../shared/workbook.ts';
import { quotedTabName } from '../cell-address.ts';
import { WorkbookError } from '../workbook-error.ts';
import { sheetsCalls } from './sheets-client.ts';
import { DEFAULT_RETRY } from './sheets-retry.ts';
import type { SheetsOptions } from './sheets-workbook.ts';
import { PAYLOAD_LIMIT, planWrite } from './sheets-write-plan.ts';

/**
 * Writes `tabs` into the spreadsheet, each a tab of its own (an empty tab of the same name is
 * replaced); refuses, with a zh-TW WorkbookError naming them, when tabs of those names hold cells.
 */
export async function writeInputTabs(spreadsheetId: string, tabs: readonly Tab[], options: SheetsOptions = {}): Promise<void> {
  const calls = sheetsCalls(spreadsheetId, {
    retry: { ...DEFAULT_RETRY, ...options.retry },
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    ...(options.serviceAccountEmail ? { serviceAccountEmail: options.serviceAccountEmail } : {}),
  });
  const info = await calls.metadata();
  const names = new Set(tabs.map((tab) => tab.name));
  const existing = info.sheets.filter((sheet) => sheet.grid && names.has(sheet.title));
  const values = existing.length > 0 ? await calls.values(existing.map((sheet) => quotedTabName(sheet.title))) : [];
  const filled = existing.filter((_, index) => (values[index] ?? []).some((row) => row.some((cell) => cell !== '' && cell !== null)));
  if (filled.length > 0)
    throw new WorkbookError(
      msg.spreadsheetTabsNotEmpty(
        spreadsheetId,
        filled.map((sheet) => sheet.title),
      ),
    );
  for (const batch of planWrite({ outputs: tabs, verdicts: [] }, info, options.payloadLimit ?? PAYLOAD_LIMIT)) {
    if (batch.length > 0) await calls.batchUpdate(batch);
  }
}
