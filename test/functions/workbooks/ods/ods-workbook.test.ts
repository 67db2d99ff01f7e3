import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../functions/command-line.ts';
import { createOdsWorkbook, openOdsWorkbook } from '../../../../functions/workbooks/ods/ods-workbook.ts';
import { WorkbookError, WriteRefused } from '../../../../functions/workbooks/workbook-error.ts';
import { openXlsxWorkbook } from '../../../../functions/workbooks/xlsx/xlsx-workbook.ts';
import { applyChanges } from '../../../../shared/apply-changes.ts';
import { NOW } from '../../../builders.ts';
import { asRead, tabsArbitrary } from '../../random-tabs.ts';
import { CSV_ALL_SHEETS, convertWithLibreOffice, hasLibreOffice, libreOfficeTitle } from '../../year-end/libreoffice.ts';
import { expectEveryLinePrinted, WRAPPED_TABS } from '../wrapped-rows.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'guankao-ods-'));
const QUIET = { stdout: { write: () => true }, stderr: { write: () => true }, now: () => NOW, env: {} };

const RESULTS = {
  name: '執行成效',
  rows: [
    ['項次', '具體作法', '辦理狀態', '執行成效'],
    ['1-1', '檢討申請表單', '落後', '=IMPORTXML("https://example.com","//title")'],
    ['1-2', '  兩個空白開頭', '已完成', '第一行\n第二行'],
  ],
  layout: { widths: [60, 280, 80, 420], statusColumns: [2] },
};

// A hand-made .ods around the given content.xml body, as another program would write it.
function odsWith(
  body: string,
  mimetype = 'application/vnd.oasis.opendocument.spreadsheet',
  extra: Record<string, Uint8Array> = {},
): string {
  const path = join(folder(), 'hand.ods');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"><office:automatic-styles><style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff00"/></style:style></office:automatic-styles><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`;
  writeFileSync(path, zipSync({ mimetype: [strToU8(mimetype), { level: 0 }], 'content.xml': strToU8(content), ...extra }));
  return path;
}

const tableXml = (content: string, name: string) =>
  /<table:table table:name="([^"]*)"[\s\S]*?<\/table:table>/gu.exec(content.slice(content.indexOf(`table:name="${name}"`) - 20))?.[0] ?? '';

// Two units' tabs as LibreOffice saves them when the user has set row heights by hand: rows of one
// line that LibreOffice does not fit (use-optimal-row-height false), and one row made 2 in tall. The
// first wraps the text of its 檢核結果 column, the second does not.
function userOds(): string {
  const path = join(folder(), 'user.ods');
  const styles = [
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="0.8in"/></style:style>',
    '<style:style style:name="co2" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="2.5in"/></style:style>',
    '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.25in" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>',
    '<style:style style:name="ro2" style:family="table-row"><style:table-row-properties style:row-height="2in" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>',
    '<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>',
  ].join('');
  const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
  const row = (style: string, ...texts: string[]) =>
    `<table:table-row table:style-name="${style}">${texts.map(cell).join('')}</table:table-row>`;
  const table = (name: string, report: string, verdictColumn: string) =>
    [
      `<table:table table:name="${name}"><table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/>${verdictColumn}`,
      row('ro1', '項次', report, '檢核結果'),
      row('ro1', '3-2-1', '孳生源清除進度落後。'),
      row('ro2', '1-1-2', '受理查詢80件。'),
      row('ro1', '1-2-1', '4月更新2則。'),
      '</table:table>',
    ].join('');
  const tables =
    table('填報-保健股', '執行情形', '<table:table-column table:style-name="co2" table:default-cell-style-name="ce1"/>') +
    table('填報-護理組', '辦理情形', '<table:table-column table:style-name="co2"/>');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  // LibreOffice opens a package only with its manifest.
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  writeFileSync(
    path,
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(content),
      'META-INF/manifest.xml': strToU8(manifest),
    }),
  );
  return path;
}

const TWO_PROBLEMS = '落後原因：辦理狀態為「落後」時須填寫落後原因。\n改善措施：辦理狀態為「落後」時須填寫改善措施。';
const OTHER_PROBLEMS = '辦理日期：「115/02/30」不是存在的日期。\n佐證資料：「drive」不是網址。';
const USER_VERDICTS = ['填報-保健股', '填報-護理組'].map((tab) => ({
  tab,
  column: 2,
  values: ['檢核結果', TWO_PROBLEMS, OTHER_PROBLEMS, '通過'],
}));
// LibreOffice's line of 11 pt Noto Sans CJK TC, measured.
const CALC_LINE_PT = 15.7;

// Each row's table:style-name in the table, and the row styles content.xml defines, by name.
const rowStyles = (table: string) => [...table.matchAll(/<table:table-row table:style-name="([^"]*)"/gu)].map((match) => match[1]);
const rowStyleOf = (content: string, name: string | undefined) =>
  new RegExp(`<style:style style:name="${name}" style:family="table-row">.*?</style:style>`, 'u').exec(content)?.[0] ?? '';
const heightPt = (style: string) => Number(/style:row-height="([\d.]+)pt"/u.exec(style)?.[1] ?? Number.NaN);

describe('.ods workbook', () => {
  it('stores mimetype first and uncompressed, with no extra field, and declares zh-TW and a Traditional Chinese font', async () => {
    const path = join(folder(), 'out.ods');
    await createOdsWorkbook(path, [RESULTS]);
    const bytes = readFileSync(path);
    // Local file header: signature, method 0 (STORED) at 8, name length at 26, extra length at 28, name at 30.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.readUInt16LE(28)).toBe(0);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.subarray(38, 38 + 46).toString()).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toEqual(['mimetype', 'content.xml', 'styles.xml', 'meta.xml', 'settings.xml', 'META-INF/manifest.xml']);
    const styles = strFromU8(parts['styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('fo:language="zh" fo:country="TW"');
    expect(styles).toContain('style:language-asian="zh" style:country-asian="TW"');
    expect(styles).toContain('Noto Sans CJK TC');
    const content = strFromU8(parts['content.xml'] ?? new Uint8Array());
    expect(content).not.toContain('table:formula');
    expect(content).toContain('<table:table-header-rows>');
  });

  it('expands repeated rows and cells only up to the last value, and reads every value type', async () => {
    const path = odsWith(
      `<table:table table:name="表單回應 1">
        <table:table-column table:number-columns-repeated="16384"/>
        <table:table-row><table:table-cell office:value-type="string"><text:p>填報單位</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="3.5"><text:p>3.50</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16380"/></table:table-row>
        <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
        <table:table-row><table:table-cell office:value-type="date" office:date-value="2026-02-12"><text:p>115/02/12</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2026-02-12T18:00:00"/><table:table-cell office:value-type="time" office:time-value="PT12H00M00S"/><table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"/><table:table-cell office:value-type="currency" office:currency="TWD" office:value="1200"/></table:table-row>
        <table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>批註不算</text:p></office:annotation><text:p>甲<text:s text:c="3"/>乙<text:tab/>丙<text:line-break/>丁</text:p><text:p><text:span>第二段</text:span> <text:a>連結</text:a></text:p></table:table-cell><table:covered-table-cell office:value-type="string"><text:p>被合併</text:p></table:covered-table-cell><table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2"/></table:table-row>
        <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
      </table:table>
      <table:table table:name="空白"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`,
    );
    const { tabs } = await openOdsWorkbook(path).read();
    expect(tabs).toEqual([
      {
        name: '表單回應 1',
        rows: [['填報單位', null, null, 3.5], [], [], [46065, 46065.75, 0.5, 0.25, true, 1200], ['甲   乙\t丙\n丁\n第二段 連結', null, 2]],
      },
      { name: '空白', rows: [] },
    ]);
  });

  it('writes only the 檢核結果 column of a user tab and rebuilds the output tabs', async () => {
    const path = join(folder(), 'book.ods');
    const form = {
      name: '表單回應 1',
      rows: [['填報單位', '執行成效', '檢核結果'], ['民政課', '=SUM(A1)', '舊的結果'], [], ['社會課', 3, '舊的']],
    };
    await createOdsWorkbook(path, [
      {
        name: '計畫',
        rows: [
          ['項次', '具體作法'],
          ['1-1', '便民'],
        ],
      },
      form,
      { name: '執行成效', rows: [['舊']] },
    ]);
    const workbook = openOdsWorkbook(path);
    await workbook.read();
    await workbook.write({
      outputs: [RESULTS],
      verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過', '', '辦理狀態：必填\n執行成效：必填'] }],
    });
    const { tabs } = await openOdsWorkbook(path).read();
    expect(tabs.map((tab) => tab.name)).toEqual(['計畫', '表單回應 1', '執行成效']);
    expect(tabs[0]?.rows).toEqual([
      ['項次', '具體作法'],
      ['1-1', '便民'],
    ]);
    expect(tabs[1]?.rows).toEqual([
      ['填報單位', '執行成效', '檢核結果'],
      ['民政課', '=SUM(A1)', '通過'],
      [],
      ['社會課', 3, '辦理狀態：必填\n執行成效：必填'],
    ]);
    expect(tabs[2]?.rows).toEqual(RESULTS.rows);
  });

  it('keeps a user table as the file holds it (formulas, dates, styles, comments, merges), editing only its 檢核結果 column', async () => {
    const plan =
      '<table:table table:name="計畫"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell table:style-name="ce1" office:value-type="string"><text:p>項次</text:p></table:table-cell><table:table-cell table:number-columns-spanned="2" office:value-type="string"><office:annotation><text:p>批註</text:p></office:annotation><text:p>具體作法</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table>';
    const form = [
      '<table:table table:name="表單回應 1"><table:table-column table:number-columns-repeated="1024"/>',
      '<table:table-row><table:table-cell office:value-type="string"><text:p>時間戳記</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>數量</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>',
      '<table:table-row table:number-rows-repeated="2"><table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2026-02-12T18:00:00"><text:p>115/02/12</text:p></table:table-cell><table:table-cell table:formula="of:=1+2" office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell><table:table-cell table:style-name="ce1" table:number-columns-repeated="1022"/></table:table-row>',
      '<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>',
    ].join('');
    const picture = new Uint8Array([1, 2, 3]);
    const path = odsWith(
      `${plan}${form}<table:table table:name="執行成效"><table:table-row><table:table-cell office:value-type="string"><text:p>舊</text:p></table:table-cell></table:table-row></table:table>`,
      undefined,
      { 'Pictures/logo.png': picture },
    );
    const workbook = openOdsWorkbook(path);
    await workbook.write({
      outputs: [RESULTS],
      verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過', '辦理狀態：必填\n執行成效：必填'] }],
    });

    const parts = unzipSync(readFileSync(path));
    const content = strFromU8(parts['content.xml'] ?? new Uint8Array());
    expect(tableXml(content, '計畫')).toBe(plan);
    const formXml = tableXml(content, '表單回應 1');
    expect(formXml.match(/table:formula="of:=1\+2"/gu)).toHaveLength(2);
    expect(formXml.match(/office:date-value="2026-02-12T18:00:00"/gu)).toHaveLength(2);
    expect(formXml).toContain('table:number-rows-repeated="1048573"');
    expect(formXml).toContain(
      '<table:table-cell table:style-name="ce1" office:value-type="string"><text:p>通過</text:p></table:table-cell><table:table-cell table:style-name="ce1" table:number-columns-repeated="1021"/>',
    );
    expect(parts['Pictures/logo.png']).toEqual(picture);
    expect(Object.keys(parts)[0]).toBe('mimetype');
    const { tabs } = await openOdsWorkbook(path).read();
    expect(tabs.map((tab) => tab.name)).toEqual(['計畫', '表單回應 1', '執行成效']);
    expect(tabs[1]?.rows).toEqual([
      ['時間戳記', '數量', '檢核結果'],
      [46065.75, 3, '通過'],
      [46065.75, 3, '辦理狀態：必填\n執行成效：必填'],
    ]);
    expect(tabs[2]?.rows).toEqual(RESULTS.rows);
  });

  it('gives a row of several lines a row style of the height they need, which LibreOffice may still fit, and a row of one line none', async () => {
    const path = join(folder(), 'rows.ods');
    await createOdsWorkbook(path, WRAPPED_TABS);
    const content = strFromU8(unzipSync(readFileSync(path))['content.xml'] ?? new Uint8Array());
    const [header, several, one, long] = rowStyles(tableXml(content, '執行成效'));
    expect([header, one]).toEqual(['gkro', 'gkro']);
    expect(rowStyleOf(content, several)).toContain('style:use-optimal-row-height="true"');
    expect(heightPt(rowStyleOf(content, several))).toBeGreaterThanOrEqual(2 * CALC_LINE_PT);
    expect(heightPt(rowStyleOf(content, long))).toBeGreaterThanOrEqual(4 * CALC_LINE_PT);
    // Two problems of 23 characters in a column of LibreOffice's default width (0.889 in, 5.3 em): 10 lines at least.
    expect(heightPt(rowStyleOf(content, rowStyles(tableXml(content, '填報-保健股'))[1]))).toBeGreaterThanOrEqual(10 * CALC_LINE_PT);
  });

  it('makes a user’s row that a 檢核結果 of several lines goes into as tall as they need, keeping the rest of its style and a taller row', async () => {
    const path = userOds();
    await openOdsWorkbook(path).write({ outputs: [], verdicts: USER_VERDICTS });
    const content = strFromU8(unzipSync(readFileSync(path))['content.xml'] ?? new Uint8Array());
    const [header, raised, taller, one] = rowStyles(tableXml(content, '填報-保健股'));
    expect([header, taller, one]).toEqual(['ro1', 'ro2', 'ro1']);
    const style = rowStyleOf(content, raised);
    // Two problems, each two lines in 2.5 in (16 em).
    expect(heightPt(style)).toBeGreaterThanOrEqual(4 * CALC_LINE_PT);
    expect(style).toContain('style:use-optimal-row-height="false"');
    expect(style).toContain('fo:break-before="auto"');
    expect(rowStyleOf(content, 'ro1')).toContain('style:row-height="0.25in"');
    // Where the column does not wrap, each problem is one line, however long.
    const unwrapped = rowStyleOf(content, rowStyles(tableXml(content, '填報-護理組'))[1]);
    expect(heightPt(unwrapped)).toBeGreaterThanOrEqual(2 * CALC_LINE_PT);
    expect(heightPt(unwrapped)).toBeLessThan(3 * CALC_LINE_PT);

    // Run again: the row keeps its style, defined once.
    await openOdsWorkbook(path).write({ outputs: [], verdicts: USER_VERDICTS });
    const again = strFromU8(unzipSync(readFileSync(path))['content.xml'] ?? new Uint8Array());
    expect(rowStyles(tableXml(again, '填報-保健股'))).toEqual([header, raised, taller, one]);
    expect(again.split(`style:name="${raised}"`)).toHaveLength(2);
  });

  it('defines each of its styles once however often it writes in place, with the same automatic styles as one run', async () => {
    const dated = {
      name: '管考總表',
      rows: [
        ['項次', '完成期限'],
        ['1-1', 46203],
      ],
      dates: [{ row: 1, column: 1 }],
      layout: { widths: [60, 120], statusColumns: [] },
    };
    const changes = { outputs: [RESULTS, dated], verdicts: USER_VERDICTS };
    const path = userOds();
    const automaticStyles = () => {
      const content = strFromU8(unzipSync(readFileSync(path))['content.xml'] ?? new Uint8Array());
      return /<office:automatic-styles>[\s\S]*<\/office:automatic-styles>/u.exec(content)?.[0] ?? '';
    };
    await openOdsWorkbook(path).write(changes);
    const once = automaticStyles();
    await openOdsWorkbook(path).write(changes);
    await openOdsWorkbook(path).write(changes);
    const thrice = automaticStyles();
    const names = [...thrice.matchAll(/style:name="([^"]*)"/gu)].map((match) => match[1]);
    expect(names).toContain('gkB');
    expect(names).toContain('gkDN');
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect(thrice).toBe(once);
  });

  it('writes any 檢核結果 column into any tab as applyChanges says, whether it edits the table or rewrites it', async () => {
    const dir = folder();
    const check = fc.record({
      column: fc.nat({ max: 8 }),
      values: fc.array(fc.oneof(fc.constant(''), fc.constantFrom('通過', '辦理狀態：必填\n執行成效：必填', '  前導')), { maxLength: 10 }),
    });
    await fc.assert(
      fc.asyncProperty(tabsArbitrary, check, async (tabs, { column, values }) => {
        const path = join(dir, 'checks.ods');
        await createOdsWorkbook(path, tabs);
        const [first, ...rest] = tabs;
        if (!first) return;
        const changes = { outputs: rest.slice(0, 1), verdicts: [{ tab: first.name, column, values: ['檢核結果', ...values] }] };
        const before = await openOdsWorkbook(path).read();
        await openOdsWorkbook(path).write(changes);
        expect((await openOdsWorkbook(path).read()).tabs).toEqual(
          applyChanges(before, changes).map((tab) => ({ name: tab.name, rows: asRead(tab.rows) })),
        );
      }),
      { numRuns: 60 },
    );
  });

  describe('merged cells', () => {
    // A cell of a hand-made table: text, text merged down `rows` rows, or a cell a merge covers.
    type OdsCell = string | { readonly text: string; readonly rows: number } | 'covered' | null;
    const odsCell = (cell: OdsCell) =>
      cell === 'covered'
        ? '<table:covered-table-cell/>'
        : cell === null
          ? '<table:table-cell/>'
          : typeof cell === 'string'
            ? `<table:table-cell office:value-type="string"><text:p>${cell}</text:p></table:table-cell>`
            : `<table:table-cell table:number-rows-spanned="${cell.rows}" office:value-type="string"><text:p>${cell.text}</text:p></table:table-cell>`;
    const table = (name: string, rows: readonly (readonly OdsCell[])[]) =>
      `<table:table table:name="${name}">${rows.map((row) => `<table:table-row>${row.map(odsCell).join('')}</table:table-row>`).join('')}</table:table>`;
    // 登記課 merged over 1-1 and 1-2 in 計畫; 115年3月 merged over two reports in the unit's tab.
    const SETTINGS = table('設定', [
      ['項目', '內容'],
      ['計畫名稱', '115年度提升服務品質執行計畫'],
      ['計畫年度', '115'],
      ['填報週期', '月'],
    ]);
    const UNITS = table('單位', [['單位'], ['登記課'], ['資訊課']]);
    const PLAN = table('計畫', [
      ['項次', '實施要項', '具體作法', '執行單位', '完成期限'],
      ['1-1', { text: '一、便民', rows: 3 }, '夜間服務', { text: '登記課', rows: 2 }, '持續辦理'],
      ['1-2', 'covered', '預約服務', 'covered', '持續辦理'],
      ['1-3', 'covered', '資安', '資訊課', '持續辦理'],
    ]);
    const UNIT_TAB = table('填報-登記課', [
      ['具體作法', '填報期間', '辦理狀態', '執行成效'],
      ['1-2', { text: '115年3月', rows: 2 }, '持續辦理', '預約120件'],
      ['1-1', 'covered', '持續辦理', '夜間服務'],
    ]);

    it("reads a merged cell's value into every row it spans, in plan and submission tabs alike", async () => {
      const { tabs } = await openOdsWorkbook(odsWith(PLAN + UNIT_TAB)).read();
      expect(tabs[0]?.rows.slice(1).map((row) => [row[1], row[3]])).toEqual([
        ['一、便民', '登記課'],
        ['一、便民', '登記課'],
        ['一、便民', '資訊課'],
      ]);
      expect(tabs[1]?.rows.slice(1).map((row) => row[1])).toEqual(['115年3月', '115年3月']);
    });

    it('consolidates by them, and writes 檢核結果 beside each row without writing into a covered cell', async () => {
      const path = odsWith(SETTINGS + UNITS + PLAN + UNIT_TAB);
      expect(await runCli(['consolidate', path], QUIET)).toBe(0);
      const { tabs } = await openOdsWorkbook(path).read();
      const tracking = tabs.find((tab) => tab.name === '管考總表')?.rows ?? [];
      expect(tracking.slice(1).map((row) => [row[0], row[2]])).toEqual([
        ['1-1', '登記課'],
        ['1-2', '登記課'],
        ['1-3', '資訊課'],
      ]);
      expect(tracking[2]?.[5]).toBe('持續辦理');
      expect(tabs.find((tab) => tab.name === '填報-登記課')?.rows.map((row) => row[4])).toEqual(['檢核結果', '通過', '通過']);
      const content = strFromU8(unzipSync(readFileSync(path))['content.xml'] ?? new Uint8Array());
      expect(tableXml(content, '計畫')).toBe(PLAN);
      expect(tableXml(content, '填報-登記課')).toMatch(
        /<table:table-row><table:table-cell[^>]*><text:p>1-1<\/text:p><\/table:table-cell><table:covered-table-cell\/>/u,
      );
    });
  });

  it('replaces the file whole, leaving no temporary file beside it', async () => {
    const dir = folder();
    const path = join(dir, 'book.ods');
    await createOdsWorkbook(path, [RESULTS]);
    await createOdsWorkbook(path, [{ name: '執行成效', rows: [['新']] }]);
    expect(readdirSync(dir)).toEqual(['book.ods']);
    expect((await openOdsWorkbook(path).read()).tabs).toEqual([{ name: '執行成效', rows: [['新']] }]);
  });

  it.each([
    ['a file that is not a zip', (path: string) => writeFileSync(path, 'not a zip')],
    [
      'a text document renamed .ods',
      (path: string) => writeFileSync(path, readFileSync(odsWith('', 'application/vnd.oasis.opendocument.text'))),
    ],
    ['a zip without content.xml', (path: string) => writeFileSync(path, zipSync({ 'a.txt': strToU8('a') }))],
    ['malformed XML', (path: string) => writeFileSync(path, readFileSync(odsWith('<table:table table:name="a"><table:table-row>')))],
  ])('refuses %s with a zh-TW message', async (_name, make) => {
    const path = join(folder(), 'bad.ods');
    make(path);
    const read = openOdsWorkbook(path).read();
    await expect(read).rejects.toBeInstanceOf(WorkbookError);
    await expect(read).rejects.toThrow(/無法讀取.*\.ods/u);
  });

  it('says the file is missing when it is', async () => {
    await expect(openOdsWorkbook(join(folder(), 'none.ods')).read()).rejects.toThrow(/找不到活頁簿/u);
  });
});

describe.skipIf(!hasLibreOffice)(libreOfficeTitle('.ods in LibreOffice'), () => {
  it('opens in LibreOffice with its Chinese text, layout and print settings intact', async () => {
    const dir = folder();
    const path = join(dir, '年度執行成效一覽表.ods');
    const tabs = [RESULTS, { name: '表單回應 1', rows: [['填報單位', '數量'], ['民政課', 12], [], ['社會課', true]] }];
    await createOdsWorkbook(path, tabs, { print: { title: '臺北市萬華區公所115年度執行成效一覽表', landscape: true } });
    const out = join(dir, 'lo');
    await convertWithLibreOffice([path], 'xlsx', out);
    await convertWithLibreOffice([path], CSV_ALL_SHEETS, out);

    const csv = readFileSync(join(out, '年度執行成效一覽表-執行成效.csv'), 'utf8');
    expect(csv).toContain('"=IMPORTXML(""https://example.com"",""//title"")"');
    expect(csv).toContain('"第一行\n第二行"');
    expect(csv).toContain('  兩個空白開頭');
    expect(existsSync(join(out, '年度執行成效一覽表-表單回應 1.csv'))).toBe(true);

    // LibreOffice's own .xlsx of our .ods, read back by the .xlsx backend: the same values.
    const xlsx = join(out, '年度執行成效一覽表.xlsx');
    expect((await openXlsxWorkbook(xlsx).read()).tabs).toEqual(tabs.map((tab) => ({ name: tab.name, rows: asRead(tab.rows) })));
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('執行成效');
    // (The frozen header row lives in settings.xml, which headless LibreOffice does not carry over: it has no view.)
    expect(sheet?.autoFilter).toBeTruthy();
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
    expect(sheet?.getCell('C2').fill).toMatchObject({ fgColor: { argb: 'FFF4C7C3' } });
  });

  it('prints every line of a wrapped cell: 執行成效 of several units, 佐證資料 links, 最近填報, 逾期, a converted tab’s 檢核結果', async () => {
    const path = join(folder(), 'book.ods');
    await createOdsWorkbook(path, WRAPPED_TABS);
    await expectEveryLinePrinted(path, WRAPPED_TABS);
  });

  it('prints every line of a 檢核結果 written into a row whose height the user set, in its row', async () => {
    const path = userOds();
    await openOdsWorkbook(path).write({ outputs: [], verdicts: USER_VERDICTS });
    await expectEveryLinePrinted(path, (await openOdsWorkbook(path).read()).tabs);
  });

  // A layout the editor does not follow is not rewritten in place from values.
  describe('a file laid out in a way the editor does not follow (a table inside a cell)', () => {
    const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
    const nested = () =>
      odsWith(
        `<table:table table:name="表單回應 1"><table:table-row>${cell('填報單位')}</table:table-row><table:table-row><table:table-cell table:formula="of:=1+2" office:value-type="float" office:value="3"><table:table table:name="內表"><table:table-row>${cell('內')}</table:table-row></table:table></table:table-cell></table:table-row></table:table>`,
      );
    const CHANGES = { outputs: [RESULTS], verdicts: [{ tab: '表單回應 1', column: 1, values: ['檢核結果', '通過'] }] };

    it('refuses to write it in place, suggesting --out, and leaves it byte for byte', async () => {
      const path = nested();
      const before = readFileSync(path);
      const error = await openOdsWorkbook(path)
        .write(CHANGES)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WriteRefused);
      expect(error).toBeInstanceOf(WorkbookError);
      expect((error as Error).message).toContain('--out');
      expect(readFileSync(path).equals(before)).toBe(true);
    });

    it('rewrites a copy (consolidate --out) from its values and says so', async () => {
      const path = nested();
      const warnings: string[] = [];
      await openOdsWorkbook(path, { copy: true, warn: (text) => warnings.push(text) }).write(CHANGES);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('公式與格式沒有保留');
      expect((await openOdsWorkbook(path).read()).tabs.map((tab) => tab.name)).toEqual(['表單回應 1', '執行成效']);
    });
  });
});
