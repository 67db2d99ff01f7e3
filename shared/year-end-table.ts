import { measureBlocks, measureHeading } from './grouped-rows.ts';
import * as msg from './messages/domain/index.ts';
import type { OutputInput } from './output-tabs.ts';
import type { Practice } from './plan.ts';
import { type DocRow, type Document, type DownMerge, rocDateText, titleRows } from './published-document.ts';
import { yearDraft } from './year-end-draft.ts';
import { YEAR_END_NAME } from './year-end-names.ts';
import { practiceYearOutcome } from './year-outcome.ts';

/** The information line under a document's title: the plan's name and the day it was made. */
export function documentInfo({ plan, today }: OutputInput): string {
  return msg.documentInfo(plan.settings.planName, rocDateText(today));
}

/** The 執行成效 a practice publishes: the coordinator's text from 年度成效 where there is one, else the draft of its year. */
function publishedResult(input: OutputInput, practice: Practice): string {
  return input.published?.get(practice.id) ?? yearDraft(practiceYearOutcome(input, practice)).text;
}

const COLUMN = { id: 0, measure: 1, practice: 2, result: 3 } as const;

/**
 * 年度執行成效一覽表 in the agencies' own layout (the blank 一覽表 that ends the 臺北市榮民服務處
 * plan): 項次 · 實施要項 · 具體作法 · 執行成效, each 實施要項 written once in its column beside all
 * its practices (a cell merged down), a 執行策略 as a row across 具體作法 and 執行成效 above its
 * practices, and each practice's 執行成效 as published (publishedResult).
 * @example yearEndDocument(result.output).sheets[0].rows[0] // → { kind: 'title', cells: ['臺北市萬華區公所115年度執行成效一覽表'], … }
 */
export function yearEndDocument(input: OutputInput): Document {
  const { plan } = input;
  const title = msg.yearEndTitle(plan.settings.agency, plan.settings.rocYear);
  const columns = msg.yearEndHeader.length;
  const rows: DocRow[] = [...titleRows(title, [documentInfo(input)], columns), { kind: 'header', cells: [...msg.yearEndHeader] }];
  const mergesDown: DownMerge[] = [];
  for (const block of measureBlocks(plan.practices)) {
    const from = rows.length;
    for (const { practice, strategy } of block.items) {
      if (strategy !== null)
        rows.push({ kind: 'subgroup', cells: ['', '', strategy, ''], merge: { from: COLUMN.practice, to: COLUMN.result } });
      rows.push({ kind: 'body', cells: [practice.id, '', practice.text, publishedResult(input, practice)] });
    }
    if (!block.measure.trim()) continue;
    const first = rows[from];
    if (first)
      rows[from] = { ...first, cells: first.cells.map((cell, column) => (column === COLUMN.measure ? measureHeading(block) : cell)) };
    mergesDown.push({ column: COLUMN.measure, from, to: rows.length - 1, kind: 'group' });
  }
  const measures = measureBlocks(plan.practices).map(measureHeading);
  return {
    name: YEAR_END_NAME,
    title,
    language: 'zh-TW',
    sheets: [{ name: msg.yearEndSheet, widths: columnWidths(measures), rows, charts: [], mergesDown }],
  };
}

// The 實施要項 column is as wide as the plan's longest 實施要項 needs to take about five lines
// (between 10 and 14 characters a line; wider took more pages from 具體作法 and 執行成效 than it saved): a long one (鳥松's hold two levels of the outline) in a
// narrow column would be as tall as a page, and a page could only start a new one near its top.
// 具體作法 and 執行成效 share the rest, as 3 to 4.
function columnWidths(measures: readonly string[]): number[] {
  const longest = Math.max(0, ...measures.map((text) => [...text].length));
  const perLine = Math.min(14, Math.max(10, Math.ceil(longest / 5)));
  const measure = Math.round(perLine * 14.6 + 10);
  const rest = TABLE_WIDTH - ID_WIDTH - measure;
  const practice = Math.round((rest * 3) / 7);
  return [ID_WIDTH, measure, practice, rest - practice];
}

// Relative widths (pixels at 96 dpi; writers scale them to the page).
const TABLE_WIDTH = 980;
const ID_WIDTH = 60;
