import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../functions/clock.ts';
import { EXIT } from '../../../functions/command-line.ts';
import type { Config } from '../../../functions/config.ts';
import { createFunctions } from '../../../functions/function-handlers.ts';
import type { LogEntry } from '../../../functions/logger.ts';
import { computeConsolidation } from '../../../functions/rebuild/consolidate-job.ts';
import { readOdsTables } from '../../../functions/workbooks/ods/ods-reader.ts';
import { openSheetsWorkbook } from '../../../functions/workbooks/sheets/sheets-workbook.ts';
import { publishYearEndToDrive } from '../../../functions/year-end/year-end-google.ts';
import * as domainMsg from '../../../shared/messages/domain/index.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import { aWorkbook, goodForm, NOW } from '../../builders.ts';
import { useGoogleFakes } from '../../fakes/drive-server.ts';
import { runCaptured } from '../cli-capture.ts';

const { sheets, drive } = useGoogleFakes();
const DRIVE_ROOT = 'https://www.googleapis.com/';
const ODS = 'application/x-vnd.oasis.opendocument.spreadsheet';
const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';
const ODT = 'application/vnd.oasis.opendocument.text';
const TITLE = msg.yearEndSpreadsheetTitle('臺北市測試區公所', 115);

const run = (argv: string[], env: Record<string, string> = {}) =>
  runCaptured(argv, { GUANKAO_SHEETS_API_URL: sheets.rootUrl, GUANKAO_DRIVE_API_URL: DRIVE_ROOT, ...env });

const workbook = () => sheets.createSpreadsheet(aWorkbook([goodForm(), goodForm({ 填報單位: '社會課', 執行成效: '社會課成果' })]).tabs);
const byType = () => Object.fromEntries(drive.files().map((file) => [file.mimeType, file]));
const summaryOf = () => {
  const file = byType()[SPREADSHEET];
  if (!file) throw new Error('no summary spreadsheet');
  return sheets.spreadsheet(file.id);
};

describe('guankao year-end <spreadsheet-id> with GUANKAO_DRIVE_FOLDER', () => {
  it('creates the summary spreadsheet (a tab per document, header frozen, charts) and its .ods and .pdf in the folder', async () => {
    const folder = drive.addFolder();
    const id = workbook();
    const result = await run(['year-end', id], { GUANKAO_DRIVE_FOLDER: `https://drive.google.com/drive/folders/${folder}` });
    expect(result).toMatchObject({ code: 0, stderr: '' });

    const files = drive.files();
    expect(files.map((file) => [file.name, file.mimeType, file.parents]).sort()).toEqual(
      [
        [TITLE, SPREADSHEET, [folder]],
        [`${TITLE}.ods`, ODS, [folder]],
        [`${TITLE}.pdf`, 'application/pdf', [folder]],
        [`${TITLE}.odt`, ODT, [folder]],
      ].sort(),
    );
    // The 一覽表 as the text document agencies post, laid out as the local PDF is.
    const odt = unzipSync(byType()[ODT]?.content ?? new Uint8Array());
    expect(strFromU8(odt.mimetype ?? new Uint8Array())).toBe(ODT);
    expect(strFromU8(odt['content.xml'] ?? new Uint8Array())).toContain('臺北市測試區公所115年度執行成效一覽表');
    // The editable tab, in the agency's own spreadsheet.
    const drafts = sheets.tabs(id).find((tab) => tab.name === '年度成效');
    expect(drafts?.rows[0]).toEqual(['項次', '具體作法', '狀態', '系統草稿', '公告文字', '草稿依據']);
    expect(drafts?.rows.map((row) => row[0])).toEqual(['項次', '1-1', '1-2', '2-1', '2-1-2']);
    for (const file of files) expect(file.appProperties).toMatchObject({ guankao: 'year-end', year: '115', source: id });
    expect(result.stdout).toContain(msg.driveFileLine(TITLE, byType()[SPREADSHEET]?.id ?? '', true));

    const summary = summaryOf();
    expect(summary.sheets.map((sheet) => sheet.properties.title)).toEqual([
      '年度執行成效一覽表',
      '年度管考總覽',
      '單位成效-秘書室',
      '單位成效-民政課',
      '單位成效-社會課',
    ]);
    const [table, overview] = summary.sheets;
    // Title, information line, header: all three stay in view.
    expect(table?.properties.gridProperties.frozenRowCount).toBe(3);
    expect(table?.cells[2]?.map((cell) => cell?.userEnteredValue?.stringValue)).toEqual(['項次', '實施要項', '具體作法', '執行成效']);
    expect(table?.cells[2]?.[0]?.userEnteredFormat).toMatchObject({ textFormat: { bold: true } });
    expect(table?.merges?.[0]).toMatchObject({ startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 4 });
    // Each 實施要項 merged down its column beside its practices, as in the agencies' own 一覽表.
    expect(table?.merges).toEqual(
      expect.arrayContaining([expect.objectContaining({ startRowIndex: 3, endRowIndex: 6, startColumnIndex: 1, endColumnIndex: 2 })]),
    );
    expect(table?.cells[3]?.[1]?.userEnteredValue?.stringValue).toBe('一、完備基礎服務項目');
    const charts = overview?.charts ?? [];
    expect(charts.map((chart) => (chart.spec as { basicChart: { chartType: string } }).basicChart.chartType)).toEqual(['BAR', 'LINE']);
    expect(charts.map((chart) => (chart.spec as { title: string }).title)).toEqual([domainMsg.chartCompletion, domainMsg.chartTrend]);

    const ods = byType()[ODS]?.content ?? new Uint8Array();
    const tabs = readOdsTables([strFromU8(unzipSync(ods)['content.xml'] ?? new Uint8Array())]);
    expect(tabs.map((tab) => tab.name)).toEqual(summary.sheets.map((sheet) => sheet.properties.title));
    expect(tabs[0]?.rows[0]).toEqual(['臺北市測試區公所115年度執行成效一覽表']);
    expect(strFromU8(byType()['application/pdf']?.content ?? new Uint8Array()).startsWith('%PDF-')).toBe(true);
    expect(drive.requests.every((request) => !request.authorized)).toBe(true);
  });

  it('replaces the four files in place on a second run: same ids, no extra file, a constant number of calls', async () => {
    const folder = drive.addFolder();
    const id = workbook();
    await run(['year-end', id], { GUANKAO_DRIVE_FOLDER: folder });
    const first = drive.files().map((file) => ({ id: file.id, version: file.version }));
    sheets.appendRows(id, '表單回應 1', [goodForm({ 執行成效: '第二次的成果' })]);
    drive.clearLog();
    const sheetsBefore = sheets.requests.length;

    expect((await run(['year-end', id], { GUANKAO_DRIVE_FOLDER: folder })).code).toBe(0);
    const second = drive.files();
    expect(second.map((file) => file.id)).toEqual(first.map((file) => file.id));
    expect(second.filter((file) => file.mimeType !== SPREADSHEET).map((file) => file.version)).toEqual([2, 2, 2]);
    const summary = summaryOf();
    expect(summary.sheets).toHaveLength(5);
    expect(summary.sheets[1]?.charts).toHaveLength(2);
    const ods = readOdsTables([strFromU8(unzipSync(byType()[ODS]?.content ?? new Uint8Array())['content.xml'] ?? new Uint8Array())]);
    expect(JSON.stringify(ods[0])).toContain('第二次的成果');

    // Drive: the folder, one list, two exports, three updates. Sheets, for the summary: one get, one
    // batchUpdate; for the agency's spreadsheet: its read (get, batchGet) and one batchUpdate of 年度成效.
    expect(drive.requests.map((request) => request.operation).sort()).toEqual(
      ['files.get', 'files.list', 'files.export', 'files.export', 'files.update', 'files.update', 'files.update'].sort(),
    );
    const summaryCalls = sheets.requests.slice(sheetsBefore).filter((request) => request.path.includes(byType()[SPREADSHEET]?.id ?? '-'));
    expect(summaryCalls.map((request) => request.method)).toEqual(['GET', 'POST']);
    const sourceCalls = sheets.requests.slice(sheetsBefore).filter((request) => request.path.includes(id));
    expect(sourceCalls.map((request) => request.method)).toEqual(['GET', 'GET', 'POST']);
  });

  it('publishes the coordinator’s 公告文字 from 年度成效 in the Drive documents and leaves it as typed', async () => {
    const folder = drive.addFolder();
    const coordinator = '研考人員定稿：本年度完成民眾滿意度調查。';
    const id = sheets.createSpreadsheet([
      ...aWorkbook([goodForm()]).tabs,
      {
        name: '年度成效',
        rows: [
          ['項次', '具體作法', '狀態', '系統草稿', '公告文字', '草稿依據', '備註'],
          ['2-1', null, null, null, coordinator, null, '科長已看過'],
        ],
      },
    ]);
    expect((await run(['year-end', id], { GUANKAO_DRIVE_FOLDER: folder })).code).toBe(0);
    const table = summaryOf().sheets[0];
    expect(table?.cells.some((row) => row?.some((cell) => cell?.userEnteredValue?.stringValue === coordinator))).toBe(true);
    expect(strFromU8(unzipSync(byType()[ODT]?.content ?? new Uint8Array())['content.xml'] ?? new Uint8Array())).toContain(coordinator);
    const drafts = sheets.tabs(id).find((tab) => tab.name === '年度成效');
    expect(drafts?.rows[1]).toEqual([
      '2-1',
      '辦理民眾滿意度調查',
      domainMsg.draftStateEdited,
      '【民政課】完成問卷設計（辦理中）\n未填報：社會課',
      coordinator,
      expect.stringMatching(/^d=\w+ p=\w+ t=\w+$/u),
      '科長已看過',
    ]);
    expect(drafts?.rows.map((row) => row[0])).toEqual(['項次', '2-1', '1-1', '1-2', '2-1-2']);
  });

  it('keeps the year apart from other workbooks and other years in the same folder', async () => {
    const folder = drive.addFolder();
    await run(['year-end', workbook()], { GUANKAO_DRIVE_FOLDER: folder });
    await run(['year-end', workbook()], { GUANKAO_DRIVE_FOLDER: folder });
    expect(drive.files()).toHaveLength(8);
  });

  it('says to share the folder with the service account when it is missing or not shared, and writes nothing', async () => {
    const hidden = drive.addFolder({ access: 'none' });
    const id = workbook();
    for (const folder of [hidden, '1NoSuchFolderxxxxxxxxxxxxxxxx']) {
      const result = await run(['year-end', id], { GUANKAO_DRIVE_FOLDER: folder });
      expect(result).toEqual({ code: 2, stdout: '', stderr: `${msg.driveFolderNotFound(folder, undefined)}\n` });
    }
    expect(msg.driveFolderNotFound('f', 'guankao@p.iam.gserviceaccount.com')).toContain('共用');
    expect(drive.files()).toEqual([]);
  });

  it('says what to do for a folder shared read-only, and for one outside a shared drive', async () => {
    const id = workbook();
    const readOnly = drive.addFolder({ access: 'read' });
    expect((await run(['year-end', id], { GUANKAO_DRIVE_FOLDER: readOnly })).stderr).toBe(
      `${msg.driveFolderReadOnly(readOnly, undefined)}\n`,
    );
    const myDrive = drive.addFolder({ sharedDrive: false });
    const result = await run(['year-end', id], { GUANKAO_DRIVE_FOLDER: myDrive });
    expect(result).toMatchObject({ code: 2, stderr: `${msg.driveNoStorage}\n` });
  });

  it('says Drive is busy and to run again later (exit 75) when it keeps answering 503 past the retries', async () => {
    const folder = drive.addFolder();
    drive.inject({ operation: 'files.get', status: 503, times: 100 });
    const result = await run(['year-end', workbook()], { GUANKAO_DRIVE_FOLDER: folder });
    expect(result).toEqual({ code: EXIT.tryLater, stdout: '', stderr: `${msg.cliServiceBusy(msg.driveUnavailable('HTTP 503'))}\n` });
    expect(drive.files()).toEqual([]);
  });

  it('asks for GUANKAO_DRIVE_FOLDER (or --out) before calling any API, and refuses a value that is not a folder', async () => {
    // A spreadsheet not shared with the service account: had the command called the API, the user would hear of that instead.
    const id = sheets.createSpreadsheet(aWorkbook([goodForm()]).tabs, { access: 'none' });
    expect(await run(['year-end', id])).toEqual({ code: 2, stdout: '', stderr: `${msg.yearEndNeedsFolder}\n` });
    const bad = await run(['year-end', id], { GUANKAO_DRIVE_FOLDER: 'my folder' });
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr: `${msg.configInvalid('GUANKAO_DRIVE_FOLDER', msg.configNotDriveFolder('my folder'))}\n`,
    });
    expect(drive.files()).toEqual([]);
  });
});

describe('publishing when Drive fails part-way', () => {
  const retry = { sleep: async () => undefined, random: () => 0 };
  const output = async (id: string) => {
    const computed = await computeConsolidation(openSheetsWorkbook(id, { rootUrl: sheets.rootUrl }), {
      now: () => NOW,
      open: () => openSheetsWorkbook(id, { rootUrl: sheets.rootUrl }),
    });
    if (!computed.ok) throw new Error(computed.reason);
    return computed.value.result.output;
  };

  it('never makes a second file when a create was applied but its answer was lost', async () => {
    const folder = drive.addFolder();
    const id = workbook();
    drive.inject({ operation: 'files.create', status: 503, afterApply: true, times: 3 });
    const published = await publishYearEndToDrive(await output(id), {
      folderId: folder,
      sourceSpreadsheetId: id,
      driveApiUrl: DRIVE_ROOT,
      sheetsApiUrl: sheets.rootUrl,
      retry,
    });
    expect(drive.files()).toHaveLength(4);
    expect(published.map((file) => file.id).sort()).toEqual(
      drive
        .files()
        .map((file) => file.id)
        .sort(),
    );
  });

  it('retries exports and updates through 503s and Drive 403 rate limits', async () => {
    const folder = drive.addFolder();
    const id = workbook();
    const input = await output(id);
    await publishYearEndToDrive(input, {
      folderId: folder,
      sourceSpreadsheetId: id,
      driveApiUrl: DRIVE_ROOT,
      sheetsApiUrl: sheets.rootUrl,
      retry,
    });
    drive.inject({ operation: 'files.export', status: 503 });
    drive.inject({ operation: 'files.update', status: 403 });
    const again = await publishYearEndToDrive(input, {
      folderId: folder,
      sourceSpreadsheetId: id,
      driveApiUrl: DRIVE_ROOT,
      sheetsApiUrl: sheets.rootUrl,
      retry,
    });
    expect(again.map((file) => file.created)).toEqual([false, false, false, false]);
    expect(drive.files()).toHaveLength(4);
  });
});

describe('the yearEnd function with GUANKAO_DRIVE_FOLDER', () => {
  const setup = (id: string, folderId: string) => {
    const logs: LogEntry[] = [];
    const config: Config = {
      workbook: id,
      hmacSecrets: [],
      devSecret: false,
      port: 0,
      sheetsApiUrl: sheets.rootUrl,
      drive: { folderId, apiUrl: DRIVE_ROOT },
    };
    return {
      logs,
      functions: createFunctions(config, { log: (entry) => logs.push(entry), clock: systemClock, windowMs: 20, retryDelaysMs: [20, 20] }),
    };
  };

  it('publishes the year into the folder, and a second run replaces it', async () => {
    const folder = drive.addFolder();
    const id = workbook();
    const { functions } = setup(id, folder);
    await functions.yearEnd();
    const first = drive.files().map((file) => file.id);
    expect(first).toHaveLength(4);
    // The rebuild's one write carried 年度成效 with the outputs and the year-end tabs.
    expect(sheets.tabs(id).find((tab) => tab.name === '年度成效')?.rows).toHaveLength(5);
    expect(sheets.tabs(id).map((tab) => tab.name)).toEqual(expect.arrayContaining(['年度執行成效一覽表', '年度成效']));
    await functions.yearEnd();
    expect(drive.files().map((file) => file.id)).toEqual(first);
    expect(summaryOf().sheets).toHaveLength(5);
  });

  it('logs the folder message as an unusable run when the folder is not shared', async () => {
    const folder = drive.addFolder({ access: 'none' });
    const { functions, logs } = setup(workbook(), folder);
    await functions.yearEnd();
    expect(logs.find((entry) => entry.event === 'year-end.unusable')?.error?.message).toBe(msg.driveFolderNotFound(folder, undefined));
  });
});
