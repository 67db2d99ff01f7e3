import type { OutputInput } from './output-tabs.ts';
import type { Cell, OutputTab } from './workbook.ts';

/** File name (without extension) of the published table, as SPEC.md gives it. */
export const YEAR_END_NAME = '年度執行成效一覽表';

/** File name (without extension) of one unit's summary. */
export const unitSummaryName = (unit: string) => `單位成效-${unit}`;

/**
 * 年度執行成效一覽表 in the seeds' layout: 項次 · 實施要項 · 具體作法 · 執行成效, each practice's
 * 執行成效 gathering every responsible unit's latest result of the year.
 */
export function yearEndTable({ plan, index }: OutputInput, unit?: string): OutputTab {
  const header = ['項次', '實施要項', '具體作法', '執行成效'];
  const practices = unit === undefined ? plan.practices : plan.practices.filter((practice) => practice.units.includes(unit));
  const rows: Cell[][] = practices.map((practice) => {
    const latest = index.latestByUnit(practice).filter((entry) => unit === undefined || entry.unit === unit);
    const several = latest.length > 1;
    const narrative = latest
      .filter(({ report }) => report.narrative.trim())
      .map(({ unit: name, report }) => (several ? `【${name}】${report.narrative}` : report.narrative))
      .join('\n');
    return [practice.id, practice.measure, practice.text, narrative];
  });
  return {
    name: unit === undefined ? YEAR_END_NAME : unitSummaryName(unit),
    rows: [header, ...rows],
    layout: { widths: [60, 200, 360, 480], statusColumns: [] },
  };
}
