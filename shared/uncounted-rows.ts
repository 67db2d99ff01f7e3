import { holdsNoReport } from './awaiting-rows.ts';
import { reportKey } from './consolidation.ts';
import { parsePeriod, periodKey } from './period.ts';
import type { Plan } from './plan.ts';
import { findPractice } from './practice-answer.ts';
import { cellOf } from './submission-tabs.ts';
import { cellText } from './text.ts';
import { parseTimestamp } from './timestamp-reading.ts';
import type { Checked, Submission } from './validation.ts';

// The rows that report on a unit × practice × period but do not count (a 落後 without its reasons,
// a status nobody can read). A prefilled row carries the status counted for the period before as a
// suggestion; when the unit's latest word on that period is such a row, the counted status is no
// longer what the unit last said, so nothing is carried (README, Decisions › Carried status).

/** Whether a row that does not count, for the same unit, practice and period, came after a counted report. */
export interface UncountedRows {
  cameAfter(report: Submission): boolean;
}

// A row with a 時間戳記 proves when it arrived; one without comes before every row with one, and
// rows alike go by reading order: the supersede order's rule (consolidation.ts), on each row's own time.
interface Arrival {
  readonly time: number | null;
  readonly order: number;
}
function later(a: Arrival, b: Arrival): boolean {
  if (a.time !== null && b.time !== null && a.time !== b.time) return a.time > b.time;
  if ((a.time === null) !== (b.time === null)) return a.time !== null;
  return a.order > b.order;
}

/** The checked rows that failed, by the unit × practice × period they report on, when all three can be read; rows holding no report are left out. */
export function uncountedRows(plan: Plan, checked: readonly Checked[]): UncountedRows {
  const latest = new Map<string, Arrival>();
  for (const row of checked) {
    if (row.ok || !row.unit || holdsNoReport(row.raw)) continue;
    const practice = findPractice(plan, cellText(cellOf(row.raw, '具體作法')).trim());
    const period = parsePeriod(cellOf(row.raw, '填報期間'), { cycle: plan.settings.cycle, planYear: plan.settings.year });
    if (!practice || !period.ok) continue;
    const stamp = parseTimestamp(cellOf(row.raw, '時間戳記'), plan.settings.timeZone);
    const arrival = { time: stamp.ok ? stamp.value : null, order: row.raw.order };
    const key = reportKey(row.unit, practice.id, periodKey(period.value));
    const known = latest.get(key);
    if (!known || later(arrival, known)) latest.set(key, arrival);
  }
  return {
    cameAfter(report) {
      const found = latest.get(reportKey(report.unit, report.practiceId, periodKey(report.period)));
      return found !== undefined && later(found, { time: report.timestamp, order: report.raw.order });
    },
  };
}
