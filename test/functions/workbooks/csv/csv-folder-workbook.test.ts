import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../../functions/text-file/text-file-decoding.ts';
import { createCsvFolder, openCsvFolder } from '../../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { WorkbookError } from '../../../../functions/workbooks/workbook-error.ts';
import type { Cell } from '../../../../shared/workbook.ts';
import { shownAsText } from '../../csv-workbook-folder.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'guankao-csv-'));

describe('CSV folder workbook', () => {
  it('reads back what it wrote, CJK, quotes, line breaks and a leading = included', async () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('民政課', '=IMPORTXML("http://x","//a")', '甲,乙', '第一行\n第二行', '"引號"', ' 前後空白 '),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), async (rows) => {
        const dir = folder();
        await createCsvFolder(dir, [{ name: '表單回應 1', rows }]);
        const snapshot = await openCsvFolder(dir).read();
        expect(snapshot.tabs[0]?.rows).toEqual(shownAsText(rows));
      }),
      { numRuns: 40 },
    );
  });

  it('writes UTF-8 with a BOM and CRLF, so Excel on zh-TW Windows reads it', async () => {
    const dir = folder();
    await createCsvFolder(dir, [
      {
        name: '執行成效',
        rows: [
          ['項次', '執行成效'],
          ['1', '辦理 3 場'],
        ],
      },
    ]);
    const bytes = readFileSync(join(dir, '執行成效.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFF項次,執行成效\r\n1,辦理 3 場\r\n');
  });

  it('reads CP950 (Big5) files, and UTF-8 with or without a BOM', async () => {
    const dir = folder();
    writeFileSync(join(dir, '填報-民政課.csv'), iconv.encode('具體作法,辦理狀態\r\n1-1,辦理中\r\n', 'cp950'));
    writeFileSync(join(dir, '單位.csv'), '單位,別名\n社會課,社會\n');
    writeFileSync(join(dir, '計畫.csv'), '\uFEFF項次,具體作法\n1,便民\n');
    const { tabs } = await openCsvFolder(dir).read();
    expect(tabs.map((tab) => tab.name)).toEqual(['計畫', '單位', '填報-民政課']);
    expect(tabs[0]?.rows).toEqual([
      ['項次', '具體作法'],
      ['1', '便民'],
    ]);
    expect(tabs[1]?.rows).toEqual([
      ['單位', '別名'],
      ['社會課', '社會'],
    ]);
    expect(tabs[2]?.rows).toEqual([
      ['具體作法', '辦理狀態'],
      ['1-1', '辦理中'],
    ]);
    expect(decodeTextFile(iconv.encode('臺北市萬華區', 'cp950'))).toBe('臺北市萬華區');
  });

  it('keeps blank rows inside a tab, so row numbers match what the user sees', async () => {
    const dir = folder();
    writeFileSync(join(dir, '表單回應 1.csv'), '填報單位,執行成效\r\n民政課,a\r\n,\r\n\r\n社會課,b\r\n\r\n\r\n');
    const { tabs } = await openCsvFolder(dir).read();
    expect(tabs[0]?.rows).toEqual([['填報單位', '執行成效'], ['民政課', 'a'], [], [], ['社會課', 'b']]);
  });

  it('writes only the 檢核結果 column of a user tab, and keeps a row added since the read', async () => {
    const dir = folder();
    writeFileSync(join(dir, '表單回應 1.csv'), '\uFEFF填報單位,執行成效\r\n民政課,"第一行\n第二行"\r\n');
    const workbook = openCsvFolder(dir);
    await workbook.read();
    // A unit appends a row while the run computes.
    writeFileSync(join(dir, '表單回應 1.csv'), '\uFEFF填報單位,執行成效\r\n民政課,"第一行\n第二行"\r\n社會課,新的一列\r\n');
    utimesSync(join(dir, '表單回應 1.csv'), new Date(), new Date(Date.now() + 5_000));
    await workbook.write({
      outputs: [{ name: '檢核錯誤', rows: [['來源', '列']] }],
      verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過'] }],
    });
    const { tabs } = await openCsvFolder(dir).read();
    expect(tabs.find((tab) => tab.name === '表單回應 1')?.rows).toEqual([
      ['填報單位', '執行成效', '檢核結果'],
      ['民政課', '第一行\n第二行', '通過'],
      ['社會課', '新的一列'],
    ]);
    expect(tabs.find((tab) => tab.name === '檢核錯誤')?.rows).toEqual([['來源', '列']]);
  });

  it('keeps the empty cells a row was written with when it writes 檢核結果: a ,,, row stays ,,,', async () => {
    const dir = folder();
    writeFileSync(join(dir, '表單回應 1.csv'), '\uFEFF填報單位,執行成效,檢核結果,\r\n,,,\r\n民政課,辦理 3 場,,\r\n社會課,,\r\n');
    const workbook = openCsvFolder(dir);
    await workbook.read();
    await workbook.write({ outputs: [], verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '', '通過', '有誤'] }] });
    expect(readFileSync(join(dir, '表單回應 1.csv'), 'utf8')).toBe(
      '\uFEFF填報單位,執行成效,檢核結果,\r\n,,,\r\n民政課,辦理 3 場,通過,\r\n社會課,,有誤\r\n',
    );
  });

  it('leaves a tab whose 檢核結果 already say the same untouched, bytes and modification time', async () => {
    const dir = folder();
    const path = join(dir, '表單回應 1.csv');
    writeFileSync(path, '填報單位,執行成效,檢核結果\n民政課,a,通過\n');
    utimesSync(path, new Date(0), new Date(0));
    const workbook = openCsvFolder(dir);
    await workbook.read();
    await workbook.write({ outputs: [], verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過'] }] });
    expect(readFileSync(path, 'utf8')).toBe('填報單位,執行成效,檢核結果\n民政課,a,通過\n');
    expect(statSync(path).mtimeMs).toBe(0);
  });

  // SPEC: the output tabs are opened in Excel, which evaluates a CSV cell starting
  // with = + - @ or a tab; users' own tabs stay as typed.
  it('writes output text that Excel would take for a formula behind an apostrophe, and leaves user tabs as typed', async () => {
    const dir = folder();
    const typed = '\uFEFF填報單位,執行成效\r\n民政課,"=HYPERLINK(""http://evil.example"",""點此"")"\r\n社會課,-3天\r\n';
    writeFileSync(join(dir, '表單回應 1.csv'), typed);
    const tricky = [
      '=HYPERLINK("http://evil.example","點此")',
      '+886 2 2720 8889',
      '-3天',
      '@所有人',
      '\t縮排',
      '\r開頭',
      '＝全形等號',
      '－全形減號',
      "'已有撇號",
    ];
    const workbook = openCsvFolder(dir);
    await workbook.read();
    await workbook.write({
      outputs: [{ name: '執行成效', rows: [['執行成效', '件數'], ...tricky.map((text) => [text, -1]), ['辦理 3 場', 3]] }],
      verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過', '通過'] }],
    });
    const { tabs } = await openCsvFolder(dir).read();
    expect(tabs.find((tab) => tab.name === '執行成效')?.rows).toEqual([
      ['執行成效', '件數'],
      ...tricky.map((text) => [/^[=+\-@\t\r＝＋－＠]/u.test(text) ? `'${text}` : text, '-1']),
      ['辦理 3 場', '3'],
    ]);
    expect(readFileSync(join(dir, '執行成效.csv'), 'utf8')).toContain('"\'=HYPERLINK(""http://evil.example"",""點此"")",-1\r\n');
    // The user's tab: its cells exactly as typed, a leading = and - included; only 檢核結果 added.
    expect(readFileSync(join(dir, '表單回應 1.csv'), 'utf8')).toBe(
      '\uFEFF填報單位,執行成效,檢核結果\r\n民政課,"=HYPERLINK(""http://evil.example"",""點此"")",通過\r\n社會課,-3天,通過\r\n',
    );
  });

  it('writes an output tab as wide as its header on every line, as Excel writes a CSV', async () => {
    const dir = folder();
    const stamped = [
      ['來源', '列', '說明', '彙整時間：115/11/23 10:00:00'],
      ['表單回應 1', 2, '缺少執行成效。'],
      ['計畫', null, ''],
    ];
    await openCsvFolder(dir).write({ outputs: [{ name: '檢核錯誤', rows: stamped }], verdicts: [] });
    expect(readFileSync(join(dir, '檢核錯誤.csv'), 'utf8')).toBe(
      '\uFEFF來源,列,說明,彙整時間：115/11/23 10:00:00\r\n表單回應 1,2,缺少執行成效。,\r\n計畫,,,\r\n',
    );
    expect((await openCsvFolder(dir).read()).tabs[0]?.rows).toEqual([
      ['來源', '列', '說明', '彙整時間：115/11/23 10:00:00'],
      ['表單回應 1', '2', '缺少執行成效。'],
      ['計畫'],
    ]);
  });

  it('writes the outputs of a new folder for Excel too, and the user tabs as they are', async () => {
    const dir = folder();
    await createCsvFolder(
      dir,
      [
        { name: '表單回應 1', rows: [['執行成效'], ['=1+1']] },
        { name: '檢核錯誤', rows: [['說明'], ['=1+1']] },
      ],
      new Set(['檢核錯誤']),
    );
    expect(readFileSync(join(dir, '表單回應 1.csv'), 'utf8')).toBe('\uFEFF執行成效\r\n=1+1\r\n');
    expect(readFileSync(join(dir, '檢核錯誤.csv'), 'utf8')).toBe("\uFEFF說明\r\n'=1+1\r\n");
  });

  it('writes a number as shared/text.ts shows it: no exponent on a large integer, 0 for -0, TRUE/FALSE', async () => {
    const dir = folder();
    await createCsvFolder(dir, [
      {
        name: '單位摘要',
        rows: [
          ['件數', '負零', '是否'],
          [1e21, -0, true],
        ],
      },
    ]);
    expect(readFileSync(join(dir, '單位摘要.csv'), 'utf8')).toBe('\uFEFF件數,負零,是否\r\n1000000000000000000000,0,TRUE\r\n');
  });

  it('leaves no temporary file behind and replaces an output tab whole', async () => {
    const dir = folder();
    await createCsvFolder(dir, [{ name: '單位摘要', rows: [['單位'], ['民政課'], ['社會課']] }]);
    await openCsvFolder(dir).write({ outputs: [{ name: '單位摘要', rows: [['單位'], ['兵役課']] }], verdicts: [] });
    expect(readdirSync(dir)).toEqual(['單位摘要.csv']);
    expect((await openCsvFolder(dir).read()).tabs[0]?.rows).toEqual([['單位'], ['兵役課']]);
  });

  it('replaces the output tabs together: when one of them cannot be written, none is replaced', async () => {
    const dir = folder();
    await createCsvFolder(dir, [
      { name: '執行成效', rows: [['舊的']] },
      { name: '單位摘要', rows: [['舊的']] },
    ]);
    // A tab name so long that the file written aside for it cannot exist (ENAMETOOLONG).
    const tooLong = '很長的分頁名稱'.repeat(12);
    const outputs = [
      { name: '執行成效', rows: [['新的']] },
      { name: '單位摘要', rows: [['新的']] },
      { name: tooLong, rows: [['新的']] },
    ];
    await expect(openCsvFolder(dir).write({ outputs, verdicts: [] })).rejects.toBeInstanceOf(WorkbookError);
    const { tabs } = await openCsvFolder(dir).read();
    expect(tabs.map((tab) => [tab.name, tab.rows])).toEqual([
      ['單位摘要', [['舊的']]],
      ['執行成效', [['舊的']]],
    ]);
    expect(readdirSync(dir).sort()).toEqual(['單位摘要.csv', '執行成效.csv']);
  });

  it('says in zh-TW what is wrong with a missing folder or a malformed file', async () => {
    await expect(openCsvFolder(join(tmpdir(), 'guankao-no-such-folder')).read()).rejects.toThrow(/找不到活頁簿資料夾/u);
    const dir = folder();
    writeFileSync(join(dir, '計畫.csv'), '項次,具體作法\n1,"沒有結束的引號\n');
    const error = await openCsvFolder(dir)
      .read()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as Error).message).toMatch(/^分頁「計畫」的 CSV 檔第 2 行有一個引號（"）沒有成對：/u);
  });
  describe('appended rows (prepare-period)', () => {
    const append = (rows: Cell[][]) => ({ outputs: [], verdicts: [], appends: [{ tab: '填報-社會課', rows }] });
    // The tab's bytes after rows were appended to a file holding `before`, and the folder.
    const appendedTo = async (before: Buffer, rows: Cell[][]) => {
      const dir = folder();
      const path = join(dir, '填報-社會課.csv');
      writeFileSync(path, before);
      const workbook = openCsvFolder(dir);
      await workbook.read();
      await workbook.write(append(rows));
      return { after: readFileSync(path), dir };
    };

    it('go at the end of a CP950 file in CP950, so the file stays one encoding', async () => {
      const before = iconv.encode('具體作法,填報期間,辦理狀態\r\n6-1,113年第1季,已完成\r\n', 'cp950');
      const { after } = await appendedTo(before, [['6-2 辦理社區活動', '113年第2季', '持續辦理']]);
      expect(after.subarray(0, before.length)).toEqual(before);
      expect(iconv.decode(after.subarray(before.length), 'cp950')).toBe('6-2 辦理社區活動,113年第2季,持續辦理\r\n');
    });

    it('rewrite a CP950 file as UTF-8 when the rows hold a character CP950 lacks, keeping every row', async () => {
      const dir = folder();
      writeFileSync(join(dir, '填報-社會課.csv'), iconv.encode('具體作法,填報期間\r\n6-1,113年第1季\r\n', 'cp950'));
      const workbook = openCsvFolder(dir);
      await workbook.read();
      await workbook.write(append([['6-2 𠀋頭社區活動', '113年第2季']]));
      const bytes = readFileSync(join(dir, '填報-社會課.csv'));
      expect(bytes.toString('utf8')).toBe('\uFEFF具體作法,填報期間\r\n6-1,113年第1季\r\n6-2 𠀋頭社區活動,113年第2季\r\n');
    });

    it.each([
      { encoding: 'utf16le' as const, bom: [0xff, 0xfe] },
      { encoding: 'utf16be' as const, bom: [0xfe, 0xff] },
    ])(
      'go at the end of a $encoding tab (Excel’s 「Unicode 文字」) in its own encoding and with its tabs between cells',
      async ({ encoding, bom }) => {
        const before = Buffer.concat([
          Buffer.from(bom),
          iconv.encode('具體作法\t填報期間\t執行成效\r\n6-1\t113年第1季\t"甲\t乙"\r\n', encoding),
        ]);
        const { after, dir } = await appendedTo(before, [['6-2 辦理社區活動', '113年第2季', '說明會,座談會\t"問卷"']]);
        expect(after.subarray(0, before.length)).toEqual(before);
        expect(iconv.decode(after.subarray(before.length), encoding)).toBe('6-2 辦理社區活動\t113年第2季\t"說明會,座談會\t""問卷"""\r\n');
        expect((await openCsvFolder(dir).read()).tabs[0]?.rows).toEqual([
          ['具體作法', '填報期間', '執行成效'],
          ['6-1', '113年第1季', '甲\t乙'],
          ['6-2 辦理社區活動', '113年第2季', '說明會,座談會\t"問卷"'],
        ]);
      },
    );

    it('end a UTF-16 tab’s last line first, with the line end its lines have', async () => {
      const dir = folder();
      const path = join(dir, '填報-社會課.csv');
      writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('具體作法\t填報期間\n6-1\t113年第1季', 'utf16le')]));
      const workbook = openCsvFolder(dir);
      await workbook.read();
      await workbook.write(append([['6-2', '113年第2季']]));
      expect(readFileSync(path).subarray(2).toString('utf16le')).toBe('具體作法\t填報期間\n6-1\t113年第1季\n6-2\t113年第2季\n');
    });

    it('start on a line of their own when the file does not end with a line break', async () => {
      const dir = folder();
      writeFileSync(join(dir, '填報-社會課.csv'), '具體作法,填報期間\n6-1,113年第1季');
      const workbook = openCsvFolder(dir);
      await workbook.read();
      await workbook.write(append([['6-2', '113年第2季', null, '第一行\n第二行']]));
      expect((await openCsvFolder(dir).read()).tabs[0]?.rows).toEqual([
        ['具體作法', '填報期間'],
        ['6-1', '113年第1季'],
        ['6-2', '113年第2季', null, '第一行\n第二行'],
      ]);
    });
  });
});
