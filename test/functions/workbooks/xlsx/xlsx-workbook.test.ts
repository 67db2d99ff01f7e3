import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../functions/command-line.ts';
import { openOdsWorkbook } from '../../../../functions/workbooks/ods/ods-workbook.ts';
import { WorkbookError, WriteRefused } from '../../../../functions/workbooks/workbook-error.ts';
import { xlsxContents } from '../../../../functions/workbooks/xlsx/xlsx-parts.ts';
import { createXlsxWorkbook, openXlsxWorkbook } from '../../../../functions/workbooks/xlsx/xlsx-workbook.ts';
import * as msg from '../../../../shared/messages/functions/index.ts';
import type { Cell } from '../../../../shared/workbook.ts';
import { NOW } from '../../../builders.ts';
import { asRead } from '../../random-tabs.ts';
import { CSV_ALL_SHEETS, convertWithLibreOffice, hasLibreOffice, libreOfficeTitle } from '../../year-end/libreoffice.ts';
import { expectEveryLinePrinted, WRAPPED_TABS } from '../wrapped-rows.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'guankao-xlsx-'));
const QUIET = { stdout: { write: () => true }, stderr: { write: () => true }, now: () => NOW, env: {} };

const RESULTS = {
  name: '執行成效',
  rows: [
    ['項次', '具體作法', '辦理狀態', '執行成效'],
    ['1-1', '檢討申請表單', '落後', '=IMPORTXML("https://example.com","//title")'],
    ['1-2', '  兩個空白開頭', '已完成', '第一行\n第二行'],
  ],
  layout: { widths: [60, 280, 80, 420], statusColumns: [2] },
};

async function load(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

// A unit's tab as Excel or LibreOffice saves it: rows of no set height but one the user made taller,
// the 執行情形 column wrapped by the user.
async function userBook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('填報-保健股');
  sheet.columns = [{ width: 8 }, { width: 24 }, { width: 30 }];
  for (const row of [
    ['項次', '執行情形', '檢核結果'],
    ['3-2-1', '孳生源清除進度落後，已請各里幹事協助巡查空屋與空地積水容器，預計下月完成全區複查。'],
    ['1-1-2', '受理查詢80件。'],
    ['1-2-1', '4月更新2則。'],
  ])
    sheet.addRow(row);
  for (const address of ['B2', 'B3', 'B4']) sheet.getCell(address).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(3).height = 120;
  await book.xlsx.writeFile(path);
}

const TWO_PROBLEMS = '落後原因：辦理狀態為「落後」時須填寫落後原因。\n改善措施：辦理狀態為「落後」時須填寫改善措施。';
const USER_VERDICTS = { tab: '填報-保健股', column: 2, values: ['檢核結果', TWO_PROBLEMS, TWO_PROBLEMS, '通過'] };
// LibreOffice's line of 11 pt Noto Sans CJK TC, measured.
const CALC_LINE_PT = 15.7;

describe('.xlsx workbook', () => {
  it('reads dates as serial numbers, formulas as their results, rich text as text, a merged range in its first cell', async () => {
    const path = join(folder(), 'user.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('表單回應 1');
    sheet.getCell('A1').value = new Date(Date.UTC(2026, 1, 12, 18, 0));
    sheet.getCell('B1').value = { formula: 'C1*2', result: 4 };
    sheet.getCell('C1').value = { richText: [{ text: '粗' }, { text: '體', font: { bold: true } }] };
    sheet.getCell('D1').value = { text: '佐證', hyperlink: 'https://example.gov.tw' };
    sheet.mergeCells('A3:C3');
    sheet.getCell('A3').value = '合併';
    sheet.getCell('B5').value = '';
    await book.xlsx.writeFile(path);
    expect((await openXlsxWorkbook(path).read()).tabs).toEqual([
      { name: '表單回應 1', rows: [[46065.75, 4, '粗體', '佐證'], [], ['合併']] },
    ]);
  });

  it('reads a range merged down several rows into each row it spans, consolidates by it, and writes 檢核結果 beside each row, the merges kept', async () => {
    const path = join(folder(), 'merged.xlsx');
    const book = new ExcelJS.Workbook();
    const settings = book.addWorksheet('設定');
    for (const row of [
      ['項目', '內容'],
      ['計畫年度', '115'],
      ['填報週期', '月'],
    ])
      settings.addRow(row);
    const units = book.addWorksheet('單位');
    for (const row of [['單位'], ['登記課'], ['資訊課']]) units.addRow(row);
    // 登記課 merged over 1-1 and 1-2; 115年3月 merged over two reports.
    const plan = book.addWorksheet('計畫');
    for (const row of [
      ['項次', '實施要項', '具體作法', '執行單位'],
      ['1-1', '一、便民', '夜間服務', '登記課'],
      ['1-2', null, '預約服務', null],
      ['1-3', null, '資安', '資訊課'],
    ])
      plan.addRow(row);
    plan.mergeCells('D2:D3');
    const own = book.addWorksheet('填報-登記課');
    for (const row of [
      ['具體作法', '填報期間', '辦理狀態', '執行成效'],
      ['1-2', '115年3月', '持續辦理', '預約120件'],
      ['1-1', null, '持續辦理', '夜間服務'],
    ])
      own.addRow(row);
    own.mergeCells('B2:B3');
    await book.xlsx.writeFile(path);

    const read = await openXlsxWorkbook(path).read();
    expect(read.tabs.find((tab) => tab.name === '計畫')?.rows.map((row) => row[3])).toEqual(['執行單位', '登記課', '登記課', '資訊課']);
    expect(read.tabs.find((tab) => tab.name === '填報-登記課')?.rows.map((row) => row[1])).toEqual(['填報期間', '115年3月', '115年3月']);

    expect(await runCli(['consolidate', path], QUIET)).toBe(0);
    const after = await load(path);
    const tracking = after.getWorksheet('管考總表');
    expect([2, 3, 4].map((r) => [tracking?.getCell(r, 1).value, tracking?.getCell(r, 3).value, tracking?.getCell(r, 6).value])).toEqual([
      ['1-1', '登記課', '持續辦理'],
      ['1-2', '登記課', '持續辦理'],
      ['1-3', '資訊課', '未填報'],
    ]);
    const written = after.getWorksheet('填報-登記課');
    expect([1, 2, 3].map((r) => written?.getCell(r, 5).value)).toEqual(['檢核結果', '通過', '通過']);
    expect(written?.model.merges).toEqual(['B2:B3']);
    expect(after.getWorksheet('計畫')?.model.merges).toEqual(['D2:D3']);
  });

  it('writes only the 檢核結果 column of a user tab, keeping its formulas and styles, and rebuilds the output tabs at the end', async () => {
    const path = join(folder(), 'book.xlsx');
    const book = new ExcelJS.Workbook();
    const form = book.addWorksheet('表單回應 1');
    form.addRow(['填報單位', '數量', '檢核結果']);
    form.addRow(['民政課', 3, '舊的結果']);
    form.addRow([]);
    form.addRow(['社會課', { formula: 'B2*2', result: 6 }]);
    form.getCell('A2').font = { bold: true, color: { argb: 'FFFF0000' } };
    form.getCell('B2').numFmt = '0.00';
    book.addWorksheet('執行成效').addRow(['舊']);
    book.addWorksheet('計畫').addRow(['項次', '具體作法']);
    await book.xlsx.writeFile(path);

    const workbook = openXlsxWorkbook(path);
    await workbook.read();
    await workbook.write({
      outputs: [RESULTS],
      verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過', '', '辦理狀態：必填\n執行成效：必填'] }],
    });

    const { tabs } = await openXlsxWorkbook(path).read();
    expect(tabs.map((tab) => tab.name)).toEqual(['表單回應 1', '計畫', '執行成效']);
    expect(tabs[0]?.rows).toEqual([
      ['填報單位', '數量', '檢核結果'],
      ['民政課', 3, '通過'],
      [],
      ['社會課', 6, '辦理狀態：必填\n執行成效：必填'],
    ]);
    expect(tabs[2]?.rows).toEqual(RESULTS.rows);
    const after = await load(path);
    const sheet = after.getWorksheet('表單回應 1');
    expect(sheet?.getCell('B4').value).toEqual({ formula: 'B2*2', result: 6 });
    expect(sheet?.getCell('A2').font).toMatchObject({ bold: true, color: { argb: 'FFFF0000' } });
    expect(sheet?.getCell('B2').numFmt).toBe('0.00');
    expect(sheet?.getCell('C4').alignment).toMatchObject({ wrapText: true });
  });

  it('makes a row whose 檢核結果 it writes tall enough for its lines and the user’s wrapped cells beside it, keeping a taller row', async () => {
    const path = join(folder(), 'user.xlsx');
    await userBook(path);
    await openXlsxWorkbook(path).write({ outputs: [], verdicts: [USER_VERDICTS] });
    const sheet = (await load(path)).getWorksheet('填報-保健股');
    // Four lines of 檢核結果 (two problems, each wrapping once) and four of 執行情形.
    expect(sheet?.getRow(2).height).toBeGreaterThanOrEqual(4 * CALC_LINE_PT);
    expect(sheet?.getRow(3).height).toBe(120);
    expect(sheet?.getRow(4).height).toBeUndefined();
    expect(sheet?.getRow(1).height).toBeUndefined();
  });

  it('gives an output tab’s row of several lines the height they need, and a row of one line none', async () => {
    const path = join(folder(), 'rows.xlsx');
    await createXlsxWorkbook(path, WRAPPED_TABS);
    const book = await load(path);
    const results = book.getWorksheet('執行成效');
    expect(results?.getRow(1).height).toBeUndefined();
    expect(results?.getRow(2).height).toBeGreaterThanOrEqual(2 * CALC_LINE_PT);
    expect(results?.getRow(3).height).toBeUndefined();
    // 61 characters in a column 250 px wide (16.5 em): 4 lines at least.
    expect(results?.getRow(4).height).toBeGreaterThanOrEqual(4 * CALC_LINE_PT);
    // Two problems of 23 characters in a column of Excel's default width (8.43 characters, 3.9 em): 16 lines at least.
    expect(book.getWorksheet('填報-保健股')?.getRow(2).height).toBeGreaterThanOrEqual(16 * CALC_LINE_PT);
  });

  it('lays out output tabs: frozen header, widths, wrapped text, coloured statuses, autofilter, A4, a CJK font', async () => {
    const path = join(folder(), 'out.xlsx');
    await createXlsxWorkbook(path, [RESULTS], { print: { title: '115年度執行成效一覽表', landscape: true } });
    const sheet = (await load(path)).getWorksheet('執行成效');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getColumn(2).width).toBeCloseTo(39.29, 1);
    expect(sheet?.getCell('D3').alignment).toMatchObject({ wrapText: true });
    expect(sheet?.getCell('C2').fill).toMatchObject({ fgColor: { argb: 'FFF4C7C3' } });
    expect(sheet?.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
    expect(sheet?.getCell('A1').font).toMatchObject({ name: 'Noto Sans CJK TC', bold: true, charset: 136 });
    expect(sheet?.autoFilter).toBeTruthy();
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1', fitToWidth: 1 });
    expect(sheet?.headerFooter.oddHeader).toContain('115年度執行成效一覽表');
  });

  it('stores text beginning with = as a string, never a formula', async () => {
    const path = join(folder(), 'formula.xlsx');
    await createXlsxWorkbook(path, [{ name: '表單回應 1', rows: [['=1+1', '+2', '-3', '@a']] }]);
    const sheetXml = strFromU8(unzipSync(readFileSync(path))['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheetXml).not.toContain('<f>');
    expect((await openXlsxWorkbook(path).read()).tabs[0]?.rows).toEqual([['=1+1', '+2', '-3', '@a']]);
  });

  it('cuts a cell longer than Excel holds and says so in the cell', async () => {
    const path = join(folder(), 'long.xlsx');
    await createXlsxWorkbook(path, [{ name: '執行成效', rows: [['說'.repeat(40_000)]] }]);
    const cell = (await openXlsxWorkbook(path).read()).tabs[0]?.rows[0]?.[0];
    expect(typeof cell === 'string' && cell.length).toBe(32_767);
    expect(String(cell).endsWith(msg.xlsxCellTruncated)).toBe(true);
  });

  it('refuses a tab name Excel cannot hold, leaving the old file as it was', async () => {
    const dir = folder();
    const path = join(dir, 'book.xlsx');
    await createXlsxWorkbook(path, [RESULTS]);
    const before = readFileSync(path);
    await expect(createXlsxWorkbook(path, [{ name: '填報-民政課/社會課', rows: [] }])).rejects.toThrow(/分頁名稱/u);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });

  it('refuses a file that is not an .xlsx, and a missing one, with a zh-TW message', async () => {
    const bad = join(folder(), 'bad.xlsx');
    writeFileSync(bad, 'not a zip');
    await expect(openXlsxWorkbook(bad).read()).rejects.toBeInstanceOf(WorkbookError);
    await expect(openXlsxWorkbook(bad).read()).rejects.toThrow(/無法讀取.*\.xlsx/u);
    await expect(openXlsxWorkbook(join(folder(), 'none.xlsx')).read()).rejects.toThrow(/找不到活頁簿/u);
  });
});

describe('.xlsx files from other programs', () => {
  it('writes in place a sheet with an autofilter whose drawing part LibreOffice left empty, keeping the filter', async () => {
    const path = join(folder(), 'autofilter.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('表單回應 1');
    sheet.addRow(['填報單位', '辦理狀態']);
    sheet.addRow(['民政課', '辦理中']);
    sheet.autoFilter = 'A1:B2';
    await book.xlsx.writeFile(path);
    // As LibreOffice saves it: an empty drawing for the filter buttons, related to the sheet.
    const entries = unzipSync(readFileSync(path));
    entries['xl/drawings/drawing1.xml'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>',
    );
    entries['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
    );
    writeFileSync(path, zipSync(entries));
    expect(xlsxContents(readFileSync(path)).lost).toEqual([]);
    await openXlsxWorkbook(path).write({ outputs: [RESULTS], verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過'] }] });
    const written = (await load(path)).getWorksheet('表單回應 1');
    expect(written?.getCell('C2').value).toBe('通過');
    expect(written?.autoFilter).toBe('A1:B2');
  });

  it('says a zip that is not a workbook is not a valid .xlsx, rather than that it has no 計畫 tab', async () => {
    const path = join(folder(), 'renamed.xlsx');
    writeFileSync(path, zipSync({ 'a.txt': strToU8('abc') }));
    const error = await openXlsxWorkbook(path)
      .read()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as Error).message).toBe(msg.spreadsheetFileUnreadable(path, 'xlsx'));
  });
});

describe.skipIf(!hasLibreOffice)(libreOfficeTitle('.xlsx in LibreOffice'), () => {
  it('opens in LibreOffice with its Chinese text intact, and survives a trip through .ods', async () => {
    const dir = folder();
    const path = join(dir, '年度執行成效一覽表.xlsx');
    const tabs = [RESULTS, { name: '表單回應 1', rows: [['填報單位', '數量'], ['民政課', 12], [], ['社會課', true]] }];
    await createXlsxWorkbook(path, tabs);
    const out = join(dir, 'lo');
    await convertWithLibreOffice([path], CSV_ALL_SHEETS, out);
    await convertWithLibreOffice([path], 'ods', out);

    const csv = readFileSync(join(out, '年度執行成效一覽表-執行成效.csv'), 'utf8');
    expect(csv).toContain('"=IMPORTXML(""https://example.com"",""//title"")"');
    expect(csv).toContain('"第一行\n第二行"');
    expect(csv).toContain('  兩個空白開頭');
    // LibreOffice's own .ods of our .xlsx, read back by the .ods backend: the same values, but
    // LibreOffice has no boolean cells: it imports TRUE as the formula =TRUE() with the value 1.
    const asLibreOffice = (rows: Cell[][]) => rows.map((row) => row.map((cell) => (typeof cell === 'boolean' ? Number(cell) : cell)));
    expect((await openOdsWorkbook(join(out, '年度執行成效一覽表.ods')).read()).tabs).toEqual(
      tabs.map((tab) => ({ name: tab.name, rows: asLibreOffice(asRead(tab.rows)) })),
    );
  });

  it('prints every line of a wrapped cell: 執行成效 of several units, 佐證資料 links, 最近填報, 逾期, a converted tab’s 檢核結果', async () => {
    const path = join(folder(), 'book.xlsx');
    await createXlsxWorkbook(path, WRAPPED_TABS);
    await expectEveryLinePrinted(path, WRAPPED_TABS);
  });

  it('prints every line of a 檢核結果 written into a user’s file, and of the user’s own wrapped cells in its row', async () => {
    const path = join(folder(), 'user.xlsx');
    await userBook(path);
    await openXlsxWorkbook(path).write({ outputs: [], verdicts: [USER_VERDICTS] });
    await expectEveryLinePrinted(path, (await openXlsxWorkbook(path).read()).tabs);
  });

  // exceljs cannot carry charts, pivot tables and images through a save.
  describe('a file holding what exceljs would lose', () => {
    // 1×1 transparent PNG.
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const CHANGES = { outputs: [RESULTS], verdicts: [{ tab: '表單回應 1', column: 1, values: ['檢核結果', '通過'] }] };

    async function bookWith(extra: (book: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void): Promise<string> {
      const path = join(folder(), 'with-parts.xlsx');
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('表單回應 1');
      sheet.addRow(['填報單位']);
      sheet.addRow(['民政課']);
      extra(book, sheet);
      await book.xlsx.writeFile(path);
      return path;
    }
    const withImage = () =>
      bookWith((book, sheet) => sheet.addImage(book.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'C1:D3'));
    // exceljs cannot make a chart or a pivot table: parts are added to the zip as Excel would have them.
    const withParts = async (parts: string[]) => {
      const path = await bookWith(() => undefined);
      const entries = unzipSync(readFileSync(path));
      for (const part of parts) entries[part] = strToU8('<?xml version="1.0"?><x/>');
      writeFileSync(path, zipSync(entries));
      return path;
    };

    it('names charts, pivot tables and images, from the zip alone', async () => {
      expect(xlsxContents(readFileSync(await withImage())).lost).toEqual(['drawings']);
      expect(xlsxContents(readFileSync(await withParts(['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml']))).lost).toEqual([
        'charts',
        'pivotTables',
      ]);
      expect(xlsxContents(readFileSync(await bookWith((_book, sheet) => (sheet.getCell('A2').note = '主管備註')))).lost).toEqual([]);
    });

    it('refuses to write one in place, suggesting --out, and leaves it byte for byte', async () => {
      for (const path of [await withImage(), await withParts(['xl/charts/chart1.xml'])]) {
        const before = readFileSync(path);
        const error = await openXlsxWorkbook(path)
          .write(CHANGES)
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(WriteRefused);
        expect(error).toBeInstanceOf(WorkbookError);
        expect((error as Error).message).toMatch(/含有(圖表|圖片或繪圖物件).*--out/u);
        expect(readFileSync(path).equals(before)).toBe(true);
      }
    });

    it('writes a copy (consolidate --out) without them and says so', async () => {
      const path = await withParts(['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml']);
      const warnings: string[] = [];
      await openXlsxWorkbook(path, { copy: true, warn: (text) => warnings.push(text) }).write(CHANGES);
      expect(warnings).toEqual([msg.xlsxCopyPartsDropped(path, ['charts', 'pivotTables'])]);
      expect((await openXlsxWorkbook(path).read()).tabs.map((tab) => tab.name)).toEqual(['表單回應 1', '執行成效']);
    });

    it('writes one with only cell notes in place, as exceljs keeps notes', async () => {
      const path = await bookWith((_book, sheet) => (sheet.getCell('A2').note = '主管備註'));
      await openXlsxWorkbook(path).write(CHANGES);
      const book = await load(path);
      expect(book.getWorksheet('表單回應 1')?.getCell('B2').value).toBe('通過');
      expect(book.getWorksheet('表單回應 1')?.getCell('A2').note).toBe('主管備註');
    });
  });
});
