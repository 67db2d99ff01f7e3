// `guankao prepare-period` on every backend: the rows each unit owes for the period, at the end of
// its 填報 tab (or its own spreadsheet), nothing twice, within the Sheets call budget.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../functions/command-line.ts';
import { createLocalWorkbook, openLocalWorkbook } from '../../../functions/workbooks/local-workbook.ts';
import type { Cell, Tab } from '../../../shared/workbook.ts';
import { aTab, aWorkbook, goodForm } from '../../builders.ts';
import { useSheetsFake } from '../../fakes/sheets-server.ts';
import { runCaptured } from '../cli-capture.ts';

const fake = useSheetsFake({ rootUrl: 'http://sheets.prepare.test/' });

const run = (argv: string[]) => runCaptured(argv, { GUANKAO_SHEETS_API_URL: fake.rootUrl });

const HEADER = ['具體作法', '填報期間', '辦理狀態', '執行成效', '檢核結果'];
// 民政課 reported 1-1 持續辦理 for 10月 and 2-1 for 11月; NOW (2026-11-23) has 11月 open.
const workbook = (): Tab[] => [
  ...aWorkbook([
    goodForm({ 具體作法: '1-1', 填報期間: '115年10月', 辦理狀態: '持續辦理', 時間戳記: '2026/11/2 上午 9:00:00' }),
    goodForm({ 具體作法: '2-1', 填報期間: '115年11月', 時間戳記: '2026/11/20 上午 9:00:00' }),
  ]).tabs,
  aTab('填報-民政課', [HEADER, ['2-1', '115年10月', '辦理中', '問卷回收']]),
];
const EXPECTED: Cell[][] = [
  HEADER,
  ['2-1', '115年10月', '辦理中', '問卷回收'],
  ['1-1 檢討各項申請表單', '115年11月', '持續辦理', null, '待填報（狀態沿用上期，請確認）'],
  ['2-1-2 里鄰長研習', '115年11月', null, null, '待填報'],
];

const local = (extension: string) => async (tabs: readonly Tab[]) => {
  const path = join(mkdtempSync(join(tmpdir(), 'guankao-prepare-')), `workbook${extension}`);
  await createLocalWorkbook(path, tabs);
  return path;
};
const localRows = async (path: string) => (await openLocalWorkbook(path).read()).tabs.find((tab) => tab.name === '填報-民政課')?.rows;

describe('guankao prepare-period', () => {
  it.each([
    { backend: 'a CSV folder', create: local(''), rows: localRows },
    { backend: 'an .xlsx file', create: local('.xlsx'), rows: localRows },
    { backend: 'an .ods file', create: local('.ods'), rows: localRows },
    {
      backend: 'a Google spreadsheet',
      create: async (tabs: readonly Tab[]) => fake.createSpreadsheet(tabs),
      rows: async (id: string) => fake.tabs(id).find((tab) => tab.name === '填報-民政課')?.rows,
    },
  ])('adds the open period’s rows to $backend, and nothing on a second run', async ({ create, rows }) => {
    const location = await create(workbook());
    const first = await run(['prepare-period', location]);
    expect(first).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(first.stdout).toContain('115年11月：已新增 2 列');
    expect(first.stdout).toContain('填報-民政課：2 列（1-1、2-1-2）');
    expect(first.stdout).toContain('沒有填報分頁，未新增：秘書室、社會課');
    const text = (cell: Cell | undefined) => (cell === undefined || cell === null ? null : String(cell));
    expect((await rows(location))?.map((row) => row.map(text))).toEqual(EXPECTED);
    const second = await run(['prepare-period', location]);
    expect(second.stdout).toContain('115年11月：各單位本期都已有填報列，未新增任何列。');
    expect((await rows(location))?.length).toBe(EXPECTED.length);
  });

  it('adds rows to a unit tab saved as Excel’s 「Unicode 文字」 (UTF-16, tabs) in that form, which reads back, and nothing on a second run', async () => {
    const location = await local('')(workbook().filter((tab) => tab.name !== '填報-民政課'));
    const unicodeText = '\uFEFF具體作法\t填報期間\t辦理狀態\t執行成效\t檢核結果\r\n2-1\t115年10月\t辦理中\t問卷回收\r\n';
    writeFileSync(join(location, '填報-民政課.csv'), Buffer.from(unicodeText, 'utf16le'));
    expect((await run(['prepare-period', location])).stdout).toContain('填報-民政課：2 列（1-1、2-1-2）');
    const text = readFileSync(join(location, '填報-民政課.csv')).toString('utf16le');
    expect(text).toBe(
      `${unicodeText}1-1 檢討各項申請表單\t115年11月\t持續辦理\t\t待填報（狀態沿用上期，請確認）\r\n2-1-2 里鄰長研習\t115年11月\t\t\t待填報\r\n`,
    );
    expect(await localRows(location)).toEqual(EXPECTED);
    expect((await run(['prepare-period', location])).stdout).toContain('各單位本期都已有填報列，未新增任何列');
    expect(readFileSync(join(location, '填報-民政課.csv')).toString('utf16le')).toBe(text);
  });

  it('costs a Google spreadsheet 2 reads and 1 write', async () => {
    const id = fake.createSpreadsheet(workbook());
    fake.clearLog();
    await run(['prepare-period', id]);
    expect(fake.requests.map((request) => request.kind)).toEqual(['read', 'read', 'write']);
  });

  it('prepares the period asked for, and says in zh-TW what is wrong with one it cannot use', async () => {
    const location = await local('')(workbook());
    expect((await run(['prepare-period', location, '--period', '115年9月'])).stdout).toContain('115年9月：已新增 3 列');
    const outside = await run(['prepare-period', location, '--period', '114年9月']);
    expect(outside).toMatchObject({ code: EXIT.unusable, stdout: '' });
    expect(outside.stderr).toContain('不在計畫年度（115 年）內');
    expect((await run(['prepare-period', location, '--period', '九月底'])).stderr).toContain('不是可辨識的填報期間');
    expect((await run(['prepare-period', location, '--out', 'x'])).stderr).toContain('指令 prepare-period 不使用選項「--out」');
    expect((await run(['prepare-period', location, '--period'])).stderr).toContain('例如 --period 115年4月');
  });

  it('adds a unit’s rows to its own spreadsheet (單位 › 填報試算表), not to this one', async () => {
    const own = fake.createSpreadsheet([aTab('填報', [['具體作法', '填報期間', '辦理狀態', '執行成效']])]);
    const tabs = workbook().map((tab) =>
      tab.name === '單位' ? { ...tab, rows: tab.rows.map((row) => (row[0] === '社會課' ? [...row.slice(0, 3), own] : row)) } : tab,
    );
    const id = fake.createSpreadsheet(tabs);
    const result = await run(['prepare-period', id]);
    expect(result.stdout).toContain('社會課 的填報試算表「填報」：2 列（1-1、2-1）');
    expect(fake.tabs(own)[0]?.rows.slice(1)).toEqual([
      ['1-1 檢討各項申請表單', '115年11月'],
      ['2-1 辦理民眾滿意度調查', '115年11月'],
    ]);
  });
});
