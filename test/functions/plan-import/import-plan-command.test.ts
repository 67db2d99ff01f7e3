// `guankao import-plan` end to end: a plan document in, a workbook out (every backend), what the
// coordinator is told, and the round trip import → consolidate → year-end on every plan fixture.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../functions/command-line.ts';
import { readCsvFolder } from '../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { createLocalWorkbook, openLocalWorkbook } from '../../../functions/workbooks/local-workbook.ts';
import type { Snapshot } from '../../../shared/workbook.ts';
import { NOW } from '../../builders.ts';
import { useSheetsFake } from '../../fakes/sheets-server.ts';
import { convertWithLibreOffice, hasLibreOffice, libreOfficeTitle } from '../year-end/libreoffice.ts';
import { borderedNiaosongOdt, veteransOdt, wanhuaOdt } from './plan-fixtures.ts';

const fake = useSheetsFake({ rootUrl: 'http://sheets.import-plan.test/' });
const FIXTURES = new URL('../../fixtures/plans/', import.meta.url).pathname;
const fixtures = JSON.parse(readFileSync(join(FIXTURES, 'fixtures.json'), 'utf8')) as { name: string; document: string }[];

function cli(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, now: () => NOW, env };
  return { run: (...argv: string[]) => runCli(argv, io), out: () => out.join(''), err: () => err.join('') };
}

function placeDocument(file: string, name = file): string {
  const folder = mkdtempSync(join(tmpdir(), 'guankao-import-'));
  copyFileSync(join(FIXTURES, file), join(folder, name));
  return join(folder, name);
}

const tab = (snapshot: Snapshot, name: string) => snapshot.tabs.find((t) => t.name === name)?.rows ?? [];

describe('guankao import-plan', () => {
  it('writes the workbook beside the document by default and says what it found', async () => {
    const document = placeDocument('wanhua-115.txt', '萬華計畫.txt');
    const run = cli();
    expect(await run.run('import-plan', document)).toBe(0);
    const written = document.replace('萬華計畫.txt', '萬華計畫-管考.xlsx');
    expect(run.out()).toContain('找到具體作法 72 項、單位 10 個；匯入說明');
    expect(run.out()).toContain(`已寫入 ${written}`);
    expect(run.err()).toBe('');
    const snapshot = await openLocalWorkbook(written).read();
    expect(snapshot.tabs.map((t) => t.name)).toEqual(['設定', '計畫', '單位', '匯入說明']);
    expect(tab(snapshot, '設定')).toContainEqual(['計畫年度', 115]);
    expect(tab(snapshot, '計畫')).toHaveLength(73);
    expect(tab(snapshot, '匯入說明')).toContainEqual([
      '計畫',
      30,
      '6之2',
      '第 5 個表格第 8 列',
      '項次「6」與前面的作法重複，本項以「6之2」識別。',
    ]);
  });

  it('writes an .ods file and a CSV folder', async () => {
    const document = placeDocument('niaosong-113.txt');
    const folder = mkdtempSync(join(tmpdir(), 'guankao-import-out-'));
    expect(await cli().run('import-plan', document, '--out', join(folder, 'plan.ods'))).toBe(0);
    expect(tab(await openLocalWorkbook(join(folder, 'plan.ods')).read(), '計畫')).toHaveLength(96);
    expect(await cli().run('import-plan', document, '--out', join(folder, 'csv'))).toBe(0);
    expect(readdirSync(join(folder, 'csv')).sort()).toEqual(['匯入說明.csv', '單位.csv', '計畫.csv', '設定.csv']);
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('writes into an empty Google spreadsheet and refuses one that holds a plan', async () => {
    const env = { GUANKAO_SHEETS_API_URL: fake.rootUrl };
    const empty = fake.createSpreadsheet([{ name: '工作表1', rows: [] }]);
    expect(await cli(env).run('import-plan', placeDocument('taipei-vac-114.txt'), '--out', empty)).toBe(0);
    expect(fake.tabs(empty).map((t) => t.name)).toEqual(['工作表1', '設定', '計畫', '單位', '匯入說明']);
    const used = fake.createSpreadsheet([{ name: '計畫', rows: [['具體作法'], ['既有']] }]);
    const run = cli(env);
    expect(await run.run('import-plan', placeDocument('taipei-vac-114.txt'), '--out', used)).toBe(2);
    expect(run.err()).toContain('「計畫」 分頁已有內容');
    expect(fake.tabs(used)).toEqual([{ name: '計畫', rows: [['具體作法'], ['既有']] }]);
  });

  it('never writes over a workbook that is there (exit 2, the file as it was)', async () => {
    const document = placeDocument('xinyi-household-114.md');
    const existing = join(mkdtempSync(join(tmpdir(), 'guankao-import-out-')), 'plan.xlsx');
    writeFileSync(existing, "the coordinator's workbook");
    const run = cli();
    expect(await run.run('import-plan', document, '--out', existing)).toBe(2);
    expect(run.err()).toContain('已經存在：不會覆寫既有的活頁簿');
    expect(readFileSync(existing, 'utf8')).toBe("the coordinator's workbook");
  });

  it('exits 2 saying what the document holds when it has no plan table, and writes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'guankao-import-'));
    const document = join(folder, '會議紀錄.txt');
    writeFileSync(document, '某某區公所115年度會議紀錄\n\n壹、主席致詞\n\n略。\n');
    const run = cli();
    expect(await run.run('import-plan', document)).toBe(2);
    expect(run.err()).toContain('中找不到計畫表或具體作法條列：讀到');
    expect(run.err()).not.toMatch(/\bat .*\(.*:\d+:\d+\)/u);
    expect(readdirSync(folder)).toEqual(['會議紀錄.txt']);
  });

  it('says a table pasted with spaces between its columns was guessed, and reads its units and deadlines', async () => {
    const document = placeDocument('taipei-conscription-pasted-115.txt');
    const out = join(mkdtempSync(join(tmpdir(), 'guankao-import-out-')), 'plan');
    const run = cli();
    expect(await run.run('import-plan', document, '--out', out)).toBe(0);
    expect(run.out()).toContain('這份文字的表格以空白分欄（從 PDF 複製貼上）：各欄依表頭與內容推測');
    const plan = tab(await readCsvFolder(out), '計畫');
    expect(plan[2]).toEqual(['2', null, '替代役申請文件電子化。', '替代役科、資訊室', '上半年']);
  });

  it('exits 2 and writes nothing for a table pasted one cell to a line, whose columns cannot be told apart', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'guankao-import-'));
    const document = join(folder, '計畫.txt');
    const cells = [
      '實施要項',
      '具體作法',
      '主辦單位',
      '完成時間',
      '一、便民',
      '1.推動戶籍謄本免附。',
      '戶籍課',
      '115.6.30',
      '2.檢討登記表單。',
      '資訊課',
      '每月',
    ];
    writeFileSync(
      document,
      ['某戶政事務所115年度提升服務品質執行計畫', '肆、執行項目及分工', ...cells, '伍、管考', '每月填報。'].join('\n'),
    );
    const run = cli();
    expect(await run.run('import-plan', document)).toBe(2);
    expect(run.err()).toContain('的條列看來是從 PDF 複製、一格一行的表格');
    expect(run.err()).toContain('請改貼以 Tab 分欄的文字');
    expect(readdirSync(folder)).toEqual(['計畫.txt']);
  });

  it("exits 2 with the reader's zh-TW reason for a file that is not a plan document", async () => {
    const missing = cli();
    expect(await missing.run('import-plan', '/nonexistent/計畫.docx')).toBe(2);
    expect(missing.err()).toContain('/nonexistent/計畫.docx');
    const folder = mkdtempSync(join(tmpdir(), 'guankao-import-'));
    writeFileSync(join(folder, '空白.docx'), '');
    const empty = cli();
    expect(await empty.run('import-plan', join(folder, '空白.docx'))).toBe(2);
    expect(empty.err()).toContain('空白.docx');
    const workbook = join(folder, '計畫.xlsx');
    await createLocalWorkbook(workbook, [{ name: '計畫', rows: [['具體作法'], ['甲']] }]);
    const spreadsheet = cli();
    expect(await spreadsheet.run('import-plan', workbook)).toBe(2);
    expect(spreadsheet.err()).toMatch(/[\u4e00-\u9fff]/u);
    expect(spreadsheet.err()).not.toMatch(/\bat .*\(.*:\d+:\d+\)/u);
    expect(readdirSync(folder).sort()).toEqual(['空白.docx', '計畫.xlsx']);
    const bare = cli();
    expect(await bare.run('import-plan')).toBe(2);
    expect(bare.err()).toContain('請指定計畫文件');
  });

  it('reads a plan saved as a Word document named .docx though it holds text', async () => {
    const run = cli();
    expect(
      await run.run(
        'import-plan',
        placeDocument('taipei-vac-114.txt', '計畫.docx'),
        '--out',
        join(mkdtempSync(join(tmpdir(), 'guankao-import-out-')), 'csv'),
      ),
    ).toBe(0);
    expect(run.out()).toContain('找到具體作法 31 項');
  });

  describe('round trip: import → consolidate → year-end', () => {
    it.each(fixtures.map((fixture) => [fixture.name, fixture.document.split('/').at(-1) ?? ''] as const))('%s', async (_, file) => {
      const workbook = join(mkdtempSync(join(tmpdir(), 'guankao-round-trip-')), 'workbook');
      expect(await cli().run('import-plan', placeDocument(file), '--out', workbook)).toBe(0);
      // A unit reports on the first practice, by the 項次 the import gave it.
      const imported = await readCsvFolder(workbook);
      const [, first] = tab(imported, '計畫');
      const [, unit] = tab(imported, '單位');
      const year = tab(imported, '設定').find((row) => row[0] === '計畫年度')?.[1];
      const form = `時間戳記,填報單位,具體作法,填報期間,辦理狀態,執行成效\r\n${year}/4/2 上午 9:15:00,${unit?.[0]},${first?.[0]},${year}年3月,辦理中,已召開說明會\r\n`;
      writeFileSync(join(workbook, '表單回應 1.csv'), `\uFEFF${form.replace(`${year}/`, `${Number(year) + 1911}/`)}`);
      const consolidate = cli();
      expect(await consolidate.run('consolidate', workbook)).toBe(0);
      const consolidated = await readCsvFolder(workbook);
      const problems = tab(consolidated, '檢核錯誤').slice(1);
      // Besides unreadable deadlines, only the plan's own line about practices owned by every unit.
      expect(problems.filter((row) => row[3] !== '完成期限' && !(row[3] === '執行單位' && !row[1]))).toEqual([]);
      expect(tab(consolidated, '執行成效')[1]).toEqual(expect.arrayContaining([first?.[0], '已召開說明會', '辦理中']));
      // Without LibreOffice the year-end still writes its .ods and .xlsx documents (and says so).
      const yearEnd = cli({ GUANKAO_SOFFICE: '/nonexistent/soffice' });
      expect(await yearEnd.run('year-end', workbook, '--out', join(workbook, '..', 'year-end'))).toBe(0);
      expect(existsSync(join(workbook, '..', 'year-end', '年度執行成效一覽表.ods'))).toBe(true);
    });
  });
});

describe.skipIf(!hasLibreOffice)(libreOfficeTitle('guankao import-plan from a PDF'), { timeout: 120_000 }, () => {
  // Plans written as .odt and printed to PDF by LibreOffice: a table with its borders drawn, one without any rule, a list.
  async function importedPdf(odt: Uint8Array): Promise<string> {
    const folder = mkdtempSync(join(tmpdir(), 'guankao-import-pdf-'));
    writeFileSync(join(folder, '計畫.odt'), odt);
    await convertWithLibreOffice([join(folder, '計畫.odt')], 'pdf', folder);
    const run = cli();
    expect(await run.run('import-plan', join(folder, '計畫.pdf'), '--out', join(folder, 'workbook'))).toBe(0);
    return run.out();
  }

  it('says a PDF whose tables have no rules was guessed from text positions, what to check item by item, and to use the .docx or .odt', async () => {
    const out = await importedPdf(wanhuaOdt(8));
    expect(out).toContain('這是 PDF，而且有表格沒有框線：欄與列只能依文字位置推測');
    expect(out).toContain(
      '請對照原計畫核對「計畫」分頁：項數是否相同、每項具體作法的文字是否完整，實施要項、執行單位、完成期限是否在對的那一項',
    );
    expect(out).toContain('能取得 .docx 或 .odt 的話，改用它匯入。');
  });

  it('says a PDF whose tables were rebuilt from their borders is to be checked by its count and a few practices', async () => {
    const out = await importedPdf(borderedNiaosongOdt(8, 'grid'));
    expect(out).toContain('這是 PDF：表格依畫出的框線重建');
    expect(out).toContain('請對照原計畫核對「計畫」分頁的項數，並抽查幾項的具體作法、執行單位與完成期限。');
  });

  it("says a plan written as a list is to be checked by its count and each practice's text", async () => {
    expect(await importedPdf(veteransOdt(7))).toContain(
      '這是 PDF：條列依文字的位置分段。請對照原計畫核對「計畫」分頁的項數與每項具體作法的文字。',
    );
  });
});
