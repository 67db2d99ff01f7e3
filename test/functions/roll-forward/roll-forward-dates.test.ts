// roll-forward on a plan whose 完成期限 are typed as dates (serial numbers from .xlsx, .ods or
// Sheets): each is moved a year and stays a date in next year's workbook, on every backend.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../functions/command-line.ts';
import { readCsvFolder } from '../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { openLocalWorkbook } from '../../../functions/workbooks/local-workbook.ts';
import { parsePlan } from '../../../shared/plan.ts';
import type { Cell, Snapshot, Tab } from '../../../shared/workbook.ts';
import { NOW } from '../../builders.ts';
import { useSheetsFake } from '../../fakes/sheets-server.ts';

const fake = useSheetsFake({ rootUrl: 'http://sheets.roll-dates.test/' });

// 115年6月30日 and 115年3月31日 as Sheets, Excel and LibreOffice count days; 116年… a year on.
const JUNE_30 = 46203;
const MARCH_31 = 46112;
const NEXT_JUNE_30 = 46568;
const NEXT_MARCH_31 = 46477;

const TABS: readonly Tab[] = [
  {
    name: '設定',
    rows: [
      ['項目', '內容'],
      ['機關名稱', '新北市板橋區戶政事務所'],
      ['計畫名稱', '115年度提升服務品質執行計畫'],
      ['計畫年度', 115],
      ['填報週期', '月'],
      ['填報截止日', 5],
    ],
  },
  {
    name: '單位',
    rows: [
      ['單位', '別名', '填報人電子郵件'],
      ['戶籍課', '戶籍', 'a@x.gov.tw'],
      ['資訊課', '', 'b@x.gov.tw'],
    ],
  },
  {
    name: '計畫',
    rows: [
      ['項次', '實施要項', '具體作法', '執行單位', '完成期限'],
      [1, '一、便民服務', '延長夜間服務', '戶籍課', JUNE_30],
      [2, '', '線上預約', '資訊課', '持續辦理'],
      [3, '二、資訊', '資安演練', '資訊課', MARCH_31],
    ],
  },
];

const dir = () => mkdtempSync(join(tmpdir(), 'guankao-roll-dates-'));

function cli(env: Record<string, string> = {}) {
  const out: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) }, now: () => NOW, env };
  return { run: (...argv: string[]) => runCli(argv, io), out: () => out.join('') };
}

// The workbook as LibreOffice or Excel saves it: 完成期限 are date cells (a Date with a date format).
async function xlsxWithDateCells(): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const tab of TABS) {
    const sheet = book.addWorksheet(tab.name);
    tab.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        if (tab.name === '計畫' && c === 4 && typeof value === 'number') {
          cell.value = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
          cell.numFmt = 'yyyy/mm/dd';
        } else if (value !== null) {
          cell.value = value;
        }
      });
    });
  }
  const path = join(dir(), '115.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

const planRows = (snapshot: Snapshot): readonly (readonly Cell[])[] => snapshot.tabs.find((tab) => tab.name === '計畫')?.rows ?? [];
const notesOf = (snapshot: Snapshot): string => JSON.stringify(snapshot.tabs.find((tab) => tab.name === '匯入說明')?.rows ?? []);

function expectNextYearDeadlines(snapshot: Snapshot): void {
  const parsed = parsePlan(snapshot);
  if (!parsed.ok) throw new Error(parsed.reason);
  expect(parsed.value.plan.practices.map((practice) => practice.deadline)).toEqual([
    expect.objectContaining({ kind: 'date', date: { year: 2027, month: 6, day: 30 } }),
    expect.objectContaining({ kind: 'continuous' }),
    expect.objectContaining({ kind: 'date', date: { year: 2027, month: 3, day: 31 } }),
  ]);
  expect(notesOf(snapshot)).toContain('其中 2 項的完成期限改到 116 年');
}

describe('roll-forward of 完成期限 typed as dates', () => {
  it('moves them a year and keeps them date cells in an .xlsx', async () => {
    const out = join(dir(), '116.xlsx');
    expect(await cli().run('roll-forward', await xlsxWithDateCells(), '--out', out)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const cell = book.getWorksheet('計畫')?.getCell('E2');
    expect(cell?.value).toEqual(new Date(Date.UTC(2027, 5, 30)));
    expect(cell?.numFmt).toContain('gge');
    const next = await openLocalWorkbook(out).read();
    expect(planRows(next).map((row) => row[4])).toEqual(['完成期限', NEXT_JUNE_30, '持續辦理', NEXT_MARCH_31]);
    expectNextYearDeadlines(next);
  });

  it('writes them as date cells in an .ods', async () => {
    const out = join(dir(), '116.ods');
    expect(await cli().run('roll-forward', await xlsxWithDateCells(), '--out', out)).toBe(0);
    const content = strFromU8(unzipSync(readFileSync(out))['content.xml'] ?? new Uint8Array());
    expect(content).toContain('office:value-type="date" office:date-value="2027-06-30"');
    expect(content).toContain('office:value-type="date" office:date-value="2027-03-31"');
    expectNextYearDeadlines(await openLocalWorkbook(out).read());
  });

  it('writes them as the ROC date in a CSV folder', async () => {
    const out = join(dir(), '116');
    expect(await cli().run('roll-forward', await xlsxWithDateCells(), '--out', out)).toBe(0);
    const next = await readCsvFolder(out);
    expect(planRows(next).map((row) => row[4])).toEqual(['完成期限', '116年6月30日', '持續辦理', '116年3月31日']);
    expectNextYearDeadlines(next);
  });

  it('reads them as Sheets serials and writes them as date cells into a Google spreadsheet', async () => {
    const env = { GUANKAO_SHEETS_API_URL: fake.rootUrl };
    const source = fake.createSpreadsheet(TABS);
    const target = fake.createSpreadsheet([{ name: '工作表1', rows: [] }]);
    const run = cli(env);
    expect(await run.run('roll-forward', source, '--out', target)).toBe(0);
    const plan = fake.spreadsheet(target).sheets.find((sheet) => sheet.properties.title === '計畫');
    const cell = plan?.cells[1]?.[4];
    expect(cell?.userEnteredValue).toEqual({ numberValue: NEXT_JUNE_30 });
    expect(cell?.userEnteredFormat).toMatchObject({ numberFormat: { type: 'DATE' } });
    expectNextYearDeadlines({ tabs: fake.tabs(target) });
  });
});
