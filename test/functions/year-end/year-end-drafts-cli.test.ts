// The coordinator's round trip on a local workbook: `guankao year-end` writes the drafts into
// 年度成效, the coordinator writes 公告文字 there, the next run publishes it and keeps it, and a
// run after the reports changed asks to check it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../functions/text-file/text-file-decoding.ts';
import { readOdsTables } from '../../../functions/workbooks/ods/ods-reader.ts';
import * as domainMsg from '../../../shared/messages/domain/index.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import { aWorkbook, goodForm } from '../../builders.ts';
import { yearRows } from '../../shared/year-end-fixture.ts';
import { runCaptured } from '../cli-capture.ts';
import { csvWorkbookFolder } from '../csv-workbook-folder.ts';

// No LibreOffice: the .ods and .odt are enough to read what is published, and the run is quick.
const env = { GUANKAO_SOFFICE: '/nonexistent/soffice' };
const draftTab = (folder: string) => decodeTextFile(readFileSync(join(folder, '年度成效.csv')));
const publishedTable = (out: string) =>
  JSON.stringify(
    readOdsTables([strFromU8(unzipSync(readFileSync(join(out, '年度執行成效一覽表.ods')))['content.xml'] ?? new Uint8Array())]),
  );

describe('guankao year-end and the 年度成效 tab', () => {
  it('drafts the year into 年度成效, publishes the coordinator’s text once written, keeps it, and asks to check it when reports change after it', async () => {
    const folder = csvWorkbookFolder(aWorkbook(yearRows));
    const out = mkdtempSync(join(tmpdir(), 'guankao-drafts-out-'));

    const first = await runCaptured(['year-end', folder, '--out', out], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(msg.cliDraftTab('年度成效', 4, 0));
    expect(draftTab(folder)).toContain('項次,具體作法,狀態,系統草稿,公告文字,草稿依據');
    expect(draftTab(folder)).toContain('"【民政課】回收問卷300份（全年合計：3場次、150人次）\n【社會課】社會課問卷設計中（辦理中）"');

    // The coordinator writes the text to publish for 2-1 (a spreadsheet saves the whole file).
    const edited = draftTab(folder).replace(
      /^(2-1,[^\n]*?,採用系統草稿,"[^"]*",)(,)/mu,
      '$1研考人員定稿：本年度完成民眾滿意度調查，回收問卷300份。$2',
    );
    expect(edited).toContain('研考人員定稿');
    writeFileSync(join(folder, '年度成效.csv'), `\uFEFF${edited}`);

    const second = await runCaptured(['year-end', folder, '--out', out], env);
    expect(second.stdout).toContain(msg.cliDraftTab('年度成效', 4, 1));
    expect(second.stdout).not.toContain('請核對');
    expect(publishedTable(out)).toContain('研考人員定稿：本年度完成民眾滿意度調查，回收問卷300份。');
    expect(draftTab(folder)).toContain(`,研考人員定稿：本年度完成民眾滿意度調查，回收問卷300份。,`);
    expect(draftTab(folder)).toContain(domainMsg.draftStateEdited);
    const odt = strFromU8(unzipSync(readFileSync(join(out, '年度執行成效一覽表.odt')))['content.xml'] ?? new Uint8Array());
    expect(odt).toContain('研考人員定稿：本年度完成民眾滿意度調查，回收問卷300份。');

    // 社會課 reports May afterwards: the draft is refreshed, the text kept, and it is to be checked.
    const form = readFileSync(join(folder, '表單回應 1.csv'), 'utf8');
    const may = goodForm({
      填報單位: '社會課',
      電子郵件地址: 'social@test.example.gov.tw',
      時間戳記: '2026/6/2 上午 9:00:00',
      填報期間: '115年5月',
      執行成效: '社會課問卷回收200份',
    });
    writeFileSync(join(folder, '表單回應 1.csv'), `${form}${may.map((cell) => cell ?? '').join(',')}\r\n`);

    const third = await runCaptured(['year-end', folder, '--out', out], env);
    expect(third.stdout).toContain(msg.cliDraftTabStale(['2-1']));
    expect(draftTab(folder)).toContain(domainMsg.draftStateStale);
    expect(draftTab(folder)).toContain('社會課問卷回收200份');
    expect(publishedTable(out)).toContain('研考人員定稿：本年度完成民眾滿意度調查，回收問卷300份。');
  });

  it('still writes the documents when the tab has no 項次 column, publishing the drafts and saying why', async () => {
    const folder = csvWorkbookFolder(
      aWorkbook(yearRows, [
        {
          name: '年度成效',
          rows: [
            ['編號', '公告文字'],
            ['2-1', '不會採用的文字'],
          ],
        },
      ]),
    );
    const out = mkdtempSync(join(tmpdir(), 'guankao-drafts-out-'));
    const run = await runCaptured(['year-end', folder, '--out', out], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(domainMsg.draftTabUnusable('年度成效', '項次'));
    expect(publishedTable(out)).not.toContain('不會採用的文字');
    expect(draftTab(folder)).toBe('編號,公告文字\r\n2-1,不會採用的文字\r\n');
  });
});
