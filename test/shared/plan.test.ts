import { describe, expect, it } from 'vitest';
import { PLAN_COLUMNS } from '../../shared/input-columns.ts';
import * as msg from '../../shared/messages/domain/index.ts';
import { parsePlan } from '../../shared/plan.ts';
import { aTab, planTab, settingsTab, unitsTab } from '../builders.ts';

const plan = (tabs = [settingsTab(), unitsTab(), planTab()]) => {
  const result = parsePlan({ tabs });
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe('parsePlan', () => {
  it('reads practices in plan order, filling merged 實施要項 / 執行策略 down', () => {
    const { plan: p } = plan();
    expect(p.practices.map((x) => [x.id, x.measure, x.strategy, x.text])).toEqual([
      ['1-1', '一、完備基礎服務項目', '(一)建立標準作業流程', '檢討各項申請表單'],
      ['1-2', '一、完備基礎服務項目', '(一)建立標準作業流程', '更新服務申辦資訊'],
      ['2-1', '二、重視全程意見回饋', '(一)辦理滿意度調查', '辦理民眾滿意度調查'],
      ['2-1-2', '二、重視全程意見回饋', '(一)辦理滿意度調查', '里鄰長研習'],
    ]);
  });

  it("numbers blank 項次 as the plan's own outline labels do, by position where a label has no number", () => {
    const tab = aTab('計畫', [
      ['項次', '工作要項', '工作重點', '工作內容', '權責單位'],
      ['', '一、優化服務流程', '（一）簡化流程', '推動線上申請', '民政課'],
      ['', '', '', '滿意度調查', '民政課'],
      ['', '三、提升服務品質', '', '志工教育訓練', '社會課'],
      ['', '', '（二）加強宣導', '3.製作多語版申辦須知', '社會課'],
      ['', '', '', '辦理說明會', '社會課'],
      ['', '數位服務', '', '網站改版', '社會課'],
    ]);
    const { plan: p } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices.map((x) => x.id)).toEqual(['1-1-1', '1-1-2', '3-1', '3-2-3', '3-2-4', '4-1']);
  });

  it('reads a 實施要項 or 執行策略 written as a row of its own (merged across the table, text in 項次) as a heading', () => {
    const tab = aTab('計畫', [
      ['項次', '實施要項', '執行策略', '具體作法', '執行單位'],
      ['一、完備基礎服務項目', '', '', '', ''],
      ['（一）建立標準作業流程', '', '', '', ''],
      ['1', '', '', '檢討各項申請表單', '民政課'],
      ['二、重視全程意見回饋', '', '', '', ''],
      ['2', '', '', '辦理民眾滿意度調查', '社會課'],
      ['備註：本表依核定計畫填列', '', '', '', ''],
    ]);
    const { plan: p, problems } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices.map((x) => [x.id, x.measure, x.strategy, x.text])).toEqual([
      ['1', '一、完備基礎服務項目', '（一）建立標準作業流程', '檢討各項申請表單'],
      ['2', '二、重視全程意見回饋', '', '辦理民眾滿意度調查'],
    ]);
    // Only the row that is not a heading is reported (it has no 具體作法); the practices have their 實施要項.
    expect(problems.filter((x) => x.source === '計畫').map((x) => [x.row, x.column])).toEqual([[7, '具體作法']]);
  });

  it('reads a heading row as the plan import reads its label: 一：, ㄧ、 and （壹） too, but not 一一、', () => {
    const tab = aTab('計畫', [
      ['項次', '實施要項', '執行策略', '具體作法', '執行單位'],
      ['ㄧ：完備基礎服務項目', '', '', '', ''],
      ['（壹）建立標準作業流程', '', '', '', ''],
      ['1', '', '', '檢討各項申請表單', '民政課'],
      ['一一、不是標號', '', '', '', ''],
    ]);
    const { plan: p, problems } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices.map((x) => [x.measure, x.strategy])).toEqual([['ㄧ：完備基礎服務項目', '（壹）建立標準作業流程']]);
    expect(problems.filter((x) => x.source === '計畫').map((x) => [x.row, x.column])).toEqual([[5, '具體作法']]);
  });

  it('expands 各課室 to every unit and splits a cell naming several', () => {
    const { plan: p } = plan();
    expect(p.practices[0]?.units).toEqual(['秘書室', '民政課', '社會課']);
    expect(p.practices[2]?.units).toEqual(['民政課', '社會課']);
    expect(p.practices[0]?.unitsText).toBe('各課室');
  });

  it("understands the agencies' own header words and a title row above the header", () => {
    const tab = aTab('計畫', [
      ['臺北市萬華區公所 115 年度 各課室業務期程一覽表'],
      ['編號', '具體措施', '計畫項目', '工作內容', '課室', '預計工作進度'],
      ['1', '各課室年度重要工作', '揮毫迎春', '宣導家庭價值', '民政課', '預計於115年2月12日辦理'],
      ['6', '', '成年禮', '傳遞家庭價值', '民政課', '規劃中預計115年4月辦理'],
      ['6', '', '單身聯誼', '認識另一半', '民政課', '規劃中預計115年5月辦理'],
    ]);
    const { plan: p, problems } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices.map((x) => x.id)).toEqual(['1', '6', '6之2']);
    expect(p.practices[0]?.deadline.kind).toBe('date');
    expect(p.practices[0]?.row).toBe(3);
    expect(problems).toContainEqual(expect.objectContaining({ source: '計畫', row: 5, column: '項次' }));
  });

  it('reads a table pasted from a plan headed 項目 | 推動策略 | 執行措施 | 主辦單位 | 協辦單位 | 完成時間, as the import does', () => {
    const tab = aTab('計畫', [
      ['項目', '推動策略', '執行措施', '主辦單位', '協辦單位', '完成時間'],
      ['一、便捷服務', '(一)簡化程序', '1. 檢討申請表單', '民政課', '社會課', '115.6.30'],
    ]);
    const { plan: p } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices.map((x) => [x.measure, x.strategy, x.text, x.units, x.deadline.kind])).toEqual([
      ['一、便捷服務', '(一)簡化程序', '1. 檢討申請表單', ['民政課'], 'date'],
    ]);
  });

  it('reads 「民政課及社會課」 as two units when both are in 單位, and keeps an unknown name whole', () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '執行單位'],
      ['一、便捷服務', '稅務講習', '民政課及社會課'],
      ['', '聯合服務', '秘書室與民政課、社會課'],
      ['', '文化活動', '文化及觀光課'],
      ['', '公文稽核', '秘書室及各課室'],
    ]);
    const { plan: p, problems } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices.map((practice) => practice.units)).toEqual([
      ['民政課', '社會課'],
      ['秘書室', '民政課', '社會課'],
      ['文化及觀光課'],
      ['秘書室', '民政課', '社會課', '文化及觀光課'],
    ]);
    expect(p.units.names()).toEqual(['秘書室', '民政課', '社會課', '文化及觀光課']);
    expect(problems.filter((problem) => problem.column === '執行單位' && problem.row !== null)).toEqual([
      expect.objectContaining({ row: 4, unit: '文化及觀光課' }),
    ]);
  });

  it('keeps a unit named only in 計畫 and says so', () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '執行單位'],
      ['一、便捷服務', '設置單一窗口', '戶政課（主辦）、秘書室'],
    ]);
    const { plan: p, problems } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices[0]?.units).toEqual(['戶政課', '秘書室']);
    expect(problems).toContainEqual(expect.objectContaining({ row: 2, column: '執行單位', unit: '戶政課' }));
  });

  it('takes a unit marked 協辦 out of 執行單位, as the import does: it helps and is not asked to report; a 主辦 mark is dropped', () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '執行單位'],
      ['一、便捷服務', '設置單一窗口', '民政課（主辦）、社會課（協辦）'],
      ['', '稅務講習', '主辦：社會課；協辦：秘書室、徵集課'],
      ['', '聯合服務', '秘書室(主)、徵集課(協)'],
    ]);
    const { plan: p, problems } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices.map((practice) => [practice.units, practice.assisting])).toEqual([
      [['民政課'], ['社會課']],
      [['社會課'], ['秘書室', '徵集課']],
      [['秘書室'], ['徵集課']],
    ]);
    // 徵集課 only helps: it is no unit that reports, and not one missing from 單位.
    expect(p.units.names()).toEqual(['秘書室', '民政課', '社會課']);
    expect(problems.filter((problem) => problem.source === '計畫')).toEqual([]);
  });

  it('reads a 執行單位 naming only units marked 協辦 as every unit, and asks for the unit in charge', () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '執行單位'],
      ['一、便捷服務', '設置單一窗口', '社會課（協辦）'],
    ]);
    const { plan: p, problems } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices[0]?.units).toEqual(['秘書室', '民政課', '社會課']);
    expect(p.practices[0]?.assisting).toEqual(['社會課']);
    expect(problems).toContainEqual({
      source: '計畫',
      row: 2,
      unit: '',
      column: '執行單位',
      message: msg.planOnlyAssisting('社會課（協辦）', ['社會課']),
    });
  });

  it('keeps a 完成期限 it cannot understand, as written, and warns', () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '完成期限'],
      ['一、便捷服務', '設置單一窗口', '視上級指示'],
    ]);
    const { plan: p, problems } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices[0]?.deadline).toMatchObject({ kind: 'unknown', text: '視上級指示' });
    expect(problems).toContainEqual(expect.objectContaining({ source: '計畫', row: 2, column: '完成期限' }));
  });

  it('reads a 完成期限 typed as a date cell (a serial number in .xlsx, .ods and Sheets) as that date', () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '完成期限'],
      ['一、便捷服務', '設置單一窗口', 46095], // 2026-03-14 as Excel and Sheets store it
    ]);
    const { plan: p, problems } = plan([settingsTab(), unitsTab(), tab]);
    expect(p.practices[0]?.deadline).toMatchObject({ kind: 'date', date: { year: 2026, month: 3, day: 14 }, text: '115年3月14日' });
    expect(problems.filter((problem) => problem.column === '完成期限')).toEqual([]);
  });

  it('fails, naming the tab, when there is no 計畫 tab', () => {
    const result = parsePlan({ tabs: [settingsTab()] });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('「計畫」分頁') });
  });

  it('fails, naming the column, when 計畫 has no 具體作法 column', () => {
    const tab = aTab('計畫', [
      ['項次', '實施要項', '執行單位'],
      ['1', '一、', '秘書室'],
    ]);
    const result = parsePlan({ tabs: [settingsTab(), tab] });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('「具體作法」欄') });
  });

  it("reads 設定, with SPEC.md's defaults for a blank 填報週期 and 填報截止日", () => {
    const { plan: p } = plan([settingsTab({ 填報週期: '季' }), unitsTab(), planTab()]);
    expect(p.settings).toMatchObject({ rocYear: 115, year: 2026, cycle: 'quarter', dueDay: 5, timeZone: 'Asia/Taipei' });
    const { plan: q, problems } = plan([settingsTab({ 填報週期: '', 填報截止日: '' }), unitsTab(), planTab()]);
    expect(q.settings).toMatchObject({ rocYear: 115, cycle: 'month', dueDay: 5 });
    expect(problems.filter((problem) => problem.source === '設定')).toEqual([]);
  });

  it.each([
    ['一一五', 115],
    ['一百一十五', 115],
    ['民國一一五年', 115],
    ['115年度', 115],
    ['民國115年', 115],
    ['１１５', 115],
    ['一一五年度', 115],
  ])('reads 計畫年度 written %s', (written, rocYear) => {
    expect(plan([settingsTab({ 計畫年度: written }), unitsTab(), planTab()]).plan.settings).toMatchObject({
      rocYear,
      year: rocYear + 1911,
    });
  });

  it.each([
    ['no 設定 tab', [unitsTab(), planTab()], msg.settingsTabMissing],
    [
      'no 計畫年度 row',
      [
        aTab('設定', [
          ['項目', '內容'],
          ['計畫名稱', '115年度提升服務品質執行計畫'],
        ]),
        unitsTab(),
        planTab(),
      ],
      msg.settingsYearMissing(115),
    ],
    ['a blank 計畫年度', [settingsTab({ 計畫年度: '' }), unitsTab(), planTab()], msg.settingsYearBlank(4, 115)],
    ['an unreadable 計畫年度', [settingsTab({ 計畫年度: '今年' }), unitsTab(), planTab()], msg.settingsBadYear(4, '今年')],
    ['an unreadable 填報週期', [settingsTab({ 填報週期: '每兩週' }), unitsTab(), planTab()], msg.settingsBadCycle(5, '每兩週')],
  ])('fails, naming 設定, its row and the item, for %s: nothing is checked against a guessed year or cycle', (_, tabs, reason) => {
    expect(parsePlan({ tabs })).toEqual({ ok: false, reason });
  });

  it.each([
    [
      'below a title row',
      [['臺中市西屯區戶政事務所115年度具體作法表'], ['編號', '工作要項', '工作重點', '說明', '權責單位', '辦理期程']],
      '具體作法',
      2,
    ],
    ['in row 1', [['編號', '工作重點', '執行方法', '權責單位']], '實施要項', 1],
  ])("names the column really missing from a header %s, and the header's row", (_, rows, column, headerRow) => {
    const tab = aTab('計畫', [...rows, [null, '一、優質便民服務', '（一）簡化申辦流程', '1.推動戶籍謄本跨機關免附', '戶籍登記組', '全年']]);
    const words = column === '具體作法' ? PLAN_COLUMNS.具體作法 : PLAN_COLUMNS.實施要項;
    expect(parsePlan({ tabs: [settingsTab(), unitsTab(), tab] })).toEqual({
      ok: false,
      reason: msg.planColumnMissing(column, words, headerRow),
    });
    expect(msg.planColumnMissing(column, words, headerRow)).toContain(
      headerRow > 1 ? `「${column}」欄：請在標題列（第 2 列）加上` : `「${column}」欄：請在標題列加上`,
    );
  });

  it('fails when 計畫 holds no practice at all', () => {
    const empty = aTab('計畫', [
      ['項次', '實施要項', '具體作法', '執行單位'],
      ['', '一、完備基礎服務項目', '', ''],
    ]);
    expect(parsePlan({ tabs: [settingsTab(), unitsTab(), empty] })).toEqual({ ok: false, reason: msg.planHasNoPractices('計畫') });
  });

  it('says once, before the problems of single rows, how many reports the practices owned by every unit add up to', () => {
    const tab = aTab('計畫', [
      ['項次', '實施要項', '具體作法', '執行單位', '完成期限'],
      ['1', '一、便捷服務', '檢討申請表單', '各課室', '持續辦理'],
      ['2', '', '設置單一窗口', '', '視上級指示'],
      ['3', '', '更新網站', '秘書室', ''],
      ['4', '', '辦理講習', '各組、室', ''],
    ]);
    const { problems } = plan([settingsTab(), unitsTab(), tab]);
    const count = { practices: 3, units: 3, periods: 12, reports: 108 };
    expect(problems.filter((problem) => problem.source === '計畫')).toEqual([
      { source: '計畫', row: null, unit: '', column: '執行單位', message: msg.practicesForEveryUnit(count, [2, 3, 5]) },
      expect.objectContaining({ row: 3, column: '完成期限' }),
    ]);
    expect(msg.practicesForEveryUnit(count, [2, 3, 5])).toContain('全年共 3 項 × 3 個單位 × 12 期 = 108 份填報');
  });

  it("counts the reports of a plan without 執行單位 column in the plan's own cycle, and names the column", () => {
    const tab = aTab('計畫', [
      ['實施要項', '具體作法'],
      ['一、便捷服務', '檢討申請表單'],
      ['', '設置單一窗口'],
    ]);
    const { problems } = plan([settingsTab({ 填報週期: '季' }), unitsTab(), tab]);
    const sharedByAll = problems.filter((problem) => problem.column === '執行單位');
    expect(sharedByAll).toEqual([
      {
        source: '計畫',
        row: null,
        unit: '',
        column: '執行單位',
        message: msg.planUnitColumnMissing({ practices: 2, units: 3, periods: 4, reports: 24 }, PLAN_COLUMNS.執行單位),
      },
    ]);
    expect(sharedByAll[0]?.message).toContain('全年共 2 項 × 3 個單位 × 4 期 = 24 份填報');
  });

  it('says nothing of practices owned by every unit when there is only one unit', () => {
    const single = aTab('單位', [['單位'], ['秘書室']]);
    const tab = aTab('計畫', [
      ['實施要項', '具體作法', '執行單位'],
      ['一、便捷服務', '檢討申請表單', '各課室'],
      ['', '更新網站', ''],
    ]);
    const { plan: p, problems } = plan([settingsTab(), single, tab]);
    expect(p.practices.map((practice) => practice.units)).toEqual([['秘書室'], ['秘書室']]);
    expect(problems.filter((problem) => problem.column === '執行單位')).toEqual([]);
  });
});
