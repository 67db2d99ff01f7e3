import { awaitingText } from './awaiting-rows.ts';
import { reportKey } from './consolidation.ts';
import type { PlainDate } from './dates.ts';
import { mapHeader, SUBMISSION_COLUMNS, type SubmissionColumn } from './input-columns.ts';
import * as msg from './messages/domain/index.ts';
import { type Period, parsePeriod, periodKey, periodLabel, periodsOfYear } from './period.ts';
import type { Plan, Practice } from './plan.ts';
import { findPractice } from './practice-answer.ts';
import { practiceChoice, reportingUnits } from './practice-choice.ts';
import { carriedStatus, dutyFor, openPeriod } from './report-duty.ts';
import { fail, ok, type Result } from './result.ts';
import type { RunResult, UnitWorkbookSnapshot } from './run-consolidation.ts';
import type { Status } from './status.ts';
import { cellOf, findSubmissionSources, type SubmissionSource } from './submission-tabs.ts';
import { cellText, matchKey } from './text.ts';
import type { Checked } from './validation.ts';
import type { Cell, RowAppend, Snapshot } from './workbook.ts';

// prepare-period: one row in each unit's 填報 tab for every practice it owes a report on for a
// period, with what the plan and the period already say filled in, so the unit types only its
// status and results (awaiting-rows.ts says when such a row counts as filled in). Rows go where the unit keeps its rows: its own spreadsheet (單位 ›
// 填報試算表) when it has one, else its 填報-<單位> tab here. Nothing is added for a practice the
// unit already has a row for in that period anywhere (a report, a mistaken one, or a prefilled
// row still waiting), nor for one it finished (已完成 / 取消) earlier: running it twice adds nothing.

/** One prefilled row, by column: placed under the tab's own headers by layoutRow. */
export type PrefilledRow = Readonly<Partial<Record<SubmissionColumn, string>>>;

/** The rows prepared for one unit's tab. */
export interface PreparedTab {
  readonly unit: string;
  /** Whether the tab is in the unit's own spreadsheet rather than the main workbook. */
  readonly ownSpreadsheet: boolean;
  readonly tab: string;
  /** Row 1 of the tab as read. */
  readonly header: readonly Cell[];
  /** In plan order. */
  readonly rows: readonly PrefilledRow[];
  /** The 項次 of each row. */
  readonly practices: readonly string[];
}

/** What prepare-period would add, and the units it could not add rows for. */
export interface PeriodRows {
  readonly period: Period;
  /** Tabs getting rows (tabs with nothing to add are left out). */
  readonly tabs: readonly PreparedTab[];
  /** Units owing reports that have no 填報 tab for them (建立單位填報分頁 makes one). */
  readonly withoutTab: readonly string[];
  /** Units whose rows belong in their own spreadsheet, which was not read. */
  readonly notRead: readonly string[];
}

/** What preparePeriodRows needs: the consolidation over the workbooks, and the workbooks it read. */
export interface PeriodRowsInput {
  readonly run: RunResult;
  readonly snapshot: Snapshot;
  readonly unitWorkbooks?: readonly UnitWorkbookSnapshot[];
  readonly period: Period;
}

/**
 * The rows prepare-period adds for `period` (see above).
 * @example preparePeriodRows({ run, snapshot, period }).tabs // → [{ unit: '民政課', tab: '填報-民政課', rows: [{ 具體作法: '1-1 …', 填報期間: '115年4月' }] }]
 */
export function preparePeriodRows({ run, snapshot, unitWorkbooks = [], period }: PeriodRowsInput): PeriodRows {
  const { plan, index, uncounted } = run;
  const taken = new Set(run.checked.flatMap((row) => subjectKey(plan, row) ?? []));
  const mainSources = findSubmissionSources(snapshot, undefined, plan.units);
  const tabs: PreparedTab[] = [];
  const withoutTab: string[] = [];
  const notRead: string[] = [];
  for (const unit of reportingUnits(plan)) {
    const owed = plan.practices.filter(
      (practice) =>
        practice.units.includes(unit) &&
        dutyFor(index, unit, practice.id, period).kind === 'owed' &&
        !taken.has(reportKey(unit, practice.id, periodKey(period))),
    );
    if (owed.length === 0) continue;
    const target = targetOf(plan, unit, mainSources, unitWorkbooks);
    if (target === 'not-read') notRead.push(unit);
    else if (target === null) withoutTab.push(unit);
    else {
      const header = target.source.tab.rows[target.source.headerRow] ?? [];
      // A carried status is marked as a suggestion by its 檢核結果: a tab without the column gets none.
      const marks = target.source.header.檢核結果 !== undefined;
      const rows = owed.map((practice) =>
        prefilledRow(header, practice, period, marks ? carriedStatus(index, unit, practice.id, period, uncounted) : null, unit),
      );
      tabs.push({
        unit,
        ownSpreadsheet: target.own,
        tab: target.source.tab.name,
        header,
        rows,
        practices: owed.map((practice) => practice.id),
      });
    }
  }
  return { period, tabs, withoutTab, notRead };
}

/**
 * The period to prepare: the one asked for (`--period 115年4月`), which must lie in the plan year,
 * or else the period open for reports today (openPeriod).
 */
export function periodToPrepare(plan: Plan, asked: string | undefined, today: PlainDate): Result<Period> {
  const { settings } = plan;
  if (asked === undefined) {
    const open = openPeriod(settings, today);
    if (open) return ok(open);
    // The example is a period of the plan's own cycle: the first before the year, else the last.
    const periods = periodsOfYear(settings.year, settings.cycle);
    const example = today.year < settings.year ? periods[0] : periods.at(-1);
    return fail(msg.prepareNoOpenPeriod(settings.rocYear, example ? periodLabel(example) : `${settings.rocYear}年`));
  }
  const parsed = parsePeriod(asked, { cycle: settings.cycle, planYear: settings.year });
  if (!parsed.ok) return parsed;
  return parsed.value.year === settings.year ? parsed : fail(msg.periodOutsideYear(asked, settings.rocYear));
}

/** What prepare-period did, in lines a coordinator reads (the command line, the Sheet menu). */
export function describePeriodRows(result: PeriodRows): string[] {
  const added = result.tabs.reduce((sum, tab) => sum + tab.rows.length, 0);
  return [
    msg.prepareAdded(periodLabel(result.period), added),
    ...result.tabs.map(
      (tab) =>
        `  ${msg.prepareTabLine(tab.ownSpreadsheet ? msg.prepareOwnSpreadsheet(tab.unit, tab.tab) : tab.tab, tab.rows.length, tab.practices)}`,
    ),
    ...(result.withoutTab.length > 0 ? [msg.prepareWithoutTab(result.withoutTab)] : []),
    ...(added > 0 ? [msg.prepareHowToFill] : []),
  ];
}

/** The rows of a prepared tab placed under its header, as a RowAppend. */
export function appendOf(prepared: PreparedTab): RowAppend {
  return { tab: prepared.tab, rows: prepared.rows.map((row) => layoutRow(prepared.header, row)) };
}

/** A prefilled row placed under a tab's headers (the first header naming each column); columns the tab lacks are left out. */
export function layoutRow(header: readonly Cell[], row: PrefilledRow): Cell[] {
  const positions = mapHeader(header, SUBMISSION_COLUMNS);
  const cells: Cell[] = [];
  for (const [column, value] of Object.entries(row) as [SubmissionColumn, string][]) {
    const position = positions[column];
    if (position === undefined) continue;
    while (cells.length <= position) cells.push(null);
    cells[position] = value;
  }
  return cells;
}

// A tab whose 具體作法 column is headed 項次 gets the 項次; any other the Form's choice text `項次 作法…`
// (what 建立單位填報分頁's dropdown lists).
function prefilledRow(header: readonly Cell[], practice: Practice, period: Period, carried: Status | null, unit: string): PrefilledRow {
  const practiceColumn = mapHeader(header, SUBMISSION_COLUMNS).具體作法;
  const byId = practiceColumn !== undefined && matchKey(cellText(header[practiceColumn] ?? null)) === matchKey('項次');
  return {
    具體作法: byId ? practice.id : practiceChoice(practice),
    填報期間: periodLabel(period),
    填報單位: unit,
    ...(carried === null ? {} : { 辦理狀態: carried }),
    檢核結果: awaitingText(carried),
  };
}

// Where a unit's rows go: the first 填報 tab of its own spreadsheet when it has one, else its
// 填報-<單位> tab here; a tab lacking 具體作法 or 填報期間 cannot hold them.
function targetOf(
  plan: Plan,
  unit: string,
  mainSources: readonly SubmissionSource[],
  unitWorkbooks: readonly UnitWorkbookSnapshot[],
): { source: SubmissionSource; own: boolean } | 'not-read' | null {
  const usable = (source: SubmissionSource) => source.header.具體作法 !== undefined && source.header.填報期間 !== undefined;
  if (plan.units.find(unit)?.spreadsheet) {
    const own = unitWorkbooks.find((entry) => entry.unit === unit);
    if (!own) return 'not-read';
    const source = findSubmissionSources(own.snapshot, { unit, label: unit }, plan.units).find(usable);
    return source ? { source, own: true } : null;
  }
  const source = mainSources.find(
    (candidate) => candidate.impliedUnit !== undefined && plan.units.find(candidate.impliedUnit)?.name === unit && usable(candidate),
  );
  return source ? { source, own: false } : null;
}

// The unit × practice × period a row is about, valid or not, when all three can be read.
function subjectKey(plan: Plan, row: Checked): string | null {
  if (row.ok) return reportKey(row.unit, row.practiceId, periodKey(row.period));
  if (!row.unit) return null;
  const practice = findPractice(plan, cellText(cellOf(row.raw, '具體作法')).trim());
  const period = parsePeriod(cellOf(row.raw, '填報期間'), { cycle: plan.settings.cycle, planYear: plan.settings.year });
  return practice && period.ok ? reportKey(row.unit, practice.id, periodKey(period.value)) : null;
}
