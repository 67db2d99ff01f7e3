// PDF plans written by hand (pdf-builder.ts) and read through readPlanDocument: the tables come
// back as the tables they were, from their borders where they are drawn (stroked as LibreOffice
// draws them, or filled as Word does), from rules across them, or from their text alone.
import { describe, expect, it } from 'vitest';
import type { DocumentBlock, DocumentTable } from '../../../shared/plan-import/document.ts';
import { cellGrid, paragraphLines, readAs, tablesOf } from './document-files.ts';
import { aPdf, gridBorders, line, type PdfMark, text } from './pdf-builder.ts';

// A plan table: 執行要項 | 具體作法 | 執行單位, its first 要項 merged down two rows, a practice
// wrapped over two lines, and a cell holding two units, one a line.
const XS = [60, 160, 400, 500];
const YS = [700, 680, 640, 600, 580];
const TABLE_TEXT: readonly PdfMark[] = [
  text('執行要項', 62, 686),
  text('具體作法', 162, 686),
  text('執行單位', 402, 686),
  text('一、完備服務', 62, 666),
  text('1. 訂定標準作業流程，並於每年 3 月底前檢', 162, 666),
  text('討完成。', 162, 651),
  text('秘書室', 402, 666),
  text('各課室', 402, 651),
  text('2. 受理陳情', 162, 626),
  text('政風室', 402, 626),
  text('二、重視回饋', 62, 586),
  text('滿意度調查', 162, 586),
  text('秘書室', 402, 586),
];
const AS_DRAWN = [
  ['執行要項', '具體作法', '執行單位'],
  ['一、完備服務 ↓2', '1. 訂定標準作業流程，並於每年 3 月底前檢討完成。', '秘書室 / 各課室'],
  ['2. 受理陳情', '政風室'],
  ['二、重視回饋', '滿意度調查', '秘書室'],
];

const readPdf = async (pages: readonly (readonly PdfMark[])[], scale = 1) => (await readAs('計畫.pdf', aPdf(pages, { scale }))).blocks;
const onlyTable = (blocks: readonly DocumentBlock[]): DocumentTable => {
  const [table, ...more] = tablesOf(blocks);
  if (!table || more.length > 0) throw new Error(`expected one table, got ${tablesOf(blocks).length}`);
  return table;
};

describe('reading the tables of a PDF', () => {
  it('rebuilds a table from its stroked borders: a cell merged down where no rule crosses its column, wrapped lines one paragraph, a unit a paragraph', async () => {
    const table = onlyTable(await readPdf([[...TABLE_TEXT, ...gridBorders(XS, YS, [[2, 0]])]]));
    expect(cellGrid(table)).toEqual(AS_DRAWN);
    expect(table.rebuiltFrom).toBe('borders');
  });

  it('reads borders drawn as thin filled rectangles (as Word prints them), on a page drawn through a scaling matrix, as it reads stroked ones', async () => {
    const table = onlyTable(await readPdf([[...TABLE_TEXT, ...gridBorders(XS, YS, [[2, 0]], 'boxes')]], 2));
    expect(cellGrid(table)).toEqual(AS_DRAWN);
  });

  it('ignores lines drawn in white, which show nothing on paper', async () => {
    const white = gridBorders(XS, YS, [[2, 0]]).map((mark) => ('line' in mark ? { ...mark, gray: 1 } : mark));
    expect(tablesOf(await readPdf([[...TABLE_TEXT, ...white]])).map((table) => table.rebuiltFrom)).not.toContain('borders');
  });

  it('joins a table going on at the top of the next page: its repeated header kept once and marked, the row the page cut made whole, the merged cell the page cut made one', async () => {
    const header = (y: number) => [text('執行要項', 62, y), text('具體作法', 162, y), text('執行單位', 402, y)];
    const running = text('臺北市萬華區公所 115 年度提升服務品質執行計畫', 60, 815, 10);
    const first = [
      running,
      text('伍、具體作法', 60, 230),
      ...header(186),
      text('一、完備服務', 62, 166),
      text('1. 訂定標準作業流程，並於每年 3 月底前檢', 162, 166),
      text('討，並公告於網站，供民眾查閱及下載申辦', 162, 151),
      text('秘書室', 402, 166),
      text('第 1 頁', 280, 30),
      ...gridBorders(XS, [200, 180, 140]),
    ];
    const second = [
      running,
      ...header(786),
      text('書表。', 162, 766),
      text('2. 受理陳情', 162, 726),
      text('政風室', 402, 726),
      text('第 2 頁', 280, 30),
      ...gridBorders(XS, [800, 780, 760, 720], [[2, 0]]),
    ];
    const blocks = await readPdf([first, second]);
    expect(paragraphLines(blocks)).toEqual(['|伍、具體作法']);
    const table = onlyTable(blocks);
    expect(cellGrid(table)).toEqual([
      ['執行要項', '具體作法', '執行單位'],
      ['一、完備服務 ↓2', '1. 訂定標準作業流程，並於每年 3 月底前檢討，並公告於網站，供民眾查閱及下載申辦書表。', '秘書室'],
      ['2. 受理陳情', '政風室'],
    ]);
    expect(table.rows.map((row) => row.repeatedHeader === true)).toEqual([true, false, false]);
  });

  it('keeps the row at the top of a page apart from the row before when it starts its own: a number below a number, units below units', async () => {
    const xs = [60, 90, 160, 400];
    const row = (y: number, cells: readonly string[]) => cells.map((value, i) => text(value, (xs[i] as number) + 2, y));
    const first = [
      ...row(186, ['編號', '課室', '工作內容']),
      ...row(166, ['22', '兵役課', '辦理役男徵兵檢查作業，並按時完成體檢。']),
      ...gridBorders(xs, [200, 180, 140]),
    ];
    const second = [...row(786, ['23', '兵役課', '辦理役男抽籤作業。']), ...gridBorders(xs, [800, 760])];
    expect(cellGrid(onlyTable(await readPdf([first, second])))).toEqual([
      ['編號', '課室', '工作內容'],
      ['22', '兵役課', '辦理役男徵兵檢查作業，並按時完成體檢。'],
      ['23', '兵役課', '辦理役男抽籤作業。'],
    ]);
  });

  it('reads a table ruled only across: rows and the merged cell from the rules, columns from the gaps in its text', async () => {
    const rules = YS.map((y, i) => (i === 2 ? line(XS[1] as number, y, XS[3] as number, y) : line(XS[0] as number, y, XS[3] as number, y)));
    const table = onlyTable(await readPdf([[...TABLE_TEXT, ...rules]]));
    expect(cellGrid(table)).toEqual(AS_DRAWN);
    expect(table.rebuiltFrom).toBe('rules-across');
  });

  it('joins a header left alone at the foot of a page, ruled across only, to the rows on the next page', async () => {
    const across = (...ys: readonly number[]) => ys.map((y) => line(60, y, 500, y));
    const first = [text('執行策略', 110, 86), text('方法', 320, 86), ...across(100, 80)];
    const second = [
      text('(一)建構友善環境', 62, 766),
      text('網站公開機關基本資料', 252, 766),
      text('(二)促進民眾參與', 62, 726),
      text('鼓勵民眾參與政策溝通', 252, 726),
      ...across(780, 740, 700),
    ];
    const table = onlyTable(await readPdf([first, second]));
    expect(cellGrid(table)).toEqual([
      ['執行策略', '方法'],
      ['(一)建構友善環境', '網站公開機關基本資料'],
      ['(二)促進民眾參與', '鼓勵民眾參與政策溝通'],
    ]);
  });

  it('finds a table drawn without any rule from the columns its text keeps, rows where every column leaves a gap, and the prose around it as paragraphs', async () => {
    const blocks = await readPdf([[text('伍、具體作法', 60, 730), ...TABLE_TEXT, text('陸、管考：各單位每月填報辦理情形。', 60, 540)]]);
    expect(paragraphLines(blocks)).toEqual(['|伍、具體作法', '|陸、管考：各單位每月填報辦理情形。']);
    const table = onlyTable(blocks);
    // Without rules a merged cell cannot be seen: the row below it has a blank cell (the import reads it as continued).
    expect(cellGrid(table)).toEqual([
      AS_DRAWN[0],
      ['一、完備服務', ...(AS_DRAWN[1] ?? []).slice(1)],
      ['', '2. 受理陳情', '政風室'],
      AS_DRAWN[3],
    ]);
    expect(table.rebuiltFrom).toBe('text-positions');
  });
});

describe('the text of a PDF', () => {
  it('invents no space between Chinese characters and keeps the spaces the document has beside digits', async () => {
    const blocks = await readPdf([
      [
        // A real space (a quarter em or more) beside a digit, the narrower gap LibreOffice and Word leave without one, and Chinese set a little apart.
        text('四、管考：各單位應每月', 60, 500),
        text('5', 195.1, 500),
        text('日前填報。', 204.9, 500),
        text('113', 60, 470),
        text('年度計畫', 82.4, 470),
        text('服務', 60, 440),
        text('品質', 86, 440),
      ],
    ]);
    expect(paragraphLines(blocks)).toEqual(['|四、管考：各單位應每月 5 日前填報。', '|113年度計畫', '|服務品質']);
  });

  it('leaves out page numbers and a running title at the same place on every page', async () => {
    const page = (n: number, body: string) => [
      text('某區公所 115 年度執行計畫', 60, 815, 10),
      text(body, 60, 700),
      text(`- ${n} -`, 290, 30),
    ];
    const blocks = await readPdf([page(1, '壹、計畫依據'), page(2, '貳、計畫目標'), page(3, '參、實施對象')]);
    expect(paragraphLines(blocks)).toEqual(['|壹、計畫依據', '|貳、計畫目標', '|參、實施對象']);
  });
});
