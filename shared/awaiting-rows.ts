import type { Consolidated } from './consolidation.ts';
import { reportKey } from './consolidation.ts';
import type { SubmissionColumn } from './input-columns.ts';
import * as msg from './messages/domain/index.ts';
import { type Period, parsePeriod, periodKey } from './period.ts';
import type { Plan } from './plan.ts';
import { findPractice } from './practice-answer.ts';
import { carriedStatus } from './report-duty.ts';
import type { ReportIndex } from './report-index.ts';
import type { Status } from './status.ts';
import { cellOf, type RawSubmission } from './submission-tabs.ts';
import { cellText, isBlank, matchKey } from './text.ts';
import type { UncountedRows } from './uncounted-rows.ts';
import type { Checked } from './validation.ts';

// A row prepare-period added that the unit has not filled in yet is neither a report nor a
// mistake: it waits. What makes a row "filled in" is anything the unit typed that prepare-period
// does not write. prepare-period writes 具體作法, 填報期間 (and 填報單位), and for a practice the unit
// reported 持續辦理 or 辦理中 the period before, that status as a suggestion, marked by the 檢核結果
// 「待填報（狀態沿用上期，請確認）」 beside it. So a row of a unit's own tab still waits while every
// answer column is blank and its 辦理狀態 is blank, or is exactly the status that would be carried
// with that mark still beside it. Typing any answer (執行成效, a date, a link…) or another status
// makes it a report, checked as usual, its missing fields errors. A row holding only 具體作法 and
// 填報期間 waits whoever typed it: it holds no report. A status typed by the unit without the mark
// is its report, and like any report without 執行成效 an error.

/** The columns only the unit fills: one of them filled makes a row a report. */
const ANSWER_COLUMNS = [
  '時間戳記',
  '辦理日期',
  '執行成效',
  '量化成果',
  '佐證資料',
  '落後原因',
  '改善措施',
] as const satisfies readonly SubmissionColumn[];

/** A row waiting for the unit's report. */
export interface AwaitingRow {
  readonly raw: RawSubmission;
  readonly unit: string;
  readonly practiceId: string;
  readonly period: Period;
  /** The status it holds as a suggestion, null when its 辦理狀態 is blank. */
  readonly carried: Status | null;
  /** The report that counts for the same unit, practice and period elsewhere (the Form), if any. */
  readonly reportedBy?: RawSubmission;
}

/**
 * The rows of units' own tabs that wait for their report (see above), by the row's `order`: the
 * checked rows that failed only for want of 辦理狀態 or 執行成效 and hold nothing but what
 * prepare-period writes. Read after consolidation: the suggestion is the status counted for the
 * period before, which a waiting row never is.
 */
export function findAwaitingRows(
  plan: Plan,
  checked: readonly Checked[],
  consolidated: Consolidated,
  index: ReportIndex,
  uncounted: UncountedRows,
): Map<number, AwaitingRow> {
  const awaiting = new Map<number, AwaitingRow>();
  for (let r = 0; r < checked.length; r++) {
    const row = checked[r] as Checked;
    if (row.ok || !row.unit || row.raw.source.impliedUnit === undefined) continue;
    if (
      !row.problems.every(
        (problem) => problem.missingColumn === undefined && (problem.column === '辦理狀態' || problem.column === '執行成效'),
      )
    )
      continue;
    if (ANSWER_COLUMNS.some((column) => !isBlank(cellOf(row.raw, column)))) continue;
    const practice = findPractice(plan, cellText(cellOf(row.raw, '具體作法')).trim());
    const period = parsePeriod(cellOf(row.raw, '填報期間'), { cycle: plan.settings.cycle, planYear: plan.settings.year });
    if (!practice || !period.ok) continue;
    const status = cellText(cellOf(row.raw, '辦理狀態')).trim();
    const suggestion = carriedStatus(index, row.unit, practice.id, period.value, uncounted);
    if (status !== '' && (suggestion === null || matchKey(status) !== matchKey(suggestion) || !marked(row.raw))) continue;
    const reportedBy = consolidated.winners.get(reportKey(row.unit, practice.id, periodKey(period.value)))?.raw;
    awaiting.set(row.raw.order, {
      raw: row.raw,
      unit: row.unit,
      practiceId: practice.id,
      period: period.value,
      carried: status === '' ? null : suggestion,
      ...(reportedBy ? { reportedBy } : {}),
    });
  }
  return awaiting;
}

/** Whether a row of a unit's own tab holds nothing the unit typed: no answer, and no status but one marked as carried. */
export function holdsNoReport(raw: RawSubmission): boolean {
  if (raw.source.impliedUnit === undefined || ANSWER_COLUMNS.some((column) => !isBlank(cellOf(raw, column)))) return false;
  return isBlank(cellOf(raw, '辦理狀態')) || marked(raw);
}

// Whether the row's 檢核結果 still marks its status as a suggestion (written by prepare-period, kept by each run).
function marked(raw: RawSubmission): boolean {
  return matchKey(cellText(cellOf(raw, '檢核結果'))) === matchKey(msg.awaitingReportCarried);
}

/** The 檢核結果 of a waiting row: 待填報, saying so when its 辦理狀態 is a suggestion to confirm. */
export function awaitingText(carried: Status | null): string {
  return carried === null ? msg.awaitingReport : msg.awaitingReportCarried;
}

/** The reportKeys of the awaiting rows: what 管考總表 shows as 待填報 until the period is due. */
export function awaitingKeys(awaiting: ReadonlyMap<number, AwaitingRow>): ReadonlySet<string> {
  return new Set([...awaiting.values()].map((row) => reportKey(row.unit, row.practiceId, periodKey(row.period))));
}
