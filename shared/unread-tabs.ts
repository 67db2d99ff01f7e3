import * as msg from './messages/domain/index.ts';
import { OUTPUT_TABS } from './output-tabs.ts';
import { isPlanTab } from './plan.ts';
import type { Problem } from './problem.ts';
import { findSubmissionHeader, type SubmissionSource } from './submission-tabs.ts';
import { isBlank } from './text.ts';
import { unitOfTab } from './unit-tab-names.ts';
import type { Snapshot, Tab } from './workbook.ts';
import { isYearEndTab } from './year-end-names.ts';

// A tab holding reports that no rule reads (人事處填報 for a unit 單位 does not list, 填報表, a bare
// 填報 whose rows name no unit) would leave its unit 未填報 without a word. Such a tab is told by its
// header, the columns a report has, and named once in 檢核錯誤 (README, Decisions › Unit tab names).

const OWN_TABS: ReadonlySet<string> = new Set(Object.values(OUTPUT_TABS));

/**
 * One problem for each tab of `snapshot` that is not among `sources` but whose header names the
 * columns of a report (具體作法, 填報期間, and 辦理狀態 or 執行成效); `label` prefixes the tab's
 * name for a unit's own spreadsheet. The plan's, the output and the year-end tabs are never named.
 */
export function unreadSubmissionTabs(snapshot: Snapshot, sources: readonly SubmissionSource[], label?: string): Problem[] {
  const read = new Set(sources.map((source) => source.tab));
  return snapshot.tabs.flatMap((tab) => {
    if (read.has(tab) || isPlanTab(tab.name) || OWN_TABS.has(tab.name.trim()) || isYearEndTab(tab.name.trim())) return [];
    const header = reportHeader(tab);
    if (header < 0) return [];
    const rows = tab.rows.slice(header + 1).filter((row) => row.some((cell) => !isBlank(cell))).length;
    const bare = label === undefined && unitOfTab(tab.name) === '';
    const message = bare ? msg.bareUnitTabNotRead(tab.name, rows) : msg.reportTabNotRead(tab.name, rows);
    return [{ source: label === undefined ? tab.name : `${label}：${tab.name}`, row: null, unit: '', column: '分頁', message }];
  });
}

// The row (0-based) of the tab's header when it names a report's columns, else -1.
function reportHeader(tab: Tab): number {
  const { index, header } = findSubmissionHeader(tab);
  const report =
    header.具體作法 !== undefined && header.填報期間 !== undefined && (header.辦理狀態 !== undefined || header.執行成效 !== undefined);
  return report ? index : -1;
}
