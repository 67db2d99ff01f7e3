import { reportKey } from './consolidation.ts';
import { deadlineDue } from './deadline.ts';
import { compareDates, formatRocDate, formatRocDateTime, type PlainDate } from './dates.ts';
import * as msg from './messages.ts';
import { columnsTab, type OutputColumn, statusColumn } from './output-columns.ts';
import { periodKey, periodLabel, periodsOfYear } from './period.ts';
import type { Plan, Practice } from './plan.ts';
import type { Problem } from './problem.ts';
import { dutyFor, isPastDue } from './report-duty.ts';
import { combinedStatus, type ReportIndex } from './report-index.ts';
import { AWAITING_REPORT, completion, FINAL_STATUSES, NOT_REPORTED, type Status, type StatusWord } from './status.ts';
import { MAX_NARRATIVE, type Submission } from './validation.ts';
import type { OutputTab } from './workbook.ts';

/** Names of the tabs the system owns. */
export const OUTPUT_TABS = {
  results: '執行成效',
  tracking: '管考總表',
  units: '單位摘要',
  problems: '檢核錯誤',
} as const;

/** What the output tabs are built from. */
export interface OutputInput {
  readonly plan: Plan;
  readonly index: ReportIndex;
  readonly problems: readonly Problem[];
  /** reportKeys of prefilled rows not filled in yet (awaiting-rows.ts): 管考總表 shows them 待填報 until the period is due. */
  readonly awaiting?: ReadonlySet<string>;
  /** Today in the plan's time zone. */
  readonly today: PlainDate;
  /** By practice id, the 執行成效 the year-end documents publish (year-end-drafts.ts); a practice without one publishes its draft. */
  readonly published?: ReadonlyMap<string, string>;
}

/** When a report was made, for 最近填報: its period, and its 時間戳記 when it has one. */
export function reportedLabel(report: Submission, timeZone: string): string {
  const period = periodLabel(report.period);
  return report.timestamp === null ? period : `${period}（${formatRocDateTime(report.timestamp, timeZone)}）`;
}

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
    return { practice, latest, reported: reportedText(index.mostRecentReport(latest.map(({ report }) => report)), plan.settings.timeZone) };
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

/** 管考總表's row: one responsible unit of a practice, what each period's cell shows, and 逾期. */
interface TrackingRow {
  readonly practice: Practice;
  readonly unit: string;
  readonly periods: readonly (StatusWord | '')[];
  readonly overdue: string;
}

/** 管考總表's columns before one column per period (and 逾期 after them); readTrackingTab (tracking-view.ts) finds rows by 項次 and 單位. */
export const TRACKING_LEADING = [
  { header: '項次', width: 60, value: (row) => row.practice.id },
  { header: '具體作法', width: 280, value: (row) => row.practice.text },
  { header: '單位', width: 90, value: (row) => row.unit },
] as const satisfies readonly OutputColumn<TrackingRow>[];

/**
 * 管考總表: practice × responsible unit, the status reported for each period, and what is overdue.
 * Its inverse, for a script that can read only this tab, is readTrackingTab (tracking-view.ts).
 */
export function trackingTab({ plan, index, awaiting, today }: OutputInput): OutputTab {
  const { settings } = plan;
  const periods = periodsOfYear(settings.year, settings.cycle);
  const rows: TrackingRow[] = [];
  for (const practice of plan.practices) {
    const due = deadlineDue(practice.deadline);
    for (const unit of practice.units) {
      let missing = 0;
      const cells = periods.map((period): StatusWord | '' => {
        const duty = dutyFor(index, unit, practice.id, period);
        if (duty.kind === 'reported') return duty.report.status;
        if (duty.kind === 'finished') return '';
        if (isPastDue(period, settings.dueDay, today)) {
          missing++;
          return NOT_REPORTED;
        }
        // A prefilled row not filled in yet: shown, but not late before its 填報截止日.
        return awaiting?.has(reportKey(unit, practice.id, periodKey(period))) ? AWAITING_REPORT : '';
      });
      const overdue: string[] = [];
      if (missing > 0) overdue.push(msg.periodsMissing(missing));
      const latest = index.latestPeriodReport(unit, practice.id);
      if (due && compareDates(due, today) < 0 && !(latest && FINAL_STATUSES.has(latest.status))) {
        overdue.push(msg.pastDeadline(formatRocDate(due)));
      }
      rows.push({ practice, unit, periods: cells, overdue: overdue.join('；') });
    }
  }
  const columns: OutputColumn<TrackingRow>[] = [
    ...TRACKING_LEADING,
    ...periods.map((period, i) => statusColumn(periodLabel(period), 80, (row: TrackingRow) => row.periods[i] ?? '')),
    { header: '逾期', width: 160, value: (row) => row.overdue },
  ];
  return columnsTab(OUTPUT_TABS.tracking, columns, rows);
}

/** 單位摘要's row: a unit, how many practices it owns, the latest-period status of each it reported, and 最近填報. */
interface UnitsRow {
  readonly unit: string;
  readonly owned: number;
  readonly latest: readonly Status[];
  readonly reported: string;
}

// 單位摘要 counts each status in a column of its own, in this order and this wide; 取消 has none
// (null): it lowers the practices expected in 完成率 instead.
const UNIT_STATUS_WIDTHS: Readonly<Record<Status, number | null>> = { 已完成: 70, 辦理中: 70, 持續辦理: 80, 落後: 60, 未開始: 70, 取消: null };

const UNITS_COLUMNS: readonly OutputColumn<UnitsRow>[] = [
  { header: '單位', width: 100, value: (row) => row.unit },
  { header: '負責作法數', width: 90, value: (row) => row.owned },
  { header: '已填報', width: 70, value: (row) => row.latest.length },
  ...Object.entries(UNIT_STATUS_WIDTHS).flatMap(([status, width]) =>
    width === null ? [] : [{ header: status, width, value: (row: UnitsRow) => row.latest.filter((reported) => reported === status).length }],
  ),
  { header: NOT_REPORTED, width: 70, value: (row) => row.owned - row.latest.length },
  { header: '完成率', width: 80, value: (row) => percentOrDash(completion(row.latest, row.owned).rate) },
  { header: '最近填報', width: 180, value: (row) => row.reported },
];

/** 單位摘要: one row per unit, its practices counted by latest status. */
export function unitsTab({ plan, index }: OutputInput): OutputTab {
  const rows = plan.units.units.map((unit): UnitsRow => {
    const owned = plan.practices.filter((practice) => practice.units.includes(unit.name));
    const latest = owned.flatMap((practice) => index.latestPeriodReport(unit.name, practice.id)?.status ?? []);
    const newest = index.mostRecentReport(owned.flatMap((practice) => index.reports(unit.name, practice.id)));
    return { unit: unit.name, owned: owned.length, latest, reported: reportedText(newest, plan.settings.timeZone) };
  });
  return columnsTab(OUTPUT_TABS.units, UNITS_COLUMNS, rows);
}

const PROBLEMS_COLUMNS: readonly OutputColumn<Problem>[] = [
  { header: '來源', width: 140, value: (problem) => problem.source },
  { header: '列', width: 50, value: (problem) => problem.row },
  { header: '單位', width: 90, value: (problem) => problem.unit },
  { header: '欄位', width: 90, value: (problem) => problem.column },
  { header: '說明', width: 480, value: (problem) => problem.message },
];

/** 檢核錯誤: one row per problem, plan problems first, then submissions in reading order. */
export function problemsTab({ problems }: OutputInput): OutputTab {
  return columnsTab(OUTPUT_TABS.problems, PROBLEMS_COLUMNS, problems);
}

// 最近填報 of a report, blank without one.
function reportedText(report: Submission | undefined, timeZone: string): string {
  return report ? reportedLabel(report, timeZone) : '';
}

// 完成率 as 66.7%, — when no practice is expected.
function percentOrDash(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

// A gathered 執行成效 may outgrow a Sheets cell; say so rather than fail the whole write.
function fitCell(text: string): string {
  if (text.length <= MAX_NARRATIVE) return text;
  const note = msg.cellTruncated;
  return text.slice(0, MAX_NARRATIVE - note.length) + note;
}
