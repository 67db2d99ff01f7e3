import { fromRocYear } from './dates.ts';
import { findHeaderRow } from './header-row.ts';
import { SETTING_COLUMNS } from './input-columns.ts';
import * as msg from './messages/domain/index.ts';
import { parseCycle } from './period.ts';
import type { Problem } from './problem.ts';
import { fail, ok, type Result } from './result.ts';
import { findRocYear, parseRocYear } from './roc-year.ts';
import type { Settings } from './settings-schema.ts';
import { cellText, matchKey } from './text.ts';
import type { Tab } from './workbook.ts';

export type { Settings };

export const SETTINGS_TAB = '設定';

/** One 設定 item as written: its 內容 (trimmed) and its 1-based row. */
export interface SettingEntry {
  readonly text: string;
  readonly row: number;
}

/** The items of a 設定 tab, looked up by 項目 as users may type it (full-width, spaces). */
export interface SettingItems {
  get(item: string): SettingEntry | undefined;
}

/**
 * Reads every 項目 | 內容 row of 設定 — the listed items and the ones only Apps Script uses
 * (寄送檢核結果) alike — with the header found wherever it stands (settingColumns). The first row
 * naming an item wins.
 */
function readSettingItems(tab: Tab | undefined): SettingItems {
  const items = new Map<string, SettingEntry>();
  const rows = tab?.rows ?? [];
  const { item, value, firstRow } = settingColumns(rows);
  for (let index = firstRow; index < rows.length; index++) {
    const row = rows[index] ?? [];
    const key = matchKey(cellText(row[item] ?? null));
    if (key && !items.has(key)) items.set(key, { text: cellText(row[value] ?? null).trim(), row: index + 1 });
  }
  return { get: (name) => items.get(matchKey(name)) };
}

/** The 內容 of a 設定 item, '' when 設定 (or its row for the item) is not there. */
export function settingValue(tab: Tab | undefined, item: string): string {
  return readSettingItems(tab).get(item)?.text ?? '';
}

/** True for the words a coordinator writes to switch an item on (是, Y, true, 開啟…). */
export function isYes(text: string): boolean {
  return ['是', 'y', 'yes', 'true', '1', '開啟', '啟用', 'on'].includes(matchKey(text).toLowerCase());
}

/** The zone when 設定 does not name one. */
const DEFAULT_TIME_ZONE = 'Asia/Taipei';

/**
 * 設定 › 時區, else Asia/Taipei. Read on its own, whatever else 設定 lacks: a form response is read
 * and sent in it before anything about the plan is known (and ingest, not the sender, judges the plan).
 */
export function settingsTimeZone(tab: Tab | undefined): string {
  return timeZoneOf(readSettingItems(tab)).timeZone;
}

function timeZoneOf(items: SettingItems): { timeZone: string; unreadable?: SettingEntry } {
  const entry = items.get('時區');
  if (!entry?.text) return { timeZone: DEFAULT_TIME_ZONE };
  return isTimeZone(entry.text) ? { timeZone: entry.text } : { timeZone: DEFAULT_TIME_ZONE, unreadable: entry };
}

/**
 * Where 項目 and 內容 are: by their headers (in the agencies' words, any columns around them, a
 * title row above allowed), else the first two columns of every row when no row is a header.
 */
export function settingColumns(rows: Tab['rows']): { item: number; value: number; firstRow: number } {
  const { index, header } = findHeaderRow(rows, SETTING_COLUMNS, ['項目']);
  // A 內容 header in words of its own (設定內容) is the column after 項目, as in the two-column layout.
  if (header.項目 !== undefined) return { item: header.項目, value: header.內容 ?? header.項目 + 1, firstRow: index + 1 };
  return { item: 0, value: 1, firstRow: 0 };
}

/**
 * Reads 設定 (項目 | 內容 rows, header optional). Every verdict depends on 計畫年度 and 填報週期,
 * so they are never guessed: 計畫年度 missing, blank, unreadable or contradicting the year 計畫名稱
 * names, or 填報週期 unreadable, fails, naming the tab, row and item (a blank 填報週期 is SPEC.md's default, 月). An unreadable 填報截止日
 * or 時區 falls back to its default and is reported (欄位 `內容`): 填報截止日 moves only lateness
 * in 管考總表, and 時區 only the day of a timestamp near midnight, in a country with one time zone.
 * @example parseSettings(tab) // → { ok: true, value: { settings: { rocYear: 115, year: 2026, cycle: 'month', … }, problems: [] } }
 */
export function parseSettings(tab: Tab | undefined): Result<{ settings: Settings; problems: Problem[] }> {
  const problems: Problem[] = [];
  const found = readSettingItems(tab);
  const report = (row: number | null, column: string, message: string) =>
    problems.push({ source: SETTINGS_TAB, row, unit: '', column, message });

  const unusable: string[] = [];
  const yearEntry = found.get('計畫年度');
  const rocYear = yearEntry?.text ? parseRocYear(yearEntry.text) : null;
  const nameEntry = found.get('計畫名稱');
  const titled = findRocYear(nameEntry?.text ?? '');
  if (rocYear === null) {
    if (!tab) unusable.push(msg.settingsTabMissing);
    else if (!yearEntry) unusable.push(msg.settingsYearMissing(titled));
    else if (!yearEntry.text) unusable.push(msg.settingsYearBlank(yearEntry.row, titled));
    else unusable.push(msg.settingsBadYear(yearEntry.row, yearEntry.text));
  } else if (yearEntry && nameEntry && titled !== null && titled !== rocYear) {
    // Two cells saying different years: which one is meant cannot be told, and every verdict depends on it.
    unusable.push(msg.settingsYearContradictsName(yearEntry, nameEntry, titled));
  }

  let cycle: Settings['cycle'] = 'month';
  const cycleEntry = found.get('填報週期');
  if (cycleEntry?.text) {
    const parsed = parseCycle(cycleEntry.text);
    if (parsed.ok) cycle = parsed.value;
    else unusable.push(msg.settingsBadCycle(cycleEntry.row, cycleEntry.text));
  }

  let dueDay = 5;
  const dueEntry = found.get('填報截止日');
  if (dueEntry?.text) {
    const digits = matchKey(dueEntry.text).replace(/^每月/u, '').replace(/日$/u, '');
    const parsed = /^\d{1,2}$/u.test(digits) ? Number(digits) : Number.NaN;
    if (parsed >= 1 && parsed <= 31) dueDay = parsed;
    else report(dueEntry.row, '內容', msg.settingsBadDueDay(dueEntry.text));
  }

  const zone = timeZoneOf(found);
  if (zone.unreadable) report(zone.unreadable.row, '內容', msg.settingsBadTimeZone(zone.unreadable.text));

  if (rocYear === null || unusable.length > 0) return fail(unusable.join('\n'));
  // Each value was read and checked above, with a zh-TW message naming its row; the compiler holds
  // the object to the schema's type.
  const settings: Settings = {
    agency: found.get('機關名稱')?.text ?? '',
    planName: found.get('計畫名稱')?.text ?? '',
    rocYear,
    year: fromRocYear(rocYear),
    cycle,
    dueDay,
    timeZone: zone.timeZone,
  };
  return ok({ settings, problems });
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
