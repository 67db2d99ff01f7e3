import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlineLabel } from '../../../shared/plan-import/outline-label.ts';

// The regexes plan.ts and pdf-text-flow.ts read labels with, compared with the one reader over
// labels of every style. Cases where the verdict differs on purpose are left out of the
// generator and listed by example below.
const MEASURE_LABEL = /^\s*[一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾]{1,3}\s*[、.．]/u;
const STRATEGY_LABEL = /^\s*[(（]\s*[一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾]{1,3}\s*[)）]/u;
const OUTLINE_LABEL =
  /^\s*(?:第?[壹貳參肆伍陸柒捌玖拾一二三四五六七八九十]+[、.．]|[(（][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]{1,3}[.．、)）](?!\d))/u;

const SMALL = [...'一二三四五六七八九'];
const FORMAL = [...'壹貳參肆伍陸柒捌玖'];
const written = (n: number, digits: string[], ten: string) =>
  n < 10 ? (digits[n - 1] as string) : `${n >= 20 ? digits[Math.floor(n / 10) - 1] : ''}${ten}${n % 10 ? digits[(n % 10) - 1] : ''}`;
const numeral = fc.oneof(
  fc.integer({ min: 1, max: 99 }).map((n) => written(n, SMALL, '十')),
  fc.integer({ min: 1, max: 99 }).map((n) => written(n, FORMAL, '拾')),
  fc.integer({ min: 1, max: 99 }).map(String),
  fc.integer({ min: 1, max: 99 }).map((n) => String(n).replace(/[0-9]/gu, (d) => String.fromCharCode(0xff10 + Number(d)))),
);
const label = fc
  .tuple(
    fc.constantFrom('', ' ', '　'),
    fc.constantFrom('', '(', '（'),
    numeral,
    fc.constantFrom('', ')', '）', '、', '.', '．', ' ', '項'),
    fc.constantFrom('', '訂定流程', '年起', '2', ' 場', ' 訂定'),
  )
  .map((parts) => parts.join(''));
// The PDF line reads more than its regex did: （壹） like （一）, and a number before a space and words (3 服務…).
const pdfReadsMore = (text: string) => /^\s*[(（][壹貳參肆伍陸柒捌玖拾]|^\s*[0-9０-９]+ (?![年場])/u.test(text);

describe('the one outline reader gives the verdicts of the regexes it replaces', () => {
  it('plan.ts: a 實施要項 heading is a chinese or capital label', () => {
    fc.assert(
      fc.property(label, (text) => {
        const kind = outlineLabel(text)?.kind;
        expect(kind === 'chinese' || kind === 'capital').toBe(MEASURE_LABEL.test(text.normalize('NFKC')));
      }),
    );
  });

  it('plan.ts: a 執行策略 heading is a chinese label in brackets', () => {
    fc.assert(
      fc.property(label, (text) => {
        expect(outlineLabel(text)?.kind === 'chineseParen').toBe(STRATEGY_LABEL.test(text.normalize('NFKC')));
      }),
    );
  });

  it('pdf-text-flow.ts: a line that starts with a label', () => {
    fc.assert(
      fc.property(
        label.filter((text) => !pdfReadsMore(text)),
        (text) => {
          expect(outlineLabel(text, { lineStart: true }) !== null).toBe(OUTLINE_LABEL.test(text));
        },
      ),
    );
  });
});

describe('where the one reader differs on purpose', () => {
  it.each(['一：便捷服務', '二，便捷服務', 'ㄧ、便捷服務'])('reads %s as a 實施要項 heading, as the import does', (text) => {
    expect(MEASURE_LABEL.test(text.normalize('NFKC'))).toBe(false);
    expect(outlineLabel(text)?.kind).toBe('chinese');
  });

  it.each(['一一、', '十伍、', '拾一、'])('reads no number and no label in %s (digits side by side, kinds mixed)', (text) => {
    expect(MEASURE_LABEL.test(text)).toBe(true);
    expect(outlineLabel(text)).toBeNull();
  });

  it.each(['(壹)簡化流程', '(ㄧ)簡化流程'])('reads %s as a 執行策略 heading', (text) => {
    expect(outlineLabel(text)?.kind).toBe('chineseParen');
  });

  it.each(['① 簡化流程', '具體措施一：便捷服務', '3 服務行為', '（ 一 ）簡化流程'])('starts a PDF paragraph at %s', (text) => {
    expect(OUTLINE_LABEL.test(text)).toBe(false);
    expect(outlineLabel(text, { lineStart: true })).not.toBeNull();
  });

  it.each(['100. 項目', '十伍、'])('starts no PDF paragraph at %s (no label numbers past 99, no mixed numerals)', (text) => {
    expect(OUTLINE_LABEL.test(text)).toBe(true);
    expect(outlineLabel(text, { lineStart: true })).toBeNull();
  });
});
