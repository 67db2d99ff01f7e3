import { describe, expect, it } from 'vitest';
import { readReportingRule } from '../../../shared/plan-import/plan-reporting.ts';
import { readPlanTitle } from '../../../shared/plan-import/plan-title.ts';

describe('readPlanTitle', () => {
  it.each([
    [['臺北市榮民服務處 114 年提升政府服務效能實施計畫'], '臺北市榮民服務處', '114年提升政府服務效能實施計畫', 114],
    [
      ['臺北市萬華區公所', '115 年度提升服務品質執行計畫', '115年1月23日萬秘字第1146025721號函訂定'],
      '臺北市萬華區公所',
      '115年度提升服務品質執行計畫',
      115,
    ],
    [['高雄市稅捐稽徵處', '一一五年度提升服務品質執行計畫'], '高雄市稅捐稽徵處', '一一五年度提升服務品質執行計畫', 115],
    [['新竹縣政府消防局', '民國一百一十三年為民服務工作實施計畫'], '新竹縣政府消防局', '民國一百一十三年為民服務工作實施計畫', 113],
    [['某某區公所提升服務品質執行計畫'], '某某區公所', '提升服務品質執行計畫', null],
  ])('reads %j', (lines, agency, planName, rocYear) => {
    expect(readPlanTitle(lines)).toMatchObject({ agency, planName, rocYear });
  });

  it('finds no title without a line naming a 計畫', () => {
    expect(readPlanTitle(['某某區公所', '年度工作'])).toBeNull();
  });
});

describe('readReportingRule', () => {
  it('reads the cycle and due day from the sentence about reporting progress', () => {
    const rule = readReportingRule(['一、各科、室及分處應按季填報執行情形，於每季結束後次月10日前送企劃服務科彙整。']);
    expect(rule.cycle?.word).toBe('季');
    expect(rule.dueDay?.day).toBe(10);
  });

  it('reads 於每月主管會報 as a monthly report', () => {
    expect(readReportingRule(['（一）每月：於每月主管會報中，由各課、室提出本計畫執行情形及進度說明；']).cycle?.word).toBe('月');
  });

  it('does not take what a practice does every month for the reporting cycle', () => {
    expect(readReportingRule(['組成志願服務體系，每月服務交流，每半年賦能教育訓練。'])).toEqual({
      cycle: null,
      dueDay: null,
      dueUnread: null,
    });
  });

  it.each([
    ['一、各單位應於每季結束後10日內，將執行情形填報至本局研考單位。', '季', 10],
    ['各課室於每月10日前填報上月執行情形。', '月', 10],
    ['各組、室應於每月 5 日前填報上月辦理情形，送秘書室彙整。', '月', 5],
    ['各課室應按月填報執行情形，並於次月5日前送研考。', '月', 5],
    ['各單位每月填報，於每月十日前送秘書室。', '月', 10],
    ['各課每季填報執行情形，每季終了後十五日內送企劃科。', '季', 15],
    ['本計畫每半年管考一次，各課應於每年7月10日前及翌年1月10日前填報執行情形。', '半年', 10],
    ['各課應於7月10日前及翌年1月10日前填報執行情形。', '半年', 10],
    ['各科應於4月10日、7月10日、10月10日前及翌年1月10日前提報辦理情形。', '季', 10],
  ])('reads the due day of %s', (sentence, cycle, day) => {
    const rule = readReportingRule([sentence]);
    expect([rule.cycle?.word, rule.dueDay?.day, rule.dueUnread]).toEqual([cycle, day, null]);
  });

  it.each([
    ['各課室應於每月主管會報前提報執行情形。', '月', '每月主管會報前'],
    ['各課室每月底前填報當月辦理情形。', '月', '每月底前'],
    ['本計畫每半年管考一次，各課應於7月10日前及翌年1月15日前填報執行情形。', '半年', '7月10日前、翌年1月15日前'],
    ['各單位每季填報，於每年12月31日前提報年度成果。', '季', '12月31日前'],
  ])('keeps a deadline that is not one day of the month after each period as written: %s', (sentence, cycle, wording) => {
    const rule = readReportingRule([sentence]);
    expect([rule.cycle?.word, rule.dueDay, rule.dueUnread]).toEqual([cycle, null, { wording, sentence }]);
  });
});
