import { reportKey } from './consolidation.ts';
import { deadlineDue } from './deadline.ts';
import { compareDates, formatRocDate, formatRocDateTime, type PlainDate } from './dates.ts';
import * as msg from './messages.ts';
import { periodKey, periodLabel, periodsOfYear } from './period.ts';
import type { Plan } from './plan.ts';
import type { Problem } from './problem.ts';
import { dutyFor, isPastDue } from './report-duty.ts';
import { combinedStatus, type ReportIndex } from './report-index.ts';
import { AWAITING_REPORT, completion, FINAL_STATUSES, NOT_REPORTED, type Status } from './status.ts';
import { MAX_NARRATIVE, type Submission } from './validation.ts';
import type { Cell, OutputTab } from './workbook.ts';

/** Names of the tabs the system owns. */
export const OUTPUT_TABS = {
  results: '執行成效',
  tracking: '管考總表',
  units: '單位摘要',
  problems: '檢核錯誤',
} as const;

/** What the output tabs are built from. */
export interface OutputInput {
  readonly plan: Plan;
  readonly index: ReportIndex;
  readonly problems: readonly Problem[];
  /** reportKeys of prefilled rows not filled in yet (awaiting-rows.ts): 管考總表 shows them 待填報 until the period is due. */
  readonly awaiting?: ReadonlySet<string>;
  /** Today in the plan's time zone. */
  readonly today: PlainDate;
}

/** When a report was made, for 最近填報: its period, and its 時間戳記 when it has one. */
export function reportedLabel(report: Submission, timeZone: string): string {
  const period = periodLabel(report.period);
  return report.timestamp === null ? period : `${period}（${formatRocDateTime(report.timestamp, timeZone)}）`;
}

const RESULTS_HEADER = ['項次', '實施要項', '具體作法', '執行單位', '執行成效', '辦理狀態', '最近填報', '佐證資料'] as const;
/** 管考總表's columns before one column per period (and 逾期 after them); readTrackingTab (tracking-view.ts) reads them back. */
export const TRACKING_LEADING = ['項次', '具體作法', '單位'] as const;

/** 執行成效: one row per practice in plan order, each responsible unit's latest-period report gathered. */
export function resultsTab({ plan, index }: OutputInput): OutputTab {
  const header = [...RESULTS_HEADER];
  const rows: Cell[][] = plan.practices.map((practice) => {
    const latest = index.latestPeriodReports(practice);
    const several = latest.length > 1;
    const narrative = latest
      .filter(({ report }) => report.narrative.trim())
      .map(({ unit, report }) => (several ? `【${unit}】${report.narrative}` : report.narrative))
      .join('\n');
    const newest = index.mostRecentReport(latest.map(({ report }) => report));
    const links = [...new Set(latest.flatMap(({ report }) => report.links))];
    return [
      practice.id,
      practice.measure,
      practice.text,
      practice.unitsText,
      fitCell(narrative),
      combinedStatus(latest.map(({ report }) => report.status)),
      newest ? reportedLabel(newest, plan.settings.timeZone) : '',
      links.join('\n'),
    ];
  });
  return {
    name: OUTPUT_TABS.results,
    rows: [header, ...rows],
    layout: { widths: [60, 180, 320, 120, 420, 80, 160, 220], statusColumns: [RESULTS_HEADER.indexOf('辦理狀態')] },
  };
}

/**
 * 管考總表: practice × responsible unit, the status reported for each period, and what is overdue.
 * Its inverse, for a script that can read only this tab, is readTrackingTab (tracking-view.ts).
 */
export function trackingTab({ plan, index, awaiting, today }: OutputInput): OutputTab {
  const { settings } = plan;
  const periods = periodsOfYear(settings.year, settings.cycle);
  const header = [...TRACKING_LEADING, ...periods.map(periodLabel), '逾期'];
  const rows: Cell[][] = [];
  for (const practice of plan.practices) {
    const due = deadlineDue(practice.deadline);
    for (const unit of practice.units) {
      let missing = 0;
      const cells = periods.map((period) => {
        const duty = dutyFor(index, unit, practice.id, period);
        if (duty.kind === 'reported') return duty.report.status;
        if (duty.kind === 'finished') return '';
        if (isPastDue(period, settings.dueDay, today)) {
          missing++;
          return NOT_REPORTED;
        }
        // A prefilled row not filled in yet: shown, but not late before its 填報截止日.
        return awaiting?.has(reportKey(unit, practice.id, periodKey(period))) ? AWAITING_REPORT : '';
      });
      const overdue: string[] = [];
      if (missing > 0) overdue.push(msg.periodsMissing(missing));
      const latest = index.latestPeriodReport(unit, practice.id);
      if (due && compareDates(due, today) < 0 && !(latest && FINAL_STATUSES.has(latest.status))) {
        overdue.push(msg.pastDeadline(formatRocDate(due)));
      }
      rows.push([practice.id, practice.text, unit, ...cells, overdue.join('；')]);
    }
  }
  const statusColumns = periods.map((_, i) => TRACKING_LEADING.length + i);
  return {
    name: OUTPUT_TABS.tracking,
    rows: [header, ...rows],
    layout: { widths: [60, 280, 90, ...periods.map(() => 80), 160], statusColumns },
  };
}

/** 單位摘要: one row per unit, its practices counted by latest status. */
export function unitsTab({ plan, index }: OutputInput): OutputTab {
  const header = ['單位', '負責作法數', '已填報', '已完成', '辦理中', '持續辦理', '落後', '未開始', '未填報', '完成率', '最近填報'];
  const rows: Cell[][] = plan.units.units.map((unit) => {
    const owned = plan.practices.filter((practice) => practice.units.includes(unit.name));
    const latest = owned.flatMap((practice) => index.latestPeriodReport(unit.name, practice.id) ?? []);
    const count = (status: Status) => latest.filter((report) => report.status === status).length;
    const { rate } = completion(latest.map((report) => report.status), owned.length);
    const newest = index.mostRecentReport(owned.flatMap((practice) => index.reports(unit.name, practice.id)));
    return [
      unit.name,
      owned.length,
      latest.length,
      count('已完成'),
      count('辦理中'),
      count('持續辦理'),
      count('落後'),
      count('未開始'),
      owned.length - latest.length,
      rate === null ? '—' : `${(rate * 100).toFixed(1)}%`,
      newest ? reportedLabel(newest, plan.settings.timeZone) : '',
    ];
  });
  return { name: OUTPUT_TABS.units, rows: [header, ...rows], layout: { widths: [100, 90, 70, 70, 70, 80, 60, 70, 70, 80, 180], statusColumns: [] } };
}

/** 檢核錯誤: one row per problem, plan problems first, then submissions in reading order. */
export function problemsTab({ problems }: OutputInput): OutputTab {
  const header = ['來源', '列', '單位', '欄位', '說明'];
  const rows: Cell[][] = problems.map((problem) => [problem.source, problem.row, problem.unit, problem.column, problem.message]);
  return { name: OUTPUT_TABS.problems, rows: [header, ...rows], layout: { widths: [140, 50, 90, 90, 480], statusColumns: [] } };
}

// A gathered 執行成效 may outgrow a Sheets cell; say so rather than fail the whole write.
function fitCell(text: string): string {
  if (text.length <= MAX_NARRATIVE) return text;
  const note = msg.cellTruncated;
  return text.slice(0, MAX_NARRATIVE - note.length) + note;
}
