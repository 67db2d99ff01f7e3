import { type Document, type DocRow, rocDateText, titleRows } from './document.ts';
import { groupedRows } from './grouped-rows.ts';
import * as msg from './messages.ts';
import type { OutputInput } from './output-tabs.ts';
import type { Practice } from './plan.ts';
import type { ReportIndex } from './report-index.ts';
import type { Submission } from './validation.ts';
import { YEAR_END_NAME } from './year-end-names.ts';

/** What one report says in a published table: its 執行成效 (else its status), with its 量化成果. */
export function reportText(report: Submission): string {
  const narrative = report.narrative.trim() ? report.narrative : report.status;
  return report.quantity.trim() ? `${narrative}${msg.quantitySuffix(report.quantity.trim())}` : narrative;
}

/** Every responsible unit's latest report on a practice, prefixed 【單位】 when more than one unit reported. */
export function gatheredResults(practice: Practice, index: ReportIndex): string {
  const latest = index.latestPeriodReports(practice);
  const several = latest.length > 1;
  return latest.map(({ unit, report }) => (several ? `【${unit}】${reportText(report)}` : reportText(report))).join('\n');
}

/** The information line under a document's title: the plan's name and the day it was made. */
export function documentInfo({ plan, today }: OutputInput): string {
  return msg.documentInfo(plan.settings.planName, rocDateText(today));
}

/**
 * 年度執行成效一覽表 in the seeds' layout: 項次 · 實施要項 · 具體作法 · 執行成效, a heading row for
 * each 實施要項 (and 執行策略), each practice's 執行成效 gathering its units' latest results.
 * @example yearEndDocument(result.output).sheets[0].rows[0] // → { kind: 'title', cells: ['臺北市萬華區公所115年度執行成效一覽表'], … }
 */
export function yearEndDocument(input: OutputInput): Document {
  const { plan, index } = input;
  const title = msg.yearEndTitle(plan.settings.agency, plan.settings.rocYear);
  const columns = msg.yearEndHeader.length;
  const body = (practice: Practice): DocRow => ({ kind: 'body', cells: [practice.id, '', practice.text, gatheredResults(practice, index)] });
  return {
    name: YEAR_END_NAME,
    title,
    language: 'zh-TW',
    sheets: [
      {
        name: msg.yearEndSheet,
        widths: [56, 72, 340, 480],
        rows: [
          ...titleRows(title, [documentInfo(input)], columns),
          { kind: 'header', cells: [...msg.yearEndHeader] },
          ...groupedRows(plan.practices, columns, body),
        ],
        charts: [],
      },
    ],
  };
}
