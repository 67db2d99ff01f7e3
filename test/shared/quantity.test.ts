import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/quantity.ts';

const read = (text: string) =>
  extractQuantities(text).map(({ word, value, cumulative }) => `${value}${word}${cumulative ? '（累計）' : ''}`);

// Measure words units write, listed or not: the reader must take each of them as it is.
const WORDS = [...'則篇張份支檔件場次人位名戶處班期天日週堂種項個本冊頁封通筆案組隊團所家間座輛台部架株箱包條首幅枚套批梯輪趟回元'];
const LONG_WORDS = ['人次', '場次', '件次', '戶次', '梯次', '小時', '分鐘', '個月', '公里', '公斤', '平方公尺'];
const word = fc.constantFrom(...WORDS, ...LONG_WORDS);
const lead = fc.constantFrom('', '辦理', '更新', '受理', '參加', '問卷', '共', '約', ' ', '，');
const toFullWidth = (text: string) => text.replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
const written = (n: number) =>
  fc.constantFrom(String(n), n.toLocaleString('en-US'), toFullWidth(String(n)), toFullWidth(n.toLocaleString('en-US')));

describe('extractQuantities', () => {
  it('finds numbers with their measure words, full-width digits and thousands separators included', () => {
    expect(read('辦理２場次，參加1,200人次，受理35件，滿意度92.5%')).toEqual(['2場次', '1200人次', '35件', '92.5%']);
    expect(read('持續辦理中')).toEqual([]);
  });

  it('takes any measure word after a number, not only the ones it was told of', () => {
    expect(read('2則')).toEqual(['2則']);
    expect(read('10-11月更新6則')).toEqual(['6則']);
    expect(read('發布新聞稿3篇、海報356張、影片2支、檔案4檔')).toEqual(['3篇', '356張', '2支', '4檔']);
    expect(read('課程48堂，減少表單3種，3個社區，輪值9日')).toEqual(['48堂', '3種', '3個', '9日']);
  });

  it('reads 萬 and 千 as part of the number, and keeps 餘 and 多 with the word, since such a number is a floor', () => {
    expect(read('1.2萬人次、2萬5千份、1萬2000件')).toEqual(['12000人次', '25000份', '12000件']);
    expect(read('參加120餘人，回收300多份')).toEqual(['120餘人', '300多份']);
  });

  it('reads a 量化成果 that is only a number as a number with no word', () => {
    expect(read('3')).toEqual(['3']);
    expect(read(' 1,200 ')).toEqual(['1200']);
  });

  it('leaves out numbers that are not counts: dates, ids, times, ordinals, rates, ranges, labels, ages, scores', () => {
    expect(read('115年3月10日辦理2場')).toEqual(['2場']);
    expect(read('1-2-1 更新3則')).toEqual(['3則']);
    expect(read('①辦理3場 (2)參加40人')).toEqual(['3場', '40人']);
    for (const text of ['115.06.30完成', '115/3/10', '14:30開始', '第2場', '2~3場', '3至5場', '滿意度4.5分', '65歲', '提升2成', '1.門診'])
      expect(read(text), text).toEqual([]);
    expect(read('65歲以上長者120人，1999專線受理30件')).toEqual(['120人', '30件']);
  });

  it('marks a number its clause calls a running total, but not a period’s own (本季累計)', () => {
    expect(read('累計1,200人次、3場')).toEqual(['1200人次（累計）', '3場（累計）']);
    expect(read('本季3場，累計12場')).toEqual(['3場', '12場（累計）']);
    expect(read('截至6月底共2,100人次')).toEqual(['2100人次（累計）']);
    expect(read('本季累計3場')).toEqual(['3場']);
  });

  it('reads every number written before a measure word, however the number is written', () => {
    const number = fc.integer({ min: 0, max: 10_000_000 }).chain((n) => written(n).map((text) => ({ n, text })));
    fc.assert(
      fc.property(fc.array(fc.tuple(lead, number, word), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([before, { text }, measure]) => `${before}${text}${measure}`).join('、');
        expect(extractQuantities(text).map(({ word, value }) => [word, value])).toEqual(parts.map(([, { n }, measure]) => [measure, n]));
      }),
    );
  });

  it('finds no count in dates, ids, times, ordinals and ranges', () => {
    const n = fc.integer({ min: 1, max: 2030 });
    const notCounts = fc.oneof(
      fc.tuple(n, n, n).map(([y, m, d]) => `${y}年${m}月${d}日`),
      fc.tuple(n, n, n, fc.constantFrom('/', '.', '-')).map(([a, b, c, s]) => `${a}${s}${b}${s}${c}`),
      fc.tuple(n, n).map(([h, m]) => `${h}:${m}`),
      fc.tuple(n, n, word, fc.constantFrom('~', '至', '-')).map(([a, b, measure, s]) => `${a}${s}${b}${measure}`),
      fc.tuple(n, word).map(([a, measure]) => `第${a}${measure}`),
    );
    fc.assert(
      fc.property(notCounts, lead, (text, before) => {
        expect(extractQuantities(`${before}${text}辦理`)).toEqual([]);
      }),
    );
  });
});
