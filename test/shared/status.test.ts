import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CARRIED_STATUSES,
  completion,
  FINAL_STATUSES,
  NO_REPORT_WORDS,
  type NoReportWord,
  type STATUS_MEANINGS,
  STATUSES,
  type Status,
} from '../../shared/status.ts';
import { StatusSchema } from '../../shared/status-schema.ts';

describe('the statuses', () => {
  it('are the six of SPEC.md, in the order the Form offers them, and parse only as written', () => {
    expect(STATUSES).toEqual(['未開始', '辦理中', '已完成', '持續辦理', '落後', '取消']);
    expect(StatusSchema.safeParse('已辦理').success).toBe(false);
  });

  it('each say what comes after them: nothing after 已完成 or 取消, 持續辦理 and 辦理中 suggested again', () => {
    expectTypeOf<keyof typeof STATUS_MEANINGS>().toEqualTypeOf<Status>();
    expect([...FINAL_STATUSES].sort()).toEqual(['取消', '已完成'].sort());
    expect([...CARRIED_STATUSES].sort()).toEqual(['持續辦理', '辦理中'].sort());
  });

  it('never share a word with 未填報 and 待填報, so a status cell read back means one thing', () => {
    // Literal types, or a Record over them would accept any string and ask for nothing.
    expectTypeOf<NoReportWord>().toEqualTypeOf<'未填報' | '待填報'>();
    expect(NO_REPORT_WORDS).toEqual(['未填報', '待填報']);
    expect(NO_REPORT_WORDS.filter((word) => (STATUSES as readonly string[]).includes(word))).toEqual([]);
  });
});

describe('completion', () => {
  const cases: { name: string; latest: Status[]; owned: number; expected: { done: number; rate: number | null } }[] = [
    { name: 'nothing owned: no rate', latest: [], owned: 0, expected: { done: 0, rate: null } },
    { name: 'owned but never reported: 0', latest: [], owned: 2, expected: { done: 0, rate: 0 } },
    { name: '已完成 of three, one never reported', latest: ['已完成', '辦理中'], owned: 3, expected: { done: 1, rate: 1 / 3 } },
    { name: '取消 leaves the practices expected', latest: ['已完成', '取消'], owned: 2, expected: { done: 1, rate: 1 } },
    { name: 'all cancelled: no rate', latest: ['取消', '取消'], owned: 2, expected: { done: 0, rate: null } },
    {
      name: '持續辦理, 落後 and 未開始 are expected, not done',
      latest: ['持續辦理', '落後', '未開始', '已完成'],
      owned: 4,
      expected: { done: 1, rate: 0.25 },
    },
  ];

  it.each(cases)('$name', ({ latest, owned, expected }) => {
    expect(completion(latest, owned)).toEqual(expected);
  });
});
