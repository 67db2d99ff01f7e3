import { cellAsText, type DocSheet } from './document.ts';
import type { OutputInput } from './output-tabs.ts';
import { unitSummaryDocument } from './unit-summary.ts';
import { unitSummaryName, YEAR_END_NAME } from './year-end-names.ts';
import { yearEndDocument } from './year-end-table.ts';
import type { OutputTab } from './workbook.ts';

export { unitSummaryName, YEAR_END_NAME };

/** A document's sheet as a tab: from its header row down (a tab has no title rows), cells as text. */
export function sheetAsTab(name: string, sheet: DocSheet): OutputTab {
  const firstHeader = sheet.rows.findIndex((row) => row.kind === 'header');
  const rows = sheet.rows.slice(Math.max(0, firstHeader)).map((row) => row.cells.map(cellAsText));
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
