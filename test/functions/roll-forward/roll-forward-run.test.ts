// `guankao roll-forward` end to end on the example workbooks: next year's workbook written whole
// (CSV folder, .xlsx, a Google spreadsheet), consolidate runs on it, and what the user is told.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../functions/command-line.ts';
import { readCsvFolder } from '../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { openLocalWorkbook } from '../../../functions/workbooks/local-workbook.ts';
import { EXAMPLES_DIR, EXAMPLES_NOW } from '../../examples/example-run.ts';
import { useSheetsFake } from '../../fakes/sheets-server.ts';

const fake = useSheetsFake({ rootUrl: 'http://sheets.roll-forward.test/' });

function cli(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, now: () => EXAMPLES_NOW, env };
  return { run: (...argv: string[]) => runCli(argv, io), out: () => out.join(''), err: () => err.join('') };
}

const outFolder = () => join(mkdtempSync(join(tmpdir(), 'guankao-roll-')), 'next');

describe('guankao roll-forward', () => {
  it("writes next year's workbook, which consolidates, and leaves this year's as it was", async () => {
    const before = readdirSync(join(EXAMPLES_DIR, 'niaosong-113')).sort();
    const out = outFolder();
    const run = cli();
    expect(await run.run('roll-forward', join(EXAMPLES_DIR, 'niaosong-113'), '--out', out)).toBe(0);
    expect(run.out()).toContain('113 年度 → 114 年度：沿用具體作法 95 項、單位 7 個');
    expect(readdirSync(out).sort()).toEqual(['匯入說明.csv', '單位.csv', '計畫.csv', '設定.csv']);
    const next = await readCsvFolder(out);
    const plan = next.tabs.find((tab) => tab.name === '計畫')?.rows ?? [];
    expect(plan[0]?.at(-1)).toBe('檢討');
    // The example's 役政災防課 reported 1-1-4-4 落後 for 第4季, with its reason (examples/README.md).
    expect(plan.find((row) => row[0] === '1-1-4-4')?.at(-1)).toBe('落後（最近填報：113年第4季）；落後原因：國防部第4季釋出員額較少。');
    expect(readdirSync(join(EXAMPLES_DIR, 'niaosong-113')).sort()).toEqual(before);
    expect(await cli().run('consolidate', out)).toBe(0);
  });

  it('writes an .xlsx and into an empty Google spreadsheet', async () => {
    const xlsx = join(mkdtempSync(join(tmpdir(), 'guankao-roll-')), '116.xlsx');
    expect(await cli().run('roll-forward', join(EXAMPLES_DIR, 'wanhua-115'), '--out', xlsx)).toBe(0);
    const settings = (await openLocalWorkbook(xlsx).read()).tabs.find((tab) => tab.name === '設定')?.rows ?? [];
    expect(settings).toContainEqual(['計畫年度', 116]);
    const id = fake.createSpreadsheet([{ name: '工作表1', rows: [] }]);
    expect(await cli({ GUANKAO_SHEETS_API_URL: fake.rootUrl }).run('roll-forward', join(EXAMPLES_DIR, 'wanhua-115'), '--out', id)).toBe(0);
    expect(fake.tabs(id).map((tab) => tab.name)).toEqual(['工作表1', '設定', '計畫', '單位', '匯入說明']);
  });

  it('needs --out and never writes over a workbook', async () => {
    const missing = cli();
    expect(await missing.run('roll-forward', join(EXAMPLES_DIR, 'wanhua-115'))).toBe(2);
    expect(missing.err()).toContain('roll-forward 需要 --out');
    const onto = cli();
    expect(await onto.run('roll-forward', join(EXAMPLES_DIR, 'wanhua-115'), '--out', join(EXAMPLES_DIR, 'niaosong-113'))).toBe(2);
    expect(onto.err()).toContain('已經存在：不會覆寫既有的活頁簿');
  });
});
