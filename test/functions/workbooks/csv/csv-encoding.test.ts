// CSV tabs in the encodings agencies' files come in: Excel's 「Unicode 文字」 (UTF-16 LE with a BOM,
// tab-separated) is read like any CSV; a file we do not read says what it was found to be.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffCsv } from '../../../../functions/workbooks/csv/csv-encoding.ts';
import { openCsvFolder } from '../../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { shownAsText } from '../../csv-workbook-folder.ts';

const dirWith = (files: Record<string, Buffer | string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'guankao-encoding-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
};
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);

// What Excel writes as 「Unicode 文字」: tabs between cells, CRLF, a cell quoted when it holds a tab, a quote or a line break.
const unicodeText = (rows: readonly (readonly string[])[]) =>
  `${rows.map((row) => row.map((cell) => (/[\t"\r\n]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join('\t')).join('\r\n')}\r\n`;

describe('CSV tab encodings', () => {
  it('reads Excel’s 「Unicode 文字」: UTF-16 LE with a BOM, tab-separated, quotes and commas in cells', async () => {
    const rows = [
      ['填報單位', '執行成效', '佐證資料'],
      ['民政課', '辦理 3 場，計 120 人次', '"說明會"紀錄'],
      ['社會課', '第一行\n第二行', 'https://x.example/a,b'],
    ];
    const { tabs } = await openCsvFolder(dirWith({ '表單回應 1.csv': utf16le(unicodeText(rows)) })).read();
    expect(tabs[0]?.rows).toEqual(rows);
  });

  it('reads UTF-16 BE with a BOM, and a comma-separated UTF-16 file as comma-separated', async () => {
    const { tabs } = await openCsvFolder(
      dirWith({ 'a.csv': utf16be('項次\t具體作法\r\n1\t便民\r\n'), 'b.csv': utf16le('項次,具體作法\r\n1,"便民,服務"\r\n') }),
    ).read();
    expect(tabs.map((tab) => tab.rows)).toEqual([
      [
        ['項次', '具體作法'],
        ['1', '便民'],
      ],
      [
        ['項次', '具體作法'],
        ['1', '便民,服務'],
      ],
    ]);
  });

  it('reads back any sheet saved as 「Unicode 文字」', async () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('民政課', '甲\t乙', '"引號"', '第一行\n第二行', '甲,乙', ''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), async (body) => {
        // A header with a tab in it, so the delimiter is found whatever the cells hold.
        const rows = [['具體作法', '填報期間', '執行成效'], ...body.map((row) => row.map((text) => text.replace(/\r/gu, '')))];
        const { tabs } = await openCsvFolder(dirWith({ '表單回應 1.csv': utf16le(unicodeText(rows)) })).read();
        expect(tabs[0]?.rows).toEqual(shownAsText(rows));
      }),
      { numRuns: 60 },
    );
  });

  it('writes 檢核結果 into a UTF-16 tab as UTF-8 CSV, every cell kept', async () => {
    const dir = dirWith({ '表單回應 1.csv': utf16le('填報單位\t執行成效\r\n民政課\t"辦理 3 場，""研習"""\r\n') });
    const workbook = openCsvFolder(dir);
    await workbook.read();
    await workbook.write({ outputs: [], verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過'] }] });
    expect(readFileSync(join(dir, '表單回應 1.csv'), 'utf8')).toBe(
      '\uFEFF填報單位,執行成效,檢核結果\r\n民政課,"辦理 3 場，""研習""",通過\r\n',
    );
  });

  it.each([
    { kind: 'UTF-32', bytes: Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode('項次', 'utf-32le')]), says: 'UTF-32 文字檔' },
    { kind: 'UTF-16 without a BOM', bytes: Buffer.from('項次\t具體作法\r\n1\t便民\r\n', 'utf16le'), says: '沒有 BOM 的 UTF-16 文字檔' },
    {
      kind: 'an .xlsx renamed .csv',
      bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      says: '壓縮檔（例如 .xlsx 或 .ods 活頁簿改了副檔名）',
    },
    {
      kind: 'a binary file',
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      says: '二進位檔（含有 NUL 位元組，不是文字檔）',
    },
  ])('names what it found in a file it cannot read: $kind', async ({ bytes, says }) => {
    const error = await openCsvFolder(dirWith({ '計畫.csv': bytes }))
      .read()
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(
      `分頁「計畫」的檔案是 ${says}，無法當作 CSV 讀取：請以試算表軟體開啟後另存為「CSV UTF-8（逗號分隔）」。`,
    );
  });

  describe('a file whose bytes are not all of one encoding', () => {
    const big5 = (text: string) => iconv.encode(text, 'cp950');
    const utf8 = (text: string) => Buffer.from(text, 'utf8');
    const refusal = async (bytes: Buffer) => {
      const dir = dirWith({ '填報-民政課.csv': bytes, '計畫.csv': '項次,具體作法\n1,便民\n' });
      const error = await openCsvFolder(dir)
        .read()
        .catch((caught: unknown) => caught);
      // Nothing read, so nothing can be written back garbled.
      expect(readFileSync(join(dir, '填報-民政課.csv'))).toEqual(bytes);
      return (error as Error).message;
    };
    const header = '具體作法,填報期間,辦理狀態,備註\n';

    it('is refused when UTF-8 holds a line of Big5, naming the line', async () => {
      const bytes = Buffer.concat([
        utf8(`\uFEFF${header}1-1,115年1月,辦理中,\n1-1,115年2月,辦理中,`),
        big5('補登前月資料'),
        utf8('\n1-1,115年3月,辦理中,\n'),
      ]);
      expect(await refusal(bytes)).toBe(
        '分頁「填報-民政課」的 CSV 檔是 UTF-8，但第 3 行混有不是 UTF-8 的文字（多半是從 Big5 檔案複製過來的）：這樣的檔案讀出來會有亂碼，寫回去就無法復原，所以本次沒有讀取也沒有寫入任何結果。請以文字編輯器開啟，重新輸入第 3 行的中文，另存為「UTF-8」編碼後再執行。',
      );
    });

    it('is refused when Big5 holds a line of UTF-8, or bytes Big5 has no character for (造字), naming the line', async () => {
      const pasted = Buffer.concat([big5(`${header}1-1,115年1月,辦理中,\n1-1,115年2月,辦理中,\n`), utf8('1-1,115年3月,辦理中,線上申辦\n')]);
      expect(await refusal(pasted)).toMatch(/^分頁「填報-民政課」的 CSV 檔是 Big5（CP950），但第 4 行有 Big5 讀不出的位元組/u);
      const madeUp = Buffer.concat([big5(`${header}1-1,115年1月,辦理中,王`), Buffer.from([0xfa, 0x40]), big5('明\n')]);
      expect(await refusal(madeUp)).toMatch(/^分頁「填報-民政課」的 CSV 檔是 Big5（CP950），但第 2 行有 Big5 讀不出的位元組（造字/u);
    });

    it('is refused whichever line of a UTF-8 tab holds the Big5 text', async () => {
      const words = fc.constantFrom('民政課', '辦理中', '已完成', '戶籍登記', '便民服務', '補登資料');
      await fc.assert(
        fc.asyncProperty(fc.array(words, { minLength: 1, maxLength: 8 }), fc.nat(), async (cells, at) => {
          const line = at % cells.length;
          const lines = cells.map((cell, i) => (i === line ? big5(`1-1,${cell}\n`) : utf8(`1-1,${cell}\n`)));
          expect(await refusal(Buffer.concat([utf8(header), ...lines]))).toContain(`UTF-8，但第 ${line + 2} 行`);
        }),
        { numRuns: 40 },
      );
    });
  });

  it('reads a UTF-8 tab with a stray NUL byte as text, rather than calling it UTF-16', async () => {
    const { tabs } = await openCsvFolder(dirWith({ '計畫.csv': '項次,具體作法\n1,便民\u0000服務\n' })).read();
    expect(tabs[0]?.rows).toEqual([
      ['項次', '具體作法'],
      ['1', '便民\u0000服務'],
    ]);
  });

  it('takes a file without a BOM for UTF-8, comma-separated, until its bytes say otherwise', () => {
    expect(sniffCsv(iconv.encode('項次,具體作法', 'cp950'))).toEqual({ ok: true, format: { encoding: 'utf8', delimiter: ',' } });
  });

  it('reads a CP950 (Big5) tab', async () => {
    const dir = dirWith({ '計畫.csv': iconv.encode('項次,具體作法\r\n1,臺北市萬華區\r\n', 'cp950') });
    const { tabs } = await openCsvFolder(dir).read();
    expect(tabs[0]?.rows).toEqual([
      ['項次', '具體作法'],
      ['1', '臺北市萬華區'],
    ]);
  });
});
