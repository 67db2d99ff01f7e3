import * as msg from '../../shared/messages/functions/index.ts';
import { planTitle } from '../../shared/plan-heading.ts';
import type { RunResult } from '../../shared/run-consolidation.ts';

// From this many rows an .xlsx or .ods run takes seconds and hundreds of MB (README › Benchmark).
const LARGE_FILE_ROWS = 10_000;

/** The first lines a consolidation or year-end run prints: the plan, the counts, and a warning for a large spreadsheet file. */
export function runSummaryHead(result: RunResult, workbook: string): string[] {
  const { settings } = result.plan;
  const lines = [msg.cliTitle(planTitle(settings), settings.rocYear), msg.cliCounts(result.counts)];
  const kind = /\.(xlsx|ods)$/iu.exec(workbook)?.[1]?.toLowerCase();
  if ((kind === 'xlsx' || kind === 'ods') && result.counts.rows >= LARGE_FILE_ROWS)
    lines.push(msg.cliLargeSpreadsheetFile(kind, result.counts.rows));
  return lines;
}
