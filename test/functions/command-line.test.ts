import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../functions/command-line.ts';
import * as msg from '../../shared/messages/domain/index.ts';
import { NOW } from '../builders.ts';

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, now: () => NOW, env },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guankao-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), `\uFEFF${text}`);
  return dir;
}

const SETTINGS = '項目,內容\r\n機關名稱,測試區公所\r\n計畫名稱,115年度提升服務品質執行計畫\r\n計畫年度,115\r\n';
const PLAN = '項次,實施要項,具體作法,執行單位,完成期限\r\n1-1,一、完備基礎服務,檢討申請表單,民政課,持續辦理\r\n';
const FORM =
  '時間戳記,填報單位,具體作法,填報期間,辦理狀態,執行成效\r\n2026/4/2 上午 9:15:00,民政課,1-1 檢討申請表單,115年3月,辦理中,"=IMPORTXML(""https://example.com"",""//title"")"\r\n2026/4/2 上午 9:16:00,工務課,1-1,115年3月,辦理中,x\r\n';

describe('guankao command line', () => {
  it('consolidates a CSV folder in place and says where the output is', async () => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const run = io();
    expect(await runCli(['consolidate', dir], run.io)).toBe(0);
    expect(run.out()).toContain('檢核錯誤');
    expect(run.err()).toBe('');
    const results = readFileSync(join(dir, '執行成效.csv'), 'utf8');
    expect(results.startsWith('\uFEFF')).toBe(true);
    // Written for Excel: the unit's formula-like text arrives behind an apostrophe, as text (docs/backends.md).
    expect(results).toContain(`"'=IMPORTXML(""https://example.com"",""//title"")"`);
    expect(readFileSync(join(dir, '表單回應 1.csv'), 'utf8')).toContain('"=IMPORTXML(""https://example.com"",""//title"")"');
    const problems = readFileSync(join(dir, '檢核錯誤.csv'), 'utf8');
    expect(problems).toContain('表單回應 1,3,工務課,填報單位');
    expect(readFileSync(join(dir, '表單回應 1.csv'), 'utf8')).toContain('檢核結果');
  });

  it('writes a complete copy with --out and leaves the input as it was', async () => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const before = readdirSync(dir).sort();
    const out = join(mkdtempSync(join(tmpdir(), 'guankao-out-')), 'result');
    expect(await runCli(['consolidate', dir, '--out', out], io().io)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(
      ['單位摘要.csv', '執行成效.csv', '檢核錯誤.csv', '管考總表.csv', '表單回應 1.csv', '計畫.csv', '設定.csv'].sort(),
    );
  });

  it('exits 2 naming the tab when there is no 計畫 tab, without a stack trace', async () => {
    const run = io();
    expect(await runCli(['consolidate', folder({ '設定.csv': SETTINGS })], run.io)).toBe(2);
    expect(run.err()).toContain('「計畫」分頁');
    expect(run.err()).not.toMatch(/\bat .*\(.*:\d+:\d+\)/u);
  });

  it('reads 計畫年度 written in Chinese numerals, in any year the run happens', async () => {
    const dir = folder({ '設定.csv': SETTINGS.replace('計畫年度,115', '計畫年度,民國一一五年'), '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const run = io();
    run.io.now = () => Date.parse('2027-02-01T10:00:00+08:00');
    expect(await runCli(['consolidate', dir], run.io)).toBe(0);
    const form = readFileSync(join(dir, '表單回應 1.csv'), 'utf8');
    expect(form).not.toContain('不在計畫年度');
    expect(form.split('\r\n')[1]).toMatch(/,通過$/u);
  });

  it.each([
    ['is missing', SETTINGS.replace('計畫年度,115\r\n', ''), msg.settingsYearMissing(115)],
    ['cannot be read', SETTINGS.replace('計畫年度,115', '計畫年度,今年'), msg.settingsBadYear(4, '今年')],
    [
      'says another year than 計畫名稱',
      SETTINGS.replace('計畫年度,115', '計畫年度,114'),
      msg.settingsYearContradictsName({ row: 4, text: '114' }, { row: 3, text: '115年度提升服務品質執行計畫' }, 115),
    ],
  ])('exits 2 naming 設定 and writes nothing when 計畫年度 %s', async (_, settings, reason) => {
    const dir = folder({ '設定.csv': settings, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const before = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
    const run = io();
    expect(await runCli(['consolidate', dir], run.io)).toBe(2);
    expect(run.err()).toBe(`${reason}\n`);
    expect(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')])).toEqual(before);
  });

  it('exits 2 naming the column when 計畫 has no 具體作法 column', async () => {
    const run = io();
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': '項次,實施要項,執行單位\r\n1,一、,民政課\r\n' });
    expect(await runCli(['consolidate', dir], run.io)).toBe(2);
    expect(run.err()).toContain('「具體作法」欄');
  });

  // A plan typed as a printed outline: 壹、 and 一、 alone on their rows in 項目, the 實施要項 column.
  const OUTLINE_PLAN =
    '項目,執行措施,承辦單位,期程\r\n壹、優質便民服務,,,\r\n一、簡化申辦流程,,,\r\n,(一)推動線上申辦。,民政課,115年6月底\r\n' +
    ',(二)檢討書表。,民政課,115.09.30\r\n貳、友善服務環境,,,\r\n一、便民設施,,,\r\n,(一)檢查便民設施。,秘書室,每月\r\n,(二)服務台整修。,秘書室,第3季\r\n';
  const UNITS = '單位,別名\r\n民政課,民政\r\n秘書室,秘書\r\n';

  it('checks reports against the 項次 a plan typed as a printed outline gives (壹、 一、 （一） → 1-1-1)', async () => {
    const unitTab = '具體作法,填報期間,辦理狀態,執行成效\r\n1-1-2,115年1月,辦理中,規劃中。\r\n';
    const secretariat = '具體作法,填報期間,辦理狀態,執行成效\r\n2-1-2,115年8月,辦理中,採購中。\r\n';
    const dir = folder({
      '設定.csv': SETTINGS,
      '單位.csv': UNITS,
      '計畫.csv': OUTLINE_PLAN,
      '填報-民政課.csv': unitTab,
      '填報-秘書室.csv': secretariat,
    });
    const run = io();
    expect(await runCli(['consolidate', dir], run.io)).toBe(0);
    expect(readFileSync(join(dir, '填報-民政課.csv'), 'utf8').split('\r\n')[1]).toMatch(/,通過$/u);
    expect(readFileSync(join(dir, '填報-秘書室.csv'), 'utf8').split('\r\n')[1]).toMatch(/,通過$/u);
    const results = readFileSync(join(dir, '執行成效.csv'), 'utf8').split('\r\n');
    expect(results.slice(1, 5).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      '1-1-1,壹、優質便民服務',
      '1-1-2,壹、優質便民服務',
      '2-1-1,貳、友善服務環境',
      '2-1-2,貳、友善服務環境',
    ]);
    expect(readFileSync(join(dir, '檢核錯誤.csv'), 'utf8')).not.toContain('計畫,');
  });

  it('exits 2 naming the row and writes nothing when the outline has a third level of headings and blank 項次', async () => {
    const plan = OUTLINE_PLAN.replace('一、簡化申辦流程,,,\r\n', '一、簡化申辦流程,,,\r\n（一）線上申辦,,,\r\n');
    const dir = folder({ '設定.csv': SETTINGS, '單位.csv': UNITS, '計畫.csv': plan });
    const before = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
    const run = io();
    expect(await runCli(['consolidate', dir], run.io)).toBe(2);
    expect(run.err()).toBe(`${msg.planOutlineTooDeep('計畫', [{ row: 4, header: '項目', text: '（一）線上申辦' }])}\n`);
    expect(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')])).toEqual(before);
  });

  it('exits 2 for a workbook that does not exist or is not a workbook', async () => {
    const missing = io();
    expect(await runCli(['consolidate', '/nonexistent/plan.xlsx'], missing.io)).toBe(2);
    expect(missing.err()).toMatch(/[\u4e00-\u9fff]/u);
    const bad = join(mkdtempSync(join(tmpdir(), 'guankao-bad-')), 'plan.xlsx');
    writeFileSync(bad, 'not a zip');
    const corrupt = io();
    expect(await runCli(['consolidate', bad], corrupt.io)).toBe(2);
    expect(corrupt.err()).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('exits 2 with the usage for an unknown command', async () => {
    const run = io();
    expect(await runCli(['consolidat', 'x'], run.io)).toBe(2);
    expect(run.err()).toContain('用法');
  });

  it('names an unknown option, or --out without its value, in zh-TW', async () => {
    const unknown = io();
    expect(await runCli(['consolidate', 'x', '--bogus'], unknown.io)).toBe(2);
    expect(unknown.err()).toContain('不認得的選項「--bogus」');
    const noValue = io();
    expect(await runCli(['consolidate', 'x', '--out'], noValue.io)).toBe(2);
    expect(noValue.err()).toContain('選項「--out」後面需要一個值');
    expect(unknown.err() + noValue.err()).not.toMatch(/[Uu]nknown|argument missing/u);
  });

  // A place that cannot hold the output is the user's to fix, told in zh-TW with exit 2.
  it.each([
    ['a CSV folder under a file', (file: string) => join(file, 'out'), '路徑中有一段是檔案而不是資料夾。'],
    ['an .xlsx two folders under a file', (file: string) => join(file, 'out', 'copy.xlsx'), '路徑中有一段是檔案而不是資料夾。'],
    ['an .ods whose folder is a file', (file: string) => join(file, 'copy.ods'), '那裡已有同名的檔案，不是資料夾。'],
  ])('exits 2 naming the place when --out is %s', async (_name, outOf, why) => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const file = join(mkdtempSync(join(tmpdir(), 'guankao-notdir-')), 'a-file');
    writeFileSync(file, 'x');
    const run = io();
    expect(await runCli(['consolidate', dir, '--out', outOf(file)], run.io)).toBe(2);
    expect(run.err()).toContain(`「${file}`);
    expect(run.err()).toContain(why);
    // The reason in zh-TW, without the OS's code for it.
    expect(run.err()).not.toMatch(/未預期|not a directory|E[A-Z]{3,}/u);
  });

  it('exits 2 naming the place, rather than spin, when --out is in a system folder such as /proc', async () => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    for (const out of ['/proc/guankao-out', '/proc/guankao-out/sub', '/proc/guankao-out.xlsx']) {
      const run = io();
      expect(await runCli(['consolidate', dir, '--out', out], run.io)).toBe(2);
      expect(run.err()).toContain(`「${out}」`);
      expect(run.err()).not.toMatch(/未預期|no such file|ENOENT/u);
    }
  });

  it('exits 2 naming the link when --out is a link to nowhere, or passes through one', async () => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const place = mkdtempSync(join(tmpdir(), 'guankao-link-'));
    const link = join(place, '彙整結果');
    const target = join(place, 'nowhere', 'deeper');
    symlinkSync(target, link);
    for (const [out, says] of [
      [link, `無法在「${link}」建立輸出資料夾：那裡是指向「${target}」的連結`],
      [join(link, '115'), `無法在「${join(link, '115')}」建立輸出資料夾：其中的「${link}」是指向「${target}」的連結`],
    ] as const) {
      for (const command of ['consolidate', 'year-end']) {
        const run = io();
        expect(await runCli([command, dir, '--out', out], run.io)).toBe(2);
        expect(run.err()).toContain(says);
        expect(run.err()).not.toMatch(/未預期|no such file/u);
      }
    }
    expect(readdirSync(place)).toEqual(['彙整結果']);
  });

  it('says when the output tabs a previous run left are from different runs, and writes them all anew', async () => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const runAt = async (now: number) => {
      const run = io();
      expect(await runCli(['consolidate', dir], { ...run.io, now: () => now })).toBe(0);
      return run;
    };
    await runAt(NOW);
    const older = readFileSync(join(dir, '執行成效.csv'));
    await runAt(NOW + 3_600_000);
    // As if the later run had been killed before it replaced 執行成效.
    writeFileSync(join(dir, '執行成效.csv'), older);
    const noticed = await runAt(NOW + 7_200_000);
    expect(noticed.out()).toContain('注意：上次彙整沒有全部寫完，「執行成效」與其他彙整分頁不是同一次彙整的結果');
    const problems = readFileSync(join(dir, '檢核錯誤.csv'), 'utf8');
    expect(problems).toContain(
      '執行成效,1,,分頁,上次彙整沒有全部寫完：此分頁是「彙整時間：115/11/23 10:00:00」的彙整結果，「管考總表」卻是「彙整時間：115/11/23 11:00:00」的',
    );
    for (const tab of ['執行成效', '管考總表', '單位摘要', '檢核錯誤']) {
      expect(readFileSync(join(dir, `${tab}.csv`), 'utf8').split('\r\n')[0]).toMatch(/,彙整時間：115\/11\/23 12:00:00$/u);
    }
    const after = await runAt(NOW + 10_800_000);
    expect(after.out()).not.toContain('注意');
    expect(readFileSync(join(dir, '檢核錯誤.csv'), 'utf8')).not.toContain('上次彙整沒有全部寫完');
  });

  it('exits 2 naming the place when year-end --out is a file', async () => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const file = join(mkdtempSync(join(tmpdir(), 'guankao-exists-')), 'a-file');
    writeFileSync(file, 'x');
    const run = io();
    expect(await runCli(['year-end', dir, '--out', file], run.io)).toBe(2);
    expect(run.err()).toContain(`無法在「${file}」建立輸出資料夾：那裡已有同名的檔案，不是資料夾。`);
    expect(run.err()).not.toMatch(/未預期|file already exists|EEXIST/u);
  });

  it('writes the year-end table as .ods and .xlsx, and one summary per unit', async () => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const out = mkdtempSync(join(tmpdir(), 'guankao-ye-'));
    expect(await runCli(['year-end', dir, '--out', out], io().io)).toBe(0);
    for (const name of ['年度執行成效一覽表.ods', '年度執行成效一覽表.xlsx', '單位成效-民政課.ods']) {
      expect(existsSync(join(out, name))).toBe(true);
    }
  });

  it('without --out writes the year-end of an .xlsx into out/year-end/<its name without .xlsx>', async () => {
    const name = `guankao-ye-${process.pid}-${Date.now()}`;
    const book = join(mkdtempSync(join(tmpdir(), 'guankao-ye-')), `${name}.xlsx`);
    expect(
      await runCli(['consolidate', folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM }), '--out', book], io().io),
    ).toBe(0);
    const run = io({ GUANKAO_SOFFICE: join(tmpdir(), 'no-such-soffice') });
    try {
      expect(await runCli(['year-end', book], run.io)).toBe(0);
      expect(existsSync(join('out', 'year-end', name, '年度執行成效一覽表.ods'))).toBe(true);
      expect(existsSync(join('out', 'year-end', `${name}.xlsx`))).toBe(false);
    } finally {
      rmSync(join('out', 'year-end', name), { recursive: true, force: true });
    }
  });

  it('names the agency once in the title line when 計畫名稱 already starts with it', async () => {
    const settings = SETTINGS.replace('計畫名稱,115年度', '計畫名稱,測試區公所115年度');
    const run = io();
    expect(await runCli(['consolidate', folder({ '設定.csv': settings, '計畫.csv': PLAN, '表單回應 1.csv': FORM })], run.io)).toBe(0);
    expect(run.out().split('\n')[0]).toBe('測試區公所115年度提升服務品質執行計畫');
    const plain = io();
    expect(await runCli(['consolidate', folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM })], plain.io)).toBe(0);
    expect(plain.out().split('\n')[0]).toBe('測試區公所 115年度提升服務品質執行計畫');
  });

  it('after year-end, says the problems are listed by consolidate, since year-end writes no 檢核錯誤 tab', async () => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const out = mkdtempSync(join(tmpdir(), 'guankao-ye-'));
    const run = io({ GUANKAO_SOFFICE: join(out, 'no-such-soffice') });
    expect(await runCli(['year-end', dir, '--out', out], run.io)).toBe(0);
    expect(readdirSync(out).some((name) => name.startsWith('檢核錯誤'))).toBe(false);
    expect(run.out()).not.toContain('請查看「檢核錯誤」分頁');
    expect(run.out()).toContain('年度成效只計入檢核通過的填報；這 2 則檢核錯誤由 guankao consolidate 寫在活頁簿的「檢核錯誤」分頁。');
  });

  it('without LibreOffice still writes the .ods and .xlsx, says how to get the PDFs, and exits 0', async () => {
    const dir = folder({ '設定.csv': SETTINGS, '計畫.csv': PLAN, '表單回應 1.csv': FORM });
    const out = mkdtempSync(join(tmpdir(), 'guankao-ye-'));
    const run = io({ GUANKAO_SOFFICE: join(out, 'no-such-soffice') });
    expect(await runCli(['year-end', dir, '--out', out], run.io)).toBe(0);
    expect(readdirSync(out).filter((name) => name.endsWith('.pdf'))).toEqual([]);
    expect(existsSync(join(out, '年度執行成效一覽表.ods'))).toBe(true);
    expect(run.err()).toMatch(/找不到 LibreOffice.*請安裝 LibreOffice/su);
    expect(run.err()).not.toMatch(/at .*\.ts:\d+/u);
  });
});
