import { z } from 'zod';
import { mapHeader, SETTING_COLUMNS } from './columns.ts';
import { fromRocYear } from './dates.ts';
import * as msg from './messages.ts';
import { parseCycle } from './period.ts';
import type { Problem } from './problem.ts';
import { cellText, matchKey } from './text.ts';
import type { Tab } from './workbook.ts';

/** The 設定 tab, with SPEC.md's defaults filled in. */
export const SettingsSchema = z.object({
  agency: z.string(),
  planName: z.string(),
  /** ROC year as written (114). */
  rocYear: z.number().int().positive(),
  /** The same year, Gregorian (2025): what every date computation uses. */
  year: z.number().int(),
  cycle: z.enum(['month', 'quarter', 'half', 'year']),
  /** Day of the month after a period by which its reports are due. */
  dueDay: z.number().int().min(1).max(31),
  timeZone: z.string(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_TAB = '設定';

const KEYS = {
  機關名稱: 'agency',
  計畫名稱: 'planName',
  計畫年度: 'rocYear',
  填報週期: 'cycle',
  填報截止日: 'dueDay',
  時區: 'timeZone',
} as const;

// How far down a title row may push the 項目 | 內容 header.
const HEADER_SEARCH_ROWS = 5;

/**
 * Where 項目 and 內容 are: by their headers (in the agencies' words, any columns around them, a
 * title row above allowed), else the first two columns of every row when no row is a header.
 */
function settingColumns(rows: Tab['rows']): { item: number; value: number; firstRow: number } {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const header = mapHeader(rows[index] ?? [], SETTING_COLUMNS);
    // A 內容 header in words of its own (設定內容) is the column after 項目, as in the two-column layout.
    if (header.項目 !== undefined) return { item: header.項目, value: header.內容 ?? header.項目 + 1, firstRow: index + 1 };
  }
  return { item: 0, value: 1, firstRow: 0 };
}

/**
 * Reads 設定 (項目 | 內容 rows, header optional). Missing or unreadable values fall back to
 * SPEC.md's defaults and are reported — 欄位 `內容` for a value that is blank or unreadable, `項目`
 * for an item with no row, `分頁` for no tab; a missing 計畫年度 falls back to the current year.
 */
export function parseSettings(
  tab: Tab | undefined,
  fallbackRocYear: number,
): { settings: Settings; problems: Problem[] } {
  const problems: Problem[] = [];
  const found = new Map<string, { text: string; row: number }>();
  const rows = tab?.rows ?? [];
  const { item, value, firstRow } = settingColumns(rows);
  for (let index = firstRow; index < rows.length; index++) {
    const row = rows[index] ?? [];
    const key = matchKey(cellText(row[item] ?? null));
    for (const name of Object.keys(KEYS)) {
      if (key === matchKey(name) && !found.has(name)) {
        found.set(name, { text: cellText(row[value] ?? null).trim(), row: index + 1 });
      }
    }
  }
  const report = (row: number | null, column: string, message: string) =>
    problems.push({ source: SETTINGS_TAB, row, unit: '', column, message });

  if (!tab) report(null, '分頁', msg.settingsTabMissing(fallbackRocYear));

  let rocYear = fallbackRocYear;
  const yearEntry = found.get('計畫年度');
  if (yearEntry?.text) {
    const digits = matchKey(yearEntry.text).replace(/^民國/u, '').replace(/年度?$/u, '');
    const parsed = /^\d{1,4}$/u.test(digits) ? Number(digits) : Number.NaN;
    if (parsed >= 1 && parsed < 1000) rocYear = parsed;
    else if (parsed >= 1912) rocYear = parsed - 1911;
    else report(yearEntry.row, '內容', msg.settingsBadYear(yearEntry.text, fallbackRocYear));
  } else if (tab) {
    report(yearEntry?.row ?? null, yearEntry ? '內容' : '項目', msg.settingsYearMissing(fallbackRocYear));
  }

  let cycle: Settings['cycle'] = 'month';
  const cycleEntry = found.get('填報週期');
  if (cycleEntry?.text) {
    const parsed = parseCycle(cycleEntry.text);
    if (parsed.ok) cycle = parsed.value;
    else report(cycleEntry.row, '內容', msg.settingsBadCycle(cycleEntry.text));
  }

  let dueDay = 5;
  const dueEntry = found.get('填報截止日');
  if (dueEntry?.text) {
    const digits = matchKey(dueEntry.text).replace(/^每月/u, '').replace(/日$/u, '');
    const parsed = /^\d{1,2}$/u.test(digits) ? Number(digits) : Number.NaN;
    if (parsed >= 1 && parsed <= 31) dueDay = parsed;
    else report(dueEntry.row, '內容', msg.settingsBadDueDay(dueEntry.text));
  }

  let timeZone = 'Asia/Taipei';
  const zoneEntry = found.get('時區');
  if (zoneEntry?.text) {
    if (isTimeZone(zoneEntry.text)) timeZone = zoneEntry.text;
    else report(zoneEntry.row, '內容', msg.settingsBadTimeZone(zoneEntry.text));
  }

  const settings = SettingsSchema.parse({
    agency: found.get('機關名稱')?.text ?? '',
    planName: found.get('計畫名稱')?.text ?? '',
    rocYear,
    year: fromRocYear(rocYear),
    cycle,
    dueDay,
    timeZone,
  });
  return { settings, problems };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
