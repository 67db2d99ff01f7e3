import { formatRocDateTime } from './dates.ts';
import * as msg from './messages/domain/index.ts';
import type { Problem } from './problem.ts';
import type { OutputTab, Snapshot, Tab } from './workbook.ts';

// Which run made an output tab. Google Sheets replaces the output tabs in one atomic batchUpdate and
// an .xlsx or .ods is one file, but a CSV folder is several files: a run killed between two of
// them leaves 執行成效 from one run and 單位摘要 from another. So each output tab says which run
// wrote it — 「彙整時間：115/11/23 10:00:00」 in its header row, one cell after SPEC's columns
// (readers find columns by name, so an extra header cell changes none of them) — and a run that
// finds them disagreeing says so in 檢核錯誤 before it writes them all again.

const STAMP_WIDTH = 200;
const PREFIX = msg.runStamp('');

/**
 * The stamp of a run at `now`: its time to the second, in the plan's time zone.
 * @example runStampOf(Date.parse('2026-11-23T10:00:00+08:00'), 'Asia/Taipei') // → '彙整時間：115/11/23 10:00:00'
 */
export function runStampOf(now: number, timeZone: string): string {
  const seconds = ((Math.floor(now / 1000) % 60) + 60) % 60;
  return msg.runStamp(`${formatRocDateTime(now, timeZone)}:${String(seconds).padStart(2, '0')}`);
}

/** The output tab with `stamp` in its header row, one cell after its columns. */
export function stampedTab(tab: OutputTab, stamp: string): OutputTab {
  const [header = [], ...rows] = tab.rows;
  const stamped: OutputTab = { ...tab, rows: [[...header, stamp], ...rows] };
  return tab.layout ? { ...stamped, layout: { ...tab.layout, widths: [...tab.layout.widths, STAMP_WIDTH] } } : stamped;
}

/** The stamp in a tab's header row, or null when it has none (a tab written before runs were stamped). */
export function stampOf(tab: Tab): string | null {
  for (const cell of tab.rows[0] ?? []) if (typeof cell === 'string' && cell.startsWith(PREFIX)) return cell;
  return null;
}

/**
 * One problem for each output tab in `snapshot` that another run wrote than the newest of them:
 * the outputs a previous run left were not all written by one run.
 */
export function mixedOutputProblems(snapshot: Snapshot, names: readonly string[]): Problem[] {
  const found = names.flatMap((name) => {
    const tab = snapshot.tabs.find((candidate) => candidate.name === name);
    return tab ? [{ name, stamp: stampOf(tab) }] : [];
  });
  // Stamps read as times in one format (ROC year, zero-padded fields); no stamp is older than any.
  const newest = found.reduce<(typeof found)[number] | undefined>(
    (best, tab) => (!best || (tab.stamp ?? '') > (best.stamp ?? '') ? tab : best),
    undefined,
  );
  if (!newest?.stamp) return [];
  const newestStamp = newest.stamp;
  return found
    .filter((tab) => tab.stamp !== newestStamp)
    .map((tab) => ({
      source: tab.name,
      row: 1,
      unit: '',
      column: '分頁',
      message: msg.outputsFromOtherRun(tab.stamp ?? msg.runStampNone, newest.name, newestStamp),
    }));
}
