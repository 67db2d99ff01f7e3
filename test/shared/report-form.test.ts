import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/plan.ts';
import { reportForm } from '../../shared/report-form.ts';
import { aWorkbook } from '../builders.ts';

describe('reportForm', () => {
  it('asks in 量化成果 for the period’s own figure, since the year-end adds the periods up', () => {
    const parsed = parsePlan(aWorkbook([]));
    if (!parsed.ok) throw new Error(parsed.reason);
    const questions = reportForm(parsed.value.plan).pages.flatMap((page) => page.questions);
    expect(questions.find((question) => question.column === '量化成果')?.help).toBe(
      '本期的數字與單位，例：2場、120人次。請填本期辦理的數字，不要填累計數：年度成效會把各期相加成全年合計；寫明「累計」的數字視為到該期為止的總數。',
    );
  });
});
