// Tabs whose cells wrap to several lines, as the output tabs and a converted submission tab hold
// them, and the check that a PDF LibreOffice printed of them shows every line: the text under each
// header, top to bottom and page after page, found by where the header starts across the page. A
// row too short for its cells prints only the lines that fit, so the rest is missing there.
import { basename, dirname, extname, join } from 'node:path';
import { expect } from 'vitest';
import type { OutputTab, Tab } from '../../../shared/workbook.ts';
import { convertWithLibreOffice } from '../year-end/libreoffice.ts';
import { compact, pdfPageLines } from '../year-end/pdf-lines.ts';

// 執行成效 and 管考總表 cells of several lines: several units' 【】 texts, 佐證資料 links, a long 最近填報 and 逾期.
const WRAPPED_OUTPUT: OutputTab = {
  name: '執行成效',
  rows: [
    ['項次', '執行成效', '辦理狀態', '最近填報', '佐證資料', '逾期'],
    [
      '1-1-2',
      '【保健股】介接未完成。\n【護理組】受理查詢120件。',
      '落後',
      '115年第2季（115/07/09 16:00）',
      'https://a.example.tw/1\nhttps://a.example.tw/2',
      '2期未填報；已逾完成期限（115年6月30日）',
    ],
    ['1-2-1', '4月更新2則。', '持續辦理', '115年第2季', '', ''],
    [
      '3-2-1',
      '【防疫股】本所網站衛教專區每月更新，四月更新登革熱防治與流感疫苗接種兩則，五月更新腸病毒衛教一則，並於各里辦公處張貼海報。',
      '辦理中',
      '115年第1季（115/04/07 09:12）',
      'https://drive.google.com/file/d/abc',
      '1期未填報',
    ],
  ],
  layout: { widths: [60, 250, 80, 140, 200, 150], statusColumns: [2] },
};

// A submission tab written from values (a CSV folder converted), its 檢核結果 of two problems in a column of the default width.
const WRAPPED_FORM: OutputTab = {
  name: '填報-保健股',
  rows: [
    ['項次', '狀態', '檢核結果'],
    ['3-2-1', '落後', '落後原因：辦理狀態為「落後」時須填寫落後原因。\n改善措施：辦理狀態為「落後」時須填寫改善措施。'],
    ['1-1-2', '持續辦理', '通過'],
  ],
};

/** A 執行成效 and a converted submission tab of cells that wrap to several lines. */
export const WRAPPED_TABS = [WRAPPED_OUTPUT, WRAPPED_FORM];

/** Prints the workbook at `path` to PDF with LibreOffice (beside it) and expects every line of every cell of the tabs in it. */
export async function expectEveryLinePrinted(path: string, tabs: readonly Tab[]): Promise<void> {
  await convertWithLibreOffice([path], 'pdf', dirname(path));
  const pdf = join(dirname(path), `${basename(path, extname(path))}.pdf`);
  for (const tab of tabs) await expectTabPrinted(pdf, tab);
}

// Every cell of the tab, all its lines, printed under its header, one row after another.
async function expectTabPrinted(pdf: string, tab: Tab): Promise<void> {
  const [headers = [], ...rows] = tab.rows.map((row) => row.map((cell) => String(cell ?? '')));
  const columns = await printedColumns(pdf, headers);
  headers.forEach((header, c) => {
    expect(columns.get(header)).toContain(compact(rows.map((row) => row[c] ?? '').join('')));
  });
}

async function printedColumns(pdf: string, headers: readonly string[]): Promise<Map<string, string>> {
  const columns = new Map(headers.map((header) => [header, '']));
  for (const lines of await pdfPageLines(pdf)) {
    // Each header where it starts (a narrow column wraps its header too; cells aligned to the top
    // and to the bottom of the header row may print a hair apart); the rows follow the lowest.
    const found = headers.map((header) => {
      const line = lines.findIndex((pieces) => pieces.some((piece) => startsHeader(piece.text, header)));
      return { header, line, x: lines[line]?.find((piece) => startsHeader(piece.text, header))?.x ?? 0 };
    });
    if (found.some(({ line }) => line < 0)) continue;
    const at = Math.max(...found.map(({ line }) => line));
    const starts = found.sort((a, b) => b.x - a.x);
    for (const line of lines.slice(at + 1))
      for (const piece of line) {
        const column = starts.find(({ x }) => piece.x >= x - 2);
        if (column) columns.set(column.header, (columns.get(column.header) ?? '') + compact(piece.text));
      }
  }
  return columns;
}

const startsHeader = (text: string, header: string) => compact(text) !== '' && header.startsWith(compact(text));
