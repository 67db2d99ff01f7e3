import type { OutputInput } from './output-tabs.ts';
import { findTab } from './plan.ts';
import { cellAsText, type DocSheet, rowsWithMergesFilled } from './published-document.ts';
import type { RunResult } from './run-consolidation.ts';
import { unitSummaryDocument } from './unit-summary.ts';
import type { Changes, OutputTab, Snapshot } from './workbook.ts';
import { DRAFT_TAB, type YearEndTexts, yearEndTexts } from './year-end-drafts.ts';
import { unitSummaryName, YEAR_END_NAME } from './year-end-names.ts';
import { yearEndDocument } from './year-end-table.ts';

/** A document's sheet as a tab: from its header row down (a tab has no title rows), cells as text, a merged-down cell's text on each of its rows. */
function sheetAsTab(name: string, sheet: DocSheet): OutputTab {
  const firstHeader = sheet.rows.findIndex((row) => row.kind === 'header');
  const rows = rowsWithMergesFilled(sheet)
    .slice(Math.max(0, firstHeader))
    .map((row) => row.cells.map(cellAsText));
  const header = rows[0] ?? [];
  return { name, rows, layout: { widths: sheet.widths, statusColumns: header.flatMap((cell, i) => (cell === '辦理狀態' ? [i] : [])) } };
}

/**
 * 年度執行成效一覽表 as a tab (the Google spreadsheet's copy), or with `unit` that unit's practices
 * and results (the first sheet of its summary).
 */
export function yearEndTable(input: OutputInput, unit?: string): OutputTab {
  if (unit === undefined) {
    const [sheet] = yearEndDocument(input).sheets;
    return sheetAsTab(YEAR_END_NAME, sheet ?? { name: '', widths: [], rows: [], charts: [] });
  }
  const [sheet] = unitSummaryDocument(input, unit).sheets;
  return sheetAsTab(unitSummaryName(unit), sheet ?? { name: '', widths: [], rows: [], charts: [] });
}

/** The year-end tabs of the workbook: the 一覽表 and each responsible unit's practices. */
function yearEndTabs(input: OutputInput): OutputTab[] {
  const { plan } = input;
  const units = plan.units.names().filter((unit) => plan.practices.some((practice) => practice.units.includes(unit)));
  return [yearEndTable(input), ...units.map((unit) => yearEndTable(input, unit))];
}

/** A year-end run on data: what its documents are made from, and what it writes into the workbook. */
export interface YearEnd {
  /** The consolidated year with the 執行成效 each practice publishes. */
  readonly input: OutputInput;
  readonly texts: YearEndTexts;
  /** The 年度成效 columns, and the year-end tabs when asked for. */
  readonly changes: Pick<Changes, 'outputs' | 'keyedColumns'>;
}

/**
 * The year-end run on data: the texts of the year from 年度成效 (the coordinator's where written,
 * else the drafts), the documents' input, and the workbook's changes.
 * @example prepareYearEnd(result, snapshot).texts.stale // → ['2-1'] (reports changed after the coordinator's text)
 */
export function prepareYearEnd(result: RunResult, snapshot: Snapshot, options: { readonly tabs?: boolean } = {}): YearEnd {
  const texts = yearEndTexts(result.output, findTab(snapshot, DRAFT_TAB));
  const input: OutputInput = { ...result.output, published: texts.published };
  return { input, texts, changes: { outputs: options.tabs ? yearEndTabs(input) : [], keyedColumns: texts.change ? [texts.change] : [] } };
}
