import * as msg from './messages/domain/index.ts';
import { columnsTab, type OutputColumn, statusColumn } from './output-columns.ts';
import { OUTPUT_TABS, type OutputInput } from './output-tabs.ts';
import type { Practice } from './plan.ts';
import { combinedStatus } from './report-index.ts';
import { reportedLabel } from './reported-label.ts';
import { MAX_NARRATIVE, type Submission } from './validation.ts';
import type { OutputTab } from './workbook.ts';

/** 執行成效's row: a practice, each responsible unit's latest-period report, and 最近填報. */
interface ResultsRow {
  readonly practice: Practice;
  readonly latest: readonly { readonly unit: string; readonly report: Submission }[];
  readonly reported: string;
}

const RESULTS_COLUMNS: readonly OutputColumn<ResultsRow>[] = [
  { header: '項次', width: 60, value: ({ practice }) => practice.id },
  { header: '實施要項', width: 180, value: ({ practice }) => practice.measure },
  { header: '具體作法', width: 320, value: ({ practice }) => practice.text },
  { header: '執行單位', width: 120, value: ({ practice }) => practice.unitsText },
  { header: '執行成效', width: 420, value: ({ latest }) => fitCell(gatheredNarratives(latest)) },
  statusColumn('辦理狀態', 80, ({ latest }) => combinedStatus(latest.map(({ report }) => report.status))),
  { header: '最近填報', width: 160, value: ({ reported }) => reported },
  { header: '佐證資料', width: 220, value: ({ latest }) => [...new Set(latest.flatMap(({ report }) => report.links))].join('\n') },
];

/** 執行成效: one row per practice in plan order, each responsible unit's latest-period report gathered. */
export function resultsTab({ plan, index }: OutputInput): OutputTab {
  const rows = plan.practices.map((practice): ResultsRow => {
    const latest = index.latestPeriodReports(practice);
    return {
      practice,
      latest,
      reported: reportedLabel(index.mostRecentReport(latest.map(({ report }) => report)), plan.settings.timeZone),
    };
  });
  return columnsTab(OUTPUT_TABS.results, RESULTS_COLUMNS, rows);
}

// The units' 執行成效 in one cell, each prefixed 【單位】 when more than one unit reported.
function gatheredNarratives(latest: ResultsRow['latest']): string {
  const several = latest.length > 1;
  return latest
    .filter(({ report }) => report.narrative.trim())
    .map(({ unit, report }) => (several ? `【${unit}】${report.narrative}` : report.narrative))
    .join('\n');
}

// A gathered 執行成效 may outgrow a Sheets cell; say so rather than fail the whole write.
function fitCell(text: string): string {
  if (text.length <= MAX_NARRATIVE) return text;
  const note = msg.cellTruncated;
  return text.slice(0, MAX_NARRATIVE - note.length) + note;
}
