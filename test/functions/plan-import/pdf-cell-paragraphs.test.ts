import { describe, expect, it } from 'vitest';
import { cellParagraphs, joinLines } from '../../../functions/plan-import/pdf-cell-paragraphs.ts';
import { lineOf, type TextLine } from '../../../functions/plan-import/pdf-text-lines.ts';

// Lines of Chinese text (an em a character) 15 points apart in a cell whose text runs from 100 to 220 (ten characters).
const BOX = { left: 100, right: 220 };
const lines = (...texts: readonly string[]): TextLine[] =>
  texts.map((text, i) => lineOf([{ text, x: 100, y: 700 - 15 * i, width: [...text].length * 12, size: 12 }]));
const paragraphs = (...texts: readonly string[]) => cellParagraphs(lines(...texts), BOX, 19.5).paragraphs;

describe('cellParagraphs', () => {
  it('joins lines wrapped at the cell’s side into one paragraph, without a space between Chinese', () => {
    expect(paragraphs('訂定標準作業流程，並', '於每年檢討。')).toEqual(['訂定標準作業流程，並於每年檢討。']);
  });

  it('starts a paragraph at a line that opens with an outline label, though the line above was full', () => {
    expect(paragraphs('(1)訂定標準作業流程，', '(2)受理陳情案件。')).toEqual(['(1)訂定標準作業流程，', '(2)受理陳情案件。']);
  });

  it('starts a paragraph after a line that ended short, and where lines stand a paragraph’s spacing apart', () => {
    expect(paragraphs('服務及時', '訂定申辦案件一覽表')).toEqual(['服務及時', '訂定申辦案件一覽表']);
    const spaced = [...lines('訂定標準作業流程，並'), ...lines('於每年檢討。').map((line) => ({ ...line, y: line.y - 30 }))];
    expect(cellParagraphs(spaced, BOX, 19.5).paragraphs).toEqual(['訂定標準作業流程，並', '於每年檢討。']);
  });

  it('keeps units one a line apart, though a narrow column fills with one name', () => {
    const narrow = { left: 100, right: 140 };
    expect(cellParagraphs(lines('秘書室', '各課室'), narrow, null).paragraphs).toEqual(['秘書室', '各課室']);
  });
});

describe('joinLines', () => {
  it('keeps the space a line break took between two units’ names, wherever the break fell', () => {
    expect(joinLines(['民政課 役', '政災防課', '役政災防', '課'])).toBe('民政課 役政災防課 役政災防課');
  });

  it('joins Chinese without a space and Latin words with one', () => {
    expect(joinLines(['提供 i-Taiwan 免費上網服', '務。'])).toBe('提供 i-Taiwan 免費上網服務。');
    expect(joinLines(['the service', 'desk'])).toBe('the service desk');
  });
});
