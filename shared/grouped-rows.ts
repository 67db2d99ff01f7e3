import { outlineNumber } from './outline-number.ts';
import type { Practice } from './plan.ts';
import { type DocRow, groupRow } from './published-document.ts';
import { matchKey } from './text.ts';

// Practices in plan order under their 實施要項 (and 執行策略), as the seed plans print them. A
// measure written without its own number (`完備基礎服務項目`) gets the formal numeral the seeds put
// in 項次 (壹、貳…); one written with it (`一、…`) keeps its own.

const FORMAL = ['壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖', '拾'] as const;

/** 壹 … 拾, then 11, 12…: the formal numeral of a measure's position. */
const formalNumeral = (position: number): string => FORMAL[position - 1] ?? String(position);

/** A run of practices under one 實施要項, each with the 執行策略 it opens (null when it goes on under the one above). */
export interface MeasureBlock {
  /** The measure as the plan writes it ('' for practices under none). */
  readonly measure: string;
  /** The formal numeral for a measure written without its own number, else ''. */
  readonly label: string;
  readonly items: readonly { readonly practice: Practice; readonly strategy: string | null }[];
}

/**
 * The practices in plan order, cut into a block whenever the 實施要項 changes; a measure is
 * numbered by its place among the measures of `plan` (all the plan's practices), so a unit's
 * share of them keeps the plan's numbers.
 */
export function measureBlocks(practices: readonly Practice[], plan: readonly Practice[] = practices): MeasureBlock[] {
  const numbers = new Map<string, number>();
  let previous: string | null = null;
  for (const practice of plan) {
    const key = matchKey(practice.measure);
    if (key === previous) continue;
    previous = key;
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  }
  const blocks: { measure: string; label: string; items: { practice: Practice; strategy: string | null }[] }[] = [];
  let strategy: string | null = null;
  for (const practice of practices) {
    let block = blocks.at(-1);
    if (!block || matchKey(practice.measure) !== matchKey(block.measure)) {
      const position = numbers.get(matchKey(practice.measure)) ?? blocks.length + 1;
      const label = practice.measure.trim() && outlineNumber(practice.measure) === null ? formalNumeral(position) : '';
      blocks.push((block = { measure: practice.measure, label, items: [] }));
      strategy = null;
    }
    const opens = practice.strategy.trim() !== '' && (strategy === null || matchKey(practice.strategy) !== matchKey(strategy));
    if (opens) strategy = practice.strategy;
    block.items.push({ practice, strategy: opens ? practice.strategy : null });
  }
  return blocks;
}

/** A measure as a heading prints it: 壹、完備基礎服務項目, or 一、完備基礎服務項目 as written. */
export function measureHeading(block: MeasureBlock): string {
  return block.label ? `${block.label}、${block.measure}` : block.measure;
}

/**
 * Rows for the practices: a group row whenever the 實施要項 changes, a subgroup row whenever the
 * 執行策略 changes (when `strategies`), then each practice's own row; measures numbered as in
 * `plan` when the practices are some of its.
 */
export function groupedRows(
  practices: readonly Practice[],
  columns: number,
  bodyRow: (practice: Practice) => DocRow,
  options: { readonly strategies: boolean; readonly plan?: readonly Practice[] } = { strategies: true },
): DocRow[] {
  const rows: DocRow[] = [];
  for (const block of measureBlocks(practices, options.plan)) {
    if (block.measure.trim()) rows.push(groupRow('group', block.label, block.measure, columns));
    for (const { practice, strategy } of block.items) {
      if (options.strategies && strategy !== null) rows.push(groupRow('subgroup', '', strategy, columns));
      rows.push(bodyRow(practice));
    }
  }
  return rows;
}
