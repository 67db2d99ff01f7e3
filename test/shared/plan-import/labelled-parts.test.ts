import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLabelledLine, readLabelledParts } from '../../../shared/plan-import/labelled-parts.ts';

const PRACTICE = '擴大跨所登記服務，受理轄區外不動產登記案件。';

describe('readLabelledParts', () => {
  it.each([
    ['（權責單位：登記課；完成期限：115年12月31日前）'],
    ['(權責單位:登記課;完成期限:115年12月31日前)'],
    ['（權責單位：登記課，完成期限：115年12月31日前）'],
    ['（權責單位：登記課）（完成期限：115年12月31日前）'],
    ['【主辦單位：登記課、完成期限：115年12月31日前】'],
    ['執行單位：登記課；預定完成：115年12月31日前'],
    ['\n負責單位：登記課\n辦理期程：115年12月31日前'],
    ['（權責單位：登記課　完成期限：115年12月31日前）'],
  ])('reads the units and deadline of %s, whatever separates them', (parts) => {
    expect(readLabelledParts(`${PRACTICE}${parts}`)).toEqual({
      text: PRACTICE,
      units: '登記課',
      helpers: '',
      deadline: '115年12月31日前',
    });
  });

  it('keeps 協辦單位 apart from the units that report, and a list of units whole', () => {
    expect(readLabelledParts('建置查詢功能。（主辦單位：測量課、資訊室；協辦單位：秘書室；完成期限：每季）')).toEqual({
      text: '建置查詢功能。',
      units: '測量課、資訊室',
      helpers: '秘書室',
      deadline: '每季',
    });
  });

  it("reads a bare 主辦： and 協辦： as the units and the helpers, and keeps a unit's own bracket (協辦) in its part", () => {
    expect(readLabelledParts('建置查詢功能。（主辦：測量課；協辦：秘書室；完成期限：每季）')).toEqual({
      text: '建置查詢功能。',
      units: '測量課',
      helpers: '秘書室',
      deadline: '每季',
    });
    expect(readLabelledParts('建置查詢功能。（權責單位：測量課(主辦)、秘書室(協辦)；完成期限：每季）')).toEqual({
      text: '建置查詢功能。',
      units: '測量課(主辦)、秘書室(協辦)',
      helpers: '',
      deadline: '每季',
    });
  });

  it('leaves a text without labelled parts as it is, brackets and colons included', () => {
    const text = '訂定標準作業流程（SOP），說明：每月檢討；於期限內回復。';
    expect(readLabelledParts(text)).toEqual({ text, units: '', helpers: '', deadline: '' });
  });

  it('never loses the practice text around the parts (property)', () => {
    const words = fc.stringMatching(/^[甲乙丙丁戊己庚辛]{1,12}$/u);
    fc.assert(
      fc.property(words, words, words, (practice, unit, due) => {
        const parts = readLabelledParts(`${practice}。（權責單位：${unit}課；完成期限：${due}）`);
        expect(parts).toEqual({ text: `${practice}。`, units: `${unit}課`, helpers: '', deadline: due });
      }),
    );
  });
});

describe('isLabelledLine', () => {
  it.each(['權責單位：登記課', '完成期限：115年6月30日', '權責單位：登記課  完成期限：每季', '（協辦單位：秘書室）'])(
    'takes %s as a line of parts',
    (line) => {
      expect(isLabelledLine(line)).toBe(true);
    },
  );

  it.each(['1.擴大跨所登記服務。', '說明：每月檢討', '權責單位之分工如下', ''])('takes %s as text', (line) => {
    expect(isLabelledLine(line)).toBe(false);
  });
});
