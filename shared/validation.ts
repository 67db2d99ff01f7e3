import { boundedMemo, memoPerObject } from './bounded-memo.ts';
import { parseDate } from './date-reading.ts';
import { compareDates, dateInZone, formatRocDateTime, type PlainDate, quotedCell } from './dates.ts';
import type { SubmissionColumn } from './input-columns.ts';
import * as msg from './messages/domain/index.ts';
import { type Period, parsePeriod, periodStart } from './period.ts';
import type { Plan } from './plan.ts';
import { findPracticeAnswer } from './practice-answer.ts';
import { practiceChoice } from './practice-choice.ts';
import type { Result } from './result.ts';
import { deliveryHash } from './row-identity.ts';
import { STATUSES, type Status } from './status.ts';
import { cellAt, type RawSubmission, type SubmissionSource } from './submission-tabs.ts';
import { cellText, isBlank, matchKey, splitLinks } from './text.ts';
import { parseTimestamp } from './timestamp-reading.ts';
import type { Cell } from './workbook.ts';

const STATUS_BY_KEY: ReadonlyMap<string, Status> = new Map(STATUSES.map((status) => [matchKey(status), status]));
// Each 辦理狀態 text of a run (a few, on every row) is matched once (null: no status).
const statuses = boundedMemo<string, Status | null>(5_000);

function statusOf(text: string): Status | null {
  const known = statuses.get(text);
  return known !== undefined ? known : statuses.remember(text, STATUS_BY_KEY.get(matchKey(text)) ?? null);
}

/** A Google Sheets cell holds at most 50,000 characters. */
export const MAX_NARRATIVE = 50_000;

/** A submission row that passed every rule, with its values understood. */
export interface Submission {
  readonly ok: true;
  readonly raw: RawSubmission;
  readonly unit: string;
  readonly practiceId: string;
  readonly period: Period;
  readonly status: Status;
  readonly date: PlainDate | null;
  /** As typed. */
  readonly narrative: string;
  readonly quantity: string;
  readonly links: readonly string[];
  readonly lateReason: string;
  readonly improvement: string;
  /** Epoch ms of 時間戳記, null when the row has none. */
  readonly timestamp: number | null;
  /** The unit, practice and 時間戳記 of the row as a hash: rows that are the same delivery share it (row-identity.ts). */
  readonly fingerprint: number;
  /** True when 具體作法 was a choice whose 項次 no longer fits its text, counted by its text (practice-answer.ts). */
  readonly practiceByText: boolean;
}

/** One problem with one cell (or `列` for the whole row). */
export interface CellProblem {
  readonly column: SubmissionColumn | '列';
  readonly message: string;
  /** Set when the row cannot be checked because its tab lacks this required column: the same for every row of the tab, so 檢核錯誤 lists it once for the tab. */
  readonly missingColumn?: SubmissionColumn;
}

/** A submission row that failed a rule: its unit when known, and every problem found. */
export interface Rejected {
  readonly ok: false;
  readonly raw: RawSubmission;
  readonly unit: string;
  readonly problems: readonly CellProblem[];
}

/** The verdict on one row: the submission it makes (a row checked for each of 100,000 rows is one object), or its problems. */
export type Checked = Submission | Rejected;

const linkPattern = /^https?:\/\/[^\s/$.?#][^\s]*$/iu;
// Most rows have no link: they share one empty list.
const NO_LINKS: readonly string[] = Object.freeze([]);

/**
 * Checks one row against the plan and SPEC.md's rules; never throws, and reports every problem
 * of the row, each naming its column. The verdict depends on the workbook alone — never on
 * today — so the same rows get the same verdicts on every run: "not ahead of time" is judged
 * against the row's own 時間戳記, and a row without one (typed by hand) against the plan year only
 * (README, Decisions › Judged against the row's own time).
 * @example validateSubmission(plan, raw) // → { ok: false, problems: [{ column: '辦理狀態', … }] }
 */
export function validateSubmission(plan: Plan, raw: RawSubmission): Checked {
  const { settings } = plan;
  // Plain statements rather than small closures: this runs for every row of a run.
  const problems: CellProblem[] = [];
  const { header, columns } = raw.source;
  const { cells } = raw;

  for (const column of missingColumnsOf(raw.source))
    problems.push({ column: '列', message: msg.columnMissingInTab(column), missingColumn: column });

  // 時間戳記 first: 辦理日期 is checked against it.
  let timestamp: number | null = null;
  const stampCell = cellAt(cells, columns.時間戳記);
  if (!isBlank(stampCell)) {
    const parsed = parseTimestamp(stampCell, settings.timeZone);
    if (parsed.ok) timestamp = parsed.value;
    else problems.push(problem('時間戳記', parsed.reason));
  }

  // 填報單位: a tab's own unit, or the unit (or alias) named in the row.
  let unit = '';
  const named = cellText(cellAt(cells, columns.填報單位)).trim();
  const implied = raw.source.impliedUnit;
  if (implied !== undefined) {
    const tabUnit = plan.units.find(implied);
    if (!tabUnit) problems.push(problem('填報單位', msg.tabUnitUnknown(raw.source.tab.name, implied)));
    else unit = tabUnit.name;
    if (named && tabUnit) {
      const rowUnit = plan.units.find(named);
      if (rowUnit?.name !== tabUnit.name) problems.push(problem('填報單位', msg.unitDiffersFromTab(named, tabUnit.name)));
    }
  } else if (header.填報單位 !== undefined) {
    if (!named) problems.push(problem('填報單位', msg.required('填報單位')));
    else {
      const found = plan.units.find(named);
      if (found) unit = found.name;
      else problems.push(problem('填報單位', msg.unitUnknown(named, plan.units.names())));
    }
  }

  // 具體作法: a 項次, or the form's choice text whose first token is the 項次.
  let practiceId = '';
  let practiceByText = false;
  const practiceText = cellText(cellAt(cells, columns.具體作法)).trim();
  if (header.具體作法 !== undefined) {
    if (!practiceText) problems.push(problem('具體作法', msg.required('具體作法')));
    else {
      const answer = findPracticeAnswer(plan, practiceText);
      if (answer.kind === 'unknown') problems.push(problem('具體作法', msg.practiceUnknown(practiceText)));
      else if (answer.kind === 'mismatch') {
        const { numbered, named } = answer;
        problems.push(
          problem(
            '具體作法',
            msg.practiceChoiceMismatch(
              practiceText,
              numbered.id,
              practiceChoice(numbered),
              named.map((practice) => practice.id),
            ),
          ),
        );
      } else {
        const { practice } = answer;
        practiceId = practice.id;
        practiceByText = answer.byText === true;
        if (unit && !practice.units.includes(unit)) {
          const message = practiceByText
            ? msg.unitNotResponsibleByText(practiceText, unit, practice.id, practice.units)
            : msg.unitNotResponsible(unit, practice.id, practice.units);
          problems.push(problem('具體作法', message));
        }
      }
    }
  }

  // When the row was sent, and that day in the plan's zone; null for a row typed by hand, which nothing dates.
  const sent = timestamp === null ? null : { at: timestamp, day: dateInZone(timestamp, settings.timeZone) };
  let period: Period | null = null;
  const periodCell = cellAt(cells, columns.填報期間);
  if (header.填報期間 !== undefined) {
    if (isBlank(periodCell)) problems.push(problem('填報期間', msg.required('填報期間')));
    else {
      const parsed = periodOfCell(plan, periodCell);
      if (!parsed.ok) problems.push(problem('填報期間', parsed.reason));
      else if (parsed.value.year !== settings.year)
        problems.push(problem('填報期間', msg.periodOutsideYear(quotedCell(periodCell), settings.rocYear)));
      else if (sent !== null && compareDates(periodStart(parsed.value), sent.day) > 0) {
        problems.push(
          problem('填報期間', msg.periodNotBegunWhenSent(quotedCell(periodCell), formatRocDateTime(sent.at, settings.timeZone))),
        );
      } else period = parsed.value;
    }
  }

  let status: Status | null = null;
  const statusText = cellText(cellAt(cells, columns.辦理狀態)).trim();
  if (header.辦理狀態 !== undefined) {
    if (!statusText) problems.push(problem('辦理狀態', msg.required('辦理狀態')));
    else {
      status = statusOf(statusText);
      if (!status) problems.push(problem('辦理狀態', msg.statusUnknown(statusText, STATUSES)));
    }
  }

  let date: PlainDate | null = null;
  const dateCell = cellAt(cells, columns.辦理日期);
  if (!isBlank(dateCell)) {
    const parsed = parseDate(dateCell);
    if (!parsed.ok) problems.push(problem('辦理日期', parsed.reason));
    else {
      const latest = sent?.day ?? { year: settings.year, month: 12, day: 31 };
      if (compareDates(parsed.value, latest) > 0) {
        problems.push(
          problem(
            '辦理日期',
            sent === null ? msg.dateAfterPlanYear(quotedCell(dateCell), settings.rocYear) : msg.dateAfterSubmission(quotedCell(dateCell)),
          ),
        );
      } else date = parsed.value;
    }
  }

  const narrative = cellText(cellAt(cells, columns.執行成效));
  if (header.執行成效 !== undefined) {
    if (!narrative.trim() && status !== null && status !== '未開始') problems.push(problem('執行成效', msg.narrativeRequired(status)));
    if (narrative.length > MAX_NARRATIVE) problems.push(problem('執行成效', msg.narrativeTooLong(narrative.length, MAX_NARRATIVE)));
  }

  const linkText = cellText(cellAt(cells, columns.佐證資料));
  const links = linkText === '' ? NO_LINKS : splitLinks(linkText);
  const badLinks = links.length === 0 ? links : links.filter((link) => !linkPattern.test(link));
  if (badLinks.length > 0) problems.push(problem('佐證資料', msg.linksInvalid(badLinks)));

  const lateReason = cellText(cellAt(cells, columns.落後原因));
  const improvement = cellText(cellAt(cells, columns.改善措施));
  if (status === '落後') {
    if (!lateReason.trim()) problems.push(problem('落後原因', msg.lateFieldRequired('落後原因')));
    if (!improvement.trim()) problems.push(problem('改善措施', msg.lateFieldRequired('改善措施')));
  }

  if (problems.length > 0 || period === null || status === null || !unit || !practiceId) {
    if (problems.length === 0) problems.push(problem('列', msg.rowIncomplete));
    return { ok: false, raw, unit, problems };
  }
  return {
    ok: true,
    raw,
    unit,
    practiceId,
    period,
    status,
    date,
    narrative,
    quantity: cellText(cellAt(cells, columns.量化成果)),
    links,
    lateReason,
    improvement,
    timestamp,
    fingerprint: deliveryHash(
      unit,
      practiceId,
      typeof stampCell === 'string' || stampCell === null ? timestamp : textTime(stampCell, settings.timeZone),
    ),
    practiceByText,
  };
}

// The instant a 時間戳記 cell's text reads as: a cell that is not text (a spreadsheet's date number)
// is read as its text, so that rows holding the same text share a fingerprint whatever their cells
// hold (row-identity.ts). A text cell reads as its own 時間戳記.
function textTime(cell: Cell, timeZone: string): number | null {
  const text = cellText(cell);
  if (isBlank(text)) return null;
  const read = parseTimestamp(text, timeZone);
  return read.ok ? read.value : null;
}

const REQUIRED_COLUMNS = ['具體作法', '填報期間', '辦理狀態', '執行成效'] as const satisfies readonly SubmissionColumn[];

const problem = (column: CellProblem['column'], message: string): CellProblem => ({ column, message });

// Worked out once per tab: every row of it lacks the same columns.
const missingColumnsOf: (source: SubmissionSource) => readonly SubmissionColumn[] = memoPerObject(missingColumns);

/** The required columns a submission tab lacks (填報單位 only when the tab does not imply its unit). */
export function missingColumns(source: SubmissionSource): SubmissionColumn[] {
  const missing: SubmissionColumn[] = REQUIRED_COLUMNS.filter((column) => source.header[column] === undefined);
  if (source.header.填報單位 === undefined && source.impliedUnit === undefined) missing.push('填報單位');
  return missing;
}

// A Form's 填報期間 answers are a few months, repeated on every row: each text is read once per
// plan (the plan's cycle and year decide what it means).
const periodsOf = memoPerObject((_plan: Plan) => boundedMemo<string, Result<Period>>(5_000));

function periodOfCell(plan: Plan, cell: Cell): Result<Period> {
  if (typeof cell !== 'string') return parsePeriod(cell, { cycle: plan.settings.cycle, planYear: plan.settings.year });
  const periods = periodsOf(plan);
  return periods.get(cell) ?? periods.remember(cell, parsePeriod(cell, { cycle: plan.settings.cycle, planYear: plan.settings.year }));
}
