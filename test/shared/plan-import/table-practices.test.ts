import { describe, expect, it } from 'vitest';
import type { DocumentCell, DocumentTable } from '../../../shared/plan-import/document.ts';
import type { DraftPractice, ImportNote } from '../../../shared/plan-import/imported-plan.ts';
import { readPlanTable, type TableReading } from '../../../shared/plan-import/table-practices.ts';
import { readTextDocument } from '../../../shared/plan-import/text-document.ts';

const cell = (text: string, spans: Partial<Pick<DocumentCell, 'rowSpan' | 'colSpan'>> = {}): DocumentCell => ({
  paragraphs: text ? text.split('\n') : [],
  rowSpan: spans.rowSpan ?? 1,
  colSpan: spans.colSpan ?? 1,
});
const table = (...rows: DocumentCell[][]): DocumentTable => ({ kind: 'table', rows: rows.map((cells) => ({ cells })) });
const textTable = (text: string): DocumentTable => {
  const [first] = readTextDocument(text, 'plan.txt', 'txt').blocks.filter((block) => block.kind === 'table');
  if (first?.kind !== 'table') throw new Error('no table');
  return first;
};
function practices(reading: TableReading): readonly DraftPractice[] {
  if (reading.kind !== 'plan') throw new Error(`not a plan table: ${reading.kind}`);
  return reading.practices;
}
const summary = (reading: TableReading) =>
  practices(reading).map((p) => ({
    id: p.writtenId ?? p.outline.join('-'),
    measure: p.measure,
    strategy: p.strategy,
    text: p.text,
    units: p.units,
    deadline: p.deadline,
  }));
// A practice as the 計畫 tab of this one table would place it: its row (after the header) and 項次.
const placeIn = (reading: TableReading, practice: DraftPractice) =>
  [practices(reading).indexOf(practice) + 2, practice.writtenId ?? practice.outline.join('-')] as const;
const messageOf = (reading: TableReading, { message }: ImportNote) =>
  typeof message === 'string' ? message : message.words(...placeIn(reading, message.names));
const messages = (reading: TableReading) =>
  reading.kind === 'plan' ? reading.notes.map((note) => `${note.where}：${messageOf(reading, note)}`) : [];

describe('readPlanTable', () => {
  it('reads one practice per row, blank 實施要項 continuing the one above', () => {
    const reading = readPlanTable(
      textTable(
        '實施要項\t具體作法\t執行單位\t完成期限\n一、便民服務\t1. 檢討申請表單\t民政課\t115年3月底前\n\t2. 擴大線上申辦\t秘書室\t持續辦理',
      ),
      1,
      null,
    );
    expect(summary(reading)).toEqual([
      { id: '1-1', measure: '一、便民服務', strategy: '', text: '1. 檢討申請表單', units: '民政課', deadline: '115年3月底前' },
      { id: '1-2', measure: '一、便民服務', strategy: '', text: '2. 擴大線上申辦', units: '秘書室', deadline: '持續辦理' },
    ]);
  });

  it('makes each numbered sub-item of a cell a practice and pairs the units beside them in order', () => {
    const reading = readPlanTable(
      textTable('實施要項\t具體作法\t權責單位\n一、便民\t(1)訂定程序。 (2)登載表單。 (3)追蹤陳情。\t戶籍課 登記課 秘書室'),
      1,
      null,
    );
    expect(summary(reading).map((p) => [p.id, p.text, p.units])).toEqual([
      ['1-1', '(1)訂定程序。', '戶籍課'],
      ['1-2', '(2)登載表單。', '登記課'],
      ['1-3', '(3)追蹤陳情。', '秘書室'],
    ]);
    expect(messages(reading)).toEqual([]);
  });

  it('says so when the counts differ: 3 practices and 4 units, the extra unit to the last', () => {
    const reading = readPlanTable(
      textTable('實施要項\t具體作法\t執行單位\n一、便民\t(1)甲。 (2)乙。 (3)丙。\t戶籍課 登記課 秘書室 人事室'),
      1,
      null,
    );
    expect(summary(reading).map((p) => p.units)).toEqual(['戶籍課', '登記課', '秘書室、人事室']);
    expect(messages(reading)).toEqual([
      '第 1 個表格第 2 列：3 項作法、4 個單位，已依序對應：多出的單位都歸最後一項作法；請確認每項作法的執行單位。',
    ]);
  });

  it('reads a heading above sub-items as the 執行策略, and the body under a heading as its practice', () => {
    const text = [
      '執行要項\t執行重點\t執行課室',
      '一、便民\t<b>1. 訂定標準作業流程</b> (1)訂定程序。 (2)登載表單。\t各課室 秘書室',
      '\t<p>2. 逾期主動告知服務</p> <p>主動提供收件確認訊息。</p>\t各課室',
    ].join('\n');
    expect(summary(readPlanTable(textTable(text), 1, null)).map((p) => [p.id, p.strategy, p.text, p.units])).toEqual([
      ['1-1-1', '1. 訂定標準作業流程', '(1)訂定程序。', '各課室'],
      ['1-1-2', '1. 訂定標準作業流程', '(2)登載表單。', '秘書室'],
      ['1-2', '2. 逾期主動告知服務', '主動提供收件確認訊息。', '各課室'],
    ]);
  });

  it('takes the 實施要項 from the caption above a table without such a column', () => {
    const reading = readPlanTable(textTable('執行策略\t方法\n(一)訂定計畫。\t每年檢查表單。'), 2, '具體措施一：完備基礎服務');
    expect(summary(reading)).toEqual([
      { id: '1-1-1', measure: '具體措施一：完備基礎服務', strategy: '(一)訂定計畫。', text: '每年檢查表單。', units: '', deadline: '' },
    ]);
    expect(messages(reading)).toEqual([
      '第 2 個表格：此表格沒有實施要項欄：以表格上方的標題「具體措施一：完備基礎服務」為實施要項；請確認。',
    ]);
  });

  it('keeps a row numbered by 編號 as one practice, its sub-items as lines, and the next 編號 after it', () => {
    const text =
      '編號\t課室\t計畫項目\t工作內容\t預計工作進度\n22\t兵役課\t兵調體檢業務\t(一)兵籍調查 (二)徵兵檢查\t(一)按時辦理。 (二)持續辦理。\n23\t兵役課\t\t役男抽籤\t預定於3月辦理';
    const reading = readPlanTable(textTable(text), 5, '各課室業務期程一覽表');
    expect(summary(reading)).toEqual([
      {
        id: '22',
        measure: '各課室業務期程一覽表',
        strategy: '兵調體檢業務',
        text: '(一)兵籍調查\n(二)徵兵檢查',
        units: '兵役課',
        deadline: '(一)按時辦理。\n(二)持續辦理。',
      },
      { id: '23', measure: '各課室業務期程一覽表', strategy: '兵調體檢業務', text: '役男抽籤', units: '兵役課', deadline: '預定於3月辦理' },
    ]);
    expect(messages(reading)).toContain(
      '第 5 個表格第 2 列：編號 22 這一列寫了 2 個子項：依編號列為一項作法，子項逐行保留在具體作法中；若每個子項要分別填報，請拆成多列。',
    );
  });

  it('reads an 項次 that numbers the 實施要項 (壹、貳) as the 實施要項 number, a blank 完成期限 continuing the one above', () => {
    const text =
      '項次\t實施要項\t具體作法\t完成期限\n壹\t便民服務\t一、甲。\t持續辦理\n\t\t二、乙。\t\n貳\t資訊公開\t主動公開資訊。\t115年6月底前';
    const reading = readPlanTable(textTable(text), 1, null);
    expect(summary(reading).map((p) => [p.id, p.measure, p.deadline])).toEqual([
      ['1-1', '便民服務', '持續辦理'],
      ['1-2', '便民服務', '持續辦理'],
      ['2-1', '資訊公開', '115年6月底前'],
    ]);
    expect(messages(reading)).toEqual([
      '第 1 個表格：「項次」欄（壹、貳…）編的是實施要項而不是每項作法：具體作法的項次依大綱編號（例：1-2）。',
      '第 1 個表格第 3 列：完成期限空白，沿用「計畫」分頁第 2 列（1-1）的「持續辦理」（視為合併儲存格）；若不同請改正。',
    ]);
  });

  it('notes a blank cell continued from above beside each practice it filled, naming the practice it came from', () => {
    const text =
      '實施要項\t具體作法\t執行單位\t完成期限\n一、便民\t1.作法甲 2.作法乙\t民政課\t每月\n\t3.作法丙\t\t115年6月\n\t4.作法丁\t社會課\t';
    const reading = readPlanTable(textTable(text), 1, null);
    expect(summary(reading).map((p) => [p.id, p.units, p.deadline])).toEqual([
      ['1-1', '民政課', '每月'],
      ['1-2', '民政課', '每月'],
      ['1-3', '民政課', '115年6月'],
      ['1-4', '社會課', '115年6月'],
    ]);
    const notes = reading.kind === 'plan' ? reading.notes : [];
    expect(notes.map((note) => [note.practice && placeIn(reading, note.practice), note.where, messageOf(reading, note)])).toEqual([
      [[4, '1-3'], '第 1 個表格第 3 列', '執行單位空白，沿用「計畫」分頁第 2 列（1-1）的「民政課」（視為合併儲存格）；若不同請改正。'],
      [[5, '1-4'], '第 1 個表格第 4 列', '完成期限空白，沿用「計畫」分頁第 4 列（1-3）的「115年6月」（視為合併儲存格）；若不同請改正。'],
    ]);
  });

  it('reads merged cells: a 實施要項 and a unit spanning rows apply to every row they cover', () => {
    const document = table(
      [cell('實施要項'), cell('具體作法'), cell('主辦單位')],
      [cell('一、便民服務', { rowSpan: 2 }), cell('1. 檢討表單'), cell('稅務科', { rowSpan: 2 })],
      [cell('2. 線上申辦')],
    );
    expect(summary(readPlanTable(document, 1, null)).map((p) => [p.id, p.measure, p.units])).toEqual([
      ['1-1', '一、便民服務', '稅務科'],
      ['1-2', '一、便民服務', '稅務科'],
    ]);
  });

  it('tells a results form and a table of something else from a plan table', () => {
    expect(readPlanTable(textTable('項次\t實施要項\t具體作法\t執行成效\n壹\t便民\t一、甲。\t'), 2, null)).toEqual({
      kind: 'results-form',
      header: ['項次', '實施要項', '具體作法', '執行成效'],
    });
    expect(readPlanTable(textTable('職稱\t人數\t任務\n主任委員\t1\t綜理'), 3, null)).toEqual({
      kind: 'other',
      header: ['職稱', '人數', '任務'],
    });
  });

  // One row under each family of header words agencies write: the practice is always the rightmost
  // descriptive column before the unit and deadline columns.
  it.each([
    ['項目', '推動策略', '執行措施', '主辦單位', '完成時間'],
    ['工作項目', '執行重點', '執行措施', '權責單位', '預定完成時間'],
    ['重點項目', '推動重點', '辦理方式', '負責單位', '辦理期程'],
    ['實施項目', '策略', '具體作為', '承辦單位', '執行期程'],
    ['構面', '執行策略', '推動作法', '執行單位', '預定進度'],
    ['項目', '工作項目', '實施內容', '主辦單位', '完成期限'],
    ['推動重點', '執行策略', '工作內容', '執行單位', '完成期限'],
    ['推動項目', '執行重點', '具體措施', '辦理單位', '完成期限'],
  ])('reads %s | %s | %s as 實施要項, 執行策略 and 具體作法', (...header) => {
    const reading = readPlanTable(
      textTable(`${header.join('\t')}\n一、便民服務\t(一)簡化程序\t1. 檢討申請表單\t民政課\t115.6.30`),
      1,
      null,
    );
    expect(summary(reading)).toEqual([
      { id: '1-1-1', measure: '一、便民服務', strategy: '(一)簡化程序', text: '1. 檢討申請表單', units: '民政課', deadline: '115.6.30' },
    ]);
  });

  it.each([
    [['工作項目', '辦理方式'], ['一、便民服務', '1. 檢討申請表單'], '一、便民服務', '', '1. 檢討申請表單'],
    [['項目', '執行措施'], ['一、便民服務', '1. 檢討申請表單'], '一、便民服務', '', '1. 檢討申請表單'],
    [['計畫項目', '工作內容'], ['一、便民服務', '1. 檢討申請表單'], '標題', '一、便民服務', '1. 檢討申請表單'],
    [['工作項目'], ['一、便民服務'], '標題', '', '一、便民服務'],
    [['具體措施'], ['一、便民服務'], '標題', '', '一、便民服務'],
  ])('reads %j with the practices in its rightmost descriptive column', (header, cells, measure, strategy, text) => {
    const reading = readPlanTable(
      textTable(`${[...header, '主辦單位', '完成時間'].join('\t')}\n${[...cells, '民政課', '115.6.30'].join('\t')}`),
      1,
      '標題',
    );
    expect(summary(reading).map((p) => [p.measure, p.strategy, p.text, p.units, p.deadline])).toEqual([
      [measure, strategy, text, '民政課', '115.6.30'],
    ]);
  });

  it('keeps 協辦單位 apart from the 執行單位 who report, a blank one staying blank, and says so', () => {
    const reading = readPlanTable(
      textTable(
        '項目\t推動策略\t執行措施\t主辦單位\t協辦單位\t完成時間\n一、便民\t(一)簡化\t1. 甲\t戶籍課\t資訊課\t每月\n\t\t2. 乙\t秘書室\t\t全年',
      ),
      1,
      null,
    );
    expect(practices(reading).map((p) => [p.text, p.units, p.assisting ?? ''])).toEqual([
      ['1. 甲', '戶籍課', '資訊課'],
      ['2. 乙', '秘書室', ''],
    ]);
    expect(messages(reading)).toContain(
      '第 1 個表格：「協辦單位」欄列在「計畫」分頁的「協辦單位」欄，不算執行單位：協辦單位不必填報該項作法；若也要它填報，請把它移到「執行單位」欄。',
    );
  });

  it('keeps a blank 執行單位, 完成期限 or 預期目標 blank in a table whose file marks its merged cells, and says what a blank 執行單位 or 完成期限 means', () => {
    const rows = [
      [cell('實施要項'), cell('具體作法'), cell('執行單位'), cell('完成期限'), cell('預期目標')],
      [cell('一、便民', { rowSpan: 3 }), cell('1.作法甲'), cell('民政課'), cell('115年6月底前', { rowSpan: 2 }), cell('2場')],
      [cell('2.作法乙'), cell(''), cell('')],
      [cell('3.作法丙'), cell('社會課'), cell(''), cell('90%')],
    ];
    const word: DocumentTable = { ...table(...rows), mergesKept: true };
    const reading = readPlanTable(word, 1, null);
    expect(practices(reading).map((p) => [p.text, p.units, p.deadline, p.target])).toEqual([
      ['1.作法甲', '民政課', '115年6月底前', '2場'],
      ['2.作法乙', '', '115年6月底前', ''],
      ['3.作法丙', '社會課', '', '90%'],
    ]);
    expect(messages(reading)).toEqual([
      '第 1 個表格第 3 列：執行單位空白：文件中這一格沒有與上一列合併，留空即由全部單位辦理；若與「計畫」分頁第 2 列（1-1）的「民政課」相同，請填上。',
      '第 1 個表格第 4 列：完成期限空白：文件中這一格沒有與上一列合併，留空即持續辦理、沒有期限；若與「計畫」分頁第 3 列（1-2）的「115年6月底前」相同，請填上。',
    ]);
    // Where merges may have been lost on the way (a PDF, text), the blank cells are still taken as merged.
    expect(practices(readPlanTable(table(...rows), 1, null)).map((p) => [p.units, p.deadline, p.target])).toEqual([
      ['民政課', '115年6月底前', '2場'],
      ['民政課', '115年6月底前', '2場'],
      ['社會課', '115年6月底前', '90%'],
    ]);
  });

  it.each([
    ['人事室(主辦)、徵集課(協辦)'],
    ['人事室（主辦）、徵集課（協辦）'],
    ['人事室\n徵集課（協辦）'],
    ['主辦：人事室；協辦：徵集課'],
    ['人事室\n協辦：徵集課'],
  ])('puts a unit the 承辦單位 cell %j marks 協辦 in 協辦單位, not among the 執行單位, and says so', (units) => {
    const reading = readPlanTable(
      table(
        [cell('推動項目'), cell('執行措施'), cell('承辦單位'), cell('期程')],
        [cell('強化服務量能'), cell('一、辦理役政人員專業訓練。'), cell(units), cell('115.06.30')],
      ),
      1,
      null,
    );
    expect(practices(reading).map((p) => [p.units, p.assisting])).toEqual([['人事室', '徵集課']]);
    expect(messages(reading)).toEqual([
      '第 1 個表格第 2 列：協辦單位「徵集課」列在「計畫」分頁的「協辦單位」欄，不算執行單位：協辦單位不必填報這項作法；若也要它填報，請把它移到「執行單位」欄。',
    ]);
  });

  it('gives each of (1)(2) the 協辦 units of its own line, adds them to a 協辦單位 column, and says when a cell names only 協辦 units', () => {
    const word: DocumentTable = {
      ...table(
        [cell('實施要項'), cell('具體作法'), cell('主辦單位'), cell('協辦單位')],
        [cell('一、便民'), cell('(1)作法甲\n(2)作法乙'), cell('人事室(主辦)、資訊室(協辦)\n秘書室'), cell('會計室')],
        [cell(''), cell('(3)作法丙'), cell('協辦：資訊室'), cell('')],
      ),
      mergesKept: true,
    };
    const reading = readPlanTable(word, 1, null);
    expect(practices(reading).map((p) => [p.text, p.units, p.assisting ?? ''])).toEqual([
      ['(1)作法甲', '人事室', '會計室、資訊室'],
      ['(2)作法乙', '秘書室', '會計室'],
      ['(3)作法丙', '', '資訊室'],
    ]);
    expect(messages(reading)).toEqual([
      '第 1 個表格：「協辦單位」欄列在「計畫」分頁的「協辦單位」欄，不算執行單位：協辦單位不必填報該項作法；若也要它填報，請把它移到「執行單位」欄。',
      '第 1 個表格第 2 列：協辦單位「資訊室」列在「計畫」分頁的「協辦單位」欄，不算執行單位：協辦單位不必填報這項作法；若也要它填報，請把它移到「執行單位」欄。',
      '第 1 個表格第 3 列：執行單位欄只寫了協辦單位「資訊室」：已列在「計畫」分頁的「協辦單位」欄，執行單位留空（即由全部單位辦理）；請填上這項作法的主辦單位。',
    ]);
  });

  it('pairs deadlines written one line each beside (1)(2)(3) practices, and lists every line when they cannot be paired', () => {
    const paired = readPlanTable(
      table(
        [cell('實施要項'), cell('具體作法'), cell('執行單位'), cell('完成期限')],
        [
          cell('二、友善服務環境'),
          { paragraphs: ['(1)檢視無障礙設施。\n(2)辦理禮儀訓練。\n(3)設置哺集乳室。'], rowSpan: 1, colSpan: 1 },
          cell('行政室'),
          { paragraphs: ['每半年\n上半年\n115年7月31日'], rowSpan: 1, colSpan: 1 },
        ],
      ),
      1,
      null,
    );
    expect(summary(paired).map((p) => [p.text, p.deadline])).toEqual([
      ['(1)檢視無障礙設施。', '每半年'],
      ['(2)辦理禮儀訓練。', '上半年'],
      ['(3)設置哺集乳室。', '115年7月31日'],
    ]);
    const uneven = readPlanTable(
      table(
        [cell('實施要項'), cell('具體作法'), cell('完成期限')],
        [
          cell('二、友善'),
          { paragraphs: ['(1)甲。\n(2)乙。\n(3)丙。'], rowSpan: 1, colSpan: 1 },
          { paragraphs: ['每半年\n115年7月31日'], rowSpan: 1, colSpan: 1 },
        ],
      ),
      1,
      null,
    );
    expect(summary(uneven).map((p) => p.deadline)).toEqual(Array(3).fill('每半年\n115年7月31日'));
    expect(messages(uneven)).toContain(
      '第 1 個表格第 2 列：3 項作法、2 段完成期限（「每半年」、「115年7月31日」），無法一段對應一項：每項作法都填入全部 2 段完成期限；請依原計畫為每項作法刪去不屬於它的完成期限。',
    );
  });

  it('names the columns it does not import', () => {
    const reading = readPlanTable(textTable('具體作法\t執行單位\t經費\t備註\n辦理說明會\t秘書室\t5萬元\t'), 1, '一、便民');
    expect(messages(reading)).toContain(
      '第 1 個表格：未匯入的欄：「經費」、「備註」（「計畫」分頁只收項次、實施要項、執行策略、具體作法、執行單位、完成期限、預期目標）。',
    );
  });
});
