import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../../shared/dates.ts';
import { OUTPUT_TABS } from '../../shared/output-tabs.ts';
import { periodKey, periodLabel, periodsOfYear, reportDueDate } from '../../shared/period.ts';
import { reportingRecords } from '../../shared/reporting-record.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import { FINAL_STATUSES, STATUSES } from '../../shared/status.ts';
import { readTrackingTab } from '../../shared/tracking-view.ts';
import { aWorkbook, goodForm } from '../builders.ts';

// readTrackingTab is trackingTab read backwards: what it says about a period, from 管考總表 alone,
// is what the functions knew when they wrote the tab.

const UNITS = ['秘書室', '民政課', '社會課'] as const;
const PRACTICES = ['1-1 檢討各項申請表單', '1-2 更新服務申辦資訊', '2-1 辦理民眾滿意度調查', '2-1-2 里鄰長研習'] as const;
const report = fc.record({
  unit: fc.constantFrom(...UNITS),
  practice: fc.constantFrom(...PRACTICES),
  month: fc.integer({ min: 1, max: 12 }),
  status: fc.constantFrom(...STATUSES),
});
// Any moment of the plan year 115 (2026) and the first weeks of the next.
const when = fc.integer({ min: Date.parse('2026-01-01T00:00:00+08:00'), max: Date.parse('2027-01-31T00:00:00+08:00') });

function written(reports: readonly { unit: string; practice: string; month: number; status: string }[], now: number) {
  const rows = reports.map(({ unit, practice, month, status }) =>
    goodForm({
      填報單位: unit,
      具體作法: practice,
      填報期間: `115年${month}月`,
      辦理狀態: status,
      落後原因: '人力不足',
      改善措施: '增派人力',
    }),
  );
  const run = runConsolidation({ snapshot: aWorkbook(rows), now });
  if (!run.ok) throw new Error(run.reason);
  const tab = run.value.changes.outputs.find((output) => output.name === OUTPUT_TABS.tracking);
  if (!tab) throw new Error('no 管考總表');
  return { ...run.value.output, tab };
}

describe('readTrackingTab', () => {
  it('says of each unit and period what the functions wrote: reported, 未填報 or done, or that the tab predates the due date', () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 25 }), when, (reports, now) => {
        const { plan, index, today, tab } = written(reports, now);
        const periods = periodsOfYear(plan.settings.year, plan.settings.cycle);
        const pairs = reportingRecords(plan, index, today).map(({ practice, unit }) => ({ id: practice.id, unit }));
        periods.forEach((period, at) => {
          const due = compareDates(reportDueDate(period, plan.settings.dueDay), today) < 0;
          const expected = pairs.map(({ id, unit }) => {
            const made = index.reportFor(unit, id, periodKey(period));
            if (made) return { kind: 'reported', status: made.status };
            const done = periods
              .slice(0, at)
              .some((earlier) => FINAL_STATUSES.has(index.reportFor(unit, id, periodKey(earlier))?.status ?? '未開始'));
            if (done) return { kind: 'finished' };
            return due ? { kind: 'missing' } : null;
          });
          const view = readTrackingTab(tab, period, periods);
          if (expected.includes(null)) expect(view.gap).toBe('stale');
          else {
            expect(view.gap).toBeNull();
            expect(pairs.map(({ id, unit }) => view.answer(id, unit))).toEqual(expected);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it('cannot answer without the tab, for a period it has no column for, or for a practice it has no row for', () => {
    const { plan, tab } = written([], Date.parse('2026-11-23T10:00:00+08:00'));
    const periods = periodsOfYear(plan.settings.year, plan.settings.cycle);
    const october = periods[9];
    if (!october) throw new Error('no 115年10月');
    expect(periodLabel(october)).toBe('115年10月');
    expect(readTrackingTab(undefined, october, periods).gap).toBe('absent');
    const nextYear = periodsOfYear(plan.settings.year + 1, 'month');
    expect(readTrackingTab(tab, nextYear[0] ?? october, nextYear).gap).toBe('no-period');
    expect(readTrackingTab(tab, october, periods).answer('9-9', '民政課')).toEqual({ kind: 'unknown', gap: 'no-row' });
  });
});
