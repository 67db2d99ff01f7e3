import { type AwaitingRow, awaitingKeys, awaitingText, findAwaitingRows } from './awaiting-rows.ts';
import { type Consolidated, consolidate, type Standing } from './consolidation.ts';
import { dateInZone } from './dates.ts';
import * as msg from './messages/domain/index.ts';
import { OUTPUT_TABS, type OutputInput } from './output-tabs.ts';
import { type Plan, parsePlan } from './plan.ts';
import type { Problem } from './problem.ts';
import { problemsTab } from './problems-tab.ts';
import { ReportIndex } from './report-index.ts';
import { ok, type Result } from './result.ts';
import { resultsTab } from './results-tab.ts';
import { mixedOutputProblems, runStampOf, stampedTab } from './run-stamp.ts';
import { cellOf, findSubmissionSources, type RawSubmission, readSubmissions, type SubmissionSource } from './submission-tabs.ts';
import { cellText } from './text.ts';
import { trackingTab } from './tracking-tab.ts';
import { type UncountedRows, uncountedRows } from './uncounted-rows.ts';
import { unitsTab } from './units-tab.ts';
import { unreadSubmissionTabs } from './unread-tabs.ts';
import { type Checked, validateSubmission } from './validation.ts';
import { verdictPlaceOf } from './verdict-column.ts';
import type { Changes, Snapshot, VerdictColumn } from './workbook.ts';

/** A unit's own spreadsheet (單位 › 填報試算表), already read. */
export interface UnitWorkbookSnapshot {
  readonly unit: string;
  readonly snapshot: Snapshot;
}

/** Everything one consolidation needs: the workbook as read, the units' own spreadsheets, and the time. */
export interface RunInput {
  readonly snapshot: Snapshot;
  readonly unitWorkbooks?: readonly UnitWorkbookSnapshot[];
  /** Problems found before the pipeline ran (a unit's spreadsheet that could not be read). */
  readonly problems?: readonly Problem[];
  /** What is due by now (管考總表's lateness); no row's 檢核結果 depends on it. */
  readonly now: number;
}

/** Counts for the one-line summary a person reads after a run. */
export interface RunCounts {
  readonly units: number;
  readonly practices: number;
  readonly rows: number;
  readonly valid: number;
  readonly counted: number;
  readonly invalid: number;
  /** Prefilled rows the units have not filled in yet (neither valid nor invalid). */
  readonly awaiting: number;
  readonly problems: number;
}

/** What a run produced: the writes for the main workbook and for each unit's own spreadsheet. */
export interface RunResult {
  readonly plan: Plan;
  readonly checked: readonly Checked[];
  readonly consolidated: Consolidated;
  /** The rows waiting for their unit's report, by order (awaiting-rows.ts). */
  readonly awaiting: ReadonlyMap<number, AwaitingRow>;
  readonly index: ReportIndex;
  /** The rows that report on a period but do not count: what a carried status is checked against (uncounted-rows.ts). */
  readonly uncounted: UncountedRows;
  readonly output: OutputInput;
  readonly changes: Changes;
  readonly unitChanges: readonly { readonly unit: string; readonly verdicts: readonly VerdictColumn[] }[];
  readonly counts: RunCounts;
  /** Output tabs the previous run left from another run than the newest of them (reported in 檢核錯誤). */
  readonly mixedOutputs: readonly string[];
}

/**
 * The whole pipeline on data: parse the plan, validate every submission row, consolidate, and
 * build the output tabs and 檢核結果 columns. Fails, writing nothing, when the workbook cannot be
 * used or its plan cannot be read with confidence (parsePlan). Only 管考總表's lateness depends on `now`.
 * @example runConsolidation({ snapshot, now: Date.now() }) // → { ok: true, value: { changes, counts, … } }
 */
export function runConsolidation(input: RunInput): Result<RunResult> {
  const parsed = parsePlan(input.snapshot);
  if (!parsed.ok) return parsed;
  const { plan } = parsed.value;
  // Output tabs a previous run left from different runs (killed between two files of a CSV folder).
  const mixed = mixedOutputProblems(input.snapshot, Object.values(OUTPUT_TABS));
  const problems: Problem[] = [...parsed.value.problems, ...(input.problems ?? []), ...mixed];

  const sources: SubmissionSource[] = findSubmissionSources(input.snapshot, undefined, plan.units);
  problems.push(...unreadSubmissionTabs(input.snapshot, sources));
  for (const unitWorkbook of input.unitWorkbooks ?? []) {
    const own = findSubmissionSources(unitWorkbook.snapshot, { unit: unitWorkbook.unit, label: unitWorkbook.unit }, plan.units);
    sources.push(...own);
    problems.push(...unreadSubmissionTabs(unitWorkbook.snapshot, own, unitWorkbook.unit));
  }
  const raws = readSubmissions(sources);
  const checked = raws.map((raw) => validateSubmission(plan, raw));
  const consolidated = consolidate(checked);
  const index = new ReportIndex(consolidated);
  const uncounted = uncountedRows(plan, checked);
  const awaiting = findAwaitingRows(plan, checked, consolidated, index, uncounted);
  // A tab lacking a required column is one problem of the tab (README, Decisions), listed where its
  // first row would be, with the number of rows it left unchecked; each row's 檢核結果 still says why.
  const missing = new Map<string, { index: number; column: string; source: SubmissionSource; rows: number }>();
  let valid = 0;
  for (let r = 0; r < checked.length; r++) {
    const row = checked[r] as Checked;
    if (row.ok) {
      valid++;
      continue;
    }
    if (awaiting.has(row.raw.order)) continue;
    for (const problem of row.problems) {
      if (problem.missingColumn !== undefined) {
        const key = `${row.raw.source.label}\u0000${problem.missingColumn}`;
        const known = missing.get(key);
        if (known) known.rows++;
        else missing.set(key, { index: problems.push(EMPTY_PROBLEM) - 1, column: problem.missingColumn, source: row.raw.source, rows: 1 });
        continue;
      }
      problems.push({
        source: row.raw.source.label,
        row: row.raw.row,
        unit: row.unit || cellText(cellOf(row.raw, '填報單位')) || (row.raw.source.impliedUnit ?? ''),
        column: problem.column,
        message: problem.message,
      });
    }
  }

  for (const { index, column, source, rows } of missing.values()) {
    problems[index] = {
      source: source.label,
      row: null,
      unit: source.impliedUnit ?? '',
      column,
      message: msg.columnMissingForRows(column, rows, source.headerRow + 1),
    };
  }

  const output: OutputInput = {
    plan,
    index,
    problems,
    awaiting: awaitingKeys(awaiting),
    today: dateInZone(input.now, plan.settings.timeZone),
  };
  const stamp = runStampOf(input.now, plan.settings.timeZone);
  const outputs = [resultsTab(output), trackingTab(output), unitsTab(output), problemsTab(output)].map((tab) => stampedTab(tab, stamp));

  const verdictsBySource = verdictColumns(sources, checked, consolidated, awaiting);
  const mainVerdicts = verdictsBySource.filter((entry) => entry.source.unitWorkbook === undefined).map((entry) => entry.verdicts);
  const unitChanges = [...new Set(sources.flatMap((source) => source.unitWorkbook ?? []))].map((unit) => ({
    unit,
    verdicts: verdictsBySource.filter((entry) => entry.source.unitWorkbook === unit).map((entry) => entry.verdicts),
  }));

  const counts: RunCounts = {
    units: plan.units.units.length,
    practices: plan.practices.length,
    rows: checked.length,
    valid,
    counted: consolidated.winners.size,
    invalid: checked.length - valid - awaiting.size,
    awaiting: awaiting.size,
    problems: problems.length,
  };
  const mixedOutputs = mixed.map((problem) => problem.source);
  return ok({
    plan,
    checked,
    consolidated,
    awaiting,
    index,
    uncounted,
    output,
    changes: { outputs, verdicts: mainVerdicts },
    unitChanges,
    counts,
    mixedOutputs,
  });
}

const EMPTY_PROBLEM: Problem = { source: '', row: null, unit: '', column: '', message: '' };

// The checked rows are in reading order (readSubmissions), so each source's rows follow one another.
function verdictColumns(
  sources: readonly SubmissionSource[],
  checked: readonly Checked[],
  consolidated: Consolidated,
  awaiting: ReadonlyMap<number, AwaitingRow>,
) {
  let next = 0;
  return sources.map((source) => {
    const { column, header, headerRow } = verdictPlaceOf(source);
    // Title rows above the header keep what they hold in the column.
    const values: string[] = source.tab.rows.slice(0, headerRow).map((row) => cellText(row[column] ?? null));
    values.push(header);
    // In one tab, rows superseded by (or repeating) the same row say the same: one text for all of them.
    const notes = { duplicate: new Map<RawSubmission, string>(), superseded: new Map<RawSubmission, string>() };
    for (; next < checked.length && (checked[next] as Checked).raw.source === source; next++) {
      const row = checked[next] as Checked;
      while (values.length < row.raw.row - 1) values.push('');
      const waiting = awaiting.get(row.raw.order);
      if (waiting) {
        values.push(awaitingVerdict(waiting));
        continue;
      }
      const standing = consolidated.standing[row.raw.order];
      if (!row.ok || standing === undefined) {
        values.push(verdict(row, standing));
        continue;
      }
      const other = standing.kind === 'duplicate' ? standing.of : standing.by;
      // A row counted by its choice's text says so in its own words.
      if (row.practiceByText) {
        values.push(verdict(row, standing));
        continue;
      }
      let note = notes[standing.kind].get(other);
      if (note === undefined) notes[standing.kind].set(other, (note = verdict(row, standing)));
      values.push(note);
    }
    // Rows below the last submission that once held a verdict are cleared.
    while (values.length < source.tab.rows.length) values.push('');
    // The rows the verdicts were computed for go along, so a writer that reads the tab again puts
    // each verdict beside its own row, wherever it went meanwhile (verdict-placement.ts).
    const verdicts: VerdictColumn = { tab: source.tab.name, column, values, readRows: source.tab.rows };
    return { source, verdicts };
  });
}

/** The 檢核結果 text of a row: 通過 (with a note when repeated or superseded) or its problems, one per line. */
export function verdict(row: Checked, standing: Standing | undefined): string {
  if (!row.ok)
    return row.problems.map((problem) => (problem.column === '列' ? problem.message : `${problem.column}：${problem.message}`)).join('\n');
  const notes: string[] = [];
  if (standing?.kind === 'duplicate') notes.push(msg.duplicateNote(rowRef(row.raw, standing.of)));
  if (standing?.kind === 'superseded') notes.push(msg.supersededNote(rowRef(row.raw, standing.by)));
  if (row.practiceByText) notes.push(msg.practiceByTextNote(cellText(cellOf(row.raw, '具體作法')).trim(), row.practiceId));
  return msg.passedWith(notes);
}

/** The 檢核結果 of a row waiting for its unit's report: 待填報, saying when its status is a suggestion or the report was made elsewhere. */
function awaitingVerdict(row: Pick<AwaitingRow, 'raw' | 'carried' | 'reportedBy'>): string {
  return row.reportedBy ? msg.awaitingReportedElsewhere(rowRef(row.raw, row.reportedBy)) : awaitingText(row.carried);
}

function rowRef(self: RawSubmission, other: RawSubmission): string {
  return self.source === other.source ? `第${other.row}列` : `「${other.source.label}」第${other.row}列`;
}
