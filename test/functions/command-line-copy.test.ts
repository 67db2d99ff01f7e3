// `consolidate <workbook> --out <copy>` onto the same kind copies the workbook and writes into the
// copy as in place: the user's date cells, merges and encodings survive, as they do without --out.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../functions/command-line.ts';
import { NOW } from '../builders.ts';

const quiet = { stdout: { write: () => true }, stderr: { write: () => true }, now: () => NOW, env: {} };
const dir = () => mkdtempSync(join(tmpdir(), 'guankao-copy-'));

function worksheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`the workbook has no ${name} sheet`);
  return sheet;
}

const SETTINGS = [
  ['項目', '內容'],
  ['機關名稱', '測試區公所'],
  ['計畫名稱', '115年度提升服務品質執行計畫'],
  ['計畫年度', '115'],
];
const PLAN = [
  ['項次', '實施要項', '具體作法', '執行單位', '完成期限'],
  ['1-1', '一、完備基礎服務', '檢討申請表單', '民政課', '持續辦理'],
  ['1-2', null, '簡化臨櫃流程', '民政課', '持續辦理'],
];
const FORM_HEADER = ['時間戳記', '填報單位', '具體作法', '填報期間', '辦理狀態', '執行成效'];
const FORM_ROW = ['民政課', '1-1 檢討申請表單', '115年3月', '辦理中', '完成問卷設計'];

describe('consolidate --out onto the same kind', () => {
  it('.xlsx: keeps a date cell with its format and a merged 實施要項, and leaves the input as it was', async () => {
    const input = join(dir(), 'plan.xlsx');
    const book = new ExcelJS.Workbook();
    const settings = book.addWorksheet('設定');
    for (const row of SETTINGS) settings.addRow(row);
    const plan = book.addWorksheet('計畫');
    for (const row of PLAN) plan.addRow(row);
    plan.mergeCells('B2:B3');
    const form = book.addWorksheet('表單回應 1');
    form.addRow(FORM_HEADER);
    form.addRow([new Date(Date.UTC(2026, 3, 2, 1, 15)), ...FORM_ROW]);
    form.getCell('A2').numFmt = 'yyyy/m/d h:mm';
    await book.xlsx.writeFile(input);
    const before = readFileSync(input);

    const out = join(dir(), 'copy.xlsx');
    expect(await runCli(['consolidate', input, '--out', out], quiet)).toBe(0);

    expect(readFileSync(input).equals(before)).toBe(true);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const copied = worksheet(copy, '表單回應 1');
    expect(copied.getCell('A2').value).toBeInstanceOf(Date);
    expect(copied.getCell('A2').numFmt).toBe('yyyy/m/d h:mm');
    expect(copied.getCell('G1').value).toBe('檢核結果');
    expect(copied.getCell('G2').value).toBe('通過');
    expect(worksheet(copy, '計畫').model.merges).toContain('B2:B3');
    expect(copy.getWorksheet('執行成效')?.getCell('A2').value).toBe('1-1');
  });

  it('.ods: keeps a date cell and a merged 實施要項', async () => {
    const cell = (value: string | null) =>
      value === null
        ? '<table:covered-table-cell/>'
        : `<table:table-cell office:value-type="string"><text:p>${value}</text:p></table:table-cell>`;
    const table = (name: string, rows: string[][]) =>
      `<table:table table:name="${name}">${rows.map((row) => `<table:table-row>${row.join('')}</table:table-row>`).join('')}</table:table>`;
    const merged =
      '<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>一、完備基礎服務</text:p></table:table-cell>';
    const date =
      '<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2026-04-02T09:15:00"><text:p>2026/4/2 09:15</text:p></table:table-cell>';
    const [header = [], first = [], second = []] = PLAN;
    const body = [
      table(
        '設定',
        SETTINGS.map((row) => row.map(cell)),
      ),
      table('計畫', [header.map(cell), [cell('1-1'), merged, ...first.slice(2).map(cell)], second.map(cell)]),
      table('表單回應 1', [FORM_HEADER.map(cell), [date, ...FORM_ROW.map(cell)]]),
    ].join('');
    const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"><office:automatic-styles><number:date-style style:name="N1"><number:year/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style><style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/></office:automatic-styles><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`;
    const input = join(dir(), 'plan.ods');
    writeFileSync(
      input,
      zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(content) }),
    );

    const out = join(dir(), 'copy.ods');
    expect(await runCli(['consolidate', input, '--out', out], quiet)).toBe(0);

    const written = strFromU8(unzipSync(readFileSync(out))['content.xml'] ?? new Uint8Array());
    expect(written).toContain('office:value-type="date" office:date-value="2026-04-02T09:15:00"');
    expect(written).toContain('table:style-name="ce1"');
    expect(written).toContain('table:number-rows-spanned="2"');
    expect(written).toContain('table:name="執行成效"');
  });

  it('CSV folder: a tab saved in CP950 (Big5) stays byte for byte as the user saved it', async () => {
    const input = dir();
    const csv = (rows: (string | null)[][]) => `${rows.map((row) => row.map((value) => value ?? '').join(',')).join('\r\n')}\r\n`;
    const plan = iconv.encode(csv(PLAN), 'cp950');
    writeFileSync(join(input, '計畫.csv'), plan);
    writeFileSync(join(input, '設定.csv'), `\uFEFF${csv(SETTINGS)}`);
    writeFileSync(join(input, '表單回應 1.csv'), `\uFEFF${csv([FORM_HEADER, ['2026/4/2 上午 9:15:00', ...FORM_ROW]])}`);

    const out = join(dir(), 'copy');
    expect(await runCli(['consolidate', input, '--out', out], quiet)).toBe(0);

    expect(readFileSync(join(out, '計畫.csv')).equals(plan)).toBe(true);
    expect(readFileSync(join(out, '表單回應 1.csv'), 'utf8')).toContain('完成問卷設計,通過');
    expect(readFileSync(join(out, '執行成效.csv'), 'utf8')).toContain('1-1');
  });

  it('.xlsx with an image: refused in place (exit 2, the file untouched); with --out the copy is written and the run says what it lacks', async () => {
    const input = join(dir(), 'plan-with-logo.xlsx');
    const book = new ExcelJS.Workbook();
    const settings = book.addWorksheet('設定');
    for (const row of SETTINGS) settings.addRow(row);
    const plan = book.addWorksheet('計畫');
    for (const row of PLAN) plan.addRow(row);
    const form = book.addWorksheet('表單回應 1');
    form.addRow(FORM_HEADER);
    form.addRow(['2026/4/2 上午 9:15:00', ...FORM_ROW]);
    const logo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    settings.addImage(book.addImage({ buffer: logo as unknown as ExcelJS.Buffer, extension: 'png' }), 'D1:E3');
    await book.xlsx.writeFile(input);
    const before = readFileSync(input);

    const err: string[] = [];
    const io = { ...quiet, stderr: { write: (text: string) => err.push(text) } };
    expect(await runCli(['consolidate', input], io)).toBe(2);
    expect(err.join('')).toContain(`「${input}」含有圖片或繪圖物件`);
    expect(err.join('')).toContain('--out');
    expect(readFileSync(input).equals(before)).toBe(true);

    err.length = 0;
    const out = join(dir(), 'copy.xlsx');
    expect(await runCli(['consolidate', input, '--out', out], io)).toBe(0);
    expect(err.join('')).toContain('圖片或繪圖物件沒有保留在副本中');
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.getWorksheet('表單回應 1')?.getCell('G2').value).toBe('通過');
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe('consolidate --out into a CSV folder that already holds tabs', () => {
  const csv = (rows: readonly (readonly (string | null)[])[]) =>
    `\uFEFF${rows.map((row) => row.map((value) => value ?? '').join(',')).join('\r\n')}\r\n`;
  const workbook = (unitTab: string) => {
    const input = dir();
    writeFileSync(join(input, '設定.csv'), csv(SETTINGS));
    writeFileSync(join(input, '計畫.csv'), csv(PLAN));
    writeFileSync(join(input, `${unitTab}.csv`), csv([FORM_HEADER.slice(2), FORM_ROW.slice(1)]));
    return input;
  };
  const filesIn = (folder: string) =>
    Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));

  it('is refused (exit 2, nothing written) when a tab file there is not one the copy writes, naming it', async () => {
    const out = join(dir(), '彙整結果');
    expect(await runCli(['consolidate', workbook('填報-民政課'), '--out', out], quiet)).toBe(0);
    const before = filesIn(out);
    const err: string[] = [];
    const other = workbook('填報-社會課');
    expect(await runCli(['consolidate', other, '--out', out], { ...quiet, stderr: { write: (text: string) => err.push(text) } })).toBe(2);
    expect(err.join('')).toBe(
      `「${out}」裡已有這次不會寫入的分頁檔：填報-民政課.csv（多半是另一個活頁簿的複本，或先前有、現在已改名或刪除的分頁）。資料夾裡的每個 CSV 檔都算是活頁簿的一個分頁，留著它們，複本就會混進不屬於這個活頁簿的資料，所以本次沒有寫入任何檔案：請以 --out 指定空的（或還不存在的）資料夾，或先移走這些檔案後重新執行。\n`,
    );
    expect(filesIn(out)).toEqual(before);
    // A conversion into the folder too (an .xlsx copy of the other workbook to CSV).
    const book = join(dir(), 'book.xlsx');
    expect(await runCli(['consolidate', other, '--out', book], quiet)).toBe(0);
    expect(await runCli(['consolidate', book, '--out', out], quiet)).toBe(2);
    expect(filesIn(out)).toEqual(before);
  });

  it('replaces a previous copy of the same workbook, and leaves files that are not tabs alone', async () => {
    const input = workbook('填報-民政課');
    const out = join(dir(), '彙整結果');
    expect(await runCli(['consolidate', input, '--out', out], quiet)).toBe(0);
    writeFileSync(join(out, '說明.txt'), '每週五彙整');
    writeFileSync(
      join(input, '填報-民政課.csv'),
      csv([FORM_HEADER.slice(2), FORM_ROW.slice(1), ['1-2 簡化臨櫃流程', '115年3月', '辦理中', '已簡化']]),
    );
    expect(await runCli(['consolidate', input, '--out', out], quiet)).toBe(0);
    expect(readFileSync(join(out, '填報-民政課.csv'), 'utf8')).toContain('已簡化,通過');
    expect(readFileSync(join(out, '說明.txt'), 'utf8')).toBe('每週五彙整');
    expect(readdirSync(out).sort()).toEqual(
      ['單位摘要.csv', '執行成效.csv', '填報-民政課.csv', '檢核錯誤.csv', '管考總表.csv', '計畫.csv', '設定.csv', '說明.txt'].sort(),
    );
  });

  it('keeps the 年度成效 tab year-end made in the copy, with the coordinator’s edits, when the copy is written again', async () => {
    const input = workbook('填報-民政課');
    const out = join(dir(), '彙整結果');
    expect(await runCli(['consolidate', input, '--out', out], quiet)).toBe(0);
    expect(
      await runCli(['year-end', out, '--out', join(dir(), '年度成效')], { ...quiet, env: { GUANKAO_SOFFICE: join(dir(), 'no-soffice') } }),
    ).toBe(0);
    const drafts = readFileSync(join(out, '年度成效.csv'));
    expect(await runCli(['consolidate', input, '--out', out], quiet)).toBe(0);
    expect(readFileSync(join(out, '年度成效.csv')).equals(drafts)).toBe(true);
  });
});

// An .xlsx workbook with 設定 and 計畫, for a test to add its form tab to.
function planBook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ['設定', SETTINGS],
    ['計畫', PLAN],
  ] as const) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return book;
}

describe('consolidate --out into another kind', () => {
  it('writes the date cells guankao reads into a CSV copy as the dates they are, and the copy checks as the workbook did', async () => {
    const input = join(dir(), 'dates.xlsx');
    const book = planBook();
    worksheet(book, '計畫').getCell('E3').value = new Date(Date.UTC(2026, 5, 30));
    const form = book.addWorksheet('表單回應 1');
    form.addRow([...FORM_HEADER, '辦理日期', '量化成果']);
    const at = (month: number, day: number, hours = 0, minutes = 0, seconds = 0) =>
      new Date(Date.UTC(2026, month - 1, day, hours, minutes, seconds));
    form.addRow([at(4, 3, 14, 5, 6), '民政課', '1-1 檢討申請表單', at(3, 1), '辦理中', '完成問卷設計', at(3, 15), 120]);
    // 辦理日期 after the row arrived: an error whose wording quotes the date, which the copy must give alike.
    form.addRow([at(4, 3, 15), '民政課', '1-2 簡化臨櫃流程', at(3, 1), '辦理中', '簡化流程', at(5, 2), 3]);
    for (const cell of ['A2', 'A3']) form.getCell(cell).numFmt = 'yyyy/m/d h:mm:ss';
    for (const cell of ['D2', 'D3', 'G2', 'G3']) form.getCell(cell).numFmt = 'yyyy/mm/dd';
    await book.xlsx.writeFile(input);

    const out = join(dir(), 'copy');
    expect(await runCli(['consolidate', input, '--out', out], quiet)).toBe(0);
    const copied = readFileSync(join(out, '表單回應 1.csv'), 'utf8').split('\r\n');
    expect(copied[1]).toMatch(/^2026\/4\/3 下午 2:05:06,民政課,1-1 檢討申請表單,115年3月1日,辦理中,完成問卷設計,115年3月15日,120,/u);
    expect(readFileSync(join(out, '計畫.csv'), 'utf8')).toContain('1-2,,簡化臨櫃流程,民政課,115年6月30日');

    // The same rows found wrong in the same columns, and the same 管考總表 (the wording may quote a date differently).
    const checksOf = async (workbook: string) => {
      const again = join(dir(), 'again');
      expect(await runCli(['consolidate', workbook, '--out', again], quiet)).toBe(0);
      const lines = (tab: string) =>
        readFileSync(join(again, `${tab}.csv`), 'utf8')
          .split('\r\n')
          .slice(1);
      return { problems: lines('檢核錯誤').map((line) => line.split(',').slice(0, 4).join(',')), tracking: lines('管考總表') };
    };
    const fromCopy = await checksOf(out);
    expect(fromCopy.problems).toContain('表單回應 1,3,民政課,辦理日期');
    expect(fromCopy).toEqual(await checksOf(input));
  });
});

describe('a large .xlsx', () => {
  it('is consolidated with a note that each run reads and writes it whole, and what to use instead', async () => {
    const input = join(dir(), 'large.xlsx');
    const book = planBook();
    const form = book.addWorksheet('表單回應 1');
    form.addRow(FORM_HEADER);
    for (let i = 0; i < 10_000; i++) form.addRow(['2026/4/2 上午 9:15:00', ...FORM_ROW]);
    await book.xlsx.writeFile(input);
    const out: string[] = [];
    const io = { ...quiet, stdout: { write: (text: string) => out.push(text) } };
    expect(await runCli(['consolidate', input, '--out', join(dir(), 'as-csv')], io)).toBe(0);
    expect(out.join('')).toContain('注意：這本 .xlsx 有 10,000 列填報。.xlsx 每次彙整都要把整本讀進記憶體、再整本寫回');
    out.length = 0;
    form.spliceRows(2, 1);
    await book.xlsx.writeFile(input);
    expect(await runCli(['consolidate', input, '--out', join(dir(), 'as-csv')], io)).toBe(0);
    expect(out.join('')).not.toContain('注意');
  });
});
