import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../functions/command-line.ts';
import { odsDocumentBytes } from '../../../functions/year-end/ods-document.ts';
import { xlsxDocumentBytes } from '../../../functions/year-end/xlsx-document.ts';
import { fileName, writeYearEndDocuments } from '../../../functions/year-end/year-end-documents.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import { overviewDocument } from '../../../shared/overview.ts';
import { type DocRow, type Document, titleRows } from '../../../shared/published-document.ts';
import { ROW_LOOKS } from '../../../shared/row-looks.ts';
import type { Cell, Snapshot } from '../../../shared/workbook.ts';
import { yearEndDocument } from '../../../shared/year-end-table.ts';
import { aTab, FORM_HEADER, goodForm, NOW, settingsTab, unitsTab } from '../../builders.ts';
import { outputOf, yearInput } from '../../shared/year-end-fixture.ts';
import { csvWorkbookFolder } from '../csv-workbook-folder.ts';
import { CSV_ALL_SHEETS, convertWithLibreOffice, hasLibreOffice, libreOfficeTitle } from './libreoffice.ts';
import { compact, pdfPageLines } from './pdf-lines.ts';
import { pdfText, structureTypes } from './pdf-structure.ts';

const tool = (program: string, args: string[]) => execFileSync(program, args, { encoding: 'utf8' });

// A plan long enough to need several pages, with Chinese results in every row.
function longYear(): Snapshot {
  const rows: Cell[][] = [['項次', '實施要項', '具體作法', '執行單位', '完成期限']];
  const measures = [
    '完備基礎服務項目，注重服務特性差異化',
    '重視全程意見回饋及參與，力求服務切合民眾需求',
    '便捷服務遞送過程與方式，提升民眾生活便利度',
  ];
  measures.forEach((measure, m) => {
    for (let p = 1; p <= 12; p++)
      rows.push([
        `${m + 1}-${p}`,
        p === 1 ? measure : '',
        `第${p}項作法：辦理為民服務相關研習並檢討標準作業流程，提升服務品質與民眾滿意度`,
        '民政課',
        '持續辦理',
      ]);
  });
  const reports = rows.slice(1).map((row) =>
    goodForm({
      具體作法: String(row[0]),
      填報期間: '115年3月',
      執行成效: `辦理${String(row[0])}相關活動，民眾參與踴躍，並已完成成果報告與檢討會議紀錄。`,
      量化成果: '辦理2場次，參加120人次',
    }),
  );
  return { tabs: [settingsTab(), unitsTab(), aTab('計畫', rows), aTab('表單回應 1', [[...FORM_HEADER], ...reports])] };
}

describe('odsDocumentBytes', () => {
  it('writes an ODF package: mimetype first and stored, zh-TW text, header rows marked for repeating, ROC dates', () => {
    const bytes = odsDocumentBytes(yearEndDocument(yearInput()));
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(bytes[8]).toBe(0); // stored, not deflated
    const files = unzipSync(bytes);
    const content = strFromU8(files['content.xml'] ?? new Uint8Array());
    expect(content).toContain('<table:table-header-rows><table:table-row');
    expect(content).toContain('臺北市測試區公所115年度執行成效一覽表');
    expect(content).toContain('number:calendar="ROC"');
    expect(strFromU8(files['meta.xml'] ?? new Uint8Array())).toContain('<dc:language>zh-TW</dc:language>');
    expect(strFromU8(files['styles.xml'] ?? new Uint8Array())).toContain('style:print-orientation="landscape"');
  });

  it('draws the chart of units tall enough to name every unit: 7.5 cm at least, 0.6 cm more a unit past 8', () => {
    const frames = (input: Parameters<typeof overviewDocument>[0]) =>
      [
        ...strFromU8(unzipSync(odsDocumentBytes(overviewDocument(input)))['content.xml'] ?? new Uint8Array()).matchAll(
          /<draw:frame [^>]*svg:height="([\d.]+)cm"/gu,
        ),
      ].map((match) => Number(match[1]));
    expect(frames(yearInput())).toEqual([7.5, 7.5]);
    const names = Array.from({ length: 20 }, (_, i) => `第${i + 1}課`);
    const twenty = outputOf({
      tabs: [
        settingsTab(),
        aTab('單位', [['單位'], ...names.map((name) => [name])]),
        aTab('計畫', [
          ['項次', '實施要項', '具體作法', '執行單位'],
          ...names.map((name, i) => [`${i + 1}`, '完備基礎服務項目', '作法', name]),
        ]),
      ],
    });
    expect(frames(twenty)[0]).toBeCloseTo(2.8 + 0.6 * 20, 5);
  });

  it('embeds a chart object for each chart specification', () => {
    const files = unzipSync(odsDocumentBytes(overviewDocument(yearInput())));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['Object 1/content.xml', 'Object 2/content.xml']));
    expect(strFromU8(files['META-INF/manifest.xml'] ?? new Uint8Array())).toContain('application/vnd.oasis.opendocument.chart');
  });
});

describe('xlsxDocumentBytes', () => {
  it('prints A4 landscape with the header row repeated, merges title rows and keeps `=` text as text', async () => {
    const bytes = await xlsxDocumentBytes(yearEndDocument(yearInput()));
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = loaded.getWorksheet('執行成效一覽表');
    expect(sheet?.pageSetup.orientation).toBe('landscape');
    expect(sheet?.pageSetup.paperSize).toBe(9);
    expect(sheet?.pageSetup.printTitlesRow).toBe('3:3');
    expect(sheet?.getCell('A1').value).toBe('臺北市測試區公所115年度執行成效一覽表');
    expect(sheet?.getCell('A1').isMerged && sheet.getCell('D1').isMerged).toBe(true);
  });

  it('styles every row by its kind’s look, as the .ods and PDF do, and numbers the pages as the messages say', async () => {
    const document = yearEndDocument(yearInput());
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(Buffer.from(await xlsxDocumentBytes(document)) as unknown as ArrayBuffer);
    const [docSheet] = document.sheets;
    const sheet = loaded.getWorksheet(docSheet?.name ?? '');
    expect(docSheet?.rows.map((row) => row.kind)).toEqual(expect.arrayContaining(['title', 'info', 'header', 'subgroup', 'body']));
    docSheet?.rows.forEach((row, index) => {
      const look = ROW_LOOKS[row.kind];
      const cell = sheet?.getRow(index + 1).getCell(1);
      expect([cell?.font.size, Boolean(cell?.font.bold)]).toEqual([look.size, look.bold]);
      expect(cell?.alignment?.vertical).toBe(look.verticalAlign);
      expect(cell?.fill?.type === 'pattern' ? cell.fill.fgColor : undefined).toEqual(look.fill ? { argb: `FF${look.fill}` } : undefined);
      expect(cell?.border?.top?.style).toBe(look.border ? 'thin' : undefined);
    });
    expect(sheet?.headerFooter.oddFooter).toContain(msg.printPageNumber('&P', '&N'));
  });
});

describe('writeYearEndDocuments', () => {
  it('writes .ods and .xlsx even without LibreOffice, says why there is no PDF, and a re-run replaces the files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'guankao-ye-'));
    const options = { soffice: join(out, 'no-such-soffice') };
    const first = await writeYearEndDocuments(yearInput(), out, options);
    expect(first.pdfs.ok).toBe(false);
    if (!first.pdfs.ok) expect(first.pdfs.reason).toContain('找不到 LibreOffice');
    await writeYearEndDocuments(yearInput(), out, options);
    expect(readdirSync(out).sort()).toEqual(
      [
        '單位成效-民政課.ods',
        '單位成效-社會課.ods',
        '單位成效-秘書室.ods',
        '年度執行成效一覽表.ods',
        '年度執行成效一覽表.odt',
        '年度執行成效一覽表.xlsx',
        '年度管考總覽.ods',
        '年度管考總覽.xlsx',
      ].sort(),
    );
    rmSync(out, { recursive: true, force: true });
  });

  it('makes unit names safe as file names', () => {
    expect(fileName('單位成效-秘書/人事室')).toBe('單位成效-秘書＿人事室');
  });
});

describe(libreOfficeTitle('year-end documents in LibreOffice'), () => {
  it.skipIf(!hasLibreOffice)(
    '`guankao year-end` writes files LibreOffice opens: Chinese read back, PDF A4 landscape, header on every page, CJK font embedded, tagged as headings and tables with header cells',
    { timeout: 120_000 },
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'guankao-ye-lo-'));
      const said: string[] = [];
      const io = {
        stdout: { write: (s: string) => said.push(s) },
        stderr: { write: (s: string) => said.push(s) },
        now: () => NOW,
        env: {},
      };
      expect(await runCli(['year-end', csvWorkbookFolder(longYear()), '--out', out], io)).toBe(0);
      expect(said.join('')).toContain('年度執行成效一覽表.pdf');
      for (const name of ['年度執行成效一覽表.pdf', '年度管考總覽.pdf', '單位成效-民政課.pdf'])
        expect(existsSync(join(out, name))).toBe(true);

      const pdf = join(out, '年度執行成效一覽表.pdf');
      const info = tool('pdfinfo', [pdf]);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/u);
      expect(info).toMatch(/Tagged:\s+yes/u);
      expect(readFileSync(pdf).toString('latin1')).toContain('/Lang(zh-TW)');
      expect(Number(/Pages:\s+(\d+)/u.exec(info)?.[1])).toBeGreaterThan(1);
      expect(tool('pdffonts', [pdf])).toMatch(/NotoSansCJK\S*\s+\S.*\byes\b/u);
      expect(tool('pdftotext', ['-f', '1', '-l', '1', pdf, '-'])).toContain('臺北市測試區公所115年度執行成效一覽表');
      const secondPage = tool('pdftotext', ['-f', '2', '-l', '2', pdf, '-']);
      expect(secondPage).toContain('具體作法');
      expect(secondPage).toContain('執行成效');

      // Made by Writer for its structure: a heading, and a table a page (each with its header cells as
      // TH, so the 實施要項 can be named again at the top of a continued page), a row a practice; the
      // document language zh-TW.
      expect(info).toMatch(/Creator:\s+Writer/u);
      const text = pdfText(readFileSync(pdf));
      expect(text).toContain('/StructTreeRoot');
      expect(text).toMatch(/\/Lang\s*\(zh-TW\)/u);
      const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
      expect(structureTypes(text)).toMatchObject({ H1: 1, Table: pages, TH: 4 * pages, TR: pages + 36 });
      // A unit's summary: four sections, each a heading and its table (a table a page).
      const summary = structureTypes(pdfText(readFileSync(join(out, '單位成效-民政課.pdf'))));
      expect(summary).toMatchObject({ H1: 1, H2: 3 });
      expect(summary.Table).toBeGreaterThanOrEqual(4);
      expect(structureTypes(pdfText(readFileSync(join(out, '年度管考總覽.pdf'))))).toMatchObject({ Figure: 2 });
      // The Writer sources were temporary: the folder holds what SPEC.md names, and the 一覽表 as .odt.
      expect(readdirSync(out).filter((name) => !/\.(ods|xlsx|pdf)$/u.test(name))).toEqual(['年度執行成效一覽表.odt']);

      // Read the .ods and .xlsx back through LibreOffice (one call, every sheet to CSV, as shown).
      const read = mkdtempSync(join(tmpdir(), 'guankao-ye-csv-'));
      copyFileSync(join(out, '年度執行成效一覽表.ods'), join(read, 'ods.ods'));
      copyFileSync(join(out, '年度執行成效一覽表.xlsx'), join(read, 'xlsx.xlsx'));
      copyFileSync(join(out, '單位成效-民政課.ods'), join(read, 'unit.ods'));
      await convertWithLibreOffice([join(read, 'ods.ods'), join(read, 'xlsx.xlsx'), join(read, 'unit.ods')], CSV_ALL_SHEETS, read);
      for (const name of ['ods-執行成效一覽表.csv', 'xlsx-執行成效一覽表.csv']) {
        const csv = readFileSync(join(read, name), 'utf8');
        expect(csv.split('\n')[0]).toContain('臺北市測試區公所115年度執行成效一覽表');
        expect(csv).toContain('項次,實施要項,具體作法,執行成效');
        expect(csv).toContain('1-1,壹、完備基礎服務項目，注重服務特性差異化,第1項作法：');
        expect(csv).toContain('1-2,,第2項作法：');
      }
      const unit = readFileSync(join(read, 'unit-量化成果.csv'), 'utf8');
      expect(unit).toContain('合計,,36,"72場次、4,320人次"');
      // The text document agencies post opens in Writer too.
      copyFileSync(join(out, '年度執行成效一覽表.odt'), join(read, 'table.odt'));
      await convertWithLibreOffice([join(read, 'table.odt')], 'txt:Text (encoded):UTF8', read);
      const posted = readFileSync(join(read, 'table.txt'), 'utf8');
      expect(posted).toContain('臺北市測試區公所115年度執行成效一覽表');
      expect(posted).toContain('第12項作法');
      rmSync(out, { recursive: true, force: true });
      rmSync(read, { recursive: true, force: true });
    },
  );

  it.skipIf(!hasLibreOffice)(
    'prints every line of a 具體作法 and 執行成效 of several lines from the .xlsx',
    { timeout: 60_000 },
    async () => {
      const practice =
        '利用滿意度系統辦理問卷調查，強化問卷內容之客觀性、統計方式之妥當性、評價結果分析之客觀性；研析滿意度趨勢，並與同性質機關進行比較。';
      const result =
        '【秘書室】上半年檢討冗事減除，減少內部簽辦表單3種。\n【民政課】辦理說明會2場，參加120人次。\n【社會課】更新網站衛教專區6則。';
      const document: Document = {
        name: '一覽表',
        title: '臺北市測試區公所115年度執行成效一覽表',
        language: 'zh-TW',
        sheets: [
          {
            name: '執行成效一覽表',
            widths: [60, 420, 520],
            charts: [],
            rows: [
              ...titleRows('臺北市測試區公所115年度執行成效一覽表', ['製表日期：民國115年12月3日'], 3),
              { kind: 'header', cells: ['項次', '具體作法', '執行成效'] },
              ...[1, 2, 3, 4].map((n): DocRow => ({ kind: 'body', cells: [`1-${n}`, `${n}.${practice}`, result] })),
            ],
          },
        ],
      };
      const folder = mkdtempSync(join(tmpdir(), 'guankao-ye-xlsx-'));
      writeFileSync(join(folder, 'list.xlsx'), await xlsxDocumentBytes(document));
      await convertWithLibreOffice([join(folder, 'list.xlsx')], 'pdf', folder);
      // The page's text, the footer left out. Each line of 執行成效 fits its column's width, so it prints
      // whole, at the right of the line it shares with 具體作法: taken out, 具體作法's lines follow one another.
      const printed = compact(
        (await pdfPageLines(join(folder, 'list.pdf')))
          .flat()
          .filter((line) => !line.some((piece) => piece.text.includes('頁，共')))
          .flat()
          .map((piece) => piece.text)
          .join(''),
      );
      const resultLines = result.split('\n').map(compact);
      for (const line of resultLines) expect(printed.split(line)).toHaveLength(5);
      const practices = resultLines.reduce((text, line) => text.replaceAll(line, ''), printed).replace(/1-\d/gu, '');
      expect(practices).toContain(compact([1, 2, 3, 4].map((n) => `${n}.${practice}`).join('')));
    },
  );
});
