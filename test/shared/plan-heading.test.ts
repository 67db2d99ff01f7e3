import { describe, expect, it } from 'vitest';
import { planTitle } from '../../shared/plan-heading.ts';

describe('planTitle', () => {
  it.each([
    {
      name: 'puts the agency before a plan name that does not hold it',
      agency: '高雄市兵役處',
      planName: '113年度提升服務執行計畫',
      expected: '高雄市兵役處 113年度提升服務執行計畫',
    },
    {
      name: 'names the agency once when the plan name starts with it',
      agency: '高雄市兵役處',
      planName: '高雄市兵役處113年度提升服務執行計畫',
      expected: '高雄市兵役處113年度提升服務執行計畫',
    },
    {
      name: 'names the agency once when the plan name holds it further in',
      agency: '臺北市萬華區公所',
      planName: '115年度臺北市萬華區公所提升服務品質執行計畫',
      expected: '115年度臺北市萬華區公所提升服務品質執行計畫',
    },
    {
      name: 'matches the agency however its spaces and widths were typed',
      agency: '臺北市　萬華區公所',
      planName: '臺北市萬華區公所115年度提升服務品質執行計畫',
      expected: '臺北市萬華區公所115年度提升服務品質執行計畫',
    },
    {
      name: 'is the plan name alone without an agency',
      agency: ' ',
      planName: '114年提升政府服務效能實施計畫',
      expected: '114年提升政府服務效能實施計畫',
    },
    { name: 'is the agency alone without a plan name', agency: '臺北市榮民服務處', planName: '', expected: '臺北市榮民服務處' },
    { name: 'is empty when neither is given', agency: '', planName: '', expected: '' },
  ])('$name', ({ agency, planName, expected }) => {
    expect(planTitle({ agency, planName })).toBe(expected);
  });
});
