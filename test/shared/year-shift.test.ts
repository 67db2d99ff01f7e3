import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateToSerial } from '../../shared/dates.ts';
import { deadlineDue, parseDeadline } from '../../shared/deadline.ts';
import { shiftDeadline, shiftDeadlineDate, shiftYears } from '../../shared/year-shift.ts';

describe('shiftDeadline', () => {
  it.each([
    ['預計於115年2月12日辦理', '預計於116年2月12日辦理', 'dated'],
    ['規劃中預計115年3月辦理', '規劃中預計116年3月辦理', 'dated'],
    ['預計於115年4-5月份辦理', '預計於116年4-5月份辦理', 'dated'],
    ['115/03/14', '116/03/14', 'dated'],
    ['2026-03-14', '2027-03-14', 'dated'],
    ['每2年總清查1次，預計116年3月底完成', '每2年總清查1次，預計117年3月底完成', 'dated'],
    ['預定於2~5月份辦理', '預定於2~5月份辦理', 'dated'],
    ['12月底前', '12月底前', 'dated'],
    ['持續辦理', '持續辦理', 'kept'],
    ['每季', '每季', 'kept'],
    ['115年度預定分為上、下年度辦理文書處理教育訓練。', '116年度預定分為上、下年度辦理文書處理教育訓練。', 'kept'],
    [
      '民政局114/11/28北市民治字第1146028129號函，將於115年度開始辦理。',
      '民政局114/11/28北市民治字第1146028129號函，將於116年度開始辦理。',
      'unknown',
    ],
  ])('moves %s to %s', (text, shifted, kind) => {
    expect(shiftDeadline(text, 115)).toEqual({ text: shifted, kind });
  });

  it('keeps a deadline that would not fall due a year later (29 February)', () => {
    expect(shiftDeadline('113年2月29日', 113)).toEqual({ text: '113年2月29日', kind: 'unknown' });
  });

  it('moves every dated deadline to fall due exactly a year later', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 110, max: 120 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('預計於{y}年{m}月{d}日辦理', '{y}/{m}/{d}', '{y}年{m}月底前'),
        (rocYear, month, day, shape) => {
          const text = shape.replace('{y}', String(rocYear)).replace('{m}', String(month)).replace('{d}', String(day));
          const shifted = shiftDeadline(text, rocYear);
          const before = deadlineDue(parseDeadline(text, rocYear + 1911));
          const after = deadlineDue(parseDeadline(shifted.text, rocYear + 1912));
          expect(shifted.kind).toBe('dated');
          expect(after).toEqual(before && { ...before, year: before.year + 1, day: after?.day ?? 0 });
          expect(after?.day === before?.day || before?.month === 2).toBe(true);
        },
      ),
    );
  });
});

describe('shiftYears', () => {
  it('moves the plan year in a plan name and leaves other numbers alone', () => {
    expect(shiftYears('115年度提升服務品質執行計畫', 115)).toBe('116年度提升服務品質執行計畫');
    expect(shiftYears('辦理200-300人次、1-12月、114年度調解業務', 115)).toBe('辦理200-300人次、1-12月、114年度調解業務');
  });

  it.each([
    ['一一五年度提升服務品質執行計畫', '一一六年度提升服務品質執行計畫'],
    ['民國一百一十五年提升服務品質執行計畫', '民國一百一十六年提升服務品質執行計畫'],
    ['一百十五年度計畫', '一百十六年度計畫'],
    ['壹佰壹拾伍年度計畫', '壹佰壹拾陸年度計畫'],
    ['１１５年度提升服務品質執行計畫', '１１６年度提升服務品質執行計畫'],
    ['中華民國１１５年', '中華民國１１６年'],
    ['二〇二六年服務計畫', '二〇二七年服務計畫'],
    ['一一四年度檢討、一一五年度計畫，每三年辦理', '一一四年度檢討、一一六年度計畫，每三年辦理'],
  ])('moves a year written in Chinese numerals or full-width digits in the same style: %s', (text, shifted) => {
    expect(shiftYears(text, 115)).toBe(shifted);
  });

  it('never changes a text without the plan year or one after it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '0', '9', '年', '/', '-', '月', '甲', ' ') }), (text) => {
        expect(shiftYears(text, 500)).toBe(text);
      }),
    );
  });
});

describe('shiftDeadlineDate', () => {
  const serial = (year: number, month: number, day: number) => dateToSerial({ year, month, day });

  it.each([
    ['a date of the plan year', serial(2026, 6, 30), { serial: serial(2027, 6, 30), kind: 'dated' }],
    ['a date of a later year', serial(2028, 3, 1), { serial: serial(2029, 3, 1), kind: 'dated' }],
    ['a date and time, the time kept', serial(2026, 3, 31) + 0.75, { serial: serial(2027, 3, 31) + 0.75, kind: 'dated' }],
    ['a date before the plan year (a reference)', serial(2025, 12, 31), { serial: serial(2025, 12, 31), kind: 'unknown' }],
    ['29 February, which next year has not', serial(2028, 2, 29), { serial: serial(2028, 2, 29), kind: 'unknown' }],
  ])('moves %s', (_, written, expected) => {
    expect(shiftDeadlineDate(written, 115)).toEqual(expected);
  });
});
