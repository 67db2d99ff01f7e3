import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDate, type PlainDate } from '../../shared/dates.ts';
import { type Deadline, deadlineDue, describeDeadline, parseDeadline } from '../../shared/deadline.ts';
import { parsePeriod } from '../../shared/period.ts';
import { asNumeral } from './numeral-writing.ts';

const Y115 = 2026; // the 115 plan (seed 002)
const Y114 = 2025; // the 114 plan (seed 000)
const day = (year: number, month: number, d: number): PlainDate => ({ year, month, day: d });

interface Case {
  readonly text: string;
  readonly planYear?: number;
  readonly expected: object;
  readonly due: PlainDate | null;
  readonly described?: string;
}

const understood: readonly Case[] = [
  // SPEC.md
  { text: '持續辦理', expected: { kind: 'continuous' }, due: null, described: '持續辦理' },
  { text: '115年2月12日', expected: { kind: 'date', date: day(2026, 2, 12) }, due: day(2026, 2, 12), described: '115年2月12日前' },
  { text: '預計於115年2月12日辦理', expected: { kind: 'date', date: day(2026, 2, 12) }, due: day(2026, 2, 12) },
  { text: '規劃中預計115年3月辦理', expected: { kind: 'month', year: 2026, month: 3 }, due: day(2026, 3, 31), described: '115年3月' },
  {
    text: '預定於2~5月份辦理',
    expected: { kind: 'range', from: { year: 2026, month: 2 }, to: { year: 2026, month: 5 } },
    due: day(2026, 5, 31),
    described: '115年2月至5月',
  },
  { text: '8-9月辦理', expected: { kind: 'range', from: { year: 2026, month: 8 }, to: { year: 2026, month: 9 } }, due: day(2026, 9, 30) },
  {
    text: '12月底前',
    expected: { kind: 'month', year: 2026, month: 12, part: 'late' },
    due: day(2026, 12, 31),
    described: '115年12月底前',
  },
  { text: '每月', expected: { kind: 'recurring', every: 'month' }, due: null, described: '每月' },
  { text: '每季', expected: { kind: 'recurring', every: 'quarter' }, due: null, described: '每季' },
  { text: '上、下半年', expected: { kind: 'recurring', every: 'half' }, due: null, described: '每半年' },
  { text: '115/03/14', expected: { kind: 'date', date: day(2026, 3, 14) }, due: day(2026, 3, 14) },
  { text: '2026-03-14', expected: { kind: 'date', date: day(2026, 3, 14) }, due: day(2026, 3, 14) },
  // taiwan.md §1.2, verbatim from the seeds
  {
    text: '預計於115年4-5月份辦理',
    expected: { kind: 'range', from: { year: 2026, month: 4 }, to: { year: 2026, month: 5 } },
    due: day(2026, 5, 31),
  },
  {
    text: '預計於115年9-10月份辦理',
    expected: { kind: 'range', from: { year: 2026, month: 9 }, to: { year: 2026, month: 10 } },
    due: day(2026, 10, 31),
  },
  {
    text: '預定1~2月、6月辦理',
    expected: {
      kind: 'multiple',
      items: [
        { kind: 'range', from: { year: 2026, month: 1 }, to: { year: 2026, month: 2 } },
        { kind: 'month', year: 2026, month: 6 },
      ],
    },
    due: day(2026, 6, 30),
    described: '115年1月至2月、115年6月',
  },
  {
    text: '預定於2月份及10月份辦理',
    expected: {
      kind: 'multiple',
      items: [
        { kind: 'month', month: 2 },
        { kind: 'month', month: 10 },
      ],
    },
    due: day(2026, 10, 31),
  },
  {
    text: '3月17、18日辦理',
    expected: {
      kind: 'multiple',
      items: [
        { kind: 'date', date: day(2026, 3, 17) },
        { kind: 'date', date: day(2026, 3, 18) },
      ],
    },
    due: day(2026, 3, 18),
  },
  { text: '3月28日辦理本區健行與體適能活動暨防災教育宣導活動', expected: { kind: 'date', date: day(2026, 3, 28) }, due: day(2026, 3, 28) },
  { text: '6月下旬辦理', expected: { kind: 'month', month: 6, part: 'late' }, due: day(2026, 6, 30) },
  { text: '今年8月底前', expected: { kind: 'month', year: 2026, month: 8, part: 'late' }, due: day(2026, 8, 31) },
  {
    text: '預計116年3月底完成',
    expected: { kind: 'month', year: 2027, month: 3, part: 'late' },
    due: day(2027, 3, 31),
    described: '116年3月底前',
  },
  {
    text: '預計115年12月初完成',
    expected: { kind: 'month', year: 2026, month: 12, part: 'early' },
    due: day(2026, 12, 10),
    described: '115年12月上旬',
  },
  { text: '3月中旬', expected: { kind: 'month', month: 3, part: 'mid' }, due: day(2026, 3, 20), described: '115年3月中旬' },
  { text: '預計115年10月完成', expected: { kind: 'month', month: 10 }, due: day(2026, 10, 31) },
  { text: '規劃中預計10月辦理', expected: { kind: 'month', year: 2026, month: 10 }, due: day(2026, 10, 31) },
  { text: '預定於3月份辦理', expected: { kind: 'month', month: 3 }, due: day(2026, 3, 31) },
  {
    text: '114 年 1 月 31 日前',
    planYear: Y114,
    expected: { kind: 'date', date: day(2025, 1, 31) },
    due: day(2025, 1, 31),
    described: '114年1月31日前',
  },
  { text: '預計於115年3月12辦理', expected: { kind: 'date', date: day(2026, 3, 12) }, due: day(2026, 3, 12) },
  {
    text: '自98年1月1日至98年12月31日止',
    planYear: 2009,
    expected: { kind: 'range', from: { year: 2009, month: 1, day: 1 }, to: { year: 2009, month: 12, day: 31 } },
    due: day(2009, 12, 31),
    described: '98年1月1日至12月31日',
  },
  {
    text: '1 月 1 日至 12 月 31 日',
    planYear: Y114,
    expected: { kind: 'range', from: { year: 2025, month: 1, day: 1 }, to: { year: 2025, month: 12, day: 31 } },
    due: day(2025, 12, 31),
  },
  {
    text: '2-3月擬訂本區提昇里鄰災害應變能力計畫。 4-5月規劃辦理內容日程。 5-6月執行各里防災教育訓練及踏勘活動。 6-7月彙整各里辦理成果彙送本府民政局備查。',
    expected: {
      kind: 'multiple',
      items: [{ kind: 'range' }, { kind: 'range' }, { kind: 'range' }, { kind: 'range', to: { year: 2026, month: 7 } }],
    },
    due: day(2026, 7, 31),
  },
  {
    text: '2-3月擬訂計畫。\n4-5月規劃辦理內容日程。',
    expected: { kind: 'multiple', items: [{ kind: 'range' }, { kind: 'range', to: { month: 5 } }] },
    due: day(2026, 5, 31),
  },
  {
    text: '8-9月辦理本區韌性社區教育訓練。 9-10月彙整辦理成果送本府消防局。',
    expected: { kind: 'multiple' },
    due: day(2026, 10, 31),
  },
  {
    text: '預定於3月份辦理 1月份：查報115年度符合受訓名額及預估116年度符合受訓資格條件人數。 3月：市府核定115年度參訓名額',
    expected: {
      kind: 'multiple',
      items: [
        { kind: 'month', month: 3 },
        { kind: 'month', month: 1 },
      ],
    },
    due: day(2026, 3, 31),
  },
  { text: '每2年總清查1次，預計116年3月底完成', expected: { kind: 'month', year: 2027, month: 3, part: 'late' }, due: day(2027, 3, 31) },
  { text: '115年度預定分為上、下年度辦理文書處理教育訓練。', expected: { kind: 'recurring', every: 'half' }, due: null },
  { text: '預定於1-12月份每月辦理公文定期檢核。', expected: { kind: 'recurring', every: 'month' }, due: null },
  {
    text: '預定於每季辦理跨課室公文交互稽核(民政課、社會課、經建課、兵役課、人文課及秘書室參與抽查)。',
    expected: { kind: 'recurring', every: 'quarter' },
    due: null,
  },
  { text: '每半年', expected: { kind: 'recurring', every: 'half' }, due: null },
  { text: '每年至少1次', expected: { kind: 'recurring', every: 'year' }, due: null, described: '每年' },
  { text: '每年12月底前', expected: { kind: 'month', month: 12, part: 'late' }, due: day(2026, 12, 31) },
  { text: '1月底前', expected: { kind: 'month', month: 1, part: 'late' }, due: day(2026, 1, 31) },
  {
    text: '預定1月~12月辦理',
    expected: { kind: 'range', from: { month: 1 }, to: { month: 12 } },
    due: day(2026, 12, 31),
    described: '115年1月至12月',
  },
  { text: '於115年1-12月辦理', expected: { kind: 'range', from: { month: 1 }, to: { month: 12 } }, due: day(2026, 12, 31) },
  { text: '預計115年10月完成 強化社會安全網—急難紓困考核', expected: { kind: 'month', month: 10 }, due: day(2026, 10, 31) },
  // status-only cells
  {
    text: '(一)96年次役男兵調，線上申報率達100%。 (二)按時辦理役男體檢業務。 (三)出境役男依期限規定清查及列管。',
    expected: { kind: 'continuous' },
    due: null,
  },
  {
    text: '(一)115年度預計辦理至少7場役男抽籤。 (二)115年度預計辦理至少3場役男座談會。 (三)按時辦理入營輸送業務。',
    expected: { kind: 'continuous' },
    due: null,
  },
  { text: '(一)即時協助處理役男扶助事項。 (二)積極協助辦理慰問事宜。', expected: { kind: 'continuous' }, due: null },
  { text: '按時辦理', expected: { kind: 'continuous' }, due: null },
  { text: '不定期', expected: { kind: 'continuous' }, due: null },
  { text: '隨時辦理', expected: { kind: 'continuous' }, due: null },
  { text: '', expected: { kind: 'continuous' }, due: null, described: '持續辦理' },
  { text: ' \u3000\n', expected: { kind: 'continuous' }, due: null },
  // other shapes
  { text: '１２月底前', expected: { kind: 'month', month: 12, part: 'late' }, due: day(2026, 12, 31) },
  { text: '十二月底前', expected: { kind: 'month', month: 12, part: 'late' }, due: day(2026, 12, 31) },
  { text: '元月底前', expected: { kind: 'month', month: 1, part: 'late' }, due: day(2026, 1, 31) },
  { text: '預定2〜5月辦理', expected: { kind: 'range', from: { month: 2 }, to: { month: 5 } }, due: day(2026, 5, 31) },
  { text: '預定2–5月辦理', expected: { kind: 'range', from: { month: 2 }, to: { month: 5 } }, due: day(2026, 5, 31) },
  { text: '115年底前', expected: { kind: 'month', year: 2026, month: 12, part: 'late' }, due: day(2026, 12, 31) },
  { text: '115年3月5日前', expected: { kind: 'date', date: day(2026, 3, 5) }, due: day(2026, 3, 5) },
  { text: '1150314', expected: { kind: 'date', date: day(2026, 3, 14) }, due: day(2026, 3, 14) },
  { text: '2026/03', expected: { kind: 'month', year: 2026, month: 3 }, due: day(2026, 3, 31) },
  { text: '第一季', expected: { kind: 'range', from: { month: 1 }, to: { month: 3 } }, due: day(2026, 3, 31) },
  { text: '上半年', expected: { kind: 'range', from: { month: 1 }, to: { month: 6 } }, due: day(2026, 6, 30) },
  {
    text: '115年11月至116年2月',
    expected: { kind: 'range', from: { year: 2026, month: 11 }, to: { year: 2027, month: 2 } },
    due: day(2027, 2, 28),
    described: '115年11月至116年2月',
  },
  { text: '11月至2月', expected: { kind: 'range', from: { year: 2026, month: 11 }, to: { year: 2027, month: 2 } }, due: day(2027, 2, 28) },
  {
    text: '116年1月、3月',
    expected: {
      kind: 'multiple',
      items: [
        { kind: 'month', year: 2027, month: 1 },
        { kind: 'month', year: 2027, month: 3 },
      ],
    },
    due: day(2027, 3, 31),
  },
  { text: '3月12-15日', expected: { kind: 'range', from: { month: 3, day: 12 }, to: { month: 3, day: 15 } }, due: day(2026, 3, 15) },
  // year/month ranges and month/day as a 稅捐 or 地政 office writes them
  {
    text: '115/1~115/6',
    expected: { kind: 'range', from: { year: 2026, month: 1 }, to: { year: 2026, month: 6 } },
    due: day(2026, 6, 30),
    described: '115年1月至6月',
  },
  {
    text: '115/07至115/09辦理',
    expected: { kind: 'range', from: { year: 2026, month: 7 }, to: { year: 2026, month: 9 } },
    due: day(2026, 9, 30),
  },
  { text: '2026/03~06', expected: { kind: 'range', from: { year: 2026, month: 3 }, to: { year: 2026, month: 6 } }, due: day(2026, 6, 30) },
  {
    text: '115/11-116/02',
    expected: { kind: 'range', from: { year: 2026, month: 11 }, to: { year: 2027, month: 2 } },
    due: day(2027, 2, 28),
  },
  { text: '7/15前', expected: { kind: 'date', date: day(2026, 7, 15) }, due: day(2026, 7, 15), described: '115年7月15日前' },
  { text: '預定12/31前完成', expected: { kind: 'date', date: day(2026, 12, 31) }, due: day(2026, 12, 31) },
  // a whole year: done by its 12/31 (README, Decisions); a cell that is only a year, or 年度內
  {
    text: '115年度',
    expected: { kind: 'range', from: { year: 2026, month: 1 }, to: { year: 2026, month: 12 } },
    due: day(2026, 12, 31),
    described: '115年1月至12月',
  },
  { text: '本年度', expected: { kind: 'range', from: { year: 2026, month: 1 }, to: { year: 2026, month: 12 } }, due: day(2026, 12, 31) },
  { text: '民國115年度', expected: { kind: 'range', to: { year: 2026, month: 12 } }, due: day(2026, 12, 31) },
  { text: '116年度', expected: { kind: 'range', from: { year: 2027, month: 1 }, to: { year: 2027, month: 12 } }, due: day(2027, 12, 31) },
  {
    text: '115年度內完成',
    expected: { kind: 'range', from: { year: 2026, month: 1 }, to: { year: 2026, month: 12 } },
    due: day(2026, 12, 31),
  },
  { text: '預計115年度內辦理完成', expected: { kind: 'range', to: { year: 2026, month: 12 } }, due: day(2026, 12, 31) },
  { text: '本年度內完成', expected: { kind: 'range', to: { year: 2026, month: 12 } }, due: day(2026, 12, 31) },
  { text: '本年度內每季辦理', expected: { kind: 'recurring', every: 'quarter' }, due: null },
  { text: '年底前', expected: { kind: 'month', year: 2026, month: 12, part: 'late' }, due: day(2026, 12, 31), described: '115年12月底前' },
  { text: '年底前完成', expected: { kind: 'month', year: 2026, month: 12, part: 'late' }, due: day(2026, 12, 31) },
];

describe('parseDeadline', () => {
  it.each(understood)('understands $text', ({ text, planYear = Y115, expected, due }) => {
    const deadline = parseDeadline(text, planYear);
    expect(deadline).toMatchObject(expected);
    expect(deadline.text).toBe(text);
    expect(deadlineDue(deadline)).toEqual(due);
  });

  it.each(understood.filter((c) => c.described !== undefined))('describes $text as $described', ({ text, planYear = Y115, described }) => {
    expect(describeDeadline(parseDeadline(text, planYear))).toBe(described);
  });

  it.each([
    '視上級指示',
    '1146028129',
    '96年次',
    '114年度', // a year before the plan's: a reference, not a deadline (115年度 is one: see understood)
    '115年2月30日',
    '13月底前',
    '0年3月',
    '民政局114/11/28北市民治字第1146028129號函，將於115年度開始辦理。（青山、光復、萬大及萬大二將視114年6月底各標餘款額度辦理）',
    '每2年總清查1次',
    '2/30前',
  ])('does not mistake %j for a deadline: unknown, kept as written', (text) => {
    const deadline = parseDeadline(text, Y115);
    expect(deadline).toEqual({ kind: 'unknown', text });
    expect(deadlineDue(deadline)).toBeNull();
    expect(describeDeadline(deadline)).toBe(text.trim());
  });

  it("takes a citation's date and number for neither a date nor a deadline", () => {
    const deadline = parseDeadline('依115/1/23府授字第1150012345號函，預計115年6月底前完成', Y115);
    expect(deadline).toMatchObject({ kind: 'month', year: 2026, month: 6, part: 'late' });
  });

  it('reads months without a year in the plan year', () => {
    expect(parseDeadline('預定於7月辦理', 2030)).toMatchObject({ kind: 'month', year: 2030, month: 7 });
    expect(parseDeadline('今年8月底前', 2030)).toMatchObject({ kind: 'month', year: 2030, month: 8 });
    expect(parseDeadline('明年3月底前', 2030)).toMatchObject({ kind: 'month', year: 2031, month: 3 });
  });

  it('reads full-width digits exactly as ASCII', () => {
    const fullWidth = (text: string) => text.replace(/[0-9/\-~]/gu, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0));
    for (const { text, planYear = Y115 } of understood) {
      expect(stripTexts(parseDeadline(fullWidth(text), planYear)), text).toEqual(stripTexts(parseDeadline(text, planYear)));
    }
  });

  it('never throws, keeps the text and names only real days', () => {
    const phrase = fc.string({
      unit: fc.constantFrom(...'0123456789１年月日份度至到~-/、及初中底旬上下半季第每前止次預計持續 。\n'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        fc.oneof(phrase, fc.string({ unit: 'binary', maxLength: 30 })),
        fc.integer({ min: 1912, max: 2100 }),
        (text, planYear) => {
          const deadline = parseDeadline(text, planYear);
          expect(deadline.text).toBe(text);
          const due = deadlineDue(deadline);
          if (due !== null) expect(isValidDate(due.year, due.month, due.day)).toBe(true);
          expect(describeDeadline(deadline)).not.toBe('');
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('deadlineDue', () => {
  it.each<[Deadline, PlainDate | null]>([
    [{ kind: 'continuous', text: '' }, null],
    [{ kind: 'unknown', text: '視情況' }, null],
    [{ kind: 'recurring', text: '每月', every: 'month' }, null],
    [{ kind: 'date', text: '', date: day(2026, 2, 12) }, day(2026, 2, 12)],
    [{ kind: 'month', text: '', year: 2024, month: 2 }, day(2024, 2, 29)],
    [{ kind: 'month', text: '', year: 2026, month: 2, part: 'early' }, day(2026, 2, 10)],
    [{ kind: 'month', text: '', year: 2026, month: 2, part: 'mid' }, day(2026, 2, 20)],
    [{ kind: 'month', text: '', year: 2026, month: 2, part: 'late' }, day(2026, 2, 28)],
    [{ kind: 'range', text: '', from: { year: 2026, month: 2 }, to: { year: 2026, month: 4 } }, day(2026, 4, 30)],
    [{ kind: 'range', text: '', from: { year: 2026, month: 2 }, to: { year: 2026, month: 4, day: 15 } }, day(2026, 4, 15)],
    [
      {
        kind: 'multiple',
        text: '',
        items: [
          { kind: 'month', text: '', year: 2026, month: 9 },
          { kind: 'continuous', text: '' },
          { kind: 'date', text: '', date: day(2026, 3, 1) },
        ],
      },
      day(2026, 9, 30),
    ],
    [{ kind: 'multiple', text: '', items: [{ kind: 'continuous', text: '' }] }, null],
  ])('gives %j → %j', (deadline, due) => {
    expect(deadlineDue(deadline)).toEqual(due);
  });
});

describe('parseDeadline reads a month as 填報期間 does', () => {
  it('reads 115年參月底前 (formal digits) as the end of March', () => {
    expect(parseDeadline('115年參月底前', Y115)).toMatchObject({ kind: 'month', year: Y115, month: 3, part: 'late' });
  });

  it('reads every month that period reads, in any numeral form, as that month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.boolean(), (month, formal) => {
        const written = asNumeral(month, formal);
        const period = parsePeriod(`115年${written}月`, { cycle: 'month', planYear: Y115 });
        fc.pre(period.ok);
        expect(parseDeadline(`115年${written}月底前`, Y115)).toMatchObject({ kind: 'month', year: Y115, month });
      }),
    );
  });
});

function stripTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripTexts);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'text')
        .map(([key, v]) => [key, stripTexts(v)]),
    );
  }
  return value;
}
