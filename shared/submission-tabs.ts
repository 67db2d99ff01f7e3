import { findHeaderRow } from './header-row.ts';
import { type HeaderMap, mapHeaderAll, SUBMISSION_COLUMNS, type SubmissionColumn } from './input-columns.ts';
import { isBlank, matchKey } from './text.ts';
import { type UnitLookup, unitOfTab } from './unit-tab-names.ts';
import type { Cell, Snapshot, Tab } from './workbook.ts';

/** The columns of a `填報-<單位>` tab 建立單位填報分頁 makes (SPEC.md › Submission tabs; 填報單位 is implied by the name). */
export const UNIT_TAB_COLUMNS = [
  '具體作法',
  '填報期間',
  '辦理狀態',
  '辦理日期',
  '執行成效',
  '量化成果',
  '佐證資料',
  '落後原因',
  '改善措施',
  '檢核結果',
] as const satisfies readonly SubmissionColumn[];

/** A tab whose rows are submissions: a Form's responses or a unit's own 填報 sheet. */
export interface SubmissionSource {
  /** Shown as 來源 in 檢核錯誤: the tab's name, prefixed for a unit's own spreadsheet. */
  readonly label: string;
  readonly tab: Tab;
  /** 0-based row of the header (findSubmissionHeader): title rows may sit above it. */
  readonly headerRow: number;
  /** Where each column sits: the first header naming it (檢核結果 is written there). */
  readonly header: HeaderMap<SubmissionColumn>;
  /** Every header naming each column, best first; a row's value is the first non-blank of them. */
  readonly columns: Partial<Record<SubmissionColumn, readonly number[]>>;
  /** The unit named by the tab (`填報-民政課`) or by the spreadsheet it came from, as written. */
  readonly impliedUnit?: string;
  /** Which workbook holds it: undefined for the main one, else the unit whose own spreadsheet it is. */
  readonly unitWorkbook?: string;
}

/** One non-blank submission row as its tab holds it, before validation; read its cells with cellOf. */
export interface RawSubmission {
  readonly source: SubmissionSource;
  /** 1-based row in its tab, as the user sees it (below the header, and any title rows above that). */
  readonly row: number;
  /** Position over every source, in reading order: the tie-breaker when there is no 時間戳記. */
  readonly order: number;
  /** The row's cells as in the tab (not copied: a 100,000-row run keeps one copy of each row). */
  readonly cells: readonly Cell[];
}

/** The cell of a canonical column in a submission row: null when the tab lacks the column or the cell is empty. */
export function cellOf(raw: RawSubmission, column: SubmissionColumn): Cell {
  return cellAt(raw.cells, raw.source.columns[column]);
}

/**
 * cellOf with the column's positions already looked up (`source.columns.辦理狀態`). Code that reads
 * every column of every row names each column where it reads it: a plain property read there,
 * where cellOf's lookup by a name that changes from call to call is a slow generic one.
 */
export function cellAt(cells: readonly Cell[], positions: readonly number[] | undefined): Cell {
  return positions === undefined ? null : firstNonBlank(cells, positions);
}

/**
 * A row's value for a column its tab names more than once (a generated Form asks 具體作法 once per
 * unit section): the first non-blank cell in `positions` order (mapHeaderAll's, best header first,
 * not header order), else the first position's cell.
 */
export function firstNonBlank(cells: readonly Cell[], positions: readonly number[]): Cell {
  const first = cells[positions[0] as number] ?? null;
  if (positions.length === 1) return first;
  for (const position of positions) {
    const cell = cells[position] ?? null;
    if (!isBlank(cell)) return cell;
  }
  return first;
}

/**
 * A submission tab with each canonical column that several headers name merged into one, named
 * canonically where the first of them stood; every other column stays as it is. A merged cell is
 * the one cellOf reads from the unmerged tab, so a reader of the merged tab (Apps Script's sender
 * and 催報) reads every row as consolidation does.
 */
export function mergeRepeatedColumns(header: readonly Cell[], rows: readonly (readonly Cell[])[]): { header: Cell[]; rows: Cell[][] } {
  const merged = new Map<number, { canonical: SubmissionColumn; members: readonly number[] }>();
  const dropped = new Set<number>();
  for (const [canonical, members] of Object.entries(mapHeaderAll(header, SUBMISSION_COLUMNS)) as [SubmissionColumn, number[]][]) {
    if (members.length < 2) continue;
    const first = Math.min(...members);
    merged.set(first, { canonical, members });
    for (const index of members) if (index !== first) dropped.add(index);
  }
  if (merged.size === 0) return { header: [...header], rows: rows.map((row) => [...row]) };
  const keep = header.map((_, index) => index).filter((index) => !dropped.has(index));
  const cellAt = (row: readonly Cell[], index: number): Cell => {
    const group = merged.get(index);
    return group ? firstNonBlank(row, group.members) : (row[index] ?? null);
  };
  return {
    header: keep.map((index) => merged.get(index)?.canonical ?? header[index] ?? null),
    rows: rows.map((row) => keep.map((index) => cellAt(row, index))),
  };
}

const formTab = /^(?:表單回應|formresponses?)/u;

/** The tab a linked Google Form writes its responses to when it is the first Form of the spreadsheet. */
export const DEFAULT_FORM_TAB = '表單回應 1';

/** True for the Form's response tabs (`表單回應 1`, `Form Responses 1`). */
export function isFormTab(name: string): boolean {
  return formTab.test(matchKey(name));
}

/**
 * The submission tabs of a workbook, in workbook order: the Form's, each unit's (unitOfTab: with
 * `units`, the obvious variants of `填報-<單位>` too), and in the main workbook a bare `填報` tab
 * whose rows name their unit (a 填報單位 column), read like a Form's.
 */
export function findSubmissionSources(
  snapshot: Snapshot,
  unitWorkbook?: { unit: string; label: string },
  units?: UnitLookup,
): SubmissionSource[] {
  const sources: SubmissionSource[] = [];
  for (const tab of snapshot.tabs) {
    const isForm = !unitWorkbook && isFormTab(tab.name);
    const implied = isForm ? undefined : unitOfTab(tab.name, units);
    if (!isForm && implied === undefined) continue;
    const headerRow = findSubmissionHeader(tab).index;
    const columns = mapHeaderAll(tab.rows[headerRow] ?? [], SUBMISSION_COLUMNS);
    const header = firstOfEach(columns);
    if (unitWorkbook) {
      sources.push({
        columns,
        label: `${unitWorkbook.label}：${tab.name}`,
        tab,
        headerRow,
        header,
        impliedUnit: implied || unitWorkbook.unit,
        unitWorkbook: unitWorkbook.unit,
      });
    } else if (implied) sources.push({ label: tab.name, tab, headerRow, header, columns, impliedUnit: implied });
    else if (isForm || header.填報單位 !== undefined) sources.push({ label: tab.name, tab, headerRow, header, columns });
  }
  return sources;
}

/** Where a submission tab's header is (0-based) and its columns: the rule of every tab typed by hand (findHeaderRow). */
export function findSubmissionHeader(tab: Tab): { index: number; header: HeaderMap<SubmissionColumn> } {
  return findHeaderRow(tab.rows, SUBMISSION_COLUMNS, ['具體作法']);
}

/** Every non-blank row below each source's header (a row holding only an old 檢核結果 counts as blank). */
export function readSubmissions(sources: readonly SubmissionSource[]): RawSubmission[] {
  const rows: RawSubmission[] = [];
  let order = 0;
  for (const source of sources) {
    const { rows: tabRows } = source.tab;
    const check = source.header.檢核結果;
    for (let index = source.headerRow + 1; index < tabRows.length; index++) {
      const cells = tabRows[index] as readonly Cell[];
      if (holdsInput(cells, check)) rows.push({ source, row: index + 1, order: order++, cells });
    }
  }
  return rows;
}

// Whether a row holds anything but its 檢核結果 (at `check`, if the tab has one).
function holdsInput(cells: readonly Cell[], check: number | undefined): boolean {
  for (let position = 0; position < cells.length; position++) {
    if (position !== check && !isBlank(cells[position] ?? null)) return true;
  }
  return false;
}

function firstOfEach(columns: Partial<Record<SubmissionColumn, readonly number[]>>): HeaderMap<SubmissionColumn> {
  const header: HeaderMap<SubmissionColumn> = {};
  for (const [column, positions] of Object.entries(columns) as [SubmissionColumn, readonly number[]][]) {
    const first = positions[0];
    if (first !== undefined) header[column] = first;
  }
  return header;
}
