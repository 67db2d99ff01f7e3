// A table copied out of a PDF reader often comes one cell to a line, and read as a list its cells
// become practices: 「戶籍課」, 「115 年 12 月」, 「完成時間」, 「訊課」. An item of a list that is a unit
// name, a deadline, a column name or a two-to-four-character scrap is such a cell, not a practice.
import type { DraftPractice } from './imported-plan.ts';
import { outlineLabel } from './outline-label.ts';
import { readsAsDeadline } from './spaced-columns.ts';
import { columnRole } from './table-columns.ts';
import { isUnitList } from './unit-words.ts';

const SCRAP_LENGTH = 4;
const DEADLINE_LENGTH = 16;
const SHORT_DEADLINE = 6;
const HEADER_WORDS = ['實施要項', '具體作法', '執行單位', '完成期限', '主辦單位', '協辦單位', '完成時間'];

/** The practices read from a list that look like cells of a table pasted one to a line, each with the text that does. */
export function cellsReadAsPractices(practices: readonly DraftPractice[]): { practice: DraftPractice; cell: string }[] {
  return practices.flatMap((practice) => {
    if (isCell(bare(practice.text), true)) return [{ practice, cell: practice.text }];
    if (isCell(bare(practice.measure), false) || isHeaderLine(practice.measure)) return [{ practice, cell: practice.measure }];
    return [];
  });
}

function bare(written: string): string {
  return (outlineLabel(written)?.rest ?? written).replace(/\s+/gu, '');
}

function isCell(text: string, scrapsToo: boolean): boolean {
  if (!text || /[。！？]$/u.test(text)) return false;
  if (columnRole(text) !== null || isUnitList(text)) return true;
  const deadlineLike = text.length <= SHORT_DEADLINE || (/^[0-9０-９]/u.test(text) && text.length <= DEADLINE_LENGTH);
  if (deadlineLike && readsAsDeadline(text)) return true;
  return scrapsToo && text.length <= SCRAP_LENGTH;
}

// A header row read as one line: 「項次實施要項具體作法執行單位完成期限」.
function isHeaderLine(text: string): boolean {
  return HEADER_WORDS.filter((word) => text.includes(word)).length >= 2;
}
