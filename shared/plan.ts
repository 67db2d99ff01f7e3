import { parseDate } from './date-reading.ts';
import { formatRocDate } from './dates.ts';
import { type Deadline, parseDeadline } from './deadline.ts';
import { findHeaderRow } from './header-row.ts';
import { PLAN_COLUMNS, type PlanColumn } from './input-columns.ts';
import * as msg from './messages/domain/index.ts';
import { periodsOfYear } from './period.ts';
import { splitAssisting } from './plan-import/assisting-marks.ts';
import { PlanOutline, type ThirdLevel } from './plan-outline.ts';
import type { Problem } from './problem.ts';
import { fail, ok, type Result } from './result.ts';
import { parseSettings, SETTINGS_TAB, type Settings } from './settings.ts';
import { cellText, isBlank, matchKey } from './text.ts';
import { parseUnitCell, parseUnits, splitJoinedNames, UNITS_TAB, type UnitDirectory } from './units.ts';
import type { Cell, Snapshot, Tab } from './workbook.ts';

/** A 具體作法: the leaf item units report on. */
export interface Practice {
  /** 項次 as written, or generated from the outline when blank. */
  readonly id: string;
  readonly measure: string;
  readonly strategy: string;
  readonly text: string;
  /** 執行單位 as typed (blank means every unit). */
  readonly unitsText: string;
  /** Names of the responsible units, resolved against 單位. */
  readonly units: readonly string[];
  /** Units the 執行單位 cell marks 協辦 (「徵集課（協辦）」): they help, and do not report on the practice. */
  readonly assisting: readonly string[];
  readonly deadline: Deadline;
  readonly target: string;
  /** Row in 計畫 (header = 1). */
  readonly row: number;
}

/** One agency's plan for one year: settings, units and practices in plan order. */
export interface Plan {
  readonly settings: Settings;
  readonly units: UnitDirectory;
  readonly practices: readonly Practice[];
  /** Finds a practice by 項次 (matched on its key). */
  readonly practice: (id: string) => Practice | undefined;
}

export const PLAN_TAB = '計畫';

const PLAN_TAB_KEYS: ReadonlySet<string> = new Set([PLAN_TAB, SETTINGS_TAB, UNITS_TAB].map(matchKey));

/** Whether parsePlan reads the tab: 計畫, 設定 or 單位, named as users may type them. */
export function isPlanTab(name: string): boolean {
  return PLAN_TAB_KEYS.has(matchKey(name));
}

/** Finds a tab by name as users may type it (full-width, spaces). */
export function findTab(snapshot: Snapshot, name: string): Tab | undefined {
  const key = matchKey(name);
  return snapshot.tabs.find((tab) => matchKey(tab.name) === key);
}

/**
 * Reads 設定, 單位 and 計畫 into a plan. Fails (with a zh-TW message naming tab and column)
 * when the workbook cannot be used or the plan cannot be read with confidence — no 計畫 tab or
 * required column, 計畫年度 or 填報週期 not readable (settings.ts), no practice at all — since
 * verdicts computed against a guess would be wrong; everything else is a problem reported beside the plan.
 * @example parsePlan(snapshot) // → { ok: true, value: { plan, problems } }
 */
export function parsePlan(snapshot: Snapshot): Result<{ plan: Plan; problems: Problem[] }> {
  const planTab = findTab(snapshot, PLAN_TAB);
  if (!planTab) return fail(msg.planTabMissing(snapshot.tabs.map((tab) => tab.name)));
  const { index: headerRowIndex, header } = planHeader(planTab);
  for (const required of ['實施要項', '具體作法'] as const) {
    if (header[required] === undefined) {
      return fail(msg.planColumnMissing(required, PLAN_COLUMNS[required], headerRowIndex + 1));
    }
  }

  const read = parseSettings(findTab(snapshot, SETTINGS_TAB));
  if (!read.ok) return read;
  const { settings, problems } = read.value;
  const unitsTab = findTab(snapshot, UNITS_TAB);
  const { directory, problems: unitProblems } = parseUnits(unitsTab);
  problems.push(...unitProblems);
  if (!unitsTab) problems.push({ source: UNITS_TAB, row: null, unit: '', column: '分頁', message: msg.unitsTabMissing });

  // Problems of single rows of 計畫 come after those of whole tabs, so a short list (檢查設定) shows the latter.
  const rowProblems: Problem[] = [];
  const { rows, unreadHeadings } = readPlanRows(planTab, headerRowIndex, header, rowProblems);
  if (rows.length === 0) return fail(msg.planHasNoPractices(planTab.name));
  // A 項次 generated under a heading the outline has no level for would be a guess: nothing is checked against it.
  const guessed = unreadHeadings.filter((heading) => heading.generatedIds > 0);
  if (guessed.length > 0) return fail(msg.planOutlineTooDeep(planTab.name, guessed));
  // Units named in 計畫 but missing from 單位 still count (reported), so their reports are not lost.
  // A unit marked 協辦 helps and does not report, as the import reads the same cell; a 主辦 mark is dropped.
  for (const row of rows) {
    for (const name of splitJoinedNames(parseUnitCell(splitAssisting(row.unitsText).owners).names, directory)) {
      if (directory.find(name)) continue;
      directory.add({ name, aliases: [], emails: [], row: null });
      if (unitsTab) {
        rowProblems.push({ source: PLAN_TAB, row: row.row, unit: name, column: '執行單位', message: msg.planUnitUnknown(name) });
      }
    }
  }

  const everyUnit: Practice[] = [];
  const practices = rows.map((row): Practice => {
    const { owners, assisting: helpers } = splitAssisting(row.unitsText);
    const mention = parseUnitCell(owners);
    const named = splitJoinedNames(mention.names, directory).flatMap((name) => directory.find(name)?.name ?? []);
    const units = mention.everyUnit ? directory.names() : [...new Set(named)];
    const assisting = [...new Set(helpers.map((name) => directory.find(name)?.name ?? name))];
    // Only helpers named: the practice falls to every unit, as a blank cell does, which is seldom what was meant.
    if (assisting.length > 0 && owners.trim() === '') {
      rowProblems.push({
        source: PLAN_TAB,
        row: row.row,
        unit: '',
        column: '執行單位',
        message: msg.planOnlyAssisting(row.unitsText, assisting),
      });
    }
    const deadline = parseDeadline(row.deadlineText, settings.year);
    if (deadline.kind === 'unknown') {
      rowProblems.push({
        source: PLAN_TAB,
        row: row.row,
        unit: '',
        column: '完成期限',
        message: msg.deadlineNotUnderstood(row.deadlineText),
      });
    }
    const practice = { ...row, units, assisting, deadline };
    if (mention.everyUnit) everyUnit.push(practice);
    return practice;
  });
  const sharedByAll = everyUnitProblem(everyUnit, settings, header.執行單位 !== undefined);
  if (sharedByAll) problems.push(sharedByAll);
  problems.push(...rowProblems);

  const byId = new Map(practices.map((practice) => [matchKey(practice.id), practice]));
  return ok({ plan: { settings, units: directory, practices, practice: (id) => byId.get(matchKey(id)) }, problems });
}

// A practice owned by every unit (blank 執行單位, 各課室…) expects a report from each unit for each
// period: said once, with what it adds up to, so a coordinator who meant one owner can name it.
// With a single unit nothing multiplies.
function everyUnitProblem(practices: readonly Practice[], settings: Settings, hasUnitColumn: boolean): Problem | null {
  const [first] = practices;
  if (!first || first.units.length < 2) return null;
  const periods = periodsOfYear(settings.year, settings.cycle).length;
  const reports = practices.length * first.units.length * periods;
  const count = { practices: practices.length, units: first.units.length, periods, reports };
  const message = hasUnitColumn
    ? msg.practicesForEveryUnit(
        count,
        practices.map((practice) => practice.row),
      )
    : msg.planUnitColumnMissing(count, PLAN_COLUMNS.執行單位);
  return { source: PLAN_TAB, row: null, unit: '', column: '執行單位', message };
}

/** Where the 計畫 tab's header is (0-based) and its columns, below any title row (findHeaderRow). */
export function planHeader(tab: Tab): { index: number; header: Partial<Record<PlanColumn, number>> } {
  return findHeaderRow(tab.rows, PLAN_COLUMNS, ['具體作法', '實施要項']);
}

interface PlanRow {
  id: string;
  measure: string;
  strategy: string;
  text: string;
  unitsText: string;
  deadlineText: string;
  target: string;
  row: number;
}

// Blank 實施要項 / 執行策略 continue the value above (a plan pasted from merged cells); a row with
// only those filled is a heading, and so is a row holding one labelled heading in another column
// (plan-outline.ts reads the levels). Blank 項次 are generated from the outline; one that repeats
// another row's is renamed and said, as a written one is.
function readPlanRows(
  tab: Tab,
  headerRowIndex: number,
  header: Partial<Record<PlanColumn, number>>,
  problems: Problem[],
): { rows: PlanRow[]; unreadHeadings: UnreadHeading[] } {
  const rows: PlanRow[] = [];
  const outline = new PlanOutline();
  // A column as 檢核錯誤 names it (its canonical name), and as its header is written.
  const headerText = (position: number) => cellText(tab.rows[headerRowIndex]?.[position] ?? null).trim() || `第 ${position + 1} 欄`;
  const columnName = (position: number): string =>
    (Object.keys(header) as PlanColumn[]).find((column) => header[column] === position) ?? headerText(position);
  // Where each 項次 is first written: a generated 項次 never takes one, and says which row holds it.
  const writtenIds = new Map<string, number>();
  tab.rows.forEach((row, index) => {
    const id = index <= headerRowIndex || header.項次 === undefined ? '' : cellText(row[header.項次] ?? null).trim();
    if (id && !writtenIds.has(matchKey(id))) writtenIds.set(matchKey(id), index + 1);
  });
  const usedIds = new Map<string, number>();
  const unreadHeadings: UnreadHeading[] = [];
  const unread = (third: ThirdLevel) => {
    const column = columnName(third.position);
    unreadHeadings.push({ ...third, header: headerText(third.position), generatedIds: 0 });
    problems.push({ source: PLAN_TAB, row: third.row, unit: '', column, message: msg.headingThirdLevel(third.text) });
  };
  tab.rows.forEach((row, index) => {
    if (index <= headerRowIndex || row.every(isBlank)) return;
    const rowNumber = index + 1;
    const at = (column: PlanColumn) => {
      const position = header[column];
      return position === undefined ? '' : cellText(row[position] ?? null);
    };
    const heading = outline.headingAt(tab.rows, index, header);
    if (heading) {
      const placed = outline.placeHeading(heading, rowNumber);
      if (typeof placed !== 'string') unread(placed);
      return;
    }
    const measure = at('實施要項');
    if (measure.trim() && header.實施要項 !== undefined) {
      const above = outline.tableMeasure(measure, rowNumber, header.實施要項);
      if (above) {
        const column = columnName(above.position);
        problems.push({ source: PLAN_TAB, row: above.row, unit: '', column, message: msg.headingAboveMeasure(above.text, measure) });
      }
    }
    const strategy = at('執行策略');
    if (strategy.trim() && header.執行策略 !== undefined) {
      const third = outline.tableStrategy(strategy, rowNumber, header.執行策略);
      if (third) unread(third);
    }
    const text = at('具體作法');
    const rest = [at('項次'), at('執行單位'), at('完成期限'), at('預期目標')];
    if (!text.trim()) {
      if (rest.some((value) => value.trim())) {
        problems.push({ source: PLAN_TAB, row: rowNumber, unit: '', column: '具體作法', message: msg.practiceTextMissing });
      }
      return;
    }
    if (!outline.measure.trim()) {
      problems.push({ source: PLAN_TAB, row: rowNumber, unit: '', column: '實施要項', message: msg.measureMissing });
    }
    const generated = outline.practiceId(text);
    const written = at('項次').trim();
    let id = written;
    if (!id) {
      id = generated;
      while (writtenIds.has(matchKey(id)) || usedIds.has(matchKey(id))) id = `${id}之1`;
      if (id !== generated) {
        const holder = usedIds.get(matchKey(generated)) ?? writtenIds.get(matchKey(generated)) ?? rowNumber;
        problems.push({
          source: PLAN_TAB,
          row: rowNumber,
          unit: '',
          column: '項次',
          message: msg.generatedIdRepeated(generated, holder, id),
        });
      }
      const under = unreadHeadings.find((heading) => heading.row === outline.third?.row);
      if (under) under.generatedIds++;
    } else if (usedIds.has(matchKey(id))) {
      let n = 2;
      while (usedIds.has(matchKey(`${written}之${n}`)) || writtenIds.has(matchKey(`${written}之${n}`))) n++;
      id = `${written}之${n}`;
      problems.push({ source: PLAN_TAB, row: rowNumber, unit: '', column: '項次', message: msg.practiceIdRepeated(written, id) });
    }
    usedIds.set(matchKey(id), rowNumber);
    rows.push({
      id,
      measure: outline.measure,
      strategy: outline.strategy,
      text,
      unitsText: at('執行單位'),
      deadlineText: deadlineCellText(header.完成期限 === undefined ? null : (row[header.完成期限] ?? null)),
      target: at('預期目標'),
      row: rowNumber,
    });
  });
  return { rows, unreadHeadings };
}

/** A heading row placed at no level: a third level of headings, and the practices below it whose 項次 would be generated. */
interface UnreadHeading extends ThirdLevel {
  /** The header of the column its cell is in, as written. */
  readonly header: string;
  generatedIds: number;
}

// A 完成期限 typed as a date (2026/3/14 in Excel or Sheets) arrives as a serial number; it is
// shown as the ROC date it stands for rather than as the serial.
function deadlineCellText(cell: Cell): string {
  if (typeof cell !== 'number') return cellText(cell);
  const date = parseDate(cell);
  return date.ok ? formatRocDate(date.value) : cellText(cell);
}
