import { formatRocDateTime } from './dates.ts';
import { periodLabel } from './period.ts';
import type { Submission } from './validation.ts';

/** 最近填報 of a report: its period, and its 時間戳記 when it has one; blank without a report. */
export function reportedLabel(report: Submission | undefined, timeZone: string): string {
  if (!report) return '';
  const period = periodLabel(report.period);
  return report.timestamp === null ? period : `${period}（${formatRocDateTime(report.timestamp, timeZone)}）`;
}
