import { z } from 'zod';
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

/**
 * Reads 設定 (項目 | 內容 rows, header optional). Missing or unreadable values fall back to
 * SPEC.md's defaults and are reported; a missing 計畫年度 falls back to the current year.
 */
export function parseSettings(
  tab: Tab | undefined,
  fallbackRocYear: number,
): { settings: Settings; problems: Problem[] } {
  const problems: Problem[] = [];
  const found = new Map<string, { text: string; row: number }>();
  tab?.rows.forEach((row, index) => {
    const key = matchKey(cellText(row[0] ?? null));
    for (const name of Object.keys(KEYS)) {
      if (key === matchKey(name) && !found.has(name)) {
        found.set(name, { text: cellText(row[1] ?? null).trim(), row: index + 1 });
      }
    }
  });
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
    report(yearEntry?.row ?? null, '計畫年度', msg.settingsYearMissing(fallbackRocYear));
  }

  let cycle: Settings['cycle'] = 'month';
  const cycleEntry = found.get('填報週期');
  if (cycleEntry?.text) {
    const parsed = parseCycle(cycleEntry.text);
    if (parsed.ok) cycle = parsed.value;
    else report(cycleEntry.row, '內容', `填報週期：${parsed.reason}`);
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
