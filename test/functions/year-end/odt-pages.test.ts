import { describe, expect, it } from 'vitest';
import { type PageBlock, paginate } from '../../../functions/year-end/odt-pages.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import { cellAsText, type DocRow } from '../../../shared/published-document.ts';
import { unitSummaryDocument } from '../../../shared/unit-summary.ts';
import type { Cell } from '../../../shared/workbook.ts';
import { yearEndDocument } from '../../../shared/year-end-table.ts';
import { aTab, settingsTab, unitsTab } from '../../builders.ts';
import { outputOf } from '../../shared/year-end-fixture.ts';

// A plan long enough for many pages: 3 實施要項, each with 8 執行策略 of 3 practices with long texts.
function longPlan() {
  const rows: Cell[][] = [['項次', '實施要項', '執行策略', '具體作法', '執行單位']];
  for (let m = 1; m <= 3; m++) {
    for (let s = 1; s <= 8; s++) {
      for (let p = 1; p <= 3; p++) {
        rows.push([
          `${m}-${s}-${p}`,
          `實施要項第${m}項：完備基礎服務項目，注重服務特性差異化`,
          `(${s})建立業務標準作業流程，維持服務措施處理一致性，並適時檢討改進流程與作業方式`,
          '辦理為民服務相關研習並檢討標準作業流程，提升服務品質與民眾滿意度，'.repeat(p),
          '民政課',
        ]);
      }
    }
  }
  return outputOf({ tabs: [settingsTab(), unitsTab(), aTab('計畫', rows)] });
}
const tables = (blocks: readonly PageBlock[]) =>
  blocks.filter((block): block is Extract<PageBlock, { kind: 'table' }> => block.kind === 'table');

describe('paginate', () => {
  const paged = paginate(yearEndDocument(longPlan()));

  it('lays a long 一覽表 out on several pages, a table a page, each after the first starting with a page break and the header row', () => {
    const pages = tables(paged.blocks);
    expect(pages.length).toBe(paged.pages);
    expect(paged.pages).toBeGreaterThan(3);
    expect(pages.map((table) => table.newPage)).toEqual([false, ...pages.slice(1).map(() => true)]);
    for (const table of pages) expect(table.header.map((row) => row.cells)).toEqual([['項次', '實施要項', '具體作法', '執行成效']]);
  });

  it('never ends a page on a 執行策略 row: it goes over with the practice it heads', () => {
    for (const table of tables(paged.blocks)) expect(table.rows.at(-1)?.kind).toBe('body');
  });

  it('shows the 實施要項 at the top of every page, with （續） where the page continues it', () => {
    const pages = tables(paged.blocks);
    expect(pages.some((table) => cellAsText(table.spans[0]?.content ?? null).endsWith(msg.continuedMark))).toBe(true);
    for (const table of pages) {
      const first = table.spans[0];
      expect(first?.row).toBe(0);
      const text = cellAsText(first?.content ?? null);
      expect(text).toMatch(/^[壹貳參]、實施要項第\d項/u);
      // Without （續）, the page starts a 實施要項: its first 執行策略.
      if (!text.endsWith(msg.continuedMark)) expect(cellAsText(table.rows[0]?.cells[2] ?? null)).toMatch(/^\(1\)/u);
      // A span never reaches past its page's rows.
      for (const span of table.spans) expect(span.row + span.rows).toBeLessThanOrEqual(table.rows.length);
    }
  });

  it('fills pages less when asked, which takes more of them', () => {
    expect(paginate(yearEndDocument(longPlan()), 0.8).pages).toBeGreaterThan(paged.pages);
  });

  it('keeps a section heading on the page of its table', () => {
    const blocks = paginate(unitSummaryDocument(longPlan(), '民政課')).blocks;
    blocks.forEach((block, index) => {
      if (block.kind !== 'heading') return;
      const next = blocks.slice(index + 1).find((candidate) => candidate.kind === 'table');
      expect(next?.newPage).toBe(false);
    });
  });
});

describe('paginate, totals', () => {
  it('never starts a page with a total row: it goes with the row before it', () => {
    // However many rows come before it, one of these lengths puts the total at a page's top.
    for (let count = 20; count <= 70; count++) {
      const rows: DocRow[] = [
        { kind: 'title', cells: ['標題'], merge: { from: 0, to: 1 } },
        { kind: 'header', cells: ['項次', '說明'] },
        ...Array.from({ length: count }, (_, i): DocRow => ({ kind: 'body', cells: [`${i + 1}`, '一行說明'] })),
        { kind: 'total', cells: ['合計', `${count}`] },
      ];
      const blocks = paginate({
        name: 'd',
        title: '標題',
        language: 'zh-TW',
        sheets: [{ name: 's', widths: [100, 600], rows, charts: [] }],
      }).blocks;
      for (const table of tables(blocks)) expect(table.rows[0]?.kind).not.toBe('total');
    }
  });
});
