import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingNumber, outlineLabel, splitInlineItems } from '../../../shared/plan-import/outline-label.ts';

describe('outlineLabel', () => {
  it.each([
    ['壹、計畫依據', 'capital', 1, '計畫依據'],
    ['拾壹、附則', 'capital', 11, '附則'],
    ['一、完備基礎服務項目', 'chinese', 1, '完備基礎服務項目'],
    ['三. 便捷服務遞送', 'chinese', 3, '便捷服務遞送'],
    ['十四、辦理年度服務體系幹部教育訓練', 'chinese', 14, '辦理年度服務體系幹部教育訓練'],
    ['(二)提供民眾易讀', 'chineseParen', 2, '提供民眾易讀'],
    ['（一）委員會設：', 'chineseParen', 1, '委員會設：'],
    ['(ㄧ)凡屬工作計畫', 'chineseParen', 1, '凡屬工作計畫'],
    ['1. 訂定標準作業流程(SOP)', 'arabic', 1, '訂定標準作業流程(SOP)'],
    ['3 服務行為友善性', 'arabic', 3, '服務行為友善性'],
    ['２、全形數字', 'arabic', 2, '全形數字'],
    ['(10)確保公共安全', 'arabicParen', 10, '確保公共安全'],
    ['（4）全形括號', 'arabicParen', 4, '全形括號'],
    ['②第二項', 'circled', 2, '第二項'],
    ['具體措施一：完備基礎服務項目', 'named', 1, '完備基礎服務項目'],
    ['（壹）較少見的括號大寫', 'chineseParen', 1, '較少見的括號大寫'],
    ['ㄧ：注音的一', 'chinese', 1, '注音的一'],
  ])('reads %s as %s %i', (text, kind, number, rest) => {
    expect(outlineLabel(text)).toMatchObject({ kind, number, rest });
  });

  it.each([
    '優化服務流程',
    '115年度計畫',
    '82 年起邁入高齡化社會',
    '3 場次',
    '2.0版',
    '一站式服務',
    '(SOP)',
    '',
    '一一、',
    '十伍、',
    '100. 項目',
    '第一、',
    '1)',
  ])('finds no label in %s', (text) => {
    expect(outlineLabel(text)).toBeNull();
  });

  it('reads a number written in any style, brackets and stops full- or half-width, spaces around, as its kind and number', () => {
    const small = [...'一二三四五六七八九'];
    const formal = [...'壹貳參肆伍陸柒捌玖'];
    const chinese = (n: number, digits: string[], ten: string) =>
      n < 10 ? (digits[n - 1] as string) : `${n >= 20 ? digits[Math.floor(n / 10) - 1] : ''}${ten}${n % 10 ? digits[(n % 10) - 1] : ''}`;
    const wide = (n: number) => String(n).replace(/[0-9]/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    const styles = [
      { kind: 'chinese', label: (n: number) => `${chinese(n, small, '十')}`, ends: ['、', '.', '．', '，', '：'] },
      { kind: 'capital', label: (n: number) => `${chinese(n, formal, '拾')}`, ends: ['、', '.', '．', ','] },
      { kind: 'chineseParen', label: (n: number) => `(${chinese(n, small, '十')}`, ends: [')', '）'] },
      { kind: 'chineseParen', label: (n: number) => `（ ${chinese(n, formal, '拾')}`, ends: [' ）'] },
      { kind: 'arabic', label: (n: number) => wide(n), ends: ['.', '．', '、', ' '] },
      { kind: 'arabic', label: String, ends: ['.', '、'] },
      { kind: 'arabicParen', label: (n: number) => `（${wide(n)}`, ends: [')', '）'] },
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(...styles),
        fc.nat(),
        fc.constantFrom('', ' ', '　'),
        fc.constantFrom('訂定流程', '簡化', '（SOP）'),
        (n, style, end, space, rest) => {
          const text = `${space}${style.label(n)}${style.ends[end % style.ends.length]}${rest}`;
          expect(outlineLabel(text)).toMatchObject({ kind: style.kind, number: n, rest });
        },
      ),
    );
  });

  it('reads 第一、 and 1) only at the start of a line, where a missed label would glue two items together', () => {
    expect(outlineLabel('第一、計畫依據', { lineStart: true })).toMatchObject({ kind: 'chinese', number: 1, rest: '計畫依據' });
    expect(outlineLabel('第 壹、計畫依據', { lineStart: true })).toMatchObject({ kind: 'capital', number: 1, rest: '計畫依據' });
    expect(outlineLabel('2）落實代理制度', { lineStart: true })).toMatchObject({ kind: 'arabic', number: 2, rest: '落實代理制度' });
    expect(outlineLabel('第一，民眾可線上申辦', { lineStart: true })).toBeNull();
  });

  it('keeps the text after the label exactly as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.string(), (n, rest) => {
        const label = outlineLabel(`(${n})${rest}`);
        expect(label?.number).toBe(n);
        expect(`${label?.label}${label?.rest}`).toBe(`(${n})${rest}`);
      }),
    );
  });
});

describe('leadingNumber', () => {
  it.each([
    ['壹', 1],
    ['陸', 6],
    ['12', 12],
    ['(三)作法', 3],
    ['完備基礎服務', null],
  ])('reads %s as %s', (text, number) => {
    expect(leadingNumber(text)).toBe(number);
  });
});

describe('splitInlineItems', () => {
  it('cuts a numbered list written on one line into its items', () => {
    expect(splitInlineItems('(1)訂定作業程序，縮短辦理時間。 (2)表單登載於網站。 (3)定期追蹤。')).toEqual([
      '(1)訂定作業程序，縮短辦理時間。',
      '(2)表單登載於網站。',
      '(3)定期追蹤。',
    ]);
  });

  it('cuts a heading from the sub-items that start after it', () => {
    expect(splitInlineItems('3. 服務人員專業 (1)鼓勵同仁。 (2)落實代理制度。')).toEqual([
      '3. 服務人員專業',
      '(1)鼓勵同仁。',
      '(2)落實代理制度。',
    ]);
  });

  it('leaves numbers inside a sentence alone', () => {
    const text = '依「政府資訊公開法」第 7 條主動公開；長期照顧十年計畫 2.0(106-115 年) 及 (3)年計畫。';
    expect(splitInlineItems(text)).toEqual([text]);
  });

  it('never loses or reorders text (spaces at the cuts aside)', () => {
    const piece = fc.constantFrom('(1)', '(2)', '(3)', '1. ', '2. ', '一、', '甲', '乙。', ' ', '7 ', '(含)');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(splitInlineItems(text).join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
      }),
    );
  });
});
