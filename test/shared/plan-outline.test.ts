// A 計畫 tab typed or pasted as a printed outline: heading rows of two levels standing alone in one
// column, practices below (shared/plan-outline.ts, read by parsePlan).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages/domain/index.ts';
import { parsePlan } from '../../shared/plan.ts';
import type { Cell, Tab } from '../../shared/workbook.ts';
import { aTab, settingsTab, unitsTab } from '../builders.ts';
import { asNumeral } from './numeral-writing.ts';

const read = (tab: Tab) => parsePlan({ tabs: [settingsTab(), unitsTab(), tab] });
const plan = (tab: Tab) => {
  const result = read(tab);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};
const outlineOf = (tab: Tab) => plan(tab).plan.practices.map((x) => [x.id, x.measure, x.strategy, x.text]);
const planProblems = (tab: Tab) => plan(tab).problems.filter((problem) => problem.source === '計畫');

const HEADER = ['項次', '實施要項', '執行策略', '具體作法', '執行單位', '完成期限', '備註'];
const COLUMNS = ['項次', '實施要項', '執行策略', '具體作法', '執行單位', '備註'] as const;
// A row holding `text` alone, in `column`.
const alone = (column: (typeof COLUMNS)[number], text: string): Cell[] => HEADER.map((name) => (name === column ? text : ''));
const practice = (text: string, unit: string, deadline = ''): Cell[] => ['', '', '', text, unit, deadline, ''];

describe('a 計畫 typed as a printed outline', () => {
  // The QA plan (D1): 壹、 and 一、 alone in 項目, the 實施要項 column; practices in 執行措施.
  const householdOutline = aTab('計畫', [
    ['項目', '執行措施', '承辦單位', '期程'],
    ['壹、優質便民服務', '', '', ''],
    ['一、簡化申辦流程', '', '', ''],
    ['', '(一)推動戶籍謄本跨機關線上申辦。', '民政課', '115年6月底'],
    ['', '(二)全面檢討申請書表。', '民政課、秘書室', '115.09.30'],
    ['二、延長服務時間', '', '', ''],
    ['', '(一)每週三延長夜間服務。', '民政課', '全年'],
    ['貳、友善服務環境', '', '', ''],
    ['一、便民設施', '', '', ''],
    ['', '(一)每月檢查便民設施。', '秘書室', '每月'],
    ['', '(二)完成服務台整修。', '秘書室、社會課', '第3季'],
    ['', '(三)辦理教育訓練。', '社會課', '115年5月底前'],
  ]);

  it('reads 壹、 as 實施要項 and 一、 as 執行策略 when both stand alone in the 實施要項 column, and numbers as the printed plan', () => {
    expect(outlineOf(householdOutline)).toEqual([
      ['1-1-1', '壹、優質便民服務', '一、簡化申辦流程', '(一)推動戶籍謄本跨機關線上申辦。'],
      ['1-1-2', '壹、優質便民服務', '一、簡化申辦流程', '(二)全面檢討申請書表。'],
      ['1-2-1', '壹、優質便民服務', '二、延長服務時間', '(一)每週三延長夜間服務。'],
      ['2-1-1', '貳、友善服務環境', '一、便民設施', '(一)每月檢查便民設施。'],
      ['2-1-2', '貳、友善服務環境', '一、便民設施', '(二)完成服務台整修。'],
      ['2-1-3', '貳、友善服務環境', '一、便民設施', '(三)辦理教育訓練。'],
    ]);
    expect(planProblems(householdOutline)).toEqual([]);
  });

  describe.each(COLUMNS)('with its heading rows alone in %s', (column) => {
    it.each([
      ['壹、', '一、', ['壹、優質便民服務', '貳、友善服務環境'], ['一、簡化申辦流程', '二、延長服務時間', '一、便民設施']],
      ['一、', '（一）', ['一、優質便民服務', '二、友善服務環境'], ['（一）簡化申辦流程', '（二）延長服務時間', '（一）便民設施']],
    ])('reads %s as 實施要項 and %s as 執行策略', (_measureLabel, _strategyLabel, measures, strategies) => {
      const [first = '', second = ''] = measures;
      const [simpler = '', longer = '', facilities = ''] = strategies;
      const tab = aTab('計畫', [
        HEADER,
        alone(column, first),
        alone(column, simpler),
        practice('1.推動線上申辦', '民政課', '115年6月底'),
        practice('2.檢討書表', '秘書室'),
        alone(column, longer),
        practice('1.夜間服務', '民政課', '全年'),
        alone(column, second),
        alone(column, facilities),
        practice('1.檢查便民設施', '秘書室', '每月'),
      ]);
      expect(outlineOf(tab)).toEqual([
        ['1-1-1', first, simpler, '1.推動線上申辦'],
        ['1-1-2', first, simpler, '2.檢討書表'],
        ['1-2-1', first, longer, '1.夜間服務'],
        ['2-1-1', second, facilities, '1.檢查便民設施'],
      ]);
      expect(planProblems(tab)).toEqual([]);
    });
  });

  // The QA plan (D8): every outline line in 執行措施, the 具體作法 column.
  it('reads labelled rows alone in 具體作法 as headings when the rows below sit under them, not as practices', () => {
    const tab = aTab('計畫', [
      ['項目', '執行措施', '承辦單位', '期程'],
      ['', '壹、優質便民服務', '', ''],
      ['', '一、簡化申辦流程', '', ''],
      ['', '(一)推動線上申辦。', '民政課', '115年6月底'],
      ['', '(二)檢討書表。', '秘書室', ''],
      ['', '貳、友善服務環境', '', ''],
      ['', '一、便民設施', '', ''],
      ['', '(一)檢查便民設施。', '秘書室', '每月'],
      ['', '(二)服務台整修。', '社會課', '第3季'],
    ]);
    expect(outlineOf(tab)).toEqual([
      ['1-1-1', '壹、優質便民服務', '一、簡化申辦流程', '(一)推動線上申辦。'],
      ['1-1-2', '壹、優質便民服務', '一、簡化申辦流程', '(二)檢討書表。'],
      ['2-1-1', '貳、友善服務環境', '一、便民設施', '(一)檢查便民設施。'],
      ['2-1-2', '貳、友善服務環境', '一、便民設施', '(二)服務台整修。'],
    ]);
    expect(planProblems(tab)).toEqual([]);
  });

  it('keeps a labelled practice without 執行單位 or 完成期限 alone in 具體作法 a practice: nothing sits below it', () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '執行單位'],
      ['', '壹、優質便民服務', ''],
      ['', '一、簡化申辦流程', ''],
      ['', '(一)推動線上申辦。', '民政課'],
      ['', '(二)檢討書表。', ''],
      ['', '貳、友善服務環境', ''],
      ['', '一、便民設施', ''],
      ['', '(一)檢查便民設施。', ''],
      ['', '(二)服務台整修。', ''],
    ]);
    expect(outlineOf(tab).map(([id, , strategy, text]) => [id, strategy, text])).toEqual([
      ['1-1-1', '一、簡化申辦流程', '(一)推動線上申辦。'],
      ['1-1-2', '一、簡化申辦流程', '(二)檢討書表。'],
      ['2-1-1', '一、便民設施', '(一)檢查便民設施。'],
      ['2-1-2', '一、便民設施', '(二)服務台整修。'],
    ]);
  });

  it('keeps a table’s own practices: a labelled practice without 執行單位 is no heading over the practice after it', () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '執行單位'],
      ['一、便捷服務', '（一）檢討申請表單', '民政課'],
      ['', '（二）更新服務資訊', ''],
      ['', '辦理說明會', '民政課'],
    ]);
    expect(outlineOf(tab)).toEqual([
      ['1-1', '一、便捷服務', '', '（一）檢討申請表單'],
      ['1-2', '一、便捷服務', '', '（二）更新服務資訊'],
      ['1-3', '一、便捷服務', '', '辦理說明會'],
    ]);
  });

  it('reads a heading alone in 具體作法 over unlabelled practices that name their units', () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '執行單位'],
      ['', '壹、優質便民服務', ''],
      ['', '一、簡化申辦流程', ''],
      ['', '推動線上申辦', '民政課'],
      ['', '檢討書表', '秘書室'],
      ['', '二、延長服務時間', ''],
      ['', '夜間服務', '民政課'],
    ]);
    expect(outlineOf(tab).map(([id, , strategy]) => [id, strategy])).toEqual([
      ['1-1-1', '一、簡化申辦流程'],
      ['1-1-2', '一、簡化申辦流程'],
      ['1-2-1', '二、延長服務時間'],
    ]);
  });

  it('keeps the 執行策略 column’s own numbering: 一、 alone there under 一、 in 實施要項 is a 執行策略', () => {
    const tab = aTab('計畫', [
      HEADER,
      alone('實施要項', '一、優質便民服務'),
      alone('執行策略', '一、簡化申辦流程'),
      practice('推動線上申辦', '民政課'),
      alone('執行策略', '二、延長服務時間'),
      practice('夜間服務', '民政課'),
      alone('實施要項', '二、友善服務環境'),
      practice('檢查便民設施', '秘書室'),
    ]);
    expect(outlineOf(tab).map(([id, measure, strategy]) => [id, measure, strategy])).toEqual([
      ['1-1-1', '一、優質便民服務', '一、簡化申辦流程'],
      ['1-2-1', '一、優質便民服務', '二、延長服務時間'],
      ['2-1', '二、友善服務環境', ''],
    ]);
  });

  describe('a third level of heading rows (壹、 一、 （一） alone on their rows)', () => {
    const threeLevels = (ids: readonly string[]) =>
      aTab('計畫', [
        ['項次', '項目', '執行措施', '承辦單位'],
        ['', '壹、優質便民服務', '', ''],
        ['', '一、簡化申辦流程', '', ''],
        ['', '（一）線上申辦', '', ''],
        [ids[0] ?? '', '', '1.推動戶籍謄本線上申辦', '民政課'],
        [ids[1] ?? '', '', '2.推動地籍謄本線上申辦', '民政課'],
        ['', '二、延長服務時間', '', ''],
        [ids[2] ?? '', '', '1.夜間服務', '民政課'],
      ]);

    it('stops, naming the heading’s row and column, when the 項次 below it would be generated: they would be guesses', () => {
      const result = read(threeLevels([]));
      expect(result).toEqual({
        ok: false,
        reason: msg.planOutlineTooDeep('計畫', [{ row: 4, header: '項目', text: '（一）線上申辦' }]),
      });
      // The column as its header is written: the coordinator looks for 項目, not for the canonical 實施要項.
      expect(msg.planOutlineTooDeep('計畫', [{ row: 4, header: '項目', text: '（一）線上申辦' }])).toContain(
        '「計畫」分頁第 4 列（「項目」欄）的「（一）線上申辦」是第三層標題',
      );
    });

    it('reads the plan and says so in 檢核錯誤 when every practice below it has its 項次 written', () => {
      const tab = threeLevels(['1-1-1-1', '1-1-1-2', '1-2-1']);
      expect(outlineOf(tab)).toEqual([
        ['1-1-1-1', '壹、優質便民服務', '一、簡化申辦流程', '1.推動戶籍謄本線上申辦'],
        ['1-1-1-2', '壹、優質便民服務', '一、簡化申辦流程', '2.推動地籍謄本線上申辦'],
        ['1-2-1', '壹、優質便民服務', '二、延長服務時間', '1.夜間服務'],
      ]);
      expect(planProblems(tab)).toEqual([
        { source: '計畫', row: 4, unit: '', column: '實施要項', message: msg.headingThirdLevel('（一）線上申辦') },
      ]);
    });

    it('reads 執行策略 cells under heading rows of 壹、 and 一、 as a third level, named in its column', () => {
      const tab = aTab('計畫', [
        ['項次', '實施要項', '執行策略', '具體作法', '執行單位'],
        ['', '壹、優質便民服務', '', '', ''],
        ['', '一、簡化申辦流程', '', '', ''],
        ['', '', '（一）線上申辦', '推動線上申辦', '民政課'],
        ['', '', '', '檢討書表', '民政課'],
        ['', '', '（二）臨櫃服務', '單一窗口', '民政課'],
      ]);
      expect(read(tab)).toEqual({
        ok: false,
        reason: msg.planOutlineTooDeep('計畫', [
          { row: 4, header: '執行策略', text: '（一）線上申辦' },
          { row: 6, header: '執行策略', text: '（二）臨櫃服務' },
        ]),
      });
    });
  });

  it('says a heading row right above a table’s own 實施要項 of another label is left out, and reads the table', () => {
    const tab = aTab('計畫', [
      ['項次', '實施要項', '執行策略', '具體作法', '執行單位'],
      ['壹、優質便民服務', '', '', '', ''],
      ['', '一、簡化申辦流程', '（一）線上申辦', '推動線上申辦', '民政課'],
      ['', '二、延長服務時間', '（一）夜間服務', '每週三延長', '民政課'],
      ['貳、友善服務環境', '', '', '', ''],
      ['', '三、便民設施', '（一）設施檢查', '每月檢查', '秘書室'],
    ]);
    expect(outlineOf(tab).map(([id, measure]) => [id, measure])).toEqual([
      ['1-1-1', '一、簡化申辦流程'],
      ['2-1-1', '二、延長服務時間'],
      ['3-1-1', '三、便民設施'],
    ]);
    expect(planProblems(tab)).toEqual([
      { source: '計畫', row: 2, unit: '', column: '項次', message: msg.headingAboveMeasure('壹、優質便民服務', '一、簡化申辦流程') },
      { source: '計畫', row: 5, unit: '', column: '項次', message: msg.headingAboveMeasure('貳、友善服務環境', '三、便民設施') },
    ]);
  });

  it('reads a table’s 執行策略 after the practices of a heading row’s 執行策略 as the next 執行策略, whatever its label', () => {
    const tab = aTab('計畫', [
      ['項次', '實施要項', '執行策略', '具體作法', '執行單位'],
      ['', '一、優質便民服務', '', '', ''],
      ['（一）簡化申辦流程', '', '', '', ''],
      ['', '', '', '推動線上申辦', '民政課'],
      ['', '', '數位服務', '網站改版', '社會課'],
    ]);
    expect(outlineOf(tab).map(([id, , strategy]) => [id, strategy])).toEqual([
      ['1-1-1', '（一）簡化申辦流程'],
      ['1-2-1', '數位服務'],
    ]);
    expect(planProblems(tab)).toEqual([]);
  });

  it('says when a 項次 generated from the outline repeats another row’s and is renamed', () => {
    const tab = aTab('計畫', [
      ['項次', '實施要項', '具體作法', '執行單位'],
      ['', '一、便捷服務', '（一）檢討申請表單', '民政課'],
      ['', '一、數位服務', '（一）網站改版', '社會課'],
      ['1-2', '', '（二）線上申辦', '社會課'],
      ['', '', '（二）行動支付', '社會課'],
    ]);
    expect(plan(tab).plan.practices.map((x) => x.id)).toEqual(['1-1', '1-1之1', '1-2', '1-2之1']);
    expect(planProblems(tab)).toEqual([
      { source: '計畫', row: 3, unit: '', column: '項次', message: msg.generatedIdRepeated('1-1', 2, '1-1之1') },
      { source: '計畫', row: 5, unit: '', column: '項次', message: msg.generatedIdRepeated('1-2', 4, '1-2之1') },
    ]);
  });

  // How a printed plan writes the label of its n-th item, by kind (test/shared/numeral-writing.ts writes the numerals).
  const LABELS = {
    capital: (n: number) => `${asNumeral(n, true)}、`,
    chinese: (n: number) => `${asNumeral(n, false)}、`,
    chineseParen: (n: number) => `（${asNumeral(n, false)}）`,
    arabic: (n: number) => `${n}.`,
    arabicParen: (n: number) => `(${n})`,
    none: () => '',
  };
  const TWO_LEVELS = [
    ['capital', 'chinese'],
    ['chinese', 'chineseParen'],
    ['capital', 'chineseParen'],
  ] as const;

  it('gives any two-level outline, its heading rows alone in any one column, the 項次 and headings of the printed plan', () => {
    const outline = fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        outline,
        fc.constantFrom(...TWO_LEVELS),
        fc.constantFrom('arabic', 'arabicParen', 'none', 'chineseParen'),
        fc.constantFrom(...COLUMNS),
        (measures, [measureKind, strategyKind], practiceKind, column) => {
          fc.pre(practiceKind !== strategyKind);
          const rows: Cell[][] = [HEADER];
          const expected: string[][] = [];
          measures.forEach((strategies, m) => {
            const measure = `${LABELS[measureKind](m + 1)}實施要項${m + 1}`;
            rows.push(alone(column, measure));
            strategies.forEach((practices, s) => {
              const strategy = `${LABELS[strategyKind](s + 1)}執行策略${m + 1}-${s + 1}`;
              rows.push(alone(column, strategy));
              for (let p = 1; p <= practices; p++) {
                const text = `${LABELS[practiceKind](p)}作法${m + 1}-${s + 1}-${p}`;
                rows.push(practice(text, '民政課'));
                expected.push([`${m + 1}-${s + 1}-${p}`, measure, strategy, text]);
              }
            });
          });
          const tab = aTab('計畫', rows);
          expect(outlineOf(tab)).toEqual(expected);
          expect(planProblems(tab)).toEqual([]);
        },
      ),
    );
  });
});
