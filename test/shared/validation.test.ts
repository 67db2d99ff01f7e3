import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBMISSION_COLUMNS } from '../../shared/input-columns.ts';
import * as msg from '../../shared/messages/domain/index.ts';
import { parsePlan } from '../../shared/plan.ts';
import { findSubmissionSources, readSubmissions } from '../../shared/submission-tabs.ts';
import { type Checked, validateSubmission } from '../../shared/validation.ts';
import type { Cell } from '../../shared/workbook.ts';
import { aTab, aWorkbook, FORM_HEADER, formRow, goodForm } from '../builders.ts';

function check(rows: Cell[][], extra = [] as ReturnType<typeof aTab>[]): Checked[] {
  const snapshot = aWorkbook(rows, extra);
  const parsed = parsePlan(snapshot);
  if (!parsed.ok) throw new Error(parsed.reason);
  return readSubmissions(findSubmissionSources(snapshot)).map((raw) => validateSubmission(parsed.value.plan, raw));
}

const problemsOf = (row: Checked | undefined) => (row && !row.ok ? row.problems.map((p) => p.column) : []);

describe('validateSubmission', () => {
  it('passes a good form answer, matching the choice text by its 項次', () => {
    const [row] = check([goodForm()]);
    expect(row).toMatchObject({ ok: true, unit: '民政課', practiceId: '2-1', status: '辦理中' });
  });

  it('reads a Form with a 具體作法 question per unit section: each row from the column its unit filled', () => {
    const header = ['時間戳記', '填報單位', '具體作法（民政課）', '具體作法（社會課）', '填報期間', '辦理狀態', '執行成效'];
    const form = aTab('表單回應 2', [
      header,
      ['2026/4/2 上午 9:15:00', '民政課', '2-1 辦理民眾滿意度調查', null, '115年3月', '辦理中', '問卷設計'],
      ['2026/4/2 上午 9:20:00', '社會課', null, '2-1 辦理民眾滿意度調查', '115年3月', '辦理中', '發放問卷'],
      ['2026/4/2 上午 9:25:00', '社會課', null, null, '115年3月', '辦理中', '漏選作法'],
    ]);
    const [civil, social, missing] = check([], [form]);
    expect(civil).toMatchObject({ ok: true, unit: '民政課', practiceId: '2-1' });
    expect(social).toMatchObject({ ok: true, unit: '社會課', practiceId: '2-1' });
    expect(problemsOf(missing)).toEqual(['具體作法']);
  });

  it('counts an alias for its unit', () => {
    const [row] = check([goodForm({ 填報單位: '民政' })]);
    expect(row).toMatchObject({ ok: true, unit: '民政課' });
  });

  it.each([
    ['填報單位', { 填報單位: '工務課' }],
    ['具體作法', { 具體作法: '9-9 不存在的作法' }],
    ['具體作法', { 填報單位: '秘書室', 具體作法: '2-1' }],
    ['填報期間', { 填報期間: '114年3月' }],
    ['填報期間', { 填報期間: '115年12月' }],
    ['填報期間', { 填報期間: '三月吧' }],
    ['辦理狀態', { 辦理狀態: '完成了' }],
    ['辦理日期', { 辦理日期: '115/02/30' }],
    ['辦理日期', { 辦理日期: '115/04/03' }],
    ['執行成效', { 執行成效: '' }],
    ['佐證資料', { 佐證資料: '見附件' }],
    ['時間戳記', { 時間戳記: '昨天下午' }],
  ] as const)('reports %s for %o', (column, overrides) => {
    const [row] = check([goodForm(overrides)]);
    expect(problemsOf(row)).toEqual([column]);
  });

  it('requires 落後原因 and 改善措施 when 落後, and reports every problem of a row', () => {
    const [late] = check([goodForm({ 辦理狀態: '落後' })]);
    expect(problemsOf(late)).toEqual(['落後原因', '改善措施']);
    const [many] = check([goodForm({ 填報單位: '工務課', 辦理狀態: '完成了', 佐證資料: 'ftp://x' })]);
    expect(problemsOf(many)).toEqual(['填報單位', '辦理狀態', '佐證資料']);
  });

  it('allows 未開始 without 執行成效 and full-width digits in the period', () => {
    const [row] = check([goodForm({ 辦理狀態: '未開始', 執行成效: '', 填報期間: '１１５年３月' })]);
    expect(row?.ok).toBe(true);
  });

  it('takes the unit from a 填報-<單位> tab and rejects a row naming another unit', () => {
    const tab = aTab('填報-民政課', [
      ['具體作法', '填報期間', '辦理狀態', '執行成效', '填報單位'],
      ['2-1', '115/03', '已完成', '完成調查', ''],
      ['2-1', '115/04', '已完成', '完成調查', '社會課'],
    ]);
    const rows = check([], [tab]);
    expect(rows[0]).toMatchObject({ ok: true, unit: '民政課' });
    expect(problemsOf(rows[1])).toEqual(['填報單位']);
  });

  it('judges "not ahead of time" against the row\'s own 時間戳記: a period begun after it was sent, a 辦理日期 after it', () => {
    const [early, dated] = check([goodForm({ 填報期間: '115年5月' }), goodForm({ 辦理日期: '115/04/03' })]);
    expect(early).toMatchObject({
      ok: false,
      problems: [{ column: '填報期間', message: msg.periodNotBegunWhenSent('115年5月', '115/04/02 09:15') }],
    });
    expect(dated).toMatchObject({ ok: false, problems: [{ column: '辦理日期', message: msg.dateAfterSubmission('115/04/03') }] });
    expect(check([goodForm({ 時間戳記: '2026/5/1 上午 0:00:00', 填報期間: '115年5月', 辦理日期: '115/05/01' })])[0]?.ok).toBe(true);
  });

  it('judges a row typed by hand (no 時間戳記) against the plan year only: any period of the year, a 辦理日期 up to its last day', () => {
    const typed = aTab('填報-民政課', [
      ['具體作法', '填報期間', '辦理狀態', '辦理日期', '執行成效'],
      ['2-1', '115年12月', '已完成', '115/12/31', '年底完成調查'],
      ['2-1', '115年11月', '已完成', '116/01/02', '完成調查'],
    ]);
    const [december, late] = check([], [typed]);
    expect(december?.ok).toBe(true);
    expect(late).toMatchObject({ ok: false, problems: [{ column: '辦理日期', message: msg.dateAfterPlanYear('116/01/02', 115) }] });
  });

  it('quotes a date cell (a serial number from .xlsx, .ods or Google Sheets) as the ROC date it shows, not as the number', () => {
    // 46117 is 2026/04/05, 46389 is 2027/01/02, 46082 is 2026/03/01.
    const [afterSent] = check([goodForm({ 辦理日期: 46117 })]);
    expect(afterSent).toMatchObject({ ok: false, problems: [{ column: '辦理日期', message: msg.dateAfterSubmission('115/04/05') }] });
    const typed = aTab('填報-民政課', [
      ['具體作法', '填報期間', '辦理狀態', '辦理日期', '執行成效'],
      ['2-1', 46082, '已完成', 46389, '完成調查'],
    ]);
    expect(check([], [typed])[0]).toMatchObject({
      ok: false,
      problems: [{ column: '辦理日期', message: msg.dateAfterPlanYear('116/01/02', 115) }],
    });
    const [early] = check([goodForm({ 填報期間: 46143.5 })]);
    expect(early).toMatchObject({
      ok: false,
      problems: [{ column: '填報期間', message: msg.periodNotBegunWhenSent('115/05/01 12:00', '115/04/02 09:15') }],
    });
  });

  it('keeps a formula-looking narrative as text', () => {
    const [row] = check([goodForm({ 執行成效: '=IMPORTXML("https://example.com","//title")' })]);
    expect(row).toMatchObject({ ok: true, narrative: '=IMPORTXML("https://example.com","//title")' });
  });

  it('never throws: any row either validates or names a column for each zh-TW problem', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.integer({ min: -1e6, max: 1e8 }),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constantFrom('115年3月', '民政課', '2-1', '已完成', '落後', '2026/4/2 上午 9:15:00', '115/02/30', 'https://x.tw/a'),
    );
    const columns = new Set<string>([...Object.keys(SUBMISSION_COLUMNS), '列']);
    fc.assert(
      fc.property(fc.array(cell, { minLength: FORM_HEADER.length, maxLength: FORM_HEADER.length }), (cells) => {
        for (const row of check([cells])) {
          if (row.ok) continue;
          expect(row.problems.length).toBeGreaterThan(0);
          for (const problem of row.problems) {
            expect(columns.has(problem.column)).toBe(true);
            expect(problem.message).toMatch(/[\u4e00-\u9fff]/u);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('treats a row with only an old 檢核結果 as blank', () => {
    const tab = aTab('表單回應 2', [
      [...FORM_HEADER, '檢核結果'],
      [...formRow({}), '通過'],
    ]);
    expect(check([], [tab])).toEqual([]);
  });
});
