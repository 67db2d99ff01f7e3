import { type DocRow, groupRow } from './document.ts';
import { outlineNumber } from './outline-number.ts';
import type { Practice } from './plan.ts';
import { matchKey } from './text.ts';

// Practices in plan order under a heading row for each 實施要項 (and, when asked, each 執行策略), as
// the seed plans print them. A measure written without its own number (`完備基礎服務項目`) gets the
// formal numeral the seeds put in 項次 (壹、貳…); one written with it (`一、…`) keeps its own.

const FORMAL = ['壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖', '拾'] as const;

/** 壹 … 拾, then 11, 12…: the formal numeral of a measure's position. */
export const formalNumeral = (position: number): string => FORMAL[position - 1] ?? String(position);

/**
 * Rows for the practices: a group row whenever the 實施要項 changes, a subgroup row whenever the
 * 執行策略 changes (when `strategies`), then each practice's own row.
 */
export function groupedRows(
  practices: readonly Practice[],
  columns: number,
  bodyRow: (practice: Practice) => DocRow,
  options: { readonly strategies: boolean } = { strategies: true },
): DocRow[] {
  const rows: DocRow[] = [];
  let measure: string | null = null;
  let strategy: string | null = null;
  let position = 0;
  for (const practice of practices) {
    if (measure === null || matchKey(practice.measure) !== matchKey(measure)) {
      measure = practice.measure;
      strategy = null;
      position++;
      if (practice.measure.trim()) {
        const label = outlineNumber(practice.measure) === null ? formalNumeral(position) : '';
        rows.push(groupRow('group', label, practice.measure, columns));
      }
    }
    if (options.strategies && practice.strategy.trim() && (strategy === null || matchKey(practice.strategy) !== matchKey(strategy))) {
      strategy = practice.strategy;
      rows.push(groupRow('subgroup', '', practice.strategy, columns));
    }
    rows.push(bodyRow(practice));
  }
  return rows;
}
