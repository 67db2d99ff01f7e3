// The Google Sheets backend against the msw fake of the Sheets API: the whole consolidation
// (computeConsolidation + writeConsolidation, and the command line) on a fake spreadsheet; the
// call budget from the fake's request log; atomic output replacement under injected failures;
// retries; and what the user is told when the spreadsheet cannot be used.
import { sheets } from '@googleapis/sheets';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../../functions/command-line.ts';
import { readPlanTabs } from '../../../../functions/ingest/ingest-plan.ts';
import { computeConsolidation, writeConsolidation } from '../../../../functions/rebuild/consolidate-job.ts';
import { openSheetsWorkbook, type SheetsOptions } from '../../../../functions/workbooks/sheets/sheets-workbook.ts';
import { isStagingTab } from '../../../../functions/workbooks/sheets/sheets-write-plan.ts';
import { ServiceBusy, WorkbookError } from '../../../../functions/workbooks/workbook-error.ts';
import * as msg from '../../../../shared/messages/functions/index.ts';
import { OUTPUT_TABS } from '../../../../shared/output-tabs.ts';
import type { Cell, OutputTab } from '../../../../shared/workbook.ts';
import { aTab, aWorkbook, goodForm, keyedDrafts, NOW } from '../../../builders.ts';
import { useSheetsFake } from '../../../fakes/sheets-server.ts';
import { runCaptured } from '../../cli-capture.ts';

const fake = useSheetsFake({ rootUrl: 'http://sheets.guankao.test/' });
const OUTPUTS = Object.values(OUTPUT_TABS);
const SERVICE_ACCOUNT = 'guankao-functions@agency-project.iam.gserviceaccount.com';

// The retry policy on a clock that never waits; `waits` records what it would have slept.
function testOptions(overrides: SheetsOptions = {}): SheetsOptions & { waits: number[] } {
  const waits: number[] = [];
  return {
    rootUrl: fake.rootUrl,
    retry: { sleep: async (ms) => void waits.push(ms), random: () => 0.5, now: () => 0 },
    serviceAccountEmail: async () => SERVICE_ACCOUNT,
    ...overrides,
    waits,
  };
}

const formRows = (count: number, narrative = '完成問卷設計'): Cell[][] =>
  Array.from({ length: count }, (_, i) =>
    goodForm({
      時間戳記: `2026/4/${(i % 28) + 1} 上午 9:15:00`,
      填報期間: `115年${(i % 3) + 1}月`,
      執行成效: `${narrative}（第${i + 1}次）`,
    }),
  );

async function consolidate(id: string, options: SheetsOptions) {
  const workbook = openSheetsWorkbook(id, options);
  const computed = await computeConsolidation(workbook, { now: () => NOW, open: (location) => openSheetsWorkbook(location, options) });
  if (!computed.ok) throw new Error(computed.reason);
  await writeConsolidation(workbook, computed.value);
  return computed.value.result.changes.outputs;
}

// An output tab as a read gives it back: blank cells null, trailing blanks gone.
const asRead = (rows: readonly (readonly Cell[])[]): Cell[][] => {
  const out = rows.map((row) => {
    const cells = row.map((cell) => (cell === '' ? null : cell));
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    return cells;
  });
  while (out.length > 0 && out.at(-1)?.length === 0) out.pop();
  return out;
};
const outputsIn = (id: string): Record<string, readonly (readonly Cell[])[]> =>
  Object.fromEntries(
    fake
      .tabs(id)
      .filter((tab) => OUTPUTS.includes(tab.name as (typeof OUTPUTS)[number]))
      .map((tab) => [tab.name, tab.rows]),
  );
const outputsOf = (outputs: readonly OutputTab[]) => Object.fromEntries(outputs.map((tab) => [tab.name, asRead(tab.rows)]));
const calls = () => fake.requests.map(({ method, path, kind }) => `${kind} ${method} ${path.replace(/\/v4\/spreadsheets\/[^/:]+/u, '…')}`);

describe('one consolidation on a Google spreadsheet', () => {
  it.each([100, 50_000])(
    'reads in 2 calls and writes in 1, whatever the rows (%i submission rows)',
    async (count) => {
      const id = fake.createSpreadsheet(aWorkbook(formRows(count)).tabs);
      const outputs = await consolidate(id, testOptions());
      expect(calls()).toEqual(['read GET …', 'read GET …/values:batchGet', 'write POST …:batchUpdate']);
      expect(outputsIn(id)).toEqual(outputsOf(outputs));
      const form = fake.tabs(id).find((tab) => tab.name === '表單回應 1');
      expect(form?.rows[0]?.at(-1)).toBe('檢核結果');
      expect(form?.rows.length).toBe(count + 1);
      expect(form?.rows.every((row, i) => i === 0 || typeof row.at(-1) === 'string')).toBe(true);
    },
    120_000,
  );

  it('reads the plan’s tabs alone for ingest, with the names of every tab, in the same 2 calls', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(3)).tabs);
    const part = await readPlanTabs(openSheetsWorkbook(id, testOptions()));
    expect(part.tabs.map((tab) => tab.name).sort()).toEqual(['單位', '計畫', '設定'].sort());
    expect(part.tabs.find((tab) => tab.name === '計畫')?.rows).toEqual(
      fake
        .tabs(id)
        .find((tab) => tab.name === '計畫')
        ?.rows.map((row) => asRead([row])[0] ?? []),
    );
    expect(part.tabNames).toEqual(fake.tabs(id).map((tab) => tab.name));
    expect(calls()).toEqual(['read GET …', 'read GET …/values:batchGet']);
    // What crossed the network: the values of those three tabs, not the form's rows.
    const ranges = new URLSearchParams(fake.requests[1]?.query ?? '').getAll('ranges');
    expect(ranges.map((range) => range.replace(/^'|'$/gu, '')).sort()).toEqual(['單位', '計畫', '設定'].sort());
  });

  it('reads a cell merged down several rows into each row it spans, from the merges of the same get, and consolidates by it', async () => {
    const base = aWorkbook([]);
    const plan = aTab('計畫', [
      ['項次', '實施要項', '具體作法', '執行單位'],
      ['1-1', '一、便民', '夜間服務', '民政課'],
      ['1-2', null, '預約服務', '民政課'],
      ['1-3', null, '資安', '秘書室'],
    ]);
    const own = aTab('填報-民政課', [
      ['具體作法', '填報期間', '辦理狀態', '執行成效'],
      ['1-2', '115年3月', '持續辦理', '預約120件'],
      ['1-1', '115年3月', '持續辦理', '夜間服務'],
    ]);
    const id = fake.createSpreadsheet([...base.tabs.filter((tab) => tab.name !== '計畫'), plan, own]);
    fake.merge(id, '計畫', { startRowIndex: 1, endRowIndex: 3, startColumnIndex: 3, endColumnIndex: 4 });
    fake.merge(id, '填報-民政課', { startRowIndex: 1, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 2 });
    expect(fake.tabs(id).find((tab) => tab.name === '計畫')?.rows[2]).toEqual(['1-2', null, '預約服務']);
    fake.clearLog();

    const { tabs } = await openSheetsWorkbook(id, testOptions()).read();
    expect(calls()).toEqual(['read GET …', 'read GET …/values:batchGet']);
    expect(tabs.find((tab) => tab.name === '計畫')?.rows.map((row) => row[3])).toEqual(['執行單位', '民政課', '民政課', '秘書室']);
    expect(tabs.find((tab) => tab.name === '填報-民政課')?.rows.map((row) => row[1])).toEqual(['填報期間', '115年3月', '115年3月']);

    const outputs = await consolidate(id, testOptions());
    const tracking = outputs.find((tab) => tab.name === '管考總表')?.rows ?? [];
    expect(tracking.filter((row) => row[0] === '1-2').map((row) => [row[2], row[5]])).toEqual([['民政課', '持續辦理']]);
    const written = fake.tabs(id).find((tab) => tab.name === '填報-民政課')?.rows ?? [];
    expect(written.map((row) => [row[1] ?? null, row[4]])).toEqual([
      ['填報期間', '檢核結果'],
      ['115年3月', '通過'],
      [null, '通過'],
    ]);
  });

  it('reads the spreadsheet’s time zone and sends no credentials to another API root', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(3)).tabs, { timeZone: 'America/New_York' });
    const snapshot = await openSheetsWorkbook(id, testOptions()).read();
    expect(snapshot.timeZone).toBe('America/New_York');
    expect(fake.requests.every((request) => !request.authorized)).toBe(true);
  });

  it('lays out the output tabs: header frozen, text wrapped, widths, a filter and coloured 辦理狀態', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(5)).tabs);
    await consolidate(id, testOptions());
    const results = fake.spreadsheet(id).sheets.find((sheet) => sheet.properties.title === OUTPUT_TABS.results);
    expect(results?.properties.gridProperties.frozenRowCount).toBe(1);
    expect(results?.cells[1]?.[4]?.userEnteredFormat).toMatchObject({ wrapStrategy: 'WRAP', verticalAlignment: 'TOP' });
    expect(results?.columnWidths).toMatchObject({ 0: 60, 4: 420 });
    // SPEC's eight columns and the run stamp's header cell after them (shared/run-stamp.ts).
    expect(results?.basicFilter?.range).toMatchObject({ startRowIndex: 0, startColumnIndex: 0, endColumnIndex: 9 });
    const colours = results?.conditionalFormats.map(
      (rule) =>
        (rule as { booleanRule: { condition: { values: { userEnteredValue: string }[] } } }).booleanRule.condition.values[0]
          ?.userEnteredValue,
    );
    expect(colours).toEqual(expect.arrayContaining(['落後', '已完成', '未填報', '辦理中']));
  });

  it('keeps the output tabs’ ids and their rule count steady over runs', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(5)).tabs);
    await consolidate(id, testOptions());
    const ids = () =>
      fake.spreadsheet(id).sheets.map((sheet) => [sheet.properties.title, sheet.properties.sheetId, sheet.conditionalFormats.length]);
    const first = ids();
    await consolidate(id, testOptions());
    expect(ids()).toEqual(first);
  });
});

describe('keyed columns (年度成效) on a Google spreadsheet', () => {
  const keyed = keyedDrafts();

  it('never writes a cell the coordinator typed between the read and the write: only the system’s cells are sent, values only', async () => {
    const id = fake.createSpreadsheet([
      ...aWorkbook([]).tabs,
      { name: '年度成效', rows: [['項次', '草稿', '公告文字', '狀態'], ['1-1'], ['1-2']] },
    ]);
    const workbook = openSheetsWorkbook(id, testOptions());
    await workbook.read();
    const tab = fake.spreadsheet(id).sheets.find((sheet) => sheet.properties.title === '年度成效');
    const row = tab?.cells[2];
    if (row) row[2] = { userEnteredValue: { stringValue: '剛寫好的文字' } };
    await workbook.write({ outputs: [], verdicts: [], keyedColumns: [keyed] });
    expect(fake.tabs(id).find((candidate) => candidate.name === '年度成效')?.rows).toEqual([
      ['項次', '草稿', '公告文字', '狀態'],
      ['1-1', '草稿一', null, '採用系統草稿'],
      ['1-2', '草稿二', '剛寫好的文字', '採用公告文字'],
    ]);
  });

  it('costs no call of its own: the keyed columns go in the write’s one batchUpdate', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(3)).tabs);
    const workbook = openSheetsWorkbook(id, testOptions());
    const snapshot = await workbook.read();
    fake.clearLog();
    const run = await computeConsolidation(
      { location: id, read: async () => snapshot, write: (changes) => workbook.write(changes) },
      { now: () => NOW, open: () => workbook },
    );
    if (!run.ok) throw new Error(run.reason);
    await workbook.write({ ...run.value.result.changes, keyedColumns: [keyed] });
    expect(fake.requests.map((request) => request.method)).toEqual(['POST']);
    expect(fake.tabs(id).find((candidate) => candidate.name === '年度成效')?.rows).toHaveLength(3);
  });
});

describe('a write that fails half-way', () => {
  // v1 is written; then a unit reports again, and the run that would write v2 meets a fault.
  async function twoVersions(options: SheetsOptions) {
    const id = fake.createSpreadsheet(aWorkbook(formRows(40)).tabs);
    const v1 = outputsOf(await consolidate(id, options));
    fake.appendRows(id, '表單回應 1', [goodForm({ 填報單位: '社會課', 執行成效: '社會課的新回報' })]);
    fake.clearLog();
    return { id, v1 };
  }
  const writeCount = () => fake.requests.filter((request) => request.kind === 'write').length;
  const cases = [
    { path: 'one batchUpdate', payloadLimit: undefined },
    // Small enough that every output is staged in several batches.
    { path: 'staged batchUpdates', payloadLimit: 4_000 },
  ];

  it.each(cases)('leaves the previous outputs when every attempt fails ($path), and the next run heals', async ({ payloadLimit }) => {
    const options = testOptions(payloadLimit ? { payloadLimit } : {});
    const { id, v1 } = await twoVersions(options);
    // Every attempt of the second write fails: with a split write that is a staging batch.
    fake.inject({ kind: 'write', nth: payloadLimit ? 2 : 1, status: 500, times: 4 });
    await expect(consolidate(id, options)).rejects.toThrow(msg.sheetsUnavailable('HTTP 500'));
    expect(outputsIn(id)).toEqual(v1);
    fake.clearLog();
    const v2 = outputsOf(await consolidate(id, options));
    if (payloadLimit) expect(writeCount()).toBeGreaterThan(4);
    else expect(writeCount()).toBe(1);
    expect(v2).not.toEqual(v1);
    expect(outputsIn(id)).toEqual(v2);
    expect(fake.tabs(id).some((tab) => isStagingTab(tab.name))).toBe(false);
  });

  it.each(cases)('ends with the new outputs, once each, whichever write’s answer is lost ($path)', async ({ payloadLimit }) => {
    const options = testOptions(payloadLimit ? { payloadLimit } : {});
    await twoVersions(options).then(({ id }) => consolidate(id, options));
    const writes = writeCount();
    for (let nth = 1; nth <= writes; nth++) {
      fake.reset();
      const { id } = await twoVersions(options);
      // The write is applied, then the connection drops: the retry must neither fail nor duplicate.
      fake.inject({ kind: 'write', nth, reset: true, afterApply: true });
      const v2 = outputsOf(await consolidate(id, options));
      expect(outputsIn(id)).toEqual(v2);
      const titles = fake.tabs(id).map((tab) => tab.name);
      expect(titles.filter((title) => OUTPUTS.includes(title as (typeof OUTPUTS)[number])).sort()).toEqual([...OUTPUTS].sort());
      expect(titles.some(isStagingTab)).toBe(false);
    }
  });
});

describe('retries', () => {
  it('waits as long as Retry-After asks on a 429, then reads', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(2)).tabs);
    const options = testOptions();
    fake.inject({ kind: 'read', status: 429, retryAfter: '7' });
    const snapshot = await openSheetsWorkbook(id, options).read();
    expect(snapshot.tabs.map((tab) => tab.name)).toContain('表單回應 1');
    expect(options.waits).toEqual([7_000]);
    expect(fake.requests.map((request) => request.status)).toEqual([429, 200, 200]);
  });

  it('backs off with full jitter on 503 and a dropped connection, within the attempt bound', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(2)).tabs);
    const options = testOptions();
    fake.inject({ kind: 'read', status: 503 });
    fake.inject({ kind: 'read', reset: true });
    await openSheetsWorkbook(id, options).read();
    // random() = 0.5 of a ceiling of 1 s, then 2 s.
    expect(options.waits).toEqual([500, 1_000]);
  });

  it('gives up after 4 attempts and says the quota is used up, as a service that is busy rather than a broken workbook', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(2)).tabs);
    fake.inject({ kind: 'read', status: 429, times: 10 });
    const options = testOptions();
    const read = openSheetsWorkbook(id, options).read();
    await expect(read).rejects.toThrow(new ServiceBusy(msg.sheetsQuotaExhausted));
    await expect(read).rejects.not.toBeInstanceOf(WorkbookError);
    // Three waits between four attempts, then no more.
    expect(options.waits).toEqual([500, 1_000, 2_000]);
  });

  describe('appended rows, which a repeat would add twice', () => {
    const unitTab = {
      name: '填報-民政課',
      rows: [
        ['具體作法', '填報期間', '辦理狀態'],
        ['1-1', '115年10月', '持續辦理'],
      ],
    };
    const appends = [{ tab: '填報-民政課', rows: [['1-1', '115年11月', '持續辦理']] }];
    const unitRows = (id: string) => fake.tabs(id).find((tab) => tab.name === '填報-民政課')?.rows;

    it('are retried after a 429, which says nothing was applied', async () => {
      const id = fake.createSpreadsheet([...aWorkbook([]).tabs, unitTab]);
      const workbook = openSheetsWorkbook(id, testOptions());
      await workbook.read();
      fake.inject({ kind: 'write', status: 429 });
      await workbook.write({ outputs: [], verdicts: [], appends });
      expect(unitRows(id)).toEqual([...unitTab.rows, ['1-1', '115年11月', '持續辦理']]);
    });

    it('are not sent again after a 5xx or a dropped connection, which may come after they were added: Google is busy, and running again is safe', async () => {
      for (const fault of [{ status: 503 as const }, { reset: true }]) {
        fake.reset();
        const id = fake.createSpreadsheet([...aWorkbook([]).tabs, unitTab]);
        const workbook = openSheetsWorkbook(id, testOptions());
        await workbook.read();
        fake.inject({ kind: 'write', afterApply: true, ...fault });
        await expect(workbook.write({ outputs: [], verdicts: [], appends })).rejects.toBeInstanceOf(ServiceBusy);
        expect(unitRows(id)).toEqual([...unitTab.rows, ['1-1', '115年11月', '持續辦理']]);
      }
    });
  });

  it('never retries a request the API refused as invalid', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(2)).tabs);
    const workbook = openSheetsWorkbook(id, testOptions());
    await workbook.read();
    // Meanwhile the coordinator deletes the form tab and makes it again: same title, a new sheet id.
    const api = sheets({ version: 'v4', rootUrl: fake.rootUrl, retry: false });
    const formId = fake.spreadsheet(id).sheets[3]?.properties.sheetId;
    await api.spreadsheets.batchUpdate({
      spreadsheetId: id,
      requestBody: { requests: [{ deleteSheet: { sheetId: formId ?? 0 } }, { addSheet: { properties: { title: '表單回應 1' } } }] },
    });
    fake.clearLog();
    // The write planned on the read's sheet ids is refused whole (400); fresh ids, one more try.
    await workbook.write({ outputs: [], verdicts: [{ tab: '表單回應 1', column: 12, values: ['檢核結果'] }] });
    expect(calls()).toEqual(['write POST …:batchUpdate', 'read GET …', 'write POST …:batchUpdate']);
    expect(fake.requests.map((request) => request.status)).toEqual([400, 200, 200]);
    expect(fake.tabs(id).find((tab) => tab.name === '表單回應 1')?.rows).toEqual([
      [null, null, null, null, null, null, null, null, null, null, null, null, '檢核結果'],
    ]);
  });
});

describe('a spreadsheet that cannot be used', () => {
  it('tells the user to share it with the service account, by its e-mail, on a 403', async () => {
    const id = fake.createSpreadsheet(aWorkbook([]).tabs, { access: 'none' });
    const read = openSheetsWorkbook(id, testOptions()).read();
    await expect(read).rejects.toThrow(new WorkbookError(msg.sheetsForbidden(id, SERVICE_ACCOUNT)));
    expect(msg.sheetsForbidden(id, SERVICE_ACCOUNT)).toContain(SERVICE_ACCOUNT);
  });

  it('tells the user to check the id on a 404', async () => {
    const id = 'x'.repeat(44);
    const options = testOptions();
    await expect(openSheetsWorkbook(id, options).read()).rejects.toThrow(new WorkbookError(msg.sheetsNotFound(id)));
    expect(options.waits).toEqual([]);
  });
});

describe('guankao consolidate <spreadsheet-id> with GUANKAO_SHEETS_API_URL', () => {
  const run = (argv: string[]) => runCaptured(argv, { GUANKAO_SHEETS_API_URL: fake.rootUrl });

  it('consolidates the spreadsheet in place, given its id or its URL', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(10)).tabs);
    const byId = await run(['consolidate', id]);
    expect(byId).toMatchObject({ code: 0, stderr: '' });
    expect(byId.stdout).toContain(msg.cliWroteConsolidation(id, OUTPUTS));
    expect(Object.keys(outputsIn(id)).sort()).toEqual([...OUTPUTS].sort());
    const byUrl = await run(['consolidate', `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`]);
    expect(byUrl.code).toBe(0);
    expect(fake.requests.every((request) => !request.authorized)).toBe(true);
  });

  it.each([
    { fault: 429 as const, said: msg.sheetsQuotaExhausted },
    { fault: 503 as const, said: msg.sheetsUnavailable('HTTP 503') },
  ])(
    'says Google is busy and to run again later (exit 75), not an unexpected error, when Sheets answers $fault past the retries',
    async ({ fault, said }) => {
      const id = fake.createSpreadsheet(aWorkbook(formRows(3)).tabs);
      fake.inject({ status: fault, times: 100 });
      const result = await run(['consolidate', id]);
      expect(result).toEqual({ code: EXIT.tryLater, stdout: '', stderr: `${msg.cliServiceBusy(said)}\n` });
      expect(EXIT.tryLater).toBe(75);
      expect(result.stderr).not.toContain('未預期');
      // Every attempt the policy allows was made, and nothing was written meanwhile.
      expect(fake.requests.map((request) => request.status)).toEqual([fault, fault, fault, fault]);
    },
  );

  it('goes on once Google answers again within the retries', async () => {
    const id = fake.createSpreadsheet(aWorkbook(formRows(3)).tabs);
    fake.inject({ status: 503, times: 3 });
    expect((await run(['consolidate', id])).code).toBe(EXIT.ok);
    expect(Object.keys(outputsIn(id)).sort()).toEqual([...OUTPUTS].sort());
  });

  it('exits 2 with the zh-TW message when the spreadsheet is not shared', async () => {
    const id = fake.createSpreadsheet(aWorkbook([]).tabs, { access: 'none' });
    const result = await run(['consolidate', id]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${msg.sheetsForbidden(id, undefined)}\n` });
  });
});
