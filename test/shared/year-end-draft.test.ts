import { describe, expect, it } from 'vitest';
import type { OutputInput } from '../../shared/output-tabs.ts';
import { yearDraft } from '../../shared/year-end-draft.ts';
import { practiceYearOutcome } from '../../shared/year-outcome.ts';
import { aWorkbook, goodForm } from '../builders.ts';
import { outputOf, yearInput, yearRows } from './year-end-fixture.ts';

const draftOf = (input: OutputInput, id: string) => {
  const practice = input.plan.practice(id);
  if (!practice) throw new Error(`no practice ${id}`);
  return yearDraft(practiceYearOutcome(input, practice));
};

describe('yearDraft', () => {
  it('drafts the year, not the last report: each unit’s latest words with its 量化成果 added up over the year', () => {
    expect(draftOf(yearInput(), '2-1').text).toBe(
      '【民政課】回收問卷300份（全年合計：3場次、150人次）\n【社會課】社會課問卷設計中（辦理中）',
    );
  });

  it('adds up 量化成果 in any measure word (8則 beside 3次) and names beside the total what holds no number', () => {
    const report = (month: number, quantity: string) =>
      goodForm({
        時間戳記: `2026/${month + 1}/2 上午 9:00:00`,
        填報期間: `115年${month}月`,
        執行成效: '更新衛教專區。',
        量化成果: quantity,
      });
    const input = outputOf(aWorkbook([report(1, '3次'), report(2, '2則'), report(3, '6則'), report(4, '持續更新')]));
    expect(draftOf(input, '2-1').text).toBe('【民政課】更新衛教專區。（全年合計：3次、8則，另「持續更新」；辦理中）\n未填報：社會課');
  });

  it('says where a practice behind schedule stands, with its 落後原因 and 改善措施', () => {
    expect(draftOf(yearInput(), '2-1-2').text).toBe('場地未定（進度落後，落後原因：講師檔期未定，改善措施：改於4月辦理）');
  });

  it('leaves a practice done as the unit wrote it, and one nobody reported 未填報', () => {
    expect(draftOf(yearInput(), '1-2').text).toBe('網站資訊已更新');
    expect(draftOf(yearInput(), '1-1').text).toBe('未填報');
  });

  it('names the units that never reported when others did', () => {
    const input = outputOf(aWorkbook([goodForm({ 量化成果: '受理7件' })]));
    expect(draftOf(input, '2-1').text).toBe('【民政課】完成問卷設計（量化成果：受理7件；辦理中）\n未填報：社會課');
  });

  it('gives a report without words its status, and keeps a 量化成果 without numbers as typed', () => {
    const input = outputOf(
      aWorkbook([
        goodForm({ 具體作法: '2-1-2', 辦理狀態: '未開始', 執行成效: '' }),
        goodForm({ 填報單位: '社會課', 電子郵件地址: 'social@test.example.gov.tw', 填報期間: '115年3月', 量化成果: '完成' }),
        goodForm({
          填報單位: '社會課',
          電子郵件地址: 'social@test.example.gov.tw',
          時間戳記: '2026/5/3 上午 9:00:00',
          填報期間: '115年4月',
          量化成果: '已回收',
        }),
      ]),
    );
    expect(draftOf(input, '2-1-2').text).toBe('尚未開始');
    expect(draftOf(input, '2-1').text).toContain('【社會課】完成問卷設計（量化成果：已回收；辦理中）');
  });

  it('fingerprints the reports it was drafted from: a new report changes it, a report on another practice does not', () => {
    const before = draftOf(yearInput(), '2-1').basis;
    expect(draftOf(yearInput(), '2-1').basis).toBe(before);
    const elsewhere = outputOf(
      aWorkbook([
        ...yearRows,
        goodForm({ 填報單位: '秘書室', 電子郵件地址: 'sec@test.example.gov.tw', 具體作法: '1-1', 填報期間: '115年5月' }),
      ]),
    );
    expect(draftOf(elsewhere, '2-1').basis).toBe(before);
    const more = outputOf(
      aWorkbook([
        ...yearRows,
        goodForm({
          填報單位: '社會課',
          電子郵件地址: 'social@test.example.gov.tw',
          時間戳記: '2026/6/2 上午 9:00:00',
          填報期間: '115年5月',
          執行成效: '社會課問卷回收',
        }),
      ]),
    );
    expect(draftOf(more, '2-1').basis).not.toBe(before);
  });
});
