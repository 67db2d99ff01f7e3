import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentTable, PlanDocument } from '../../../shared/plan-import/document.ts';
import { joinSpacedOut } from '../../../shared/plan-import/spaced-out.ts';
import { readTextDocument } from '../../../shared/plan-import/text-document.ts';

const read = (text: string) => readTextDocument(text, 'plan.txt', 'txt');
const tables = (document: PlanDocument) => document.blocks.filter((block): block is DocumentTable => block.kind === 'table');
const cells = (table: DocumentTable | undefined) => (table?.rows ?? []).map((row) => row.cells.map((cell) => cell.paragraphs.join('¶')));

describe('readTextDocument', () => {
  it('reads tab-separated lines as a table and other lines as paragraphs', () => {
    const document = read('壹、計畫依據\n\n項次\t具體作法\t執行單位\n1\t檢討申請表單\t民政課\n\n貳、管考');
    expect(document.blocks.map((block) => block.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(cells(tables(document)[0])).toEqual([
      ['項次', '具體作法', '執行單位'],
      ['1', '檢討申請表單', '民政課'],
    ]);
    expect(document).toMatchObject({ source: 'plan.txt', kind: 'txt', confidence: 'approximate' });
  });

  it('reads a table pasted with spaces between its columns under a header of column names, wrapped cells joined', () => {
    const document = read(
      [
        '三、執行項目',
        '項次 實施要項 具體作法 執行單位 完成期限',
        '1 精進服務 線上預約，減少臨櫃等候時 徵集科 115年3月31日',
        '間。',
        '2 申請文件電子化。 替代役科、資訊 上半年',
        '室',
        '第 2 頁',
        '3 友善服務 設置諮詢專線，由專人回覆。 權益科 115 年 12 月 31 日前',
        '4 提供體檢接送服務。 徵集科',
        '四、管考',
        '各科室每月填報。',
      ].join('\n'),
    );
    expect(document.blocks.map((block) => block.kind)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    expect(tables(document)[0]?.rebuiltFrom).toBe('spaces');
    expect(cells(tables(document)[0])).toEqual([
      ['項次', '實施要項', '具體作法', '執行單位', '完成期限'],
      ['1', '精進服務', '線上預約，減少臨櫃等候時間。', '徵集科', '115年3月31日'],
      ['2', '', '申請文件電子化。', '替代役科、資訊室', '上半年'],
      ['3', '友善服務', '設置諮詢專線，由專人回覆。', '權益科', '115年12月31日前'],
      ['4', '', '提供體檢接送服務。', '徵集科', ''],
    ]);
  });

  it('reads a line of words that are not all column names as a paragraph', () => {
    expect(read('本所 具體作法 如下 執行單位').blocks.map((block) => block.kind)).toEqual(['paragraph']);
  });

  it('reads a Markdown pipe table, its rule line dropped, and HTML paragraphs inside its cells', () => {
    const text = '| 項次 | 具體作法 |\n|----|---|\n| 壹 | <p>一、甲。</p> <p>二、乙。</p> |';
    expect(cells(tables(read(text))[0])).toEqual([
      ['項次', '具體作法'],
      ['壹', '一、甲。¶二、乙。'],
    ]);
  });

  it('reads an HTML table with its merged cells', () => {
    const text =
      '<table><tr><th>實施要項</th><th>具體作法</th></tr><tr><td rowspan="2">一、便民</td><td>甲</td></tr><tr><td>乙</td></tr></table>';
    const [table] = tables(read(text));
    expect(table?.rows[1]?.cells[0]).toEqual({ paragraphs: ['一、便民'], rowSpan: 2, colSpan: 1 });
    expect(cells(table)).toEqual([['實施要項', '具體作法'], ['一、便民', '甲'], ['乙']]);
  });

  it('joins a table broken at a page end: the header repeated, a cell going on in the next page', () => {
    const text = [
      '| 項次 | 具體作法 | 完成期限 |',
      '|---|---|---|',
      '| 壹 | 八、組成志願服務體系，每半年賦能教 | 持續辦理 |',
      '',
      '| 項次 | 具體作法 | 完成期限 |',
      '|---|---|---|',
      '|  | <p>育訓練，協助服務照顧工作。</p> <p>九、配合會頒政策。</p> |  |',
    ].join('\n');
    const [table] = tables(read(text));
    expect(cells(table).filter((_, i) => !table?.rows[i]?.repeatedHeader)).toEqual([
      ['項次', '具體作法', '完成期限'],
      ['壹', '八、組成志願服務體系，每半年賦能教育訓練，協助服務照顧工作。¶九、配合會頒政策。', '持續辦理'],
    ]);
  });

  it('joins a tab-separated row cut at a page end (blank first cells, a blank line between)', () => {
    const text =
      '編號\t課室\t工作內容\t預計工作進度\n11\t人事室\t次年度預算員額報府審查\t預定於3月份辦理，屆時請會計室協助填寫人事費變動\n\n\t\t\t情形表，依限報府。\n12\t人事室\t升官等名冊報府\t預定於3月份辦理';
    expect(cells(tables(read(text))[0])).toEqual([
      ['編號', '課室', '工作內容', '預計工作進度'],
      ['11', '人事室', '次年度預算員額報府審查', '預定於3月份辦理，屆時請會計室協助填寫人事費變動情形表，依限報府。'],
      ['12', '人事室', '升官等名冊報府', '預定於3月份辦理'],
    ]);
  });

  it('keeps a row after a page break that starts new items, moving up only the cut-off cell beside them', () => {
    const text =
      '要項\t分項\t執行重點\t執行課室\n一、便民\t(二)提供易讀的申辦資訊，提升服\t1. 服務資訊公開透明 (1)標示電話。\t各課室\n\n\t務流程透明度。\t2. 多元查詢管道 (1)現場查詢。\t役政課';
    expect(cells(tables(read(text))[0])).toEqual([
      ['要項', '分項', '執行重點', '執行課室'],
      ['一、便民', '(二)提供易讀的申辦資訊，提升服務流程透明度。', '1. 服務資訊公開透明 (1)標示電話。', '各課室'],
      ['', '', '2. 多元查詢管道 (1)現場查詢。', '役政課'],
    ]);
  });

  it('reads a title row across the table and a header cell spanning two columns', () => {
    const text =
      '具體措施一：完備基礎服務\t\n執行策略\t方法\n(一)訂定計畫。\t每年檢查表單。\n\n執行要項\t\t執行重點\t執行課室\n一、便民\t(一)流程\t1. 作業\t秘書室';
    const [first, second] = tables(read(text));
    expect(first?.rows[0]?.cells).toEqual([{ paragraphs: ['具體措施一：完備基礎服務'], rowSpan: 1, colSpan: 2 }]);
    expect(second?.rows[0]?.cells.map((cell) => cell.colSpan)).toEqual([2, 1, 1]);
  });

  it('reads # headings, list items and a paragraph cut at a page end', () => {
    const text =
      '## 壹、依據：\n\n- 一、行政院函頒「政府服務躍升方案」。\n- 辦理說明會\n\n(一)各組、室應依業務範圍建立標準作業流程，以維服務作業之一\n\n致性。';
    expect(read(text).blocks).toEqual([
      { kind: 'paragraph', text: '壹、依據：', heading: 2 },
      { kind: 'paragraph', text: '一、行政院函頒「政府服務躍升方案」。' },
      { kind: 'paragraph', text: '辦理說明會', label: '•' },
      { kind: 'paragraph', text: '(一)各組、室應依業務範圍建立標準作業流程，以維服務作業之一致性。' },
    ]);
  });

  it('joins spaced-out characters in titles and cells', () => {
    const document = read('計 畫 目 標\n\n具體作法\t執行單位\n探 查 民 意 與 AI 應用\t各課室 秘書室');
    expect(document.blocks[0]).toEqual({ kind: 'paragraph', text: '計畫目標' });
    expect(cells(tables(document)[0])[1]).toEqual(['探查民意與 AI 應用', '各課室 秘書室']);
  });

  it('reads the same cells from a table written with tabs, pipes or HTML', () => {
    const word = fc.stringMatching(/^[一-龥A-Za-z0-9（）。，、]{1,12}$/u);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 5 }), (rows) => {
        const tabbed = rows.map((row) => row.join('\t')).join('\n');
        const piped = [`| ${rows[0]?.join(' | ')} |`, '|---|---|', ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n');
        const html = `<table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;
        const expected = cells(tables(read(tabbed))[0]);
        expect(cells(tables(read(piped))[0])).toEqual(expected);
        expect(cells(tables(read(html))[0])).toEqual(expected);
      }),
    );
  });
});

describe('joinSpacedOut', () => {
  it.each([
    ['探 查 民 意', '探查民意'],
    ['探　查　民　意', '探查民意'],
    ['目 標', '目標'],
    ['壹、計 畫 依 據', '壹、計畫依據'],
    ['各課室 秘書室 人事室', '各課室 秘書室 人事室'],
    ['政 府 服 務 e 化', '政府服務 e 化'],
  ])('reads %s as %s', (text, joined) => {
    expect(joinSpacedOut(text)).toBe(joined);
  });

  it('never changes a text without Chinese characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', '\u3000', '-', '.', 'é') }), (text) => {
        expect(joinSpacedOut(text)).toBe(text);
      }),
    );
  });

  it('only ever removes spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('探', '查', '民', '意', ' ', 'A', '1') }), (text) => {
        expect(joinSpacedOut(text).replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
      }),
    );
  });
});
