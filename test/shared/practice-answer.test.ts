import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Plan, parsePlan } from '../../shared/plan.ts';
import { readPracticeAnswer } from '../../shared/practice-answer.ts';
import { practiceChoice } from '../../shared/practice-choice.ts';
import type { Cell } from '../../shared/workbook.ts';
import { aTab, settingsTab, unitsTab } from '../builders.ts';

// 項次 blank, so generated from the outline: inserting a row renumbers every practice below it.
const PRACTICES = ['推動謄本免附', '建置線上預約', '電話禮貌測試', '辦理櫃檯人員服務禮儀訓練'];

function planOf(texts: readonly string[]): Plan {
  const rows: Cell[][] = [
    ['實施要項', '具體作法', '執行單位'],
    ...texts.map((text, index): Cell[] => [index === 0 ? '一、便民' : null, text, '秘書室']),
  ];
  const parsed = parsePlan({ tabs: [settingsTab(), unitsTab(), aTab('計畫', rows)] });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value.plan;
}

const idOf = (plan: Plan, answer: string) => {
  const read = readPracticeAnswer(plan, answer);
  return read.kind === 'found' ? read.practice.id : read.kind;
};

describe('readPracticeAnswer', () => {
  const before = planOf(PRACTICES);
  const after = planOf([
    PRACTICES[0] as string,
    PRACTICES[1] as string,
    '新增：設置哺乳室',
    PRACTICES[2] as string,
    PRACTICES[3] as string,
  ]);

  it.each([
    ['a 項次', '1-3', '1-3'],
    ["a choice whose text is its 項次's practice", '1-3 電話禮貌測試', '1-3'],
    ['a choice cut short with …', '1-4 辦理櫃檯人員…', '1-4'],
    ['a hand-typed choice shortened to the beginning of the text', '1-4 辦理櫃檯人員服務', '1-4'],
    ['a choice whose text was edited a little since', '1-3 電話禮貌測式', '1-3'],
    ['the practice text itself', '電話禮貌測試', '1-3'],
    ['a 項次 the plan does not have', '9-9', 'unknown'],
  ])('reads %s', (_, answer, expected) => {
    expect(idOf(before, answer)).toBe(expected);
  });

  it('counts a choice for the practice its text names when a row inserted above renumbered the 項次, and says it went by the text', () => {
    expect(readPracticeAnswer(after, '1-3 電話禮貌測試')).toMatchObject({
      kind: 'found',
      practice: { id: '1-4', text: '電話禮貌測試' },
      byText: true,
    });
    expect(readPracticeAnswer(after, '1-4 辦理櫃檯人員服務禮儀訓練')).toMatchObject({
      kind: 'found',
      practice: { id: '1-5' },
      byText: true,
    });
  });

  it('is a mismatch naming the practice of the 項次 when the text names no practice, or several', () => {
    expect(readPracticeAnswer(after, '1-3 里鄰長研習')).toMatchObject({
      kind: 'mismatch',
      numbered: { id: '1-3', text: '新增：設置哺乳室' },
      named: [],
    });
    const twice = planOf(['辦理教育訓練（一）', '辦理教育訓練（二）', '新增作法']);
    expect(readPracticeAnswer(twice, '1-3 辦理教育訓練')).toMatchObject({
      kind: 'mismatch',
      numbered: { id: '1-3' },
      named: [{ id: '1-1' }, { id: '1-2' }],
    });
  });

  it('keeps a choice on its own 項次 when two practices share the text', () => {
    const same = planOf(['辦理教育訓練', '辦理教育訓練', '其他']);
    expect(readPracticeAnswer(same, '1-2 辦理教育訓練')).toMatchObject({ kind: 'found', practice: { id: '1-2' } });
  });

  it('reads every choice it makes back to its own practice, and after any insertion to the practice with the same text', () => {
    const texts = fc.uniqueArray(
      fc.string({ unit: fc.constantFrom(...'辦理電話禮貌測試教育訓練滿意度調查網站更新線上申辦'), minLength: 4, maxLength: 12 }),
      {
        minLength: 2,
        maxLength: 8,
        selector: (text) => text.slice(0, 4),
      },
    );
    fc.assert(
      fc.property(texts, fc.nat(), (list, at) => {
        const plan = planOf(list);
        for (const practice of plan.practices)
          expect(readPracticeAnswer(plan, practiceChoice(practice))).toEqual({ kind: 'found', practice });
        const inserted = planOf([...list.slice(0, at % list.length), '新增：設置哺乳室', ...list.slice(at % list.length)]);
        for (const practice of plan.practices) {
          const read = readPracticeAnswer(inserted, practiceChoice(practice));
          expect(read.kind === 'found' ? read.practice.text : read.kind).toBe(practice.text);
        }
      }),
    );
  });
});
