import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/plan.ts';
import { reportForm, walkForm } from '../../shared/report-form.ts';
import { STATUSES } from '../../shared/status.ts';
import { aWorkbook } from '../builders.ts';
import { walkFakeForm } from './fakes/form-walk.ts';
import type { FakeForm } from './fakes/forms.ts';
import { buildBundle, bundleWithIngest, coordinatorSpreadsheet } from './setup-bundle.ts';

beforeAll(buildBundle);

const MONTHS = Array.from({ length: 12 }, (_, i) => `115年${i + 1}月`);

function theForm(forms: readonly FakeForm[]): FakeForm {
  const [form] = forms;
  if (!form) throw new Error('no form was created');
  return form;
}

function sections(form: FakeForm): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const item of form.items) {
    const match = /^具體作法（(.+)）$/u.exec(item.title);
    if (match?.[1]) result[match[1]] = item.choices.map((choice) => choice.value);
  }
  return result;
}

describe('管考 › 依計畫更新表單', () => {
  it('creates a form linked to the spreadsheet with a section per unit listing only its practices', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    const [form] = gas.formApp.forms;
    if (!form) throw new Error('no form was created');
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toMatch(/^已建立表單：3 個單位，共 7 個具體作法選項。/u);
    expect(spreadsheet.getFormUrl()).toBe(form.getEditUrl());
    expect(form.collectEmail).toBe(true);
    expect(sections(form)).toEqual({
      秘書室: ['1-1 檢討各項申請表單', '1-2 更新服務申辦資訊'],
      民政課: ['1-1 檢討各項申請表單', '2-1 辦理民眾滿意度調查', '2-1-2 里鄰長研習'],
      社會課: ['1-1 檢討各項申請表單', '2-1 辦理民眾滿意度調查'],
    });
    const toContent = (choice: string) => `${choice} → 填報內容`;
    expect(form.describe()).toEqual([
      expect.objectContaining({
        type: 'MULTIPLE_CHOICE',
        title: '填報單位',
        required: true,
        choices: ['秘書室 → 秘書室', '民政課 → 民政課', '社會課 → 社會課'],
      }),
      expect.objectContaining({
        type: 'LIST',
        title: '具體作法',
        required: false,
        choices: ['1-1 檢討各項申請表單', '1-2 更新服務申辦資訊', '2-1 辦理民眾滿意度調查', '2-1-2 里鄰長研習'].map(toContent),
      }),
      expect.objectContaining({ type: 'PAGE_BREAK', title: '秘書室', goTo: 'CONTINUE' }),
      expect.objectContaining({ type: 'LIST', title: '具體作法（秘書室）', required: true }),
      expect.objectContaining({ type: 'PAGE_BREAK', title: '民政課', goTo: '→ 填報內容' }),
      expect.objectContaining({ type: 'LIST', title: '具體作法（民政課）' }),
      expect.objectContaining({ type: 'PAGE_BREAK', title: '社會課', goTo: '→ 填報內容' }),
      expect.objectContaining({ type: 'LIST', title: '具體作法（社會課）' }),
      expect.objectContaining({ type: 'PAGE_BREAK', title: '填報內容', goTo: 'CONTINUE' }),
      expect.objectContaining({ type: 'LIST', title: '填報期間', choices: MONTHS, required: true }),
      expect.objectContaining({
        type: 'MULTIPLE_CHOICE',
        title: '辦理狀態',
        choices: STATUSES.map((status) => (status === '落後' ? '落後 → 落後說明' : `${status} SUBMIT`)),
        required: true,
      }),
      expect.objectContaining({ type: 'DATE', title: '辦理日期', required: false }),
      expect.objectContaining({ type: 'PARAGRAPH_TEXT', title: '執行成效', required: false }),
      expect.objectContaining({ type: 'TEXT', title: '量化成果', required: false }),
      expect.objectContaining({ type: 'PARAGRAPH_TEXT', title: '佐證資料', required: false }),
      expect.objectContaining({ type: 'PAGE_BREAK', title: '落後說明', goTo: 'SUBMIT' }),
      expect.objectContaining({ type: 'PARAGRAPH_TEXT', title: '落後原因', required: true }),
      expect.objectContaining({ type: 'PARAGRAPH_TEXT', title: '改善措施', required: true }),
    ]);
  });

  it("reads a 執行單位 merged down two practices as the functions do: each practice is those units' (not every unit's)", () => {
    const spreadsheet = coordinatorSpreadsheet();
    // 計畫 E4:E5 merged: 「民政課、社會課」 for 2-1 and 2-1-2 (Sheets keeps the top value only).
    spreadsheet.sheet('計畫').merge(4, 5, 2, 1);
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    expect(sections(theForm(gas.formApp.forms))).toEqual({
      秘書室: ['1-1 檢討各項申請表單', '1-2 更新服務申辦資訊'],
      民政課: ['1-1 檢討各項申請表單', '2-1 辦理民眾滿意度調查', '2-1-2 里鄰長研習'],
      社會課: ['1-1 檢討各項申請表單', '2-1 辦理民眾滿意度調查', '2-1-2 里鄰長研習'],
    });
  });

  it('titles the form with the agency once, also when 計畫名稱 already starts with it', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    expect(gas.formApp.forms[0]?.title).toBe('臺北市測試區公所 115年度提升服務品質執行計畫 填報');
    spreadsheet.sheet('設定').put(3, 2, '臺北市測試區公所115年度提升服務品質執行計畫');
    gas.run('syncFormFromPlan');
    expect(gas.formApp.forms[0]?.title).toBe('臺北市測試區公所115年度提升服務品質執行計畫 填報');
  });

  it('asks 落後原因 and 改善措施 only after 落後 is chosen, and then requires both', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    const form = theForm(gas.formApp.forms);
    const answers = {
      填報單位: '民政課',
      '具體作法（民政課）': '2-1 辦理民眾滿意度調查',
      填報期間: '115年3月',
      辦理狀態: '辦理中',
      執行成效: '完成問卷設計',
    };
    const onTime = walkFakeForm(form, answers);
    expect(onTime.pages).toEqual(['', '民政課', '填報內容']);
    expect(onTime.shown).toEqual([
      '填報單位',
      '具體作法',
      '具體作法（民政課）',
      '填報期間',
      '辦理狀態',
      '辦理日期',
      '執行成效',
      '量化成果',
      '佐證資料',
    ]);
    expect(onTime.missing).toEqual([]);
    const late = walkFakeForm(form, { ...answers, 辦理狀態: '落後' });
    expect(late.pages).toEqual(['', '民政課', '填報內容', '落後說明']);
    expect(late.missing).toEqual(['落後原因', '改善措施']);
  });

  it('takes a respondent who picked the practice on the first page straight to 填報內容, skipping the unit’s page', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    const walk = walkFakeForm(theForm(gas.formApp.forms), {
      填報單位: '民政課',
      具體作法: '2-1 辦理民眾滿意度調查',
      填報期間: '115年3月',
      辦理狀態: '辦理中',
      執行成效: '完成問卷設計',
    });
    expect(walk.pages).toEqual(['', '填報內容']);
    expect(walk.answers).toMatchObject({ 填報單位: '民政課', 具體作法: '2-1 辦理民眾滿意度調查' });
    expect(walk.missing).toEqual([]);
  });

  it('is the form the shared design describes: the same pages and questions on every way through it', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    const form = theForm(gas.formApp.forms);
    const snapshot = aWorkbook([]);
    const parsed = parsePlan(snapshot);
    if (!parsed.ok) throw new Error(parsed.reason);
    const design = reportForm(parsed.value.plan);
    const ways = [
      { 填報單位: '社會課', '具體作法（社會課）': '1-1 檢討各項申請表單', 填報期間: '115年5月', 辦理狀態: '已完成', 執行成效: '完成' },
      { 填報單位: '秘書室', 具體作法: '1-2 更新服務申辦資訊', 填報期間: '115年5月', 辦理狀態: '落後', 落後原因: '人力', 改善措施: '增派' },
      { 填報單位: '民政課' },
    ];
    for (const answers of ways) {
      const built = walkFakeForm(form, answers);
      const designed = walkForm(design, new Map(Object.entries(answers)));
      expect(built.pages).toEqual(designed.pages);
      expect(built.shown).toEqual(designed.shown.map((question) => question.title));
      expect(built.missing).toEqual(designed.missing);
    }
  });

  it('leaves the same form when run twice', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    const form = gas.formApp.forms[0];
    const first = form?.describe();
    const ids = form?.items.map((item) => item.getId());
    gas.run('syncFormFromPlan');
    expect(gas.formApp.forms).toHaveLength(1);
    expect(form?.describe()).toEqual(first);
    expect(form?.items.map((item) => item.getId())).toEqual(ids);
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toMatch(/^已更新表單/u);
  });

  it('updates choices in place when the plan changes, keeping every item (and so every answer)', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    const form = gas.formApp.forms[0];
    const ids = new Set(form?.items.map((item) => item.getId()));
    spreadsheet.sheet('計畫').appendRow(['3-1', '三、創新服務', '', '推動行動支付', '社會課', '', '']);
    spreadsheet.sheet('設定').put(5, 2, '季');
    gas.run('syncFormFromPlan');
    expect(form && sections(form).社會課).toEqual(['1-1 檢討各項申請表單', '2-1 辦理民眾滿意度調查', '3-1 推動行動支付']);
    expect(form && sections(form).秘書室).toEqual(['1-1 檢討各項申請表單', '1-2 更新服務申辦資訊']);
    expect(form?.items.find((item) => item.title === '填報期間')?.choices.map((choice) => choice.value)).toEqual([
      '115年第1季',
      '115年第2季',
      '115年第3季',
      '115年第4季',
    ]);
    expect(new Set(form?.items.map((item) => item.getId()))).toEqual(ids);
  });

  it('sends a unit dropped from the plan nowhere, and keeps its section', () => {
    const spreadsheet = coordinatorSpreadsheet();
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    // 1-2 was 秘書室's own; 1-1 (各課室) now names only 民政課 and 社會課.
    const plan = spreadsheet.sheet('計畫');
    plan.put(2, 5, '民政課、社會課');
    plan.put(3, 5, '民政課');
    gas.run('syncFormFromPlan');
    const form = gas.formApp.forms[0];
    const described = form?.describe() as { title: string; choices?: string[]; goTo?: string }[];
    expect(described[0]?.choices).toEqual(['民政課 → 民政課', '社會課 → 社會課']);
    expect(described.map((item) => item.title)).toContain('具體作法（秘書室）');
    // After 填報內容 the form submits instead of walking into the old section.
    expect(described.find((item) => item.title === '秘書室')?.goTo).toBe('SUBMIT');
  });

  it('says what is wrong when 計畫 cannot be read', () => {
    const spreadsheet = coordinatorSpreadsheet();
    spreadsheet.sheet('計畫').setName('計畫草稿');
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('syncFormFromPlan');
    expect(gas.formApp.forms).toEqual([]);
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toContain('計畫');
  });
});
