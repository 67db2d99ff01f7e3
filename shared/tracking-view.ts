import { type Period, periodKey, periodLabel } from './period.ts';
import { FINAL_STATUSES, NO_REPORT_WORDS, type NoReportWord } from './status.ts';
import { cellText, matchKey } from './text.ts';
import { TRACKING_LEADING } from './tracking-tab.ts';
import type { Tab } from './workbook.ts';

// 管考總表 read back: the inverse of trackingTab (tracking-tab.ts). A script that may open only the
// coordinator's spreadsheet (Apps Script's 催報) cannot read the units that keep their rows in their
// own spreadsheet (單位 › 填報試算表); the functions' consolidation can, and writes what it found into
// 管考總表 — one row per practice × unit (項次 · 具體作法 · 單位 · one column per period · 逾期), each
// period cell holding the status reported, 未填報 once the period's 填報截止日 has passed without
// one, or blank — not yet due (待填報 when a prefilled row waits), or the unit reported 已完成/取消
// in an earlier period.
//
// The tab carries no time of writing, but those rules date it: a blank cell in a period's column
// with no 已完成/取消 to its left means the period was not yet due when the tab was written. One such
// row is enough to know the whole tab (written at one moment) predates the due date. Without one,
// every cell of the column says something definite about the period — reported, 未填報, or done.

/** Why 管考總表 cannot answer for a period. */
export type TrackingGap = 'absent' | 'no-period' | 'stale' | 'no-row';

/** What 管考總表 says about one unit's practice for one period. */
export type TrackingAnswer =
  | { readonly kind: 'reported'; readonly status: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'finished' }
  | { readonly kind: 'unknown'; readonly gap: TrackingGap };

/** 管考總表 read for one period. */
export interface TrackingView {
  /** Null when the tab can answer for the period; else why it cannot. */
  readonly gap: Exclude<TrackingGap, 'no-row'> | null;
  answer(practiceId: string, unit: string): TrackingAnswer;
}

const finalStatuses: ReadonlySet<string> = new Set([...FINAL_STATUSES].map(matchKey));

// What a period's cell says when it holds a word other than a status: 未填報 that the report is
// missing; 待填報 (a prefilled row not filled in) is written only before the period is due, as a blank is.
const NO_REPORT_MEANING: Readonly<Record<NoReportWord, 'missing' | 'not-due'>> = { 未填報: 'missing', 待填報: 'not-due' };
const NO_REPORT_BY_KEY: ReadonlyMap<string, 'missing' | 'not-due'> = new Map(
  NO_REPORT_WORDS.map((word) => [matchKey(word), NO_REPORT_MEANING[word]]),
);

/**
 * Reads 管考總表 (as shown) for `period`; `periods` are the plan year's, in order. Rows are found by
 * 項次 and 單位, the period's column by its label (115年10月).
 */
export function readTrackingTab(tab: Tab | undefined, period: Period, periods: readonly Period[]): TrackingView {
  const unknown = (gap: Exclude<TrackingGap, 'no-row'>): TrackingView => ({ gap, answer: () => ({ kind: 'unknown', gap }) });
  if (!tab) return unknown('absent');
  const header = (tab.rows[0] ?? []).map((cell) => matchKey(cellText(cell)));
  const columnOf = (title: string) => header.indexOf(matchKey(title));
  const [{ header: idHeader }, , { header: unitHeader }] = TRACKING_LEADING;
  const idColumn = columnOf(idHeader);
  const unitColumn = columnOf(unitHeader);
  const column = columnOf(periodLabel(period));
  if (idColumn < 0 || unitColumn < 0 || column < 0) return unknown('no-period');
  const key = periodKey(period);
  const earlier = periods
    .slice(
      0,
      periods.findIndex((candidate) => periodKey(candidate) === key),
    )
    .map((candidate) => columnOf(periodLabel(candidate)))
    .filter((index) => index >= 0);

  const rows = new Map<string, TrackingAnswer>();
  let stale = false;
  for (const cells of tab.rows.slice(1)) {
    const id = matchKey(cellText(cells[idColumn] ?? null));
    const unit = matchKey(cellText(cells[unitColumn] ?? null));
    if (!id || !unit) continue;
    const text = cellText(cells[column] ?? null).trim();
    const word = NO_REPORT_BY_KEY.get(matchKey(text));
    let answer: TrackingAnswer;
    if (word === 'missing') answer = { kind: 'missing' };
    else if (text && word === undefined) answer = { kind: 'reported', status: text };
    else if (earlier.some((index) => finalStatuses.has(matchKey(cellText(cells[index] ?? null))))) answer = { kind: 'finished' };
    else {
      stale = true;
      continue;
    }
    rows.set(`${id}\u0000${unit}`, answer);
  }
  if (stale) return unknown('stale');
  return {
    gap: null,
    answer: (practiceId, unit) => rows.get(`${matchKey(practiceId)}\u0000${matchKey(unit)}`) ?? { kind: 'unknown', gap: 'no-row' },
  };
}
