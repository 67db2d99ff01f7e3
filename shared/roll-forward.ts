// Next year's workbook from this year's (`guankao roll-forward`): 設定 with the year one on, 計畫
// carried over with dated 完成期限 moved a year and a 檢討 column saying how each practice ended this
// year (from the consolidation's own outcome, never recomputed), 單位 as they are, no submissions.
// The review meeting each January starts from it.

import { dateCellText } from './date-cells.ts';
import { UNIT_COLUMNS } from './input-columns.ts';
import * as msg from './messages/domain/index.ts';
import { periodLabel } from './period.ts';
import { findTab, PLAN_TAB, planHeader } from './plan.ts';
import { importNotesTab, type NoteRow } from './plan-import/imported-tabs.ts';
import type { ReportIndex } from './report-index.ts';
import type { RunResult } from './run-consolidation.ts';
import { SETTINGS_TAB, settingColumns } from './settings.ts';
import { NOT_REPORTED } from './status.ts';
import { cellText, matchKey } from './text.ts';
import { UNITS_TAB } from './units.ts';
import { firstFreeColumn } from './verdict-column.ts';
import type { Cell, CellPosition, Snapshot, Tab } from './workbook.ts';
import { type PracticeYearOutcome, practiceYearOutcome } from './year-outcome.ts';
import { shiftDeadline, shiftDeadlineDate, shiftYears } from './year-shift.ts';

/** The column added to 計畫 with this year's outcome of each practice. */
export const REVIEW_HEADER = '檢討';

/** Next year's workbook: its tabs and the year it is for. */
export interface RolledForward {
  readonly tabs: readonly Tab[];
  readonly rocYear: number;
  readonly notes: number;
}

/**
 * Next year's tabs from this year's workbook as read and its consolidation.
 * @example rollForward(snapshot, runConsolidation({ snapshot, now }).value) // → { rocYear: 116, tabs: [設定, 計畫, 單位, 匯入說明] }
 */
export function rollForward(snapshot: Snapshot, run: RunResult): RolledForward {
  const { settings } = run.plan;
  const notes: NoteRow[] = [];
  const settingsTab = nextSettings(findTab(snapshot, SETTINGS_TAB), run, notes);
  const planTab = nextPlan(findTab(snapshot, PLAN_TAB), run, notes);
  const unitsTab = findTab(snapshot, UNITS_TAB) ?? { name: UNITS_TAB, rows: [Object.keys(UNIT_COLUMNS)] };
  for (const unit of run.plan.units.units) {
    if (unit.spreadsheet && unit.row !== null)
      notes.push({ tab: UNITS_TAB, row: unit.row, id: '', where: unit.name, message: msg.rollUnitSpreadsheet(unit.spreadsheet) });
  }
  const tabs = [settingsTab, planTab, { name: UNITS_TAB, rows: unitsTab.rows }, importNotesTab(notes)];
  return { tabs, rocYear: settings.rocYear + 1, notes: notes.length };
}

// 設定 as it was, with 計畫年度 one on and the year in 計畫名稱 with it.
function nextSettings(tab: Tab | undefined, run: RunResult, notes: NoteRow[]): Tab {
  const { settings } = run.plan;
  const next = settings.rocYear + 1;
  const rows = (
    tab?.rows ?? [
      ['項目', '內容'],
      ['機關名稱', settings.agency],
      ['計畫名稱', settings.planName],
      ['計畫年度', settings.rocYear],
    ]
  ).map((row) => [...row]);
  const { item, value, firstRow } = settingColumns(rows);
  rows.forEach((row, index) => {
    if (index < firstRow) return;
    const key = matchKey(cellText(row[item] ?? null));
    if (key === matchKey('計畫年度')) row[value] = next;
    if (key === matchKey('計畫名稱')) row[value] = shiftYears(cellText(row[value] ?? null), settings.rocYear);
  });
  notes.push({ tab: SETTINGS_TAB, row: null, id: '', where: '', message: msg.rollYear(settings.rocYear, next) });
  return { name: SETTINGS_TAB, rows };
}

// 計畫 as it was, row for row: 完成期限 moved a year where dated, and 檢討 beside each practice.
function nextPlan(tab: Tab | undefined, run: RunResult, notes: NoteRow[]): Tab {
  const rows: Cell[][] = (tab?.rows ?? []).map((row) => [...row]);
  const { index: headerIndex, header } = tab ? planHeader(tab) : { index: 0, header: {} };
  const headerRow = rows[headerIndex] ?? [];
  const named = headerRow.findIndex((cell) => matchKey(cellText(cell)) === matchKey(REVIEW_HEADER));
  const review = named >= 0 ? named : firstFreeColumn(rows);
  setCell(rows, headerIndex, review, REVIEW_HEADER);
  const { rocYear } = run.plan.settings;
  const column = header.完成期限;
  const dates: CellPosition[] = [];
  let moved = 0;
  for (const practice of run.plan.practices) {
    const index = practice.row - 1;
    setCell(rows, index, review, reviewText(practiceYearOutcome(run.output, practice), run.index));
    const written = column === undefined ? null : (rows[index]?.[column] ?? null);
    if (column === undefined || written === null) continue;
    const note = (message: string) => notes.push({ tab: PLAN_TAB, row: practice.row, id: practice.id, where: '', message });
    if (typeof written === 'number') {
      // Typed as a date (a serial number from .xlsx, .ods or Sheets): moved and kept a date.
      const shifted = shiftDeadlineDate(written, rocYear);
      setCell(rows, index, column, shifted.serial);
      dates.push({ row: index, column });
      if (shifted.kind === 'dated') moved++;
      else note(msg.rollDeadlineDateKept(dateCellText(written)));
      continue;
    }
    if (typeof written !== 'string' || !written.trim()) continue;
    const shifted = shiftDeadline(written, rocYear);
    setCell(rows, index, column, shifted.text);
    // A dated 完成期限 without a year (第2季, 上半年) is already next year's: nothing moved.
    if (shifted.kind === 'dated' && shifted.text !== written) moved++;
    if (shifted.kind === 'unknown') note(msg.rollDeadlineUnknown(written, shifted.text));
  }
  notes.push({ tab: PLAN_TAB, row: null, id: '', where: '', message: msg.rollPlanCarried(run.plan.practices.length, moved, rocYear + 1) });
  return { name: PLAN_TAB, rows, dates };
}

function setCell(rows: Cell[][], index: number, column: number, value: Cell): void {
  const row = (rows[index] ??= []);
  while (row.length < column) row.push(null);
  row[column] = value;
}

// What the practice came to this year, as the year-end documents tell it (year-outcome.ts): the
// status its units' latest reports share (落後 with their 落後原因), 未填報 when none reported; a
// responsible unit that never reported is named beside the status, so a practice is not said 已完成
// on one unit's word.
function reviewText({ units, status }: PracticeYearOutcome, index: ReportIndex): string {
  if (status === NOT_REPORTED) return NOT_REPORTED;
  const latest = units.flatMap(({ unit, latestPeriodReport }) => (latestPeriodReport ? [{ unit, report: latestPeriodReport }] : []));
  const newest = index.mostRecentReport(latest.map(({ report }) => report));
  const several = latest.length > 1;
  const reasons = latest
    .filter(({ report }) => report.status === '落後' && report.lateReason.trim())
    .map(({ unit, report }) => (several ? `【${unit}】${report.lateReason.trim()}` : report.lateReason.trim()));
  const unreported = units.filter((record) => !record.latestPeriodReport).map((record) => record.unit);
  return msg.rollReview(status, newest ? periodLabel(newest.period) : '', reasons, unreported);
}
